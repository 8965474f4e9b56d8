/**
 * Generates packs/default/entities/notable-people.json: well-known people of the 20th and 21st
 * centuries (and the best-known earlier ones with a name of two words or more) that news articles
 * name, chosen by fame. The selection, the Wikidata QIDs, birth and death years, citizenship and
 * domain come from the "top" table of the BHHT cross-verified database of notable people (Laouenan
 * et al., the ~14,700 most notable people the project's datascape shows, ranked by a notability
 * index; CC BY-SA, from Wikipedia and Wikidata), read from the datascape's repository at the pinned
 * commit. The occupation and the place of birth come from Pantheon 1.0 (MIT Media Lab, CC0), matched
 * by English Wikipedia title and birth year. The Nobel Prizes (Nobel Prize API data, CC0) add the
 * prizes, and the laureates BHHT's table lacks (literature, peace and economics since 1945, the
 * sciences since 2000). People another file of the pack already has (same QID, or the same name for
 * a person) are left out, and so is a person whose name another entity holds; a one-word name that
 * is an ordinary word or someone's given or family name is left out too (no longer form to use).
 * Every other entity file counts as earlier: this file is meant to come last.
 * Description and summary are composed from the data (citizenship, occupation, years, birthplace,
 * prizes); BHHT's data was collected in 2018, so a person it lists without a death year may have
 * died since, and no summary says "is".
 *
 *   node --import tsx scripts/pack-sources/notable-people.ts
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { Alias, Entity, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { writeEntities } from './lib/common.ts';
import { Claims, dedupeAliases, isAnyEnglishWord, isEnglishVocabulary, isGenericName, isPersonName, isWordLike, noteSharedWithin, otherEntities, personWords, surnameReadOtherwise } from './lib/claims.ts';
import { MIRROR, parseCsv, readSourceFile, type GitSource } from './lib/sources.ts';

const OWN_FILE = 'notable-people.json';

export const BHHT: GitSource = {
  repo: 'medialab/bhht-datascape',
  // the gh-pages branch: data/top.csv.gz as the datascape serves it (same blob since March 2021)
  commit: '9bd058cb7672ec32c31971303779c86d8ee42eba',
  ref: {
    name: 'BHHT notable people',
    url: 'https://medialab.github.io/bhht-datascape/',
    licence: 'CC-BY-SA-4.0',
    asOf: '2021-03',
  },
};
export const PANTHEON: GitSource = {
  repo: 'ALMArchive/celebs',
  commit: '659baa4106c248094b6f13b03f96893e266e581c',
  ref: { name: 'Pantheon 1.0', url: 'https://doi.org/10.7910/DVN/28201', licence: 'CC0-1.0', asOf: '2013' },
};

export const NOBEL: GitSource = {
  repo: 'SheriffNabil/Nobel-Laureates-Data-Visualization',
  // laureates.json: the laureates endpoint of the Nobel Prize API 2.1, all laureates to 2022
  commit: '1571a1352795c6166f785a4ca5ebc5c37adbc130',
  ref: { name: 'Nobel Prize laureates (Nobel Prize API)', url: 'https://www.nobelprize.org/about/developer-zone-2/', licence: 'CC0-1.0', asOf: '2022-12' },
};

/** born in or after this year, or died in or after DIED_FROM: the people of the 20th and 21st centuries */
const BORN_FROM = 1880;
const DIED_FROM = 1945;
/** earlier people are kept when this notable (BHHT rank), and only under a name of two words or more */
const EARLIER_RANK = 1000;
/** the most notable people kept, after those an earlier file has are left out */
const KEEP = 4800;

/** a gzipped file of a source at its pinned commit (readSourceFile reads text only) */
function readGzSource(src: GitSource, path: string): string {
  const dir = join(MIRROR, src.repo.replace('/', '+'), 'repo');
  try {
    return gunzipSync(execFileSync('git', ['-C', dir, 'show', `${src.commit}:${path}`], { maxBuffer: 1 << 28 })).toString('utf8');
  } catch {
    console.error(`${src.repo}: cannot read ${path} at commit ${src.commit}: bring the repository into ${dir} (a git directory), or set GLOSS_MIRROR; the committed JSON in packs/default/entities is enough for a normal build.`);
    process.exit(1);
  }
}

interface Bhht { wikidata_code: string; name: string; gender: string; birth: string; death: string; ranking: string; citizenship: string; occupation: string; region: string }
interface Pantheon { name: string; birthcity: string; birthstate: string; countryName: string; birthyear: string; occupation: string; numlangs: string }

const bhht = parseCsv(readGzSource(BHHT, 'data/top.csv.gz')) as unknown as Bhht[];
const pantheon = parseCsv(readSourceFile(PANTHEON, 'data/pantheon.csv')) as unknown as Pantheon[];

interface Txt { en?: string }
interface Laureate {
  id: string; knownName?: Txt; fullName?: Txt; gender?: string;
  birth?: { date?: string; place?: { city?: Txt; countryNow?: Txt } }; death?: { date?: string };
  wikipedia?: { slug?: string }; wikidata?: { id?: string };
  nobelPrizes?: { awardYear: string; category?: Txt; prizeStatus?: string }[];
}
const laureates = (JSON.parse(readSourceFile(NOBEL, 'laureates.json')) as { laureates: Laureate[] }).laureates;
/** the prizes by QID: "Nobel Prize in Literature 2010" */
const PRIZE: Record<string, string> = {
  Physics: 'Nobel Prize in Physics', Chemistry: 'Nobel Prize in Chemistry', 'Physiology or Medicine': 'Nobel Prize in Physiology or Medicine',
  Literature: 'Nobel Prize in Literature', Peace: 'Nobel Peace Prize', 'Economic Sciences': 'Nobel Memorial Prize in Economic Sciences',
};
/** what a laureate is called by the prize's field, when nothing better is known */
const FIELD: Record<string, string> = {
  Physics: 'physicist', Chemistry: 'chemist', 'Physiology or Medicine': 'medical scientist', Literature: 'writer', 'Economic Sciences': 'economist',
};
const prizesOf = (l: Laureate) => (l.nobelPrizes ?? []).filter((p) => p.prizeStatus !== 'declined' && p.category?.en && PRIZE[p.category.en]);
const nobelByQid = new Map<string, Laureate>();
for (const l of laureates) if (l.knownName?.en && l.wikidata?.id && /^Q[1-9]\d*$/.test(l.wikidata.id)) nobelByQid.set(l.wikidata.id, l);
const prizeText = (l: Laureate): string => {
  const by = new Map<string, string[]>();
  for (const p of prizesOf(l)) by.set(PRIZE[p.category!.en!]!, [...(by.get(PRIZE[p.category!.en!]!) ?? []), p.awardYear]);
  return [...by].map(([prize, years]) => `${prize} ${years.join(', ')}`).join('; ');
};

// every other entity file of the pack comes before this one: its names and people win; but for the
// drivers of formula-one.json, which leaves out those this file describes (its laterEntities): counted
// here, whichever file all.ts generated first would keep the world champions
const prior: Entity[] = otherEntities(OWN_FILE).filter((e) => !(e.file === 'formula-one.json' && e.type === 'person'));
const claims = new Claims(prior);
const priorTypes = new Map(prior.map((e) => [e.id, e.type]));
/** a name an earlier file gives a person */
const heldByPerson = (text: string): boolean => claims.holders(text).some((h) => priorTypes.get(h.id) === 'person');
const persons = personWords(prior);
/** a surname the engine would read alone as a word or a country ("Kanye West", "Jimmy Wales") */
const readOtherwise = surnameReadOtherwise(prior);

/** BHHT citizenship (English country names) → demonym, and the pack's country entity */
const DEMONYM: Record<string, string> = {
  Afghanistan: 'Afghan', Albania: 'Albanian', Algeria: 'Algerian', Angola: 'Angolan', Argentina: 'Argentine', Armenia: 'Armenian',
  Australia: 'Australian', Austria: 'Austrian', 'Austria-Hungary': 'Austro-Hungarian', Azerbaijan: 'Azerbaijani', Bangladesh: 'Bangladeshi',
  Barbados: 'Barbadian', Belarus: 'Belarusian', Belgium: 'Belgian', Benin: 'Beninese', Bolivia: 'Bolivian', 'Bosnia and Herzegovina': 'Bosnian',
  Botswana: 'Botswanan', Brazil: 'Brazilian', Bulgaria: 'Bulgarian', 'Burkina Faso': 'Burkinabè', Cambodia: 'Cambodian', Cameroon: 'Cameroonian',
  Canada: 'Canadian', 'Cape Verde': 'Cape Verdean', 'Central African Republic': 'Central African', Chile: 'Chilean', China: 'Chinese',
  Colombia: 'Colombian', Congo: 'Congolese', Croatia: 'Croatian', Cuba: 'Cuban', 'Czech Republic': 'Czech', Czechoslovakia: 'Czechoslovak',
  Denmark: 'Danish', Dominica: 'Dominican', Ecuador: 'Ecuadorian', Egypt: 'Egyptian', 'El Salvador': 'Salvadoran', Estonia: 'Estonian',
  Ethiopia: 'Ethiopian', Finland: 'Finnish', France: 'French', Georgia: 'Georgian', Germany: 'German', Ghana: 'Ghanaian', Greece: 'Greek',
  Guatemala: 'Guatemalan', Guinea: 'Guinean', Haiti: 'Haitian', 'Hong Kong': 'Hong Kong', Hungary: 'Hungarian', Iceland: 'Icelandic',
  India: 'Indian', Indonesia: 'Indonesian', Iran: 'Iranian', Iraq: 'Iraqi', Ireland: 'Irish', Israel: 'Israeli', Italy: 'Italian',
  'Ivory Coast': 'Ivorian', Jamaica: 'Jamaican', Japan: 'Japanese', Jordan: 'Jordanian', Kazakhstan: 'Kazakh', Kenya: 'Kenyan',
  Latvia: 'Latvian', Lebanon: 'Lebanese', Liberia: 'Liberian', Libya: 'Libyan', Lithuania: 'Lithuanian', Luxembourg: 'Luxembourgish',
  Macedonia: 'Macedonian', Malaysia: 'Malaysian', Mali: 'Malian', Mexico: 'Mexican', Moldova: 'Moldovan', Monaco: 'Monegasque',
  Mongolia: 'Mongolian', Montenegro: 'Montenegrin', Morocco: 'Moroccan', Mozambique: 'Mozambican', Myanmar: 'Burmese', Nepal: 'Nepali',
  Netherlands: 'Dutch', 'New Zealand': 'New Zealand', Nicaragua: 'Nicaraguan', Nigeria: 'Nigerian', 'North Korea': 'North Korean',
  Norway: 'Norwegian', Pakistan: 'Pakistani', Palestine: 'Palestinian', Panama: 'Panamanian', Paraguay: 'Paraguayan', Peru: 'Peruvian',
  Philippines: 'Filipino', Poland: 'Polish', Portugal: 'Portuguese', Qatar: 'Qatari', Romania: 'Romanian', Russia: 'Russian',
  Rwanda: 'Rwandan', 'Saudi Arabia': 'Saudi', Senegal: 'Senegalese', Serbia: 'Serbian', Singapore: 'Singaporean', Slovakia: 'Slovak',
  Slovenia: 'Slovenian', Somalia: 'Somali', 'South Africa': 'South African', 'South Korea': 'South Korean', Spain: 'Spanish',
  'Sri Lanka': 'Sri Lankan', Sudan: 'Sudanese', Sweden: 'Swedish', Switzerland: 'Swiss', Syria: 'Syrian', Taiwan: 'Taiwanese',
  Tanzania: 'Tanzanian', Thailand: 'Thai', Togo: 'Togolese', Tunisia: 'Tunisian', Turkey: 'Turkish', Turkmenistan: 'Turkmen',
  US: 'American', Uganda: 'Ugandan', Ukraine: 'Ukrainian', 'United Kingdom': 'British', Uruguay: 'Uruguayan', Uzbekistan: 'Uzbek',
  Venezuela: 'Venezuelan', Vietnam: 'Vietnamese', Yemen: 'Yemeni', Yugoslavia: 'Yugoslav', Zambia: 'Zambian', Zimbabwe: 'Zimbabwean',
  'Roman Empire': 'Roman', 'Holy Roman Empire': 'German', Wales: 'Welsh',
};
/** BHHT and Pantheon country names the pack's country entities spell otherwise */
const COUNTRY_NAME: Record<string, string> = { US: 'United States', 'UNITED STATES': 'United States', Macedonia: 'North Macedonia', 'Ivory Coast': "Côte d'Ivoire", 'Czech Republic': 'Czechia', Congo: 'Congo' };

const countryIds = new Map<string, string>();
for (const e of prior) {
  if (!e.id.startsWith('gloss:country:')) continue;
  for (const t of [e.name, ...e.aliases.filter((a) => a.kind !== 'demonym').map((a) => a.text)]) if (!countryIds.has(normaliseKey(t))) countryIds.set(normaliseKey(t), e.id);
}
const countryId = (name: string): string | undefined => countryIds.get(normaliseKey(COUNTRY_NAME[name] ?? name));
/** "UNITED STATES" → "United States"; Pantheon writes some country names in capitals */
const titleCase = (s: string): string => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()).replace(/\b(And|Of|The)\b/g, (w) => w.toLowerCase()) : s);
const countryDisplay = (name: string): string => {
  const t = titleCase(COUNTRY_NAME[name] ?? name);
  return /^(United States|United Kingdom|Netherlands|Philippines|Czech Republic|Dominican Republic|Central African Republic)$/.test(t) ? `the ${t}` : t;
};

/** Pantheon occupation → the noun the press uses */
const OCCUPATION: Record<string, string> = {
  'SOCCER PLAYER': 'footballer', 'RACECAR DRIVER': 'racing driver', CHESSMASTER: 'chess player', NOBLEMAN: 'aristocrat',
  'MILITARY PERSONNEL': 'military officer', 'SOCIAL ACTIVIST': 'activist', EXTREMIST: 'militant', MAFIOSO: 'mafia boss',
  'PORNOGRAPHIC ACTOR': 'adult film actor', 'PUBLIC WORKER': 'public official', 'MARTIAL ARTS': 'martial artist', SNOOKER: 'snooker player',
  CELEBRITY: 'media personality', PRESENTER: 'television presenter', COACH: 'sports coach', 'COMIC ARTIST': 'comics artist',
  'AMERICAN FOOTBALL PLAYER': 'American football player', BUSINESSPERSON: 'businessperson',
};
/** the occupations Pantheon gives that say little: the BHHT domain is used instead */
const VAGUE = new Set(['COMPANION']);
const DOMAIN: Record<string, string> = {
  Culture: 'cultural figure', Leadership: 'public figure', 'Sports/Games': 'sportsperson',
  'Discovery/Science': 'scientist or scholar', Other: 'public figure',
};

const pantheonByName = new Map<string, Pantheon[]>();
for (const p of pantheon) pantheonByName.set(p.name, [...(pantheonByName.get(p.name) ?? []), p]);
/** the Pantheon record of the same person: the same English Wikipedia title, born the same year (±1) */
function pantheonOf(title: string, name: string, birth?: number): Pantheon | undefined {
  const cands = [...(pantheonByName.get(title) ?? []), ...(pantheonByName.get(name) ?? [])];
  return cands.find((p) => birth !== undefined && Math.abs(Number(p.birthyear) - birth) <= 1);
}

const year = (s: string): number | undefined => (/^-?\d{1,4}$/.test(s.trim()) ? Number(s) : undefined);
const shownYear = (y: number): string => (y < 0 ? `${-y} BC` : String(y));

/** "Madonna_(entertainer)" → "Madonna"; "Robert_Baden-Powell,_1st_Baron_Baden-Powell" → "Robert Baden-Powell" */
function displayName(title: string): string | undefined {
  let n = title.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (n.includes(',')) {
    const head = n.split(',')[0]!.trim();
    if (!/\s/.test(head)) return undefined; // "Diana, Princess of Wales": no name of its own to write
    n = head;
  }
  return n;
}

/** words near a guarded one-word name that show it is the person, by occupation */
const CONTEXT_WORDS: Record<string, string[]> = {
  footballer: ['football', 'Fußball', 'fútbol', 'calcio', 'futebol', 'piłka', 'goal', 'club'],
  singer: ['singer', 'album', 'song', 'concert', 'chanteuse', 'chanteur', 'Sängerin', 'Sänger', 'cantante', 'cantora'],
  musician: ['album', 'song', 'band', 'concert', 'musician'],
};

/** one-word names that are also someone's given name, family name or nickname in the press ("Fergie" is Alex Ferguson too) */
const ALSO_A_NAME = new Set(['Colette', 'Morrissey', 'Fergie', 'Sade', 'Iman', 'Donovan', 'Duffy', 'Halsey', 'Pitbull', 'Babyface', 'T.I.', 'M.I.A.', 'B.o.B']);
/** one-word names that are also given names, kept for the one person the press means by them, with context */
const GIVEN_BUT_KEPT = new Set(['Shakira', 'Bono', 'Enya', 'Kaká', 'Eusébio', 'Dalida', 'Thalía', 'Aaliyah', 'Ciara']);
/** names that PHRASE would take for a phrase, but that are nobody else's */
const NOT_A_PHRASE = new Set(['Le Corbusier', 'El Greco', 'El Lissitzky', 'José Ortega y Gasset', 'The Weeknd']);

/** stop words of the pack's languages: a one-word name that is one needs context */
const require = createRequire(import.meta.url);
const stopword = require('stopword') as Record<string, string[]>;
const STOP = new Set(['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'pol', 'nld'].flatMap((l) => stopword[l] ?? []).map((w) => normaliseKey(w)));

/**
 * A one-word name the file can use: not an ordinary word of the pack's languages, nor a given or
 * family name, nor a nickname of someone else ("Common", "Seal", "Barbara", "Fergie" are left out).
 */
function oneWordName(name: string): boolean {
  if (GIVEN_BUT_KEPT.has(name)) return true;
  return !isWordLike(name, persons) && !isAnyEnglishWord(name) && !isEnglishVocabulary(name) && !STOP.has(normaliseKey(name)) && !ALSO_A_NAME.has(name);
}

/** a person of a common full name is theirs without context only this high in BHHT's ranking */
const COMMON_NAME_FREE_RANK = 1000;
let commonNames = 0;
/** two or three words: a common given name first and a common family name last ("Ben Johnson", "David Card") */
function commonFullName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && isPersonName(words[0]!) && (isPersonName(words[words.length - 1]!) || persons.has(normaliseKey(words[words.length - 1]!)));
}

/** a name of several words that reads as an ordinary phrase ("The Game", "Marina and the Diamonds"): left out */
const PHRASE = /^(The|A|An|La|Le|Les|El|Los|Die|Der|Das|Il|Lo)\s|\s(and|und|et|y|e)\s/;

function aliasesFor(name: string, rank: number, occ: string | undefined): Alias[] {
  const out: Alias[] = [];
  if (!/\s/.test(name)) {
    // a one-word name (a stage name, a footballer's name): capitals always, and context unless very
    // famous (oneWordName has already left out the words and the given or family names)
    const wordy = name.length <= 4 || rank > 2000 || /\./.test(name) || GIVEN_BUT_KEPT.has(name);
    const ctx = occ ? CONTEXT_WORDS[occ] : undefined;
    out.push({ text: name, kind: 'name', caseSensitive: true, ...(wordy ? { requiresContext: true, ...(ctx ? { contextWords: ctx } : {}) } : {}) });
    return out;
  }
  // "J. K. Rowling" is also written "J.K. Rowling" and "JK Rowling"
  const initials = name.match(/^((?:\p{Lu}\.\s?)+)\s*(.+)$/u);
  if (initials) {
    const letters = initials[1]!.replace(/[.\s]/g, '');
    if (letters.length >= 2) out.push({ text: `${letters.split('').join('.')}. ${initials[2]}`, kind: 'name' }, { text: `${letters} ${initials[2]}`, kind: 'name' });
  }
  // "Louis XIV of France" → "Louis XIV"; "Pope John Paul II" → "John Paul II"
  const regnal = name.match(/^(.+\s[IVXL]+)\sof\s.+$/);
  if (regnal && /\s/.test(regnal[1]!)) out.push({ text: regnal[1]!, kind: 'short' });
  const pope = name.match(/^Pope\s(.+\s[IVXL]+)$/);
  if (pope) out.push({ text: pope[1]!, kind: 'short' });
  return out;
}

interface Chosen { row: Bhht; name: string; rank: number; birth?: number; death?: number; pan?: Pantheon }
const chosen: Chosen[] = [];
const skipped = { duplicate: 0, nameTaken: 0, noName: 0, oneWordEarlier: 0, ambiguous: 0, surnameWord: 0 };
const ambiguousLog: string[] = [];
const takenLog: string[] = [];
const rows = [...bhht].sort((a, b) => Number(a.ranking) - Number(b.ranking));
const seenIds = new Set<string>();
for (const row of rows) {
  if (chosen.length >= KEEP) break;
  const qid = row.wikidata_code.trim();
  if (!/^Q[1-9]\d*$/.test(qid) || seenIds.has(qid)) continue;
  const birth = year(row.birth);
  const death = year(row.death);
  const rank = Number(row.ranking);
  const modern = (birth !== undefined && birth >= BORN_FROM) || (death !== undefined && death >= DIED_FROM);
  if (!modern && !(rank < EARLIER_RANK)) continue;
  const name = displayName(row.name);
  if (!name) { skipped.noName++; continue; }
  if (!modern && !/\s/.test(name)) { skipped.oneWordEarlier++; continue; }
  if (/\s/.test(name) ? PHRASE.test(name) && !NOT_A_PHRASE.has(name) : !oneWordName(name)) { skipped.ambiguous++; ambiguousLog.push(name); continue; }
  // a person an earlier file already describes (by QID, or by name)
  if (claims.ids.has(qid)) { skipped.duplicate++; continue; }
  const holders = claims.holders(name);
  if (holders.length) {
    const samePerson = holders.some((h) => priorTypes.get(h.id) === 'person');
    if (samePerson) skipped.duplicate++;
    else { skipped.nameTaken++; takenLog.push(`${name} (${qid}): held by ${holders.map((h) => `${h.name} [${h.file}]`).join(', ')}`); }
    continue;
  }
  seenIds.add(qid);
  const title = row.name.replace(/_/g, ' ');
  chosen.push({ row, name, rank, birth, death, pan: pantheonOf(title, name, birth) });
}

const srcB = BHHT.ref;
const srcP = PANTHEON.ref;
const srcN = NOBEL.ref;
const entities: Entity[] = [];
for (const c of chosen) {
  const { row, name, rank, birth, death, pan } = c;
  const laureate = nobelByQid.get(row.wikidata_code.trim());
  const nobel = laureate && prizesOf(laureate).length ? laureate : undefined; // Sartre declined his
  const field = nobel ? prizesOf(nobel).map((p) => FIELD[p.category!.en!]).find(Boolean) : undefined;
  const occ = pan && !VAGUE.has(pan.occupation) ? OCCUPATION[pan.occupation] ?? pan.occupation.toLowerCase() : field;
  const what = occ ?? DOMAIN[row.occupation] ?? 'public figure';
  const prize = nobel ? prizeText(nobel) : '';
  const citizenship = row.citizenship.trim();
  // the states of before 1800 were not those BHHT names ("United Kingdom" for Isaac Newton): no demonym then
  const demonym = birth !== undefined && birth >= 1800 ? DEMONYM[citizenship] : undefined;
  const born = pan?.countryName && !/^(unknown|other)$/i.test(pan.countryName) ? titleCase(pan.countryName) : undefined;
  const bornElsewhere = born && citizenship && demonym && normaliseKey(COUNTRY_NAME[born] ?? born) !== normaliseKey(COUNTRY_NAME[citizenship] ?? citizenship);
  const city = pan?.birthcity && !/^(other|unknown)$/i.test(pan.birthcity) ? `${pan.birthcity}${pan.birthstate ? `, ${pan.birthstate}` : ''}` : undefined;
  const elsewhere = bornElsewhere ? countryDisplay(born!) : undefined;
  const lifespan = birth !== undefined
    ? death !== undefined ? ` (${shownYear(birth)}–${shownYear(death)})${elsewhere ? `, born in ${elsewhere}` : ''}` : `, born ${shownYear(birth)}${elsewhere ? ` in ${elsewhere}` : ''}`
    : death !== undefined ? `, died ${shownYear(death)}` : '';
  const lead = demonym ? `${demonym} ${what}` : what;
  const description = `${lead[0]!.toUpperCase()}${lead.slice(1)}${lifespan}${prize ? `, ${prize}` : ''}`;
  const where = city && born ? ` in ${city}, ${countryDisplay(born)}` : born ? ` in ${countryDisplay(born)}` : '';
  const subject = demonym ? `${demonym} ${what} ${name}` : `${name}, ${what},`;
  const life = birth !== undefined ? `was born in ${shownYear(birth)}${where}${death !== undefined ? ` and died in ${shownYear(death)}` : ''}` : death !== undefined ? `died in ${shownYear(death)}` : 'is one of the notable people of the BHHT database';
  const summary = `${subject} ${life}.${prize ? ` Awarded the ${prize}.` : ''}`;
  const facts: Fact[] = [];
  if (birth !== undefined) facts.push({ label: 'Born', value: shownYear(birth), source: srcB.name });
  if (death !== undefined) facts.push({ label: 'Died', value: shownYear(death), source: srcB.name });
  if (city || born) facts.push({ label: 'Birthplace', value: [city, born].filter(Boolean).join(', '), source: srcP.name });
  if (citizenship) facts.push({ label: 'Citizenship', value: titleCase(COUNTRY_NAME[citizenship] ?? citizenship), source: srcB.name });
  facts.push(occ ? { label: 'Occupation', value: occ, source: pan ? srcP.name : srcN.name } : { label: 'Domain', value: row.occupation || 'Other', source: srcB.name });
  if (nobel) for (const p of prizesOf(nobel)) facts.push({ label: 'Award', value: `${PRIZE[p.category!.en!]} (${p.awardYear})`, since: p.awardYear, source: srcN.name });
  const related = [...new Set([countryId(citizenship), born ? countryId(born) : undefined].filter((x): x is string => !!x))];
  const sources: SourceRef[] = [srcB, ...(pan ? [srcP] : []), ...(nobel ? [srcN] : [])];
  // a name whose words are all ordinary words ("Will Smith", "Ice Cube") is matched with its capitals only
  // a person of a common given and family name whom Pantheon's famous biographies do not hold, or a
  // sportsperson ("Ben Johnson": an actor, a sprinter and a footballer; sport has many namesakes), is
  // theirs only with context, unless among the best known
  const common = (!pan || row.occupation === 'Sports/Games') && commonFullName(name) && rank > COMMON_NAME_FREE_RANK;
  const ctx = occ ? CONTEXT_WORDS[occ] : undefined;
  const guarded = common
    ? [{ text: name, kind: 'name' as const, caseSensitive: true, requiresContext: true, ...(ctx ? { contextWords: ctx } : {}) }]
    : /\s/.test(name) && isGenericName(name) ? [{ text: name, kind: 'name' as const, caseSensitive: true }] : [];
  if (common) commonNames++;
  const own = aliasesFor(name, rank, occ);
  // "JK Rowling" already a person of an earlier file: the same person
  if (own.some((a) => a.kind === 'name' && heldByPerson(a.text))) { skipped.duplicate++; continue; }
  // the engine reads a person's surname alone after their full name: one that is an ordinary word or
  // a place's name ("Kanye West" → "West", "Michael York" → "York", "Elton John" → "John") would
  // read the word as the person on their page
  if (readOtherwise(name)) { skipped.surnameWord++; continue; }
  const aliases = dedupeAliases(name, [...guarded, ...own]).filter((a) => normaliseKey(a.text) === normaliseKey(name) || !claims.taken(a.text));
  entities.push({ id: row.wikidata_code.trim(), name, type: 'person', description, summary, aliases, facts, ...(related.length ? { related } : {}), sources });
}
// laureates of the Nobel Prizes that BHHT's top table does not hold: literature, peace and economics
// since 1945, the sciences since 2000 (the ones news still names)
const kept = new Set(entities.map((e) => e.id));
let nobelAdded = 0;
let nobelSkipped = 0;
const isoDay = (d?: string): string | undefined => (d && /^\d{4}/.test(d) ? d.replace(/(-00)+$/, '') : undefined);
for (const l of laureates) {
  const qid = l.wikidata?.id;
  const name = l.knownName?.en?.trim().replace(/^Sir\s+/, '');
  if (!qid || !name || !/^Q[1-9]\d*$/.test(qid) || kept.has(qid) || seenIds.has(qid)) continue;
  const prizes = prizesOf(l);
  const newsworthy = prizes.some((p) => (['Literature', 'Peace', 'Economic Sciences'].includes(p.category!.en!) && Number(p.awardYear) >= 1945) || Number(p.awardYear) >= 2000);
  if (!newsworthy) continue;
  if (claims.ids.has(qid) || claims.taken(name)) { skipped.duplicate++; continue; }
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  // one word, or a common given name with a family name that is a word or a common name ("Simon Johnson", "Charles Rice"): too ambiguous
  if (words.length < 2 || (isPersonName(words[0]!) && (isPersonName(last) || isAnyEnglishWord(last) || isWordLike(last, new Set())))) { nobelSkipped++; ambiguousLog.push(name); continue; }
  kept.add(qid);
  const prize = prizeText(l);
  const field = prizes.map((p) => FIELD[p.category!.en!]).find(Boolean);
  const born = isoDay(l.birth?.date);
  const died = isoDay(l.death?.date);
  const country = l.birth?.place?.countryNow?.en;
  const city = l.birth?.place?.city?.en;
  const countryText = country ? countryDisplay(country === 'USA' ? 'United States' : country) : undefined;
  const description = `${field ? `${field[0]!.toUpperCase()}${field.slice(1)}, ${prize}` : `${prize} laureate`}${born ? ` (born ${born.slice(0, 4)}${countryText ? ` in ${countryText}` : ''})` : ''}`;
  const life = born ? `${name} was born in ${born.slice(0, 4)}${city && countryText ? ` in ${city}, ${countryText}` : countryText ? ` in ${countryText}` : ''}${died ? ` and died in ${died.slice(0, 4)}` : ''}.` : '';
  const summary = `${life}${life ? ' ' : `${name}: `}Awarded the ${prize}.`;
  const facts: Fact[] = [];
  if (born) facts.push({ label: 'Born', value: born, source: srcN.name });
  if (died) facts.push({ label: 'Died', value: died, source: srcN.name });
  if (city || countryText) facts.push({ label: 'Birthplace', value: [city, country === 'USA' ? 'United States' : country].filter(Boolean).join(', '), source: srcN.name });
  for (const p of prizes) facts.push({ label: 'Award', value: `${PRIZE[p.category!.en!]} (${p.awardYear})`, since: p.awardYear, source: srcN.name });
  const slugName = l.wikipedia?.slug ? displayName(l.wikipedia.slug) : undefined;
  // "Jennifer A. Doudna" is "Jennifer Doudna" in the press (and in the Wikipedia title)
  const forms = [slugName, name.replace(/\s\p{Lu}\.(?=\s)/gu, '')].filter((f): f is string => !!f && /\s/.test(f) && normaliseKey(f) !== normaliseKey(name) && !claims.taken(f));
  const aliases: Alias[] = [...new Set(forms)].map((text) => ({ text, kind: 'name' as const }));
  // another spelling of the name that an earlier file gives a person: the same laureate
  if ([slugName, name.replace(/\s\p{Lu}\.(?=\s)/gu, '')].some((f) => f && heldByPerson(f))) { skipped.duplicate++; continue; }
  const cid = country ? countryId(country === 'USA' ? 'United States' : country) : undefined;
  entities.push({ id: qid, name, type: 'person', description, summary, aliases: dedupeAliases(name, [...aliases, ...aliasesFor(name, 1e9, field)]), facts, ...(cid ? { related: [cid] } : {}), sources: [srcN] });
  nobelAdded++;
}

noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => `${o.name} (${o.description})`).join('; ')}: context decides`);
writeEntities(OWN_FILE, entities);
const modernAll = bhht.filter((r) => (year(r.birth) ?? -1e4) >= BORN_FROM || (year(r.death) ?? -1e4) >= DIED_FROM).length;
console.log(`Nobel laureates added: ${nobelAdded} (${nobelSkipped} left out as too ambiguous)`);
console.log(`${bhht.length} BHHT people (${modernAll} of the 20th/21st centuries); kept ${entities.length} (${entities.filter((e) => e.sources.includes(srcP)).length} matched in Pantheon 1.0, ${entities.filter((e) => e.sources.includes(srcN)).length} Nobel laureates)`);
console.log(`left out: ${skipped.duplicate} already in the pack, ${skipped.nameTaken} whose name another entity holds, ${skipped.ambiguous} whose only name is an ordinary word, a given or family name or a phrase, ${skipped.noName + skipped.oneWordEarlier} without a usable name`);
if (process.argv.includes('--verbose')) console.log(`  too ambiguous: ${ambiguousLog.join(', ')}`);
if (process.argv.includes('--verbose')) for (const l of takenLog) console.log(`  name taken: ${l}`);
console.log(`${skipped.surnameWord} left out whose surname is a compass point, a given name or a country's name (the engine reads it alone after the full name)`);
console.log(`${commonNames} people of a common given and family name (sportspeople, or not in Pantheon) need context (BHHT rank above ${COMMON_NAME_FREE_RANK})`);
