/**
 * The nouns for a kind of organisation that the press writes right before its name, as it writes a
 * title before a person's: "the carmaker Ford", "die Pharmakonzerne Roche und Novartis", "l'usine
 * Alstom", "agencja Fitch", "onderzoekscentrum imec". After one of them, a guarded name of an
 * organisation is that organisation (page-rules.ts, guardedOk). Folded (lower case, no diacritics).
 */
import { foldKey } from './normalise.ts';

const KIND_WORDS: ReadonlySet<string> = new Set([
  // English
  'company', 'companies', 'group', 'firm', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'planemaker', 'lender', 'insurer', 'retailer',
  'airline', 'carrier', 'broadcaster', 'conglomerate', 'manufacturer', 'supplier', 'regulator', 'watchdog', 'startup', 'start-up', 'giant',
  'agency', 'institute', 'organisation', 'organization', 'foundation', 'charity', 'union', 'federation', 'club', 'laboratory', 'lab',
  'operator', 'developer', 'publisher', 'newspaper',
  // German
  'konzern', 'konzerne', 'unternehmen', 'firma', 'hersteller', 'autobauer', 'zulieferer', 'versicherer', 'fluggesellschaft', 'agentur',
  'institut', 'gewerkschaft', 'verband', 'stiftung', 'verein', 'sender', 'betreiber', 'onlinehandler', 'handler', 'forschungszentrum',
  // French
  'groupe', 'societe', 'entreprise', 'constructeur', 'fabricant', 'equipementier', 'assureur', 'compagnie', 'agence',
  'syndicat', 'fondation', 'laboratoire', 'laboratoires', 'usine', 'industriel', 'operateur', 'chaine', 'editeur',
  // Spanish, Portuguese, Italian
  'grupo', 'empresa', 'compania', 'companhia', 'fabricante', 'aseguradora', 'seguradora', 'aerolinea', 'agencia', 'instituto',
  'sindicato', 'federacion', 'federacao', 'fundacion', 'fundacao', 'laboratorio', 'farmaceutica', 'multinacional', 'energetica',
  'electrica', 'operadora', 'gigante', 'gruppo', 'societa', 'azienda', 'costruttore', 'produttore', 'compagnia', 'agenzia', 'istituto',
  'federazione', 'fondazione', 'colosso', 'stabilimento', 'emittente',
  // Dutch
  'concern', 'bedrijf', 'onderneming', 'fabrikant', 'verzekeraar', 'luchtvaartmaatschappij', 'agentschap', 'instituut', 'vakbond',
  'stichting', 'omroep', 'netbeheerder', 'techbedrijf', 'onderzoekscentrum', 'onderzoeksinstituut', 'onderzoeksorganisatie',
  // Polish
  'koncern', 'spolka', 'producent', 'ubezpieczyciel', 'agencja', 'instytut', 'zwiazek', 'federacja', 'fundacja', 'grupa',
]);

/** the heads of German and Dutch compounds that name a kind of organisation: "Pharmakonzern", "Ratingagentur", "chemieconcern", "Weltverband" */
const COMPOUND_HEAD = /(?:konzern|konzerne|hersteller|agentur|verband|institut|concern|fabrikant|instituut|organisatie|bedrijf)$/u;

/** `word` (as the text writes it, or folded) names a kind of organisation in `lang` or in one of the languages above */
export function isOrganisationKindWord(word: string, lang: string): boolean {
  const w = foldKey(word);
  if (KIND_WORDS.has(w)) return true;
  return (lang === 'de' || lang === 'nl') && w.length > 8 && COMPOUND_HEAD.test(w);
}
