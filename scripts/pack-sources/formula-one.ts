/**
 * Generates packs/default/entities/formula-one.json: the Formula One names the news uses, from F1DB
 * (github.com/f1db/f1db, CC BY 4.0), read from its YAML files (src/data) at the pinned commit.
 *
 * 1. Drivers: every drivers' world champion (the winner of each season's standings, the season
 *    under way left out) and every driver who started a race of the 2015–2026 seasons (race
 *    results: not "did not start", "did not qualify", "did not pre-qualify", "did not participate"
 *    or "excluded", as F1DB counts starts). ids gloss:person:<F1DB id>. The summary is composed from the data: nationality,
 *    birth (and death) year, titles with the team of each, Grand Prix wins and starts, the seasons
 *    raced and the teams since 2015. The driver's full name is an alias only where the press writes
 *    it (PRESS_FULL_NAME), and a Chinese driver's name is also given family name first ("Zhou Guanyu").
 * 2. Circuits: every circuit of the 2020–2026 calendars, the races still to come included (ids
 *    gloss:place:<F1DB id>-circuit), by F1DB's full name; its earlier names are aliases ("Albert
 *    Park Circuit", "Interlagos"). F1DB's short names ("Monza", "Las Vegas", "Paul Ricard") are
 *    towns' or people's names and are not given.
 * 3. Teams: the constructors of the 2026 season (ids gloss:organisation:f1-<F1DB id>), by F1DB's
 *    full name, or the 2026 entrant's name where the full name is only the carmaker's ("Audi",
 *    "Aston Martin", "Cadillac"); the entrant's name ("Oracle Red Bull Racing") is an alias. The
 *    carmakers' and companies' short names ("Mercedes", "Ferrari", "Williams") are never given, and
 *    a team the pack already holds under its full name ("Scuderia Ferrari", the Ferrari entity of
 *    companies.json) is left out. A name of ordinary words ("Racing Bulls") keeps its capitals.
 *
 * A person the pack already holds (a person of another file with the same name) is left out; a
 * name or alias another entity holds (any file: those before this one in GENERATED_ORDER, and those
 * after it, which would otherwise lose it) is not given. A one-word name or alias is matched
 * capitalised only and needs motor-racing context nearby; a driver whose full name is a common
 * given name and family name ("George Russell") needs it too.
 *
 *   node --import tsx scripts/pack-sources/formula-one.ts [--verbose]
 */
import { parse } from 'yaml';
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { slug, writeEntities } from './lib/common.ts';
import { countryNameInText } from './lib/country-names.ts';
import {
  Claims, dedupeAliases, isGenericName, isPersonName, isWordLike, laterEntities, noteSharedWithin, personWords, priorEntities, surnameReadOtherwise,
} from './lib/claims.ts';
import { listSourceTree, readSourceFiles, type GitSource } from './lib/sources.ts';

const OWN = 'formula-one.json';
/** the date of the pinned commit: the data's date (results up to the 2026 Hungarian Grand Prix) */
const DATA_DATE = '2026-08-21';
export const F1DB: GitSource = {
  repo: 'f1db/f1db',
  commit: '6a5845b840e68d53400f3e8db97b55c3ad2fab52',
  ref: { name: 'F1DB', url: 'https://github.com/f1db/f1db', licence: 'CC-BY-4.0', asOf: DATA_DATE },
};
const ref = F1DB.ref;
/** the drivers who started a race in these seasons are in */
const DRIVERS_FROM = 2015;
/** the circuits of these seasons' calendars are in */
const CIRCUITS_FROM = 2020;
/** the season whose teams are in (and the season under way) */
const SEASON = 2026;
/** the pack's entity for the championship: a related entity on the page is context for a guarded name */
const F1_ID = 'gloss:organisation:formula-one';

/** words near a guarded name that show the page is about motor racing (en, fr, de, es, it, pt, pl) */
const CONTEXT = [
  'Formula One', 'Formula 1', 'F1', 'Grand Prix', 'Grands Prix', 'pole position', 'qualifying', 'podium', 'paddock', 'pit lane',
  'racing driver', 'driver', 'drivers', 'teammate', 'motorsport', 'race', 'racing', 'lap', 'laps', 'circuit', 'track',
  'Formule 1', 'pilote', 'course', 'Formel 1', 'Fahrer', 'Rennen', 'Rennstrecke', 'Großer Preis', 'Fórmula 1', 'piloto', 'carrera', 'circuito',
  'Formula Uno', 'pilota', 'gara', 'Gran Premio', 'autódromo', 'corrida', 'Grande Prêmio', 'Formuła 1', 'kierowca', 'wyścig',
];

// ---------------------------------------------------------------------------------------------
// F1DB's YAML files at the pinned commit

const tree = listSourceTree(F1DB, 'src/data');
const has = new Set(tree);
function readYaml<T>(paths: string[]): T[] {
  return paths.length ? readSourceFiles(F1DB, paths).map((t) => parse(t) as T) : [];
}
function readById<T extends { id: string }>(folder: string, ids: Iterable<string>): Map<string, T> {
  const list = [...new Set(ids)].filter((id) => has.has(`src/data/${folder}/${id}.yml`));
  return new Map(readYaml<T>(list.map((id) => `src/data/${folder}/${id}.yml`)).map((x) => [x.id, x]));
}

interface Country { id: string; alpha2Code: string; name: string; demonym?: string }
interface Driver {
  id: string; name: string; firstName: string; lastName: string; fullName: string; gender?: string;
  dateOfBirth?: string; dateOfDeath?: string | null; placeOfBirth?: string; nationalityCountryId: string; countryOfBirthCountryId?: string;
}
interface Constructor { id: string; name: string; fullName: string; countryId: string }
interface Circuit {
  id: string; name: string; fullName: string; previousNames?: string[] | null; type: string; placeName: string; countryId: string;
  length?: number; turns?: number;
}
interface GrandPrix { id: string; name: string; fullName: string }
interface RaceFile { round: number; date: string; grandPrixId: string; circuitId: string; officialName?: string }
interface Result { position: number | string; driverId: string; constructorId: string }
interface Standing { position: number; driverId?: string; constructorId?: string }
interface EntrantFile { entrantId: string; constructorId: string; engineManufacturerId: string; drivers: { driverId: string; rounds?: string | null; testDriver?: boolean }[] }

const countries = new Map(readYaml<Country>(tree.filter((p) => /^src\/data\/countries\/[^/]+\.yml$/.test(p))).map((c) => [c.id, c]));

/** the races: season, round, the race file and its results (if held) */
interface Race { year: number; round: number; file: RaceFile; results?: Result[] }
const raceDirs = tree.filter((p) => /^src\/data\/seasons\/\d{4}\/races\/[^/]+\/race\.yml$/.test(p)).map((p) => p.slice(0, -'/race.yml'.length));
const raceFiles = readYaml<RaceFile>(raceDirs.map((d) => `${d}/race.yml`));
const resultDirs = raceDirs.filter((d) => has.has(`${d}/race-results.yml`));
const resultsByDir = new Map(readYaml<Result[]>(resultDirs.map((d) => `${d}/race-results.yml`)).map((r, i) => [resultDirs[i]!, r ?? []]));
const races: Race[] = raceDirs.map((d, i) => ({ year: Number(d.split('/')[3]), round: raceFiles[i]!.round, file: raceFiles[i]!, results: resultsByDir.get(d) }))
  .sort((a, b) => a.year - b.year || a.round - b.round);
const seasons = [...new Set(races.map((r) => r.year))].sort((a, b) => a - b);
/** a season all of whose races have results: its standings are final */
const complete = new Set(seasons.filter((y) => races.filter((r) => r.year === y).every((r) => r.results)));
const lastHeld = races.filter((r) => r.results).pop()!;
const grandsPrix = readById<GrandPrix>('grands-prix', races.map((r) => r.file.grandPrixId));

const standings = (year: number, kind: 'driver' | 'constructor'): Standing[] => {
  const p = `src/data/seasons/${year}/${kind}-standings.yml`;
  return has.has(p) ? readYaml<Standing[]>([p])[0] ?? [] : [];
};
/** the champions of the finished seasons: year → driver id, and year → constructor id */
const driverChampion = new Map<number, string>();
const constructorChampion = new Map<number, string>();
for (const y of complete) {
  const d = standings(y, 'driver').find((s) => s.position === 1)?.driverId;
  if (d) driverChampion.set(y, d);
  const c = standings(y, 'constructor').find((s) => s.position === 1)?.constructorId;
  if (c) constructorChampion.set(y, c);
}

/** did not start, qualify, pre-qualify or take part, or excluded: no start (as F1DB's own totalRaceStarts counts) */
const NO_START = new Set(['DNS', 'DNQ', 'DNPQ', 'DNP', 'EX']);
interface Career { starts: number; wins: number; years: Set<number>; teams: Map<number, Map<string, number>> }
const careers = new Map<string, Career>();
const teamWins = new Map<string, number>();
const teamYears = new Map<string, Set<number>>();
for (const r of races) {
  const winners = new Set<string>();
  /** a driver who took over another's car (the 1950s' shared drives) starts and wins once in a race */
  const started = new Set<string>();
  const won = new Set<string>();
  for (const x of r.results ?? []) {
    if (NO_START.has(String(x.position))) continue;
    const c = careers.get(x.driverId) ?? { starts: 0, wins: 0, years: new Set<number>(), teams: new Map() };
    if (!started.has(x.driverId)) { started.add(x.driverId); c.starts++; }
    if (x.position === 1 && !won.has(x.driverId)) { won.add(x.driverId); c.wins++; }
    if (x.position === 1) winners.add(x.constructorId);
    c.years.add(r.year);
    const t = c.teams.get(r.year) ?? new Map<string, number>();
    t.set(x.constructorId, (t.get(x.constructorId) ?? 0) + 1);
    c.teams.set(r.year, t);
    careers.set(x.driverId, c);
    teamYears.set(x.constructorId, (teamYears.get(x.constructorId) ?? new Set()).add(r.year));
  }
  // a shared drive gives one win to the team
  for (const w of winners) teamWins.set(w, (teamWins.get(w) ?? 0) + 1);
}
/** the team a driver started most races for in a season */
const mainTeam = (c: Career, year: number): string | undefined => [...(c.teams.get(year) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];

// ---------------------------------------------------------------------------------------------
// what the pack already holds

const prior = priorEntities(OWN);
const later = laterEntities(OWN);
/** the names this file leaves alone: those of the files before it (the claims rule) and after it (they would lose them) */
const claims = new Claims([...prior, ...later]);
const typeOf = new Map([...prior, ...later].map((e) => [e.id, e.type]));
const persons = personWords(prior);
const readOtherwise = surnameReadOtherwise(prior);
const packIds = claims.ids;

const countryIdOf = (f1dbCountry: string | undefined): string | undefined => {
  const c = f1dbCountry ? countries.get(f1dbCountry) : undefined;
  const id = c ? `gloss:country:${c.alpha2Code.toLowerCase()}` : undefined;
  return id && packIds.has(id) ? id : undefined;
};
/** the country's English name in running text ("the United Kingdom"), as the other generators write it */
const countryName = (f1dbCountry: string): string => {
  const c = countries.get(f1dbCountry);
  return c ? countryNameInText(c.alpha2Code) : f1dbCountry;
};
const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

/** 2014, 2015, 2017, 2018 → "2014–2015, 2017–2018" */
function yearRanges(years: number[]): string {
  const out: string[] = [];
  const ys = [...years].sort((a, b) => a - b);
  for (let i = 0; i < ys.length; i++) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j]! + 1) j++;
    out.push(i === j ? String(ys[i]) : `${ys[i]}–${ys[j]}`);
    i = j;
  }
  return out.join(', ');
}
/** ["a", "b", "c"] → "a, b and c" */
const andList = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** a sentence ending in a name that ends in a full stop ("Carlos Sainz Jr.") takes no second one */
const sentenceEnd = (text: string) => (text.endsWith('.') ? text : `${text}.`);
/** F1DB's demonyms that are nouns, as adjectives */
const ADJECTIVE: Record<string, string> = { 'New Zealander': 'New Zealand' };

/** Case-sensitive, and linked only with motor-racing context (less the words the name itself holds) */
function guard(text: string): Partial<Alias> {
  const own = ` ${normaliseKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const words = CONTEXT.filter((w) => !own.includes(` ${normaliseKey(w).replace(/[^\p{L}\p{N}]+/gu, ' ')} `));
  return { caseSensitive: true, requiresContext: true, contextWords: words };
}
const oneWord = (text: string) => !/\s/.test(text);

const log = { heldPerson: [] as string[], heldName: [] as string[], surname: [] as string[], aliasesDropped: [] as string[], common: [] as string[] };
/** an alias offered: refused if another entity holds it */
function offer(out: Alias[], owner: string, a: Alias): void {
  if (MAKES.has(normaliseKey(a.text))) { log.aliasesDropped.push(`${owner}: "${a.text}" (a carmaker's or company's name)`); return; }
  if (claims.taken(a.text)) { log.aliasesDropped.push(`${owner}: "${a.text}" (held by ${claims.holders(a.text).map((h) => `${h.name} [${h.file}]`).join(', ')})`); return; }
  if (oneWord(a.text)) Object.assign(a, guard(a.text));
  out.push(a);
}

const entities: Entity[] = [];
const constructorIds = new Set<string>([...careers.values()].flatMap((c) => [...c.teams.values()].flatMap((m) => [...m.keys()])));
const constructors = readById<Constructor>('constructors', constructorIds);
const teamName = (id: string) => constructors.get(id)?.name ?? id;

// ---------------------------------------------------------------------------------------------
// 3. the teams of the 2026 season (first: the drivers' entities point at them)

const entrantsPath = `src/data/seasons/${SEASON}/entrants.yml`;
const entrants = readYaml<EntrantFile[]>([entrantsPath])[0] ?? [];
const entrantNames = readById<{ id: string; name: string }>('entrants', entrants.map((e) => e.entrantId));
const engineNames = readById<{ id: string; name: string }>('engine-manufacturers', entrants.map((e) => e.engineManufacturerId));
/** constructor id → the team's entity id in this file */
const teamEntity = new Map<string, string>();
const teamsLeftOut: string[] = [];
/** the drivers who started a race of the season under way, by constructor */
const seasonDrivers = new Map<string, string[]>();
for (const r of races.filter((x) => x.year === SEASON)) {
  for (const x of r.results ?? []) {
    if (NO_START.has(String(x.position))) continue;
    const list = seasonDrivers.get(x.constructorId) ?? [];
    if (!list.includes(x.driverId)) list.push(x.driverId);
    seasonDrivers.set(x.constructorId, list);
  }
}
const driverIds = new Set<string>([...driverChampion.values()]);
for (const [id, c] of careers) if ([...c.years].some((y) => y >= DRIVERS_FROM)) driverIds.add(id);
const drivers = readById<Driver>('drivers', driverIds);

/**
 * The names of the carmakers and companies behind the teams, which the pack gives the companies
 * (companies.json, the short-names pass): never a team's name or alias here.
 */
const MAKES = new Set(['Aston Martin', 'Audi', 'Cadillac', 'Mercedes', 'Mercedes-Benz', 'Ferrari', 'Williams', 'Red Bull', 'McLaren', 'Alpine', 'Haas', 'Renault', 'Honda', 'Ford', 'Sauber'].map(normaliseKey));

interface TeamDraft { e: Entity; constructorId: string }
const teamDrafts: TeamDraft[] = [];
for (const en of entrants) {
  const con = constructors.get(en.constructorId) ?? readById<Constructor>('constructors', [en.constructorId]).get(en.constructorId);
  if (!con) continue;
  const entrant = entrantNames.get(en.entrantId)?.name;
  // the full name, unless it is only the carmaker's or company's name ("Audi", "Aston Martin"): then the entrant's
  const fullIsMake = MAKES.has(normaliseKey(con.fullName));
  const candidates = [fullIsMake ? undefined : con.fullName, entrant].filter((n): n is string => Boolean(n));
  const name = candidates.find((n) => !claims.taken(n) && !oneWord(n));
  if (!name) { teamsLeftOut.push(`${con.fullName}: ${candidates.map((n) => `"${n}" held by ${claims.holders(n).map((h) => `${h.name} [${h.file}]`).join(', ')}`).join('; ')}`); continue; }
  // a team the pack has under its full name (Ferrari's "Scuderia Ferrari") is that entity: left out
  if (!fullIsMake && claims.taken(con.fullName)) {
    const holders = claims.holders(con.fullName);
    teamsLeftOut.push(`${con.fullName}: held by ${holders.map((h) => `${h.name} [${h.file}]`).join(', ')}`);
    const org = holders.find((h) => typeOf.get(h.id) === 'organisation');
    if (holders.length === 1 && org) teamEntity.set(con.id, org.id); // its drivers point at it
    continue;
  }
  const aliases: Alias[] = [];
  if (entrant && normaliseKey(entrant) !== normaliseKey(name)) offer(aliases, name, { text: entrant, kind: 'name' });
  if (!fullIsMake && normaliseKey(con.fullName) !== normaliseKey(name)) offer(aliases, name, { text: con.fullName, kind: 'name' });
  const list = dedupeAliases(name, aliases);
  // a name of ordinary words ("Racing Bulls", "Red Bull Racing") keeps its capitals
  if (isGenericName(name)) list.unshift({ text: name, kind: 'name', caseSensitive: true });
  const id = `gloss:organisation:f1-${slug(con.id)}`;
  const demonym0 = countries.get(con.countryId)?.demonym;
  const demonym = demonym0 ? ADJECTIVE[demonym0] ?? demonym0 : undefined;
  const engine = engineNames.get(en.engineManufacturerId)?.name;
  const titles = [...constructorChampion].filter(([, c]) => c === con.id).map(([y]) => y);
  const raced = [...(teamYears.get(con.id) ?? new Set([SEASON]))].sort((a, b) => a - b);
  const first = raced[0]!;
  // the run of seasons up to now, and any earlier spell ("since 2010, and earlier in 1954–1955")
  let runStart = raced[raced.length - 1]!;
  while (raced.includes(runStart - 1)) runStart--;
  const earlier = raced.filter((y) => y < runStart);
  const wins = teamWins.get(con.id) ?? 0;
  const driversNow = (seasonDrivers.get(con.id) ?? []).map((d) => drivers.get(d)?.name ?? d);
  const since = first === SEASON ? `made its World Championship debut in ${SEASON}`
    : `has raced in the World Championship since ${runStart}${earlier.length ? ` (and earlier in ${yearRanges(earlier)})` : ''}`;
  const summary = `${name} is ${demonym ? `${article(demonym)} ${demonym}` : 'a'} Formula One team${entrant && normaliseKey(entrant) !== normaliseKey(name) ? `, entered in ${SEASON} as ${entrant}` : ''}` +
    `${engine ? ` with ${engine} power units` : ''}. It ${since}` +
    `${wins ? `, winning ${plural(wins, 'Grand Prix', 'Grands Prix')}` : ''}` +
    `${titles.length ? `${wins ? ' and' : ', winning'} ${plural(titles.length, "constructors' title", "constructors' titles")} (${yearRanges(titles)})` : ''}.` +
    `${driversNow.length ? ` Its drivers in ${SEASON}: ${sentenceEnd(andList(driversNow))}` : ''}`;
  const facts: Fact[] = [];
  if (entrant) facts.push({ label: `Entrant (${SEASON})`, value: entrant, asOf: DATA_DATE, source: ref.name });
  facts.push({ label: 'Nationality', value: countries.get(con.countryId)?.name ?? con.countryId, source: ref.name });
  if (engine) facts.push({ label: `Power unit (${SEASON})`, value: engine, asOf: DATA_DATE, source: ref.name });
  if (driversNow.length) facts.push({ label: `Drivers (${SEASON})`, value: driversNow.join(', '), asOf: DATA_DATE, source: ref.name });
  facts.push({ label: 'Seasons', value: yearRanges(raced), asOf: DATA_DATE, source: ref.name });
  facts.push({ label: 'Grand Prix wins', value: String(wins), asOf: DATA_DATE, source: ref.name });
  if (titles.length) facts.push({ label: "Constructors' titles", value: `${titles.length} (${yearRanges(titles)})`, asOf: DATA_DATE, source: ref.name });
  const e: Entity = {
    id, name, type: 'organisation', description: 'Formula One team', summary, aliases: list, facts,
    related: [countryIdOf(con.countryId), packIds.has(F1_ID) ? F1_ID : undefined].filter((x): x is string => Boolean(x)),
    sources: [ref],
  };
  teamDrafts.push({ e, constructorId: con.id });
  teamEntity.set(con.id, id);
}

// ---------------------------------------------------------------------------------------------
// 1. drivers

/**
 * F1DB's full name is a legal name with every given name ("Max Emilian Verstappen", "Carlos Sainz
 * Vázquez de Castro", "Norman Graham Hill"), not how the press writes the driver: it is an alias
 * only for the drivers listed here, whom the press and the championship's own lists name in full.
 */
const PRESS_FULL_NAME = new Set(['kimi-antonelli']);
/** nationalities whose people the press names family name first ("Zhou Guanyu") */
const FAMILY_NAME_FIRST = new Set(['china', 'taiwan', 'hong-kong', 'south-korea', 'north-korea']);
function nameAliases(d: Driver): string[] {
  const out: string[] = [];
  const full = d.fullName?.trim();
  if (full && PRESS_FULL_NAME.has(d.id) && normaliseKey(full) !== normaliseKey(d.name)) out.push(full);
  if (FAMILY_NAME_FIRST.has(d.nationalityCountryId) && d.firstName && d.lastName) {
    const reversed = `${d.lastName} ${d.firstName}`;
    if (normaliseKey(reversed) !== normaliseKey(d.name)) out.push(reversed);
  }
  return out;
}
/** two or three words: a common given name first and a common family name last ("George Russell") */
function commonFullName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && isPersonName(words[0]!) && (isPersonName(words[words.length - 1]!) || persons.has(normaliseKey(words[words.length - 1]!)));
}

const driverEntityIds = new Map<string, string>();
const driversLeftOut: string[] = [];
for (const id of [...driverIds].sort()) {
  const d = drivers.get(id);
  const c = careers.get(id);
  if (!d || !c) { driversLeftOut.push(`${id}: not in F1DB's drivers`); continue; }
  const name = d.name.trim();
  // a person the pack already has under this name: the same driver
  const holders = claims.holders(name);
  if (holders.length) {
    const person = holders.some((h) => typeOf.get(h.id) === 'person');
    (person ? log.heldPerson : log.heldName).push(`${name}: ${holders.map((h) => `${h.id} [${h.file}]`).join(', ')}`);
    if (person) driverEntityIds.set(id, holders.find((h) => typeOf.get(h.id) === 'person')!.id);
    continue;
  }
  if (readOtherwise(name)) { log.surname.push(name); continue; }
  const titles = [...driverChampion].filter(([, x]) => x === id).map(([y]) => y);
  const years = [...c.years].sort((a, b) => a - b);
  const firstYear = years[0]!;
  const lastYear = years[years.length - 1]!;
  const active = lastYear === SEASON;
  const dead = Boolean(d.dateOfDeath);
  const born = d.dateOfBirth ? String(d.dateOfBirth).slice(0, 4) : undefined;
  const died = d.dateOfDeath ? String(d.dateOfDeath).slice(0, 4) : undefined;
  const country = countries.get(d.nationalityCountryId);
  const demonym = country?.demonym ? ADJECTIVE[country.demonym] ?? country.demonym : undefined;
  const she = d.gender === 'FEMALE';
  const He = she ? 'She' : 'He';
  const his = she ? 'her' : 'his';
  // the titles, with the team of each ("2008 with McLaren, 2014–2015 with Mercedes")
  const byTeam = new Map<string, number[]>();
  for (const y of titles) { const t = mainTeam(c, y); if (t) byTeam.set(t, [...(byTeam.get(t) ?? []), y]); }
  const titleText = byTeam.size === 1
    ? `${andList(yearRanges(titles).split(', '))} with ${teamName([...byTeam.keys()][0]!)}`
    : andList([...byTeam].map(([t, ys]) => `${andList(yearRanges(ys).split(', '))} (${teamName(t)})`));
  // the teams since 2015, in order of their first season ("Toro Rosso (2015–2016) and Red Bull (since 2016)")
  const recent = new Map<string, number[]>();
  for (const y of years.filter((x) => x >= DRIVERS_FROM)) for (const t of (c.teams.get(y) ?? new Map()).keys()) recent.set(t, [...(recent.get(t) ?? []), y]);
  const teamText = andList([...recent].map(([t, ys]) => `${teamName(t)} (${ys.includes(SEASON) && ys.length > 1 && ys.every((y, i) => i === 0 || y === ys[i - 1]! + 1) ? `since ${ys[0]}` : yearRanges(ys)})`));
  const life = dead ? `${born ?? '?'}–${died}` : born ? `born ${born}` : '';
  const lead = `${name}${life ? ` (${life})` : ''} ${dead ? 'was' : 'is'} ${demonym ? `${article(demonym)} ${demonym}` : 'a'} ${active || dead ? '' : 'former '}Formula One driver` +
    `${titles.length ? `, world champion in ${titleText}` : ''}.`;
  const career = active
    ? `${He} has raced in Formula One since ${firstYear}`
    : firstYear === lastYear ? `${He} raced in Formula One in ${firstYear}` : `${He} raced in Formula One from ${firstYear} to ${lastYear}`;
  const record = c.wins ? `, winning ${c.wins} of ${his} ${plural(c.starts, 'Grand Prix start', 'Grand Prix starts')}` : `, with ${plural(c.starts, 'Grand Prix start', 'Grand Prix starts')}`;
  const summary = `${lead} ${career}${record}${active ? ` (to the ${lastHeld.year} ${grandPrixName(lastHeld.file.grandPrixId)})` : ''}.` +
    `${teamText ? ` ${firstYear >= DRIVERS_FROM ? 'Teams' : `Teams since ${DRIVERS_FROM}`}: ${teamText}.` : ''}`;
  const description = titles.length ? `Formula One world champion (${yearRanges(titles)})` : active ? 'Formula One driver' : 'Former Formula One driver';
  const facts: Fact[] = [];
  if (d.dateOfBirth) facts.push({ label: 'Born', value: String(d.dateOfBirth), source: ref.name });
  if (d.placeOfBirth) {
    const bornIn = d.countryOfBirthCountryId ? countries.get(d.countryOfBirthCountryId)?.name : undefined;
    facts.push({ label: 'Birthplace', value: [d.placeOfBirth, bornIn].filter(Boolean).join(', '), source: ref.name });
  }
  if (d.dateOfDeath) facts.push({ label: 'Died', value: String(d.dateOfDeath), source: ref.name });
  if (country) facts.push({ label: 'Nationality', value: country.name, source: ref.name });
  if (titles.length) facts.push({ label: 'World titles', value: `${titles.length} (${yearRanges(titles)})`, asOf: DATA_DATE, source: ref.name });
  facts.push({ label: 'Grand Prix wins', value: String(c.wins), asOf: DATA_DATE, source: ref.name });
  facts.push({ label: 'Grand Prix starts', value: String(c.starts), asOf: DATA_DATE, source: ref.name });
  facts.push({ label: 'Seasons', value: yearRanges(years), asOf: DATA_DATE, source: ref.name });
  if (active) {
    const t = mainTeam(c, SEASON);
    if (t) facts.push({ label: `Team (${SEASON})`, value: teamName(t), asOf: DATA_DATE, source: ref.name });
  }
  const aliases: Alias[] = [];
  for (const text of nameAliases(d)) offer(aliases, name, { text, kind: 'name' });
  // a common given name and family name ("George Russell") needs its capitals and racing context, as
  // notable-people.json has it for sportspeople; a name of ordinary words keeps its capitals
  if (commonFullName(name) || (oneWord(name) && isWordLike(name, persons))) { log.common.push(name); aliases.unshift({ text: name, kind: 'name', ...guard(name) }); }
  else if (oneWord(name)) aliases.unshift({ text: name, kind: 'name', ...guard(name) });
  else if (isGenericName(name)) aliases.unshift({ text: name, kind: 'name', caseSensitive: true });
  let eid = `gloss:person:${/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : slug(name)}`;
  if (packIds.has(eid)) eid = `${eid}-racing-driver`;
  const team = active ? teamEntity.get(mainTeam(c, SEASON) ?? '') : undefined;
  entities.push({
    id: eid, name, type: 'person', description, summary, aliases: dedupeAliases(name, aliases), facts,
    // the country first (the engine reads a person's first related entry as their country)
    related: [countryIdOf(d.nationalityCountryId), team, packIds.has(F1_ID) ? F1_ID : undefined].filter((x): x is string => Boolean(x)),
    sources: [ref],
  });
  driverEntityIds.set(id, eid);
}

/** the name of a Grand Prix ("Hungarian Grand Prix") */
function grandPrixName(id: string): string {
  return grandsPrix.get(id)?.fullName ?? id;
}

// the teams point at their drivers of the season (this file's or the pack's)
for (const { e, constructorId } of teamDrafts) {
  for (const d of seasonDrivers.get(constructorId) ?? []) { const x = driverEntityIds.get(d); if (x && !e.related!.includes(x)) e.related!.push(x); }
  entities.push(e);
}

// ---------------------------------------------------------------------------------------------
// 2. circuits of the 2020–2026 calendars

const circuitRaces = new Map<string, Race[]>();
for (const r of races) circuitRaces.set(r.file.circuitId, [...(circuitRaces.get(r.file.circuitId) ?? []), r]);
const recentCircuits = [...new Set(races.filter((r) => r.year >= CIRCUITS_FROM).map((r) => r.file.circuitId))];
const circuits = readById<Circuit>('circuits', recentCircuits);
const circuitsLeftOut: string[] = [];
for (const cid of recentCircuits.sort()) {
  const ci = circuits.get(cid);
  if (!ci) continue;
  const name = ci.fullName.trim();
  if (claims.taken(name)) { circuitsLeftOut.push(`${name}: held by ${claims.holders(name).map((h) => `${h.name} [${h.file}]`).join(', ')}`); continue; }
  const all = circuitRaces.get(cid) ?? [];
  const held = all.filter((r) => r.results);
  const planned = all.filter((r) => !r.results);
  const cname = countries.get(ci.countryId)?.name;
  const same = normaliseKey(ci.placeName ?? '') === normaliseKey(cname ?? '');
  const where = [ci.placeName, same ? undefined : cname].filter(Boolean).join(', ');
  const whereText = [ci.placeName, same ? undefined : countryName(ci.countryId)].filter(Boolean).join(', ');
  const gps = [...new Set(held.filter((r) => r.year >= CIRCUITS_FROM).map((r) => grandPrixName(r.file.grandPrixId)))];
  const kind = ci.type === 'STREET' ? 'street circuit' : 'motor racing circuit';
  const years = [...new Set(held.map((r) => r.year))];
  const hosted = held.length
    ? ` It has hosted ${plural(held.length, 'Formula One World Championship race', 'Formula One World Championship races')} since ${years[0]}` +
      `${gps.length ? `; since ${CIRCUITS_FROM} it has hosted ${andList(gps.map((g) => `the ${g}`))}` : ''}.`
    : '';
  // a race still to come is told only when it is news: a new circuit (Madring) or another Grand Prix (Sepang's Bahrain Grand Prix)
  const nextGp = planned.length ? grandPrixName(planned[0]!.file.grandPrixId) : undefined;
  const next = nextGp && !gps.includes(nextGp) ? ` It is on the ${SEASON} calendar for the ${nextGp} (${planned[0]!.file.date}).` : '';
  const layout = ci.length && ci.turns ? ` Its current layout is ${ci.length} km long with ${ci.turns} turns.` : '';
  const summary = `${name} is ${article(kind)} ${kind} in ${whereText}.${hosted}${next}${layout}`;
  const facts: Fact[] = [{ label: 'Location', value: where, source: ref.name }];
  facts.push({ label: 'Type', value: ci.type === 'STREET' ? 'Street circuit' : ci.type === 'ROAD' ? 'Road circuit' : 'Race circuit', source: ref.name });
  if (ci.length) facts.push({ label: 'Length', value: `${ci.length} km`, source: ref.name });
  if (ci.turns) facts.push({ label: 'Turns', value: String(ci.turns), source: ref.name });
  if (held.length) facts.push({ label: 'World Championship races', value: `${held.length} (${yearRanges(years)})`, asOf: DATA_DATE, source: ref.name });
  if (planned.length) facts.push({ label: `Next race (${SEASON} calendar)`, value: `${grandPrixName(planned[0]!.file.grandPrixId)}, ${planned[0]!.file.date}`, asOf: DATA_DATE, source: ref.name });
  const aliases: Alias[] = [];
  for (const p of ci.previousNames ?? []) if (p && normaliseKey(p) !== normaliseKey(name)) offer(aliases, name, { text: p.trim(), kind: 'former' });
  const list = dedupeAliases(name, aliases);
  if (oneWord(name)) list.unshift({ text: name, kind: 'name', ...guard(name) });
  entities.push({
    id: `gloss:place:${slug(cid)}-circuit`, name, type: 'place', description: `Motor racing circuit in ${where}`, summary, aliases: list, facts,
    related: [countryIdOf(ci.countryId), packIds.has(F1_ID) ? F1_ID : undefined].filter((x): x is string => Boolean(x)),
    sources: [ref],
  });
}

// ---------------------------------------------------------------------------------------------

noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => `${o.name} (${o.description})`).join('; ')}: context decides`);
for (const e of entities) if (!e.related?.length) delete e.related;
writeEntities(OWN, entities);
const count = (t: string) => entities.filter((e) => e.type === t).length;
console.log(`drivers: ${count('person')} written (${driverIds.size} in the selection: ${new Set(driverChampion.values()).size} world champions of ${seasons[0]}–${Math.max(...complete)} and the starters of ${DRIVERS_FROM}–${SEASON}), ` +
  `${log.heldPerson.length} already in the pack, ${log.heldName.length} whose name another entity holds, ${log.surname.length} whose surname the engine would read otherwise; ` +
  `${log.common.length} need context (a common given and family name)`);
console.log(`teams of ${SEASON}: ${teamDrafts.length} written, ${teamsLeftOut.length} left out; circuits of ${CIRCUITS_FROM}–${SEASON}: ${count('place')} written, ${circuitsLeftOut.length} left out`);
console.log(`results to the ${lastHeld.year} ${grandPrixName(lastHeld.file.grandPrixId)}; finished seasons ${seasons[0]}–${Math.max(...complete)}`);
if (process.argv.includes('--verbose')) {
  console.log(`\nalready in the pack (${log.heldPerson.length}):\n  ${log.heldPerson.join('\n  ')}`);
  console.log(`\nname held by another entity (${log.heldName.length}):\n  ${log.heldName.join('\n  ')}`);
  console.log(`\nsurname read otherwise (${log.surname.length}): ${log.surname.join(', ')}`);
  console.log(`\nneed context (${log.common.length}): ${log.common.join(', ')}`);
  console.log(`\nteams left out (${teamsLeftOut.length}):\n  ${teamsLeftOut.join('\n  ')}`);
  console.log(`\ncircuits left out (${circuitsLeftOut.length}):\n  ${circuitsLeftOut.join('\n  ')}`);
  console.log(`\naliases not given (${log.aliasesDropped.length}):\n  ${log.aliasesDropped.join('\n  ')}`);
  console.log(`\ndrivers left out: ${driversLeftOut.join(', ')}`);
}
