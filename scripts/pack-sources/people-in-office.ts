/**
 * Generates packs/default/entities/people-in-office.json: politicians and officials in office in 2025
 * whom the news names — the members of the national cabinets of the EU-27, the United Kingdom,
 * Norway, Switzerland, Ukraine, Serbia and Turkey, the leaders of their main parliamentary parties
 * and of the opposition, the presidents and speakers of their parliaments, the heads of government
 * of German Länder, Spanish autonomous communities, Belgian regions and communities and Italian
 * regions, the central bank governors and the members of the European Commission of 2024–2029.
 *
 * No open dataset with a redistributable licence lists current office-holders, so the input is the
 * Gloss team's hand-kept list packs/default/overrides/people-in-office.json (CC BY 4.0): the name as
 * the press writes it, other spellings (the native script for Cyrillic and Greek names), the
 * country, the office, the year the person took it (and the year they left it, for an office that
 * ended during 2025), the party. It carries no Wikidata ids, so ids are gloss:person:<slug>.
 *
 * A person an earlier file already has (a person holding the name or one of the other spellings) is
 * left out; a spelling another entity holds is not taken. No bare surnames: the engine derives the
 * surname-only mentions from the full name. A full name made of a common given name and a common
 * family name, or one that is also a place's name, matches capitalised only and needs the page's
 * context (a word of politics nearby, the country, or another name of the person), as does every
 * person the list marks 'ctx'.
 *
 *   node --import tsx scripts/pack-sources/people-in-office.ts [--verbose]
 */
import type { Alias, Entity, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { surnameOf } from '../../src/core/spot/compile.ts';
import { readOverrides, slug, writeEntities } from './lib/common.ts';
import { countryName } from './lib/country-names.ts';
import { Claims, dedupeAliases, isCommonEnglishName, isGenericName, noteSharedWithin, priorEntities, surnameReadOtherwise } from './lib/claims.ts';

const FILE = 'people-in-office.json';

interface Person {
  name: string;
  aka?: string[];
  country: string;
  office: string;
  since: string;
  /** the year the office ended, for an office held until a change of government in 2025 */
  until?: string;
  party?: string;
  /** what the person is, where not a politician ("central banker", "economist") */
  what?: string;
  /** 'ctx': the name needs context on the page */
  guard?: string;
}
interface Input { asOf: string; people: Person[] }

const input = readOverrides<Input>(FILE);
const SRC: SourceRef = {
  name: 'Gloss team (people in office: name, country, office, year, party)',
  licence: 'CC-BY-4.0',
  asOf: input.asOf,
};

/** the entities of the files GENERATED_ORDER puts before this one */
const prior: Entity[] = priorEntities(FILE);
const byId = new Map(prior.map((e) => [e.id, e]));
/** the European Union's entity: related to the Commissioners */
const EU = 'Q458';
const claims = new Claims(prior);
/**
 * The surnames of the people of earlier files. A person who shares one gets no name in another
 * script: its surname alone would be the trie's, written as the page writes it, and would hide the
 * earlier person's surname, which the name index reads in that script ("Румен Радев … Радев" is
 * the President, not Dimitar Radev).
 */
const priorSurnames = new Set(prior.filter((e) => e.type === 'person').map((e) => surnameOf(e.name)).filter((x): x is string => !!x).map(normaliseKey));
const heldByPerson = (text: string) => claims.holders(text).find((h) => byId.get(h.id)?.type === 'person');

/** the names of the pack's places (a full name that is also one needs context) */
const placeNames = new Set(prior.filter((e) => e.type === 'place').flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map(normaliseKey));
/** a surname the engine would read alone as a word or a country */
const readOtherwise = surnameReadOtherwise(prior);

const DEMONYM: Record<string, string> = {
  AT: 'Austrian', BE: 'Belgian', BG: 'Bulgarian', CH: 'Swiss', CY: 'Cypriot', CZ: 'Czech', DE: 'German', DK: 'Danish', EE: 'Estonian',
  ES: 'Spanish', FI: 'Finnish', FR: 'French', GB: 'British', GR: 'Greek', HR: 'Croatian', HU: 'Hungarian', IE: 'Irish',
  IT: 'Italian', LT: 'Lithuanian', LU: 'Luxembourg', LV: 'Latvian', MT: 'Maltese', NL: 'Dutch', NO: 'Norwegian', PL: 'Polish',
  PT: 'Portuguese', RO: 'Romanian', RS: 'Serbian', SE: 'Swedish', SI: 'Slovenian', SK: 'Slovak', TR: 'Turkish', UA: 'Ukrainian',
  AE: 'Emirati', AM: 'Armenian', AR: 'Argentine', AU: 'Australian', AZ: 'Azerbaijani', BD: 'Bangladeshi', BR: 'Brazilian', BY: 'Belarusian',
  CA: 'Canadian', CL: 'Chilean', CN: 'Chinese', CO: 'Colombian', EG: 'Egyptian', GE: 'Georgian', ID: 'Indonesian', IL: 'Israeli',
  IN: 'Indian', IR: 'Iranian', JP: 'Japanese', KE: 'Kenyan', KR: 'South Korean', KZ: 'Kazakh', MX: 'Mexican', MY: 'Malaysian',
  NG: 'Nigerian', NZ: 'New Zealand', PH: 'Filipino', PK: 'Pakistani', QA: 'Qatari', RU: 'Russian', SA: 'Saudi', SG: 'Singaporean',
  TH: 'Thai', TW: 'Taiwanese', VN: 'Vietnamese', ZA: 'South African', US: 'American', GD: 'Grenadian',
};

/** words near a guarded name that show it is the politician */
const POLITICS = [...new Set([
  'minister', 'ministers', 'ministry', 'government', 'cabinet', 'parliament', 'party', 'leader', 'opposition', 'election', 'elections', 'MP', 'MPs', 'MEP', 'prime minister',
  'president', 'commissioner', 'governor', 'secretary', 'shadow', 'chancellor', 'mayor', 'speaker', 'spokesperson', 'spokesman', 'politician', 'coalition', 'Tory', 'Tories', 'Labour', 'Downing Street', 'Westminster', 'Dáil', 'Taoiseach',
  'Minister', 'Ministerin', 'Bundesminister', 'Bundesministerin', 'Ministerium', 'Regierung', 'Bundesregierung', 'Landesregierung', 'Kabinett', 'Partei', 'Parteichef', 'Parteichefin', 'Vorsitzende', 'Vorsitzender',
  'Bundestag', 'Landtag', 'Fraktion', 'Fraktionschef', 'Ministerpräsident', 'Ministerpräsidentin', 'Kanzler', 'Bundeskanzler', 'Wahl', 'Koalition', 'Opposition', 'Abgeordnete', 'Abgeordneter', 'Politiker', 'Politikerin', 'Nationalrat', 'Bundesrat',
  'ministre', 'ministres', 'ministère', 'gouvernement', 'parti', 'député', 'députée', 'Assemblée', 'Sénat', 'sénateur', 'élection', 'élections', 'présidente', 'porte-parole', 'Matignon', 'Élysée', 'maire', 'premier ministre',
  'ministro', 'ministra', 'ministerio', 'Gobierno', 'gobierno', 'partido', 'Congreso', 'elecciones', 'oposición', 'presidente', 'presidenta', 'consejero', 'consejera', 'portavoz', 'diputado', 'diputada', 'Moncloa', 'Junta', 'Generalitat', 'Xunta', 'líder',
  'governo', 'partito', 'Camera', 'Senato', 'elezioni', 'opposizione', 'ministero', 'governatore', 'sindaco', 'segretario', 'segretaria', 'deputato', 'deputata', 'senatore', 'Palazzo Chigi', 'Regione',
  'Governo', 'deputado', 'deputada', 'eleições', 'oposição', 'primeiro-ministro', 'secretário-geral', 'Parlamento', 'Assembleia da República',
  'rząd', 'rządu', 'rządzie', 'partia', 'partii', 'Sejm', 'Sejmu', 'Sejmie', 'Senat', 'Senatu', 'wybory', 'wyborach', 'opozycja', 'opozycji', 'premier', 'premiera', 'poseł', 'posłanka', 'wicepremier', 'szef', 'szefowa',
  'ministra', 'ministrem', 'ministrze', 'ministerstwo', 'ministerstwa', 'marszałek', 'marszałka', 'wicemarszałek', 'koalicja', 'koalicji', 'polityk', 'polityka', 'prezes', 'przewodniczący', 'przewodnicząca', 'klub', 'klubu', 'prezydent', 'prezydenta',
  'kabinet', 'regering', 'partij', 'Tweede Kamer', 'Kamer', 'verkiezingen', 'oppositie', 'fractievoorzitter', 'partijleider', 'voorzitter', 'lijsttrekker', 'Kamerlid', 'coalitie', 'formatie', 'vicepremier', 'staatssecretaris', 'minister-president', 'politicus',
  // Swedish, Danish, Norwegian (and their ministers' titles, written as one word)
  'regeringen', 'regjeringen', 'riksdagen', 'Riksdagen', 'Folketinget', 'Stortinget', 'statsminister', 'statsministern', 'ministern', 'ministeren', 'partiledare', 'partileder', 'partiet', 'valet', 'valget',
  'finansminister', 'utrikesminister', 'energiminister', 'näringsminister', 'justitieminister', 'försvarsminister', 'udenrigsminister', 'forsvarsminister', 'utenriksminister',
  // Finnish, Estonian, Latvian, Lithuanian
  'hallitus', 'hallituksen', 'pääministeri', 'ministeri', 'eduskunta', 'eduskunnan', 'puolue', 'puolueen', 'puheenjohtaja', 'valitsus', 'peaminister', 'erakond', 'Riigikogu',
  'valdība', 'valdības', 'ministrs', 'Saeima', 'Saeimas', 'partija', 'Vyriausybė', 'Vyriausybės', 'ministras', 'premjeras', 'premjerė', 'Seimas', 'Seimo',
  // Czech, Slovak, Slovenian, Croatian, Serbian, Bosnian (Latin)
  'vláda', 'vlády', 'vládě', 'vláde', 'premiér', 'premiérka', 'ministr', 'ministryně', 'ministerka', 'strana', 'strany', 'Sněmovna', 'Sněmovny', 'poslanec', 'poslankyně', 'předseda', 'predseda', 'parlament',
  'vlada', 'vlade', 'vladi', 'ministar', 'ministrica', 'premijer', 'premijerka', 'stranka', 'stranke', 'Sabor', 'Sabora', 'Skupština', 'poslanka', 'zastupnik',
  // Hungarian, Romanian
  'kormány', 'kormányfő', 'miniszter', 'miniszterelnök', 'párt', 'Országgyűlés', 'képviselő', 'guvern', 'guvernul', 'guvernului', 'ministrul', 'premierul', 'partid', 'partidul', 'deputat', 'președintele',
  // Greek; Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian (Cyrillic)
  'κυβέρνηση', 'κυβέρνησης', 'υπουργός', 'πρωθυπουργός', 'κόμμα', 'κόμματος', 'Βουλή', 'Βουλής', 'βουλευτής',
  'правительство', 'правительства', 'министр', 'министра', 'премьер', 'партия', 'партии', 'депутат', 'парламент', 'уряд', 'уряду', 'міністр', 'міністра', 'партія', 'партії', 'Рада',
  'урад', 'міністр', 'министър', 'правителство', 'министар', 'влада', 'владе', 'премијер', 'странка', 'Собрание', 'Скупштина',
  // central banks and their governors
  'central bank', 'Zentralbank', 'Notenbank', 'Bundesbank', 'banque centrale', 'banco central', 'banca centrale', 'centrale bank', 'bank centralny',
  'gouverneur', 'Gouverneur', 'Gouverneurin', 'governador', 'governadora', 'gobernador', 'gobernadora', 'prezes NBP', 'guvernatorul', 'inflation', 'Inflation',
])];

/** the shortest summary the people files have (test/unit/people-pack.test.ts) */
const MIN_SUMMARY = 80;

const an = (w: string) => (/^[AEIOU]/.test(w) && !/^Ukrainian/.test(w) ? 'an' : 'a');
/** a name with Cyrillic or Greek letters */
const nonLatin = (t: string) => /[\u0370-\u03ff\u0400-\u04ff]/u.test(t);
/** countries whose people's names are romanised from Cyrillic or Greek: another Latin spelling is a transliteration */
const NON_LATIN_COUNTRIES = new Set(['BG', 'BY', 'CY', 'GR', 'KZ', 'RS', 'RU', 'UA']);

/**
 * Two or three words: a common English given name first and a common English family name last
 * ("Peter Kyle", "Steve Reed"), a name many people share in the English-language press. Names
 * common in the person-name lists of other languages are not ("Marta Kos", "Magnus Brunner",
 * "Ebba Busch"): guarding every one of those would leave most ministers unmarked on a page that
 * names them in full.
 */
function commonFullName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => !/^(van|von|de|der|den|la|le|du|da|di)$/i.test(w));
  if (words.length < 2 || words.length > 3) return false;
  return isCommonEnglishName(words[0]!, words[words.length - 1]!);
}

const entities: Entity[] = [];
const log = { duplicates: [] as string[], aliasesDropped: [] as string[], guarded: [] as string[], skipped: [] as string[] };
const seen = new Set<string>();

for (const p of input.people) {
  const flags = new Set((p.guard ?? '').split(/\s+/).filter(Boolean));
  const key = normaliseKey(p.name);
  if (seen.has(key)) { log.skipped.push(`${p.name}: twice in the list`); continue; }
  seen.add(key);
  // a person of an earlier file holding the name or another spelling: the same person
  const dup = [p.name, ...(p.aka ?? [])].map((t) => heldByPerson(t)).find(Boolean);
  if (dup) { log.duplicates.push(`${p.name} = ${dup.id} ${dup.name} (${dup.file})`); continue; }
  if (claims.taken(p.name)) { log.skipped.push(`${p.name}: the name is held by ${claims.holders(p.name).map((h) => `${h.id} ${h.name} (${h.file})`).join(', ')}`); continue; }
  // the engine reads the surname alone after the full name: one that is a compass point or a country's name would read the word as the person
  const otherwise = readOtherwise(p.name);
  if (otherwise) { log.skipped.push(`${p.name}: the surname ${otherwise} is a word or a country`); continue; }
  const surname = surnameOf(p.name);
  const id = `gloss:person:${slug(p.name)}`;
  if (claims.ids.has(id)) { log.skipped.push(`${p.name}: id ${id} exists`); continue; }
  const demonym = DEMONYM[p.country];
  if (!demonym) throw new Error(`${p.name}: no demonym for ${p.country}`);

  const guarded = flags.has('ctx') || commonFullName(p.name) || placeNames.has(key) || isGenericName(p.name);
  if (guarded) log.guarded.push(p.name);
  const guard = (): Partial<Alias> => (guarded ? { caseSensitive: true, requiresContext: true, contextWords: POLITICS } : {});
  const aliases: Alias[] = [{ text: p.name, kind: 'name', ...guard() }];
  for (const a of p.aka ?? []) {
    if (claims.taken(a)) { log.aliasesDropped.push(`${p.name}: "${a}" (held by ${claims.holders(a).map((h) => h.id).join(', ')})`); continue; }
    if (!/\s/.test(a.trim())) { log.aliasesDropped.push(`${p.name}: "${a}" (one word)`); continue; }
    // the native Cyrillic or Greek name; another romanisation of it; or another spelling
    if (nonLatin(a) && surname && priorSurnames.has(normaliseKey(surname))) { log.aliasesDropped.push(`${p.name}: "${a}" (the surname ${surname} is an earlier person's)`); continue; }
    aliases.push({ text: a, kind: !nonLatin(a) && NON_LATIN_COUNTRIES.has(p.country) ? 'transliteration' : 'name', ...(nonLatin(a) ? {} : guard()) });
  }

  const what = p.what ?? 'politician';
  const years = !p.until ? `since ${p.since}` : p.until === p.since ? p.since : `${p.since}–${p.until}`;
  const description = `${demonym} ${what}, ${p.office} (${years})`;
  const country = countryName(p.country);
  const heldAs = (office: string): string =>
    !p.until
      ? p.since === input.asOf ? `became ${office} in ${p.since}` : `has been ${office} since ${p.since} (as of ${input.asOf})`
      : p.until === p.since ? `was ${office} in ${p.since}` : `was ${office} from ${p.since} to ${p.until}`;
  const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  // two sentences, as the people files' summaries have (test/unit/people-pack.test.ts); a short one names the office's country too
  const summaryWith = (office: string): string => `${p.name} is ${an(demonym)} ${demonym} ${what}${p.party ? ` (${p.party})` : ''}. ${capitalised(surname ?? p.name)} ${heldAs(office)}.`;
  const plain = summaryWith(p.office);
  const summary = plain.length >= MIN_SUMMARY ? plain : summaryWith(`${p.office} of ${country}`);
  const facts: Fact[] = [
    { label: 'Country', value: country, source: SRC.name },
    { label: 'Office', value: p.until ? `${p.office} (${years})` : p.office, since: p.since, ...(p.until ? { until: p.until } : {}), asOf: input.asOf, source: SRC.name },
    ...(p.party ? [{ label: 'Party', value: p.party, source: SRC.name }] : []),
  ];
  const related = [`gloss:country:${p.country.toLowerCase()}`, ...(/European Commission/.test(p.office) ? [EU] : [])];
  entities.push({
    id,
    name: p.name,
    type: 'person',
    description,
    summary,
    // the full name stays listed first, guarded or not (dedupeAliases drops an unguarded copy of the name)
    aliases: [aliases[0]!, ...dedupeAliases(p.name, aliases.slice(1)).filter((a) => normaliseKey(a.text) !== key)],
    facts,
    related: related.filter((r) => byId.has(r)),
    sources: [SRC],
  });
}
noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => `${o.name} (${o.description})`).join('; ')}: context decides`);
writeEntities(FILE, entities);
console.log(`${input.people.length} people in the list; ${log.duplicates.length} already in an earlier file; ${log.skipped.length} skipped; ${log.guarded.length} need context; ${log.aliasesDropped.length} spellings held by other entities or of one word left out`);
if (process.argv.includes('--verbose')) {
  for (const [k, v] of Object.entries(log)) { console.log(`\n## ${k}`); for (const x of v) console.log(`  ${x}`); }
}
