import { normaliseKey } from './normalise.ts';
/**
 * Titles and honorifics that, right before a name, say "this is a person": they let a surname
 * link to a person named earlier and count as context for guarded or ambiguous aliases.
 * Normalised (lower case, no diacritics), without the trailing full stop.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  // English
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'minister', 'chancellor', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor',
  'general', 'gen', 'colonel', 'col', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'justice', 'ambassador', 'secretary', 'premier', 'leader', 'spokesman', 'spokeswoman',
  'envoy', 'commissioner', 'rapporteur', 'opponent', 'dissident', 'blogger', 'activist',
  // French
  'm', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'president', 'presidente', 'ministre',
  'chanceliere', 'chancelier', 'opposante', 'opposant', 'porte-parole', 'maitre', 'me',
  // German
  'herr', 'frau', 'prasident', 'prasidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin',
  'oppositionsfuhrerin', 'oppositionsfuhrer', 'sprecher', 'sprecherin', 'machthaber',
  // Spanish, Portuguese, Italian
  'sr', 'sra', 'srta', 'senor', 'senora', 'don', 'dona', 'presidenta', 'ministro', 'ministra',
  'senhor', 'senhora', 'sig', 'signor', 'signora', 'presidente',
  // Polish, Czech, Slovak, Lithuanian (nominative and the genitive after a noun: "rząd premiera")
  'prezydent', 'prezydenta', 'premier', 'premiera', 'minister', 'ministra', 'pan', 'pani', 'prezident', 'prezidenta',
  'prezidentas', 'prezidento',
  // Russian, Ukrainian, Belarusian, Bulgarian, Serbian (as folded: Cyrillic kept)
  'президент', 'президента', 'премьер', 'премиер', 'министр', 'міністр', 'канцлер', 'глава', 'спикер',
  'председатель', 'лидер', 'лідер', 'господин', 'госпожа', 'пан', 'пані', 'прэзідэнт', 'председник',
  // Turkish (capitalised before the name: "Cumhurbaşkanı Erdoğan", "Dışişleri Bakanı Fidan")
  'cumhurbaskani', 'basbakan', 'bakan', 'bakani', 'baskan', 'baskani', 'sayin', 'sozcusu',
  // Croatian, Serbian, Bosnian, Slovenian, Romanian, Hungarian, Dutch, Scandinavian, Finnish,
  // Estonian, Latvian (capitalised at a sentence's start, some before the name)
  'premijer', 'premijera', 'predsjednik', 'predsjednika', 'predsjednica', 'predsednik', 'predsednika', 'predsednica',
  'ministar', 'kancelar', 'presedintele', 'premierul', 'ministrul', 'cancelarul', 'elnok', 'miniszterelnok',
  'miniszter', 'bondskanselier', 'kanselier', 'statsminister', 'presidentti', 'paaministeri', 'peaminister',
  'prezidents', 'premjers', 'premjerministre',
  // Greek (as folded)
  'προεδροσ', 'πρωθυπουργοσ', 'υπουργοσ', 'επιτροποσ',
  // a commissioner, in the languages that write the title before the name ("Commissaire Marta Kos",
  // "eurokomisařka", "Еврокомисарят"), and Bulgarian and Macedonian titles with their article
  'commissaire', 'kommissar', 'kommissarin', 'eu-kommissar', 'eu-kommissarin', 'commissario', 'commissaria',
  'eurocommissario', 'eurocommissaria', 'comisario', 'comisaria', 'eurocomisario', 'eurocomisaria', 'comissario',
  'comissaria', 'commissaris', 'eurocommissaris', 'komisarz', 'komisarka', 'komisar', 'eurokomisar', 'eurokomisarka',
  'evrokomisar', 'evrokomisarka', 'povjerenik', 'povjerenica', 'komesar', 'komesarka', 'comisarul', 'comisara',
  'комиссар', 'еврокомиссар', 'комісар', 'єврокомісар', 'комисар', 'комисарят', 'еврокомисар', 'еврокомисарят',
  'комесар', 'комесарот', 'президентът', 'премиерът', 'министърът', 'министър', 'председателят', 'лидерът',
  'канцлерът', 'претседателот', 'премиерот', 'министерот',
  // governors (of a central bank or a province) and mayors, in the languages that write the office
  // before the name ("Gouverneur Pierre Wunsch", "governador Álvaro Santos Pereira", "burgemeester Femke Halsema")
  'gouverneur', 'gouverneure', 'governador', 'governadora', 'gobernador', 'gobernadora', 'governatore', 'gubernator',
  'guvernator', 'guvernatorul', 'guverner', 'guvernerka', 'burgemeester', 'alcalde', 'alcaldesa', 'prefeito', 'prefeita',
  'sindaco', 'burmistrz', 'primar', 'primarul', 'vicepremier', 'vice-premier', 'viceprimer', 'vicepresident', 'vicepresidente',
]);

/** the key a word of a name is looked up by in PERSON_TITLES (and as a given name): normalised, without its final full stop ("Dr." → "dr") */
export const titleKey = (word: string): string => normaliseKey(word.replace(/\.$/u, ''));

/**
 * A title made of a field and an office in one word, as German, Dutch and the Nordic languages write
 * them ("Finanzminister", "Außenministerin", "Bundespräsident", "Oberbürgermeister", "finansminister",
 * "Regierungschef", "Kamervoorzitter"), folded: the office ends the word.
 */
const COMPOUND_TITLE = /.{3,}(?:minister|ministerin|ministern|ministeren|prasident|prasidentin|kanzler|kanzlerin|burgermeister|burgermeisterin|chef|chefin|sprecher|sprecherin|premier|voorzitter)$/u;

/** a title or an honorific before a name (folded, without its full stop): listed, or a compound ending in an office */
export function isPersonTitle(word: string): boolean {
  return PERSON_TITLES.has(word) || COMPOUND_TITLE.test(word);
}
