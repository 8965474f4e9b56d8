/**
 * Generates packs/default/entities/institutions-national.json: the national institutions that the
 * European press names every day — houses of parliament and governments, ministries, central banks,
 * regulators, statistics offices, research bodies and agencies, police, border guards, gendarmeries,
 * armed forces and intelligence services, courts, prosecutors and audit offices, stock exchanges,
 * employers' federations, trade unions and farmers' unions, regional governments and parliaments —
 * of the EU-27, the United Kingdom, Norway, Switzerland and Ukraine, and the EU programmes and
 * agencies the news names (Copernicus, Galileo, the Sentinel missions…).
 *
 * No open dataset of these bodies with the names the national press uses could be found, so the
 * input is the Gloss team's hand-kept list packs/default/overrides/institutions-national.json
 * (CC BY 4.0, as of 2025): the name as the country's press writes it, the English name, other
 * names and abbreviations, the names that need context, the country, the kind, the seat and a
 * short phrase saying what the body is. It carries no Wikidata ids, so ids are
 * gloss:organisation:<slug> (gloss:programme:<slug> for programmes and satellite missions, which
 * are not organisations).
 *
 * A body an earlier file already has (an organisation holding its name or its English name) is
 * left out. No name another file gives an entity is taken. Abbreviations match in capitals only;
 * those of two letters, those that are words, places or other bodies' abbreviations, and the names
 * the list marks (generic names such as "Senado", "Ministerio de Defensa"), match only with the
 * country's words or the field's words nearby.
 *
 *   node --import tsx scripts/pack-sources/institutions-national.ts [--verbose]
 */
import type { Alias, Entity, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { readOverrides, slug, writeEntities } from './lib/common.ts';
import { countryName } from './lib/country-names.ts';
import { Claims, caseFreeRomance, dedupeAliases, isAnyEnglishWord, isEnglishVocabulary, isGenericName, isWordLike, noteSharedWithin, personWords, priorEntities } from './lib/claims.ts';

const FILE = 'institutions-national.json';

interface Institution {
  name: string;
  en: string;
  aka?: string[];
  /** names among name and aka that match only with context */
  context?: string[];
  country: string;
  kind: string;
  city?: string;
  founded?: string;
  what: string;
  guard?: string;
}
interface Input { asOf: string; institutions: Institution[] }

const input = readOverrides<Input>(FILE);
const SRC: SourceRef = {
  name: 'Gloss team (national institutions: name, English name, country, kind, seat)',
  licence: 'CC-BY-4.0',
  asOf: input.asOf,
};

const prior: Entity[] = priorEntities(FILE);
const byId = new Map(prior.map((e) => [e.id, e]));
const claims = new Claims(prior);
const persons = personWords(prior);
const placeNames = new Set(prior.filter((e) => e.type === 'place').flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map(normaliseKey));

/** the kinds of the list: the label of the facts, the verb of the seat, and words of the field (any context word counts) */
const KINDS: Record<string, { seat: string; words: string[]; programme?: boolean }> = {
  parliament: { seat: 'It sits in', words: ['parliament', 'MPs', 'lawmakers', 'deputies', 'senators', 'vote', 'bill', 'parlement', 'députés', 'sénateurs', 'Parlament', 'Abgeordnete', 'Abgeordneten', 'parlamento', 'diputados', 'senadores', 'deputati', 'senatori', 'posłowie', 'posłów', 'senatorowie', 'ustawa', 'ustawę', 'Kamerleden', 'wetsvoorstel'] },
  government: { seat: 'It sits in', words: ['government', 'cabinet', 'minister', 'ministers', 'gouvernement', 'ministre', 'Regierung', 'Kabinett', 'Minister', 'gobierno', 'ministro', 'ministros', 'governo', 'ministri', 'rząd', 'rządu', 'premier', 'premiera', 'regering', 'kabinet'] },
  'regional government': { seat: 'It sits in', words: ['government', 'minister-president', 'regional', 'gouvernement', 'région', 'ministre-président', 'Landesregierung', 'Ministerpräsident', 'Ministerpräsidentin', 'gobierno', 'consejero', 'consellera', 'conseller', 'president', 'presidente', 'regione', 'assessore', 'regering', 'minister-president'] },
  'regional parliament': { seat: 'It sits in', words: ['parliament', 'regional', 'parlement', 'Landtag', 'Abgeordnete', 'parlamento', 'diputados', 'consiglio regionale', 'deputati', 'parlement', 'verkiezingen', 'élections'] },
  presidency: { seat: 'It is in', words: ['president', 'président', 'Präsident', 'presidente', 'prezydent', 'prezydenta', 'prezydentem', 'președinte', 'președintele', 'president', 'prezident', 'köztársasági elnök'] },
  ministry: { seat: 'It is based in', words: ['ministry', 'minister', 'ministère', 'ministre', 'Ministerium', 'Minister', 'Ministerin', 'ministerio', 'ministro', 'ministra', 'ministero', 'ministerstwo', 'ministerstwa', 'minister', 'ministra', 'ministerie', 'government', 'gouvernement', 'Regierung', 'gobierno', 'governo', 'rząd', 'regering', 'department', 'resort', 'resortu', 'resortem', 'szef', 'szefa', 'szefem', 'szefowa', 'wicepremier', 'premier', 'ministrem', 'ministrze', 'ministrowie', 'ambassador', 'ambasador', 'ambasadora', 'ambassadeur', 'Botschafter', 'embajador', 'ambasciatore', 'ambassadeur', 'dyplomacja', 'dyplomaci'] },
  'central bank': { seat: 'It is based in', words: ['central bank', 'interest rates', 'rates', 'inflation', 'banque centrale', 'taux', 'Notenbank', 'Zentralbank', 'Leitzins', 'Zinsen', 'banco central', 'tipos', 'banca centrale', 'tassi', 'bank centralny', 'stopy procentowe', 'stóp', 'inflacja', 'inflacji', 'centrale bank', 'rente'] },
  regulator: { seat: 'It is based in', words: ['regulator', 'watchdog', 'authority', 'supervisor', 'approval', 'approved', 'régulateur', 'autorité', 'gendarme', 'Aufsicht', 'Behörde', 'Aufsichtsbehörde', 'regulador', 'autoridad', 'supervisor', 'autorità', 'regolatore', 'regulator', 'urząd', 'nadzór', 'toezichthouder', 'waakhond'] },
  'statistics office': { seat: 'It is based in', words: ['statistics', 'statistical', 'figures', 'unemployment', 'census', 'statistiques', 'chiffres', 'inflation', 'chômage', 'PIB', 'Statistik', 'Statistiker', 'Zahlen', 'Inflation', 'Arbeitslosigkeit', 'BIP', 'estadística', 'datos', 'inflación', 'paro', 'PIB', 'statistica', 'dati', 'inflazione', 'disoccupazione', 'Pil', 'statystyki', 'dane', 'inflacja', 'inflacji', 'bezrobocie', 'PKB', 'statistiek', 'cijfers', 'werkloosheid', 'bbp'] },
  'research body': { seat: 'It is based in', words: ['research', 'researchers', 'scientists', 'scientific', 'study', 'laboratory', 'recherche', 'chercheur', 'chercheurs', 'chercheuse', 'scientifique', 'scientifiques', 'étude', 'laboratoire', 'Forschung', 'Forscher', 'Forscherin', 'Wissenschaftler', 'Studie', 'investigación', 'investigadores', 'investigador', 'científicos', 'estudio', 'ricerca', 'ricercatori', 'scienziati', 'studio', 'badania', 'naukowcy', 'naukowców', 'onderzoek', 'onderzoekers', 'wetenschappers'] },
  agency: { seat: 'It is based in', words: ['agency', 'office', 'authority', 'government', 'agence', 'office', 'autorité', 'gouvernement', 'Behörde', 'Amt', 'Bundesamt', 'Regierung', 'agencia', 'gobierno', 'agenzia', 'governo', 'agencja', 'urząd', 'rząd', 'agentschap', 'dienst', 'regering'] },
  police: { seat: 'It is based in', words: ['police', 'officers', 'arrested', 'arrest', 'investigation', 'policiers', 'interpellé', 'enquête', 'Polizei', 'Polizisten', 'festgenommen', 'Ermittlungen', 'policía', 'agentes', 'detenido', 'detenidos', 'polizia', 'agenti', 'arrestato', 'indagine', 'policja', 'policji', 'policjanci', 'zatrzymany', 'zatrzymano', 'śledztwo', 'politie', 'agenten', 'aangehouden'] },
  'border guard': { seat: 'It is based in', words: ['border', 'borders', 'migrants', 'frontière', 'migrants', 'Grenze', 'Grenzschutz', 'Migranten', 'frontera', 'migrantes', 'frontiera', 'migranti', 'granica', 'granicy', 'granicę', 'migranci', 'migrantów', 'grens', 'migranten'] },
  gendarmerie: { seat: 'It is based in', words: ['gendarmerie', 'gendarmes', 'police', 'officers', 'arrested', 'Polizei', 'guardia', 'agentes', 'polizia', 'policja', 'politie', 'grens'] },
  'armed force': { seat: 'It is based in', words: ['army', 'military', 'troops', 'soldiers', 'defence', 'defense', 'armée', 'militaire', 'soldats', 'défense', 'Armee', 'Militär', 'Soldaten', 'Streitkräfte', 'Verteidigung', 'ejército', 'militares', 'soldados', 'defensa', 'esercito', 'militari', 'soldati', 'difesa', 'wojsko', 'wojska', 'żołnierze', 'żołnierzy', 'obrona', 'krijgsmacht', 'militairen', 'defensie'] },
  'intelligence service': { seat: 'It is based in', words: ['intelligence', 'spy', 'spies', 'espionage', 'security service', 'renseignement', 'espionnage', 'espion', 'Geheimdienst', 'Nachrichtendienst', 'Spionage', 'Verfassungsschutz', 'inteligencia', 'espionaje', 'espía', 'servicios secretos', 'intelligence', 'spionaggio', 'servizi segreti', 'wywiad', 'wywiadu', 'szpieg', 'szpiegostwo', 'służby', 'kontrwywiad', 'inlichtingendienst', 'spionage', 'geheime dienst'] },
  court: { seat: 'It sits in', words: ['court', 'judges', 'ruling', 'ruled', 'verdict', 'appeal', 'tribunal', 'juges', 'cour', 'arrêt', 'jugement', 'Gericht', 'Richter', 'Urteil', 'entschieden', 'tribunal', 'jueces', 'sentencia', 'corte', 'giudici', 'sentenza', 'sąd', 'sądu', 'sędziowie', 'sędziów', 'wyrok', 'orzeczenie', 'rechter', 'rechters', 'uitspraak', 'vonnis'] },
  prosecutor: { seat: 'It is based in', words: ['prosecutor', 'prosecutors', 'investigation', 'charged', 'indictment', 'procureur', 'parquet', 'enquête', 'mis en examen', 'Staatsanwalt', 'Staatsanwaltschaft', 'Anklage', 'Ermittlungen', 'fiscal', 'fiscalía', 'investigación', 'procura', 'pm', 'indagine', 'indagato', 'prokurator', 'prokuratura', 'prokuratury', 'śledztwo', 'zarzuty', 'officier van justitie', 'aanklager', 'procureur'] },
  'audit office': { seat: 'It is based in', words: ['audit', 'auditors', 'report', 'spending', 'public money', 'rapport', 'dépenses', 'Bericht', 'Prüfer', 'Ausgaben', 'informe', 'gasto', 'relazione', 'spesa', 'kontrola', 'raport', 'rapport', 'uitgaven'] },
  'electoral body': { seat: 'It is based in', words: ['election', 'elections', 'vote', 'votes', 'ballot', 'results', 'élection', 'élections', 'scrutin', 'Wahl', 'Wahlen', 'Stimmen', 'elecciones', 'votos', 'elezioni', 'voti', 'wybory', 'wyborów', 'głosów', 'verkiezingen', 'stemmen'] },
  'stock exchange': { seat: 'It is based in', words: ['shares', 'stocks', 'stock market', 'index', 'trading', 'listed', 'listing', 'investors', 'actions', 'cotée', 'indice', 'Aktien', 'Börse', 'Index', 'Anleger', 'acciones', 'índice', 'cotiza', 'azioni', 'indice', 'akcje', 'akcji', 'indeks', 'notowania', 'inwestorzy', 'aandelen', 'beurs', 'index', 'beleggers'] },
  "employers' federation": { seat: 'It is based in', words: ['employers', 'business', 'businesses', 'companies', 'industry', 'patronat', 'patronal', 'entreprises', 'Arbeitgeber', 'Wirtschaft', 'Unternehmen', 'Industrie', 'empresarios', 'patronal', 'empresas', 'imprese', 'industriali', 'pracodawcy', 'pracodawców', 'przedsiębiorcy', 'firmy', 'werkgevers', 'bedrijven', 'ondernemers'] },
  'trade union': { seat: 'It is based in', words: ['union', 'unions', 'strike', 'strikes', 'walkout', 'workers', 'wages', 'pay', 'syndicat', 'syndicats', 'grève', 'salariés', 'Gewerkschaft', 'Gewerkschaften', 'Streik', 'Beschäftigte', 'sindicato', 'sindicatos', 'huelga', 'trabajadores', 'sindacato', 'sindacati', 'sciopero', 'lavoratori', 'związek', 'związki', 'związkowcy', 'strajk', 'pracownicy', 'vakbond', 'vakbonden', 'staking', 'werknemers'] },
  "farmers' union": { seat: 'It is based in', words: ['farmers', 'farming', 'agriculture', 'farm', 'agriculteurs', 'paysans', 'agricole', 'Bauern', 'Landwirte', 'Landwirtschaft', 'agricultores', 'ganaderos', 'agricultura', 'agricoltori', 'agricoltura', 'rolnicy', 'rolników', 'rolnictwo', 'boeren', 'landbouw'] },
  'public broadcaster': { seat: 'It is based in', words: ['broadcaster', 'television', 'TV', 'radio', 'channel', 'télévision', 'chaîne', 'Sender', 'Fernsehen', 'Rundfunk', 'televisión', 'cadena', 'televisione', 'telewizja', 'telewizji', 'omroep', 'televisie'] },
  programme: { seat: 'It is run from', programme: true, words: ['satellite', 'satellites', 'space', 'programme', 'program', 'EU', 'European Union', 'Earth observation', 'data', 'images', 'satellite images', 'climate', 'satellite', 'spatial', 'programme', 'européen', 'UE', 'Satellit', 'Satelliten', 'Raumfahrt', 'Programm', 'Klimawandel', 'satélite', 'satélites', 'programa', 'europeo', 'satellitare', 'satelliti', 'programma', 'satelita', 'satelity', 'satelitarne', 'program', 'unijny', 'satelliet', 'satellieten', 'klimaatdienst'] },
  'satellite mission': { seat: 'It is run from', programme: true, words: ['satellite', 'satellites', 'images', 'imagery', 'Copernicus', 'ESA', 'satellite', 'images', 'Satellit', 'Satellitenbilder', 'satélite', 'imágenes', 'satellitare', 'immagini', 'satelita', 'zdjęcia', 'satelliet', 'beelden'] },
};

/** the demonym of the "what" sentence, the country's own words (adjectives in its language, inflected, its capital) for context */
const COUNTRY_WORDS: Record<string, string[]> = {
  AT: ['Austrian', 'österreichisch', 'österreichische', 'österreichischen', 'österreichischer', 'Wien', 'Vienna', 'autrichien', 'autrichienne', 'austriaco', 'austríaco', 'austriaca'],
  BE: ['Belgian', 'Belgische', 'Belgisch', 'belge', 'belges', 'belgischen', 'belga', 'Brussel', 'Bruxelles', 'Brussels', 'Vlaamse', 'wallonne', 'federale'],
  BG: ['Bulgarian', 'български', 'българската', 'София', 'Sofia', 'bulgare', 'bulgarische'],
  CH: ['Swiss', 'Schweizer', 'schweizerische', 'schweizerischen', 'eidgenössische', 'suisse', 'suisses', 'svizzero', 'svizzera', 'Bern', 'Berne', 'Bund', 'Confédération'],
  CY: ['Cypriot', 'chypriote', 'Nicosia'],
  CZ: ['Czech', 'český', 'česká', 'české', 'českého', 'tchèque', 'tschechische', 'tschechischen', 'checo', 'ceco', 'czeski', 'czeska', 'Praha', 'Prague', 'Prag'],
  DE: ['German', 'deutsch', 'deutsche', 'deutschen', 'deutscher', 'Bund', 'Bundes', 'Berlin', 'allemand', 'allemande', 'alemán', 'alemana', 'tedesco', 'tedesca', 'niemiecki', 'niemieckie', 'niemieckiego', 'Duitse', 'Duits'],
  DK: ['Danish', 'dansk', 'danske', 'København', 'Copenhagen', 'danois', 'dänische', 'dänischen', 'danés', 'danese', 'duński'],
  EE: ['Estonian', 'Eesti', 'Tallinn', 'estonien', 'estnische', 'estnischen'],
  ES: ['Spanish', 'español', 'española', 'españoles', 'Gobierno', 'Madrid', 'Moncloa', 'espagnol', 'espagnole', 'spanische', 'spanischen', 'spagnolo', 'spagnola', 'hiszpański', 'Spaanse'],
  EU: ['EU', 'European Union', 'European Commission', 'Brussels', 'Europe', 'European', 'UE', 'Union européenne', 'Commission européenne', 'européen', 'européenne', 'Europa', 'Europäische Union', 'europäische', 'europäischen', 'Unión Europea', 'europeo', 'europea', 'Unione europea', 'Unia Europejska', 'Unii Europejskiej', 'unijny', 'unijne', 'Europese Unie', 'Europese', 'ESA', 'ECMWF'],
  FI: ['Finnish', 'Suomi', 'Suomen', 'Helsinki', 'finlandais', 'finnische', 'finnischen', 'finlandés', 'finlandese', 'fiński'],
  FR: ['French', 'français', 'française', 'françaises', 'gouvernement', 'Paris', 'Hexagone', 'französische', 'französischen', 'francés', 'francesa', 'francese', 'francuski', 'francuska', 'francuskiego', 'Franse'],
  GB: ['British', 'UK', 'Britain', 'England', 'English', 'Whitehall', 'Westminster', 'London', 'Starmer', 'britannique', 'britische', 'britischen', 'británico', 'britannico', 'brytyjski', 'Britse'],
  GL: ['Greenland', 'Greenlandic', 'Grønland', 'Nuuk', 'Groenland', 'Grönland', 'Groenlandia', 'Grenlandia', 'Grenlandii'],
  GR: ['Greek', 'Ελλάδα', 'ελληνική', 'Αθήνα', 'Athens', 'grec', 'grecque', 'griechische', 'griechischen', 'griego', 'greco', 'grecki'],
  HR: ['Croatian', 'hrvatski', 'hrvatska', 'Zagreb', 'croate', 'kroatische', 'kroatischen', 'croata', 'chorwacki'],
  HU: ['Hungarian', 'magyar', 'Budapest', 'Orbán', 'hongrois', 'ungarische', 'ungarischen', 'húngaro', 'ungherese', 'węgierski', 'węgierskie'],
  IE: ['Irish', 'Ireland', 'Dublin', 'Taoiseach', 'Tánaiste', 'irlandais', 'irische', 'irischen', 'irlandés', 'irlandese', 'irlandzki'],
  IT: ['Italian', 'italiano', 'italiana', 'italiani', 'italiane', 'Roma', 'Rome', 'governo', 'italien', 'italienne', 'italienische', 'italienischen', 'włoski', 'włoska', 'Italiaanse'],
  LT: ['Lithuanian', 'Lietuvos', 'Vilnius', 'lituanien', 'litauische', 'litauischen', 'lituano', 'litewski', 'litewskie'],
  LU: ['Luxembourg', 'luxembourgeois', 'luxembourgeoise', 'luxemburgische', 'Luxemburg', 'luksemburski'],
  LV: ['Latvian', 'Latvijas', 'Rīga', 'Riga', 'letton', 'lettische', 'lettischen', 'łotewski'],
  MT: ['Maltese', 'Malta', 'Valletta', 'maltais', 'maltesische'],
  NL: ['Dutch', 'Nederlandse', 'Nederlands', 'Den Haag', 'The Hague', 'kabinet', 'néerlandais', 'néerlandaise', 'niederländische', 'niederländischen', 'neerlandés', 'olandese', 'holenderski'],
  NO: ['Norwegian', 'norsk', 'norske', 'Oslo', 'norvégien', 'norwegische', 'norwegischen', 'noruego', 'norvegese', 'norweski'],
  PL: ['Polish', 'polski', 'polska', 'polskie', 'polskiego', 'polskiej', 'polskim', 'Polsce', 'Polski', 'Polskę', 'RP', 'Warszawa', 'Warszawie', 'Warszawy', 'rząd', 'rządu', 'polonais', 'polonaise', 'polnische', 'polnischen', 'polaco', 'polacco', 'Poolse'],
  PT: ['Portuguese', 'português', 'portuguesa', 'portugueses', 'Lisboa', 'Lisbon', 'Governo', 'portugais', 'portugiesische', 'portugiesischen', 'portugués', 'portoghese', 'portugalski'],
  RO: ['Romanian', 'România', 'României', 'român', 'română', 'românesc', 'București', 'Bucharest', 'roumain', 'roumaine', 'rumänische', 'rumänischen', 'rumano', 'rumeno', 'rumuński'],
  SE: ['Swedish', 'svensk', 'svenska', 'Sverige', 'Stockholm', 'suédois', 'schwedische', 'schwedischen', 'sueco', 'svedese', 'szwedzki'],
  SI: ['Slovenian', 'slovenski', 'Ljubljana', 'slovène', 'slowenische', 'slowenischen', 'esloveno', 'sloveno', 'słoweński'],
  SK: ['Slovak', 'slovenský', 'slovenská', 'slovenskej', 'Bratislava', 'slovaque', 'slowakische', 'slowakischen', 'eslovaco', 'slovacco', 'słowacki'],
  UA: ['Ukrainian', 'Ukraine', 'Україна', 'України', 'Київ', 'Kyiv', 'Kiev', 'ukrainien', 'ukrainienne', 'ukrainische', 'ukrainischen', 'ucraniano', 'ucraino', 'ukraiński', 'ukraińskie', 'Oekraïense'],
};

/** the language of a country's press for the sentence-case rule (French, Spanish, Italian, Portuguese and Romanian names) */
/** countries whose press writes German */
const GERMAN = new Set(['DE', 'AT', 'CH']);
/** countries whose own press writes English: elsewhere the English words of a kind are no evidence (an English page uses them of any country) */
const ENGLISH_PRESS = new Set(['GB', 'IE', 'MT', 'EU']);
/** the English words of the kinds' lists (words also used in other languages, such as "minister", "premier", "radio", are not here) */
const ENGLISH_ONLY = new Set(['parliament', 'MPs', 'lawmakers', 'deputies', 'senators', 'vote', 'bill', 'government', 'cabinet', 'ministers', 'minister-president', 'regional', 'ministry', 'department', 'central bank', 'interest rates', 'rates', 'inflation', 'watchdog', 'authority', 'supervisor', 'approval', 'approved', 'statistics', 'statistical', 'data', 'figures', 'unemployment', 'census', 'research', 'researchers', 'scientists', 'scientific', 'study', 'laboratory', 'agency', 'office', 'officers', 'arrested', 'arrest', 'investigation', 'border', 'borders', 'migrants', 'army', 'military', 'troops', 'soldiers', 'defence', 'defense', 'intelligence', 'spy', 'spies', 'espionage', 'security service', 'court', 'judges', 'ruling', 'ruled', 'verdict', 'appeal', 'prosecutor', 'prosecutors', 'charged', 'indictment', 'audit', 'auditors', 'report', 'spending', 'public money', 'election', 'elections', 'votes', 'ballot', 'results', 'shares', 'stocks', 'stock market', 'trading', 'listed', 'listing', 'investors', 'employers', 'business', 'businesses', 'companies', 'industry', 'union', 'unions', 'strike', 'workers', 'wages', 'farmers', 'farming', 'agriculture', 'farm', 'broadcaster', 'television', 'channel', 'ambassador']);
const ROMANCE_LANG: Record<string, string> = { FR: 'fr', ES: 'es', IT: 'it', PT: 'pt', RO: 'ro' };

/** the country's own words for context: the list above, the country's names in the pack, its capital's names */
function countryWords(cc: string): string[] {
  const out = new Set(COUNTRY_WORDS[cc] ?? []);
  const country = byId.get(`gloss:country:${cc.toLowerCase()}`);
  if (country) {
    for (const t of [country.name, ...country.aliases.map((a) => a.text)]) if (t.length >= 4) out.add(t);
    const capital = (country.related ?? []).map((r) => byId.get(r)).find((e) => e?.id.startsWith('gloss:city:'));
    if (capital) for (const t of [capital.name, ...capital.aliases.map((a) => a.text)]) if (t.length >= 4 && !/\s/.test(t)) out.add(t);
  }
  return [...out];
}

/** the article of a "what" phrase: as written where it starts with "a"/"an", else "the" */
const withArticle = (what: string) => (/^(a|an) /.test(what) || /^(?!European)\p{Lu}\p{L}+'s /u.test(what) ? what : `the ${what}`);
const withoutArticle = (what: string) => what.replace(/^(a|an) /, '');
const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** a name in capitals and digits only ("CNRS", "IG BCE", "CFE-CGC"): an abbreviation */
const isAcronym = (t: string) => /^[\p{Lu}\d&+.\-² ]+$/u.test(t) && /\p{Lu}/u.test(t) && t.replace(/[^\p{Lu}\d]/gu, '').length <= 7 && !/\s\S{4,}/.test(t);
/** a short name in mixed case that stands for an abbreviation ("Inserm", "BaFin", "DGFiP", "Cgil") */
const isMixedAbbreviation = (t: string, i: Institution) => !/\s/.test(t) && t.length <= 6 && (i.aka ?? []).concat(i.name).some((x) => x !== t && x.toUpperCase() === t.toUpperCase() && isAcronym(x));
const oneWord = (t: string) => !/\s/.test(t);

/** abbreviations of 3–4 letters that are also another body's, a word or a name elsewhere */
const AMBIGUOUS = new Set(['HAS', 'MON', 'IRD', 'BBN', 'MEN', 'MAP', 'PAN', 'GIS', 'INE', 'INS', 'SRI', 'SIE', 'DNA', 'CCR', 'ASF', 'BEC', 'CSO', 'HSE', 'IFA', 'PET', 'FRA', 'MSB', 'THL', 'PPA', 'SOA', 'NAV', 'CBI', 'TUC', 'FCA', 'PRA', 'CMA', 'FSA', 'NCA', 'SFO', 'CPS', 'NAO', 'LSE', 'GMB', 'RRF', 'SRB', 'EES', 'CAMS', 'NICE', 'UBA', 'BSI', 'MAD', 'BKA', 'BMF', 'BMI', 'BAG', 'BFS', 'AMS', 'UPA', 'CNI', 'AMF', 'CRE', 'ASI', 'ISS', 'UIL', 'AISI', 'RPP', 'CBA', 'BIS', 'NBS', 'BVB', 'DBV', 'BDA', 'MSZ', 'KPO', 'OFS', 'MUR', 'DANS', 'SAK', 'STUK', 'SECO']);

/** a ministry's name by its field, in the languages of the list (one naming its country is not: "Bundesministerium" is Germany's) */
const MINISTRY_BY_FIELD = /^(?:ministero|ministerio|minist[èe]re|ministerstwo|ministerie|ministry|minist[ée]rio|ministerul|ministarstvo|ministerstvo|ministeriet|ministeri[öo]|ministerium)\b/iu;

function guardFor(t: string, i: Institution, needsContext: boolean): Partial<Alias> {
  const ctx = (i.guard ?? '').split(/\s+/).includes('ctx');
  if (isAcronym(t) || isMixedAbbreviation(t, i)) {
    const letters = t.replace(/[^\p{L}\d]/gu, '');
    const wordy = isWordLike(t, persons) || isAnyEnglishWord(t) || isEnglishVocabulary(letters.toLowerCase()) || placeNames.has(normaliseKey(t));
    const needs = needsContext || letters.length <= 2 || wordy || ctx || AMBIGUOUS.has(letters.toUpperCase());
    return { caseSensitive: true, ...(needs ? { requiresContext: true } : {}) };
  }
  if (oneWord(t)) {
    const wordy = isWordLike(t, persons) || isAnyEnglishWord(t) || isEnglishVocabulary(t) || placeNames.has(normaliseKey(t));
    return { caseSensitive: true, ...(wordy || ctx || needsContext ? { requiresContext: true } : {}) };
  }
  // a ministry named by its field alone ("ministero degli Esteri", "Ministerio de Cultura") is every
  // country's: the page must say which ("il ministero degli Esteri cinese" is China's)
  if (needsContext || MINISTRY_BY_FIELD.test(t)) return { caseSensitive: true, requiresContext: true };
  // ordinary English words only ("Royal Navy", "Border Force"): capitalised only
  if (isGenericName(t)) return { caseSensitive: true };
  return {};
}

/**
 * dedupeAliases, except that an abbreviation written with other capitals ("Cisl" beside "CISL",
 * "Cnes" beside "CNES") is kept: a case-sensitive alias matches only as written, and the press
 * writes both.
 */
function keepCaseVariants(name: string, aliases: Alias[]): Alias[] {
  const variants = aliases.filter((a, k) => a.caseSensitive && aliases.some((b, j) => j < k && b.text !== a.text && normaliseKey(b.text) === normaliseKey(a.text)));
  const kept = dedupeAliases(name, aliases.filter((a) => !variants.includes(a)));
  return [...kept, ...variants.filter((a) => a.text !== name)];
}

/**
 * The weak and mixed forms of a German name that starts with an adjective ("Bayerischer Landtag":
 * "der Bayerische Landtag", "im Bayerischen Landtag"; "Statistisches Bundesamt": "das Statistische
 * Bundesamt"): the matcher does not decline German adjectives.
 */
function germanForms(text: string): string[] {
  const m = text.match(/^(\S*sch)(er|es|e)(\s+\p{Lu}.*)$/u);
  if (!m) return [];
  return ['e', 'en'].filter((end) => end !== m[2]).map((end) => `${m[1]}${end}${m[3]}`);
}

/** an organisation of an earlier file holding this name: the same body */
function sameBody(text: string): Entity | undefined {
  for (const h of claims.holders(text)) {
    const e = byId.get(h.id);
    if (e && (e.type === 'organisation' || e.type === 'other')) return e;
  }
  return undefined;
}

const entities: Entity[] = [];
const ownIds = new Set<string>();
const log = { duplicates: [] as string[], namesTheEarlierEntityLacks: [] as string[], nameTaken: [] as string[], aliasesDropped: [] as string[], skipped: [] as string[] };
const cityIndex = new Map<string, Entity[]>();
for (const e of prior) {
  if (e.type !== 'place' || !e.id.startsWith('gloss:city:')) continue;
  for (const k of new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey))) cityIndex.set(k, [...(cityIndex.get(k) ?? []), e]);
}
/** abbreviations and other names given more than once in the list: each holder gets a sharedNote */
for (const i of input.institutions) {
  const flags = new Set((i.guard ?? '').split(/\s+/).filter(Boolean));
  const kind = KINDS[i.kind];
  if (!kind) throw new Error(`${i.name}: unknown kind ${i.kind}`);
  // a name of the list that is generic ("Consejo de Ministros") or another body's too does not make it a duplicate
  const contextNames = new Set((i.context ?? []).map(normaliseKey));
  // an abbreviation ("FSU", "Unsa") held by another organisation is no proof: the list marks such duplicates ("dup")
  const dup = flags.has('notsame') ? undefined
    : [i.name, i.en].filter((t) => !contextNames.has(normaliseKey(t)) && !isAcronym(t) && !isMixedAbbreviation(t, i)).map(sameBody).find(Boolean);
  if (dup || flags.has('dup')) {
    log.duplicates.push(`${i.name} = ${dup ? `${dup.id} ${dup.name} (${(dup as { file?: string }).file})` : 'marked dup in the list'}`);
    // the names of the list that the pack does not have yet: the earlier file's entity may want them
    const missing = [i.name, ...(i.aka ?? [])].filter((t) => !claims.taken(t) && !isAcronym(t));
    if (missing.length) log.namesTheEarlierEntityLacks.push(`${dup ? `${dup.id} ${dup.name} (${(dup as { file?: string }).file})` : i.name}: ${missing.map((t) => `"${t}"`).join(', ')}`);
    continue;
  }
  // the press's name; where another entity holds it, a longer name of the list, then the English name
  const name = [i.name, ...(i.aka ?? []).filter((a) => /\s/.test(a) && !/[()]/.test(a) && !contextNames.has(normaliseKey(a))), i.en].find((t) => !claims.taken(t));
  if (!name) {
    log.skipped.push(`${i.name}: the name and the English name are held by other entities (${claims.holders(i.name).map((h) => h.id).join(', ')})`);
    continue;
  }
  if (name !== i.name) log.nameTaken.push(`${i.name} -> ${name} (held by ${claims.holders(i.name).map((h) => `${h.id} ${h.name}`).join(', ')})`);
  const programme = kind.programme === true;
  // a name in another alphabet takes the English name's slug; a slug given twice takes the country's code
  const base = slug(i.name === name ? i.name : i.en) || slug(i.en);
  let id = `gloss:${programme ? 'programme' : 'organisation'}:${base}`;
  if (ownIds.has(id)) id = `${id}-${i.country.toLowerCase()}`;
  ownIds.add(id);
  if (claims.ids.has(id)) {
    log.skipped.push(`${i.name}: id ${id} exists`);
    continue;
  }

  const lang = ROMANCE_LANG[i.country];
  const aliases: Alias[] = [];
  const add = (text: string, kindOf: Alias['kind'], aliasLang?: string) => {
    if (claims.taken(text)) {
      log.aliasesDropped.push(`${i.name}: "${text}" (held by ${claims.holders(text).map((h) => `${h.id} ${h.name}`).join(', ')})`);
      return;
    }
    const abbreviation = isAcronym(text) || isMixedAbbreviation(text, i);
    aliases.push({
      text,
      kind: abbreviation && oneWord(text.replace(/[-.]/g, '')) ? 'acronym' : kindOf,
      ...(aliasLang && !abbreviation ? { lang: aliasLang } : {}),
      ...guardFor(text, i, contextNames.has(normaliseKey(text))),
    });
  };
  add(name, 'name', name === i.name ? lang : 'en');
  if (i.name !== name) add(i.name, 'name', lang);
  // the English name when it is a name the press uses (not "Ministry of Finance (Netherlands)")
  if (i.en !== name && i.en !== i.name && !/[()]/.test(i.en)) add(i.en, 'name', 'en');
  for (const a of i.aka ?? []) add(a, 'short');
  if (GERMAN.has(i.country)) for (const t of [i.name, ...(i.aka ?? [])]) for (const f of germanForms(t)) if (!aliases.some((a) => a.text === f)) add(f, t === i.name ? 'name' : 'short');
  // 'countryctx': only the country's words count (an abbreviation common in English for other things: "CSO", "HSE")
  const fieldWords = flags.has('countryctx') ? [] : kind.words.filter((w) => ENGLISH_PRESS.has(i.country) || !ENGLISH_ONLY.has(w));
  const ctxWords = [...new Set([...countryWords(i.country), ...fieldWords])];
  for (const a of aliases) if (a.requiresContext) a.contextWords = ctxWords;
  const list = caseFreeRomance(name, keepCaseVariants(name, aliases));

  const country = i.country === 'EU' ? 'European Union' : countryName(i.country);
  const abbreviations = (i.aka ?? []).filter((a) => isAcronym(a) && !claims.taken(a));
  const otherNames = [i.name, i.en].filter((t) => t !== name && !/[()]/.test(t));
  const facts: Fact[] = [
    { label: programme ? 'Run by' : 'Country', value: programme ? 'European Union' : country, source: SRC.name },
    { label: 'Kind', value: capitalise(i.kind), source: SRC.name },
    ...(i.en !== name ? [{ label: 'English name', value: i.en, source: SRC.name }] : []),
    ...(i.name !== name ? [{ label: 'Name in the national press', value: i.name, source: SRC.name }] : []),
    ...(abbreviations.length ? [{ label: 'Abbreviation', value: abbreviations.join(', '), source: SRC.name }] : []),
    ...(i.city ? [{ label: programme ? 'Run from' : 'Seat', value: `${i.city}${i.country === 'EU' ? '' : `, ${country}`}`, asOf: input.asOf, source: SRC.name }] : []),
    ...(i.founded ? [{ label: 'Founded', value: i.founded, source: SRC.name }] : []),
  ];
  const called = otherNames.length ? ` (${otherNames.join('; ')})` : '';
  const short = abbreviations.length ? ` The press calls it ${abbreviations.slice(0, 2).join(' or ')}`.replace(/\.?$/, '.') : '';
  const seat = i.city ? ` ${kind.seat} ${i.city}.` : '';
  const related = i.country === 'EU' ? [] : [`gloss:country:${i.country.toLowerCase()}`];
  const city = i.city ? (cityIndex.get(normaliseKey(i.city)) ?? []).filter((x) => i.country === 'EU' || x.related?.includes(related[0]!)) : [];
  if (city.length === 1) related.push(city[0]!.id);
  entities.push({
    id,
    name,
    type: programme ? 'other' : 'organisation',
    description: capitalise(withoutArticle(i.what)),
    summary: `${name}${called} is ${withArticle(i.what)}.${seat}${short}`,
    aliases: list,
    facts,
    related: related.filter((r) => byId.has(r)),
    sources: [SRC],
  });
}
noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => `${o.name} (${o.description})`).join('; ')}: context decides`);
writeEntities(FILE, entities);
console.log(`${input.institutions.length} institutions in the list; ${log.duplicates.length} already in an earlier file; ${log.skipped.length} skipped; ${log.nameTaken.length} under another name; ${log.aliasesDropped.length} names held by other entities left out`);
if (process.argv.includes('--verbose')) {
  for (const [k, v] of Object.entries(log)) { console.log(`\n## ${k}`); for (const x of v) console.log(`  ${x}`); }
}
