/**
 * A pass after the generators (all.ts LAST, after exonyms.ts, before the short names): gives a place
 * that its generator names only with its country or its kind its bare name back, guarded: a city of
 * cities.ts ("Catania, Italy", "Cambridge, United Kingdom": its bare name is a family name, or
 * another city's too) and a subdivision of regions-admin.ts ("Asturias Province", "Guerrero State":
 * its bare name is someone's name or a word). So "a Catania" on an Italian page, "en Asturias" on a
 * Spanish one and "Cambridge" beside "Britain" find them. The bare name is matched capitalised only
 * and needs the page's support like any guarded word (its country or a place of its country on the
 * page, a case ending of its country's language, or the page written in its country's language: the
 * alias carries that language where the country has one). A hand-kept region that countries.json
 * names with a note ("Brandenburg (state)") takes it rather than the generated one of that name.
 * Left out: a bare name another entity holds (places of one file that share one get it each, with a
 * sharedNote naming the others, and the country named nearby decides; a town abroad that holds it,
 * in a country whose press does not write the place's language, shares it the same way: "Beja" on a
 * Portuguese page is Portugal's, not Tunisia's Béja), a given name of the country's
 * language, the name of someone in the pack from a country of that language ("Montero"), an English
 * word ("Most"), and, for a place of a country whose press writes English or a language the engine
 * does not read by country, any given or family name or word ("Tyler, Texas"), which its country
 * named on the page would not make a place.
 *
 *   node --import tsx scripts/pack-sources/bare-place-names.ts [--verbose]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity } from '../../src/core/pack/types.ts';
import { firstCountryOf, inCountryOfLanguage, languagesOfCountry } from '../../src/core/spot/country-languages.ts';
import { aliasWordKeys } from '../../src/core/spot/name-keys.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { ENTITIES_DIR, readJson, writeEntities } from './lib/common.ts';
import { withoutKind } from './lib/region-kinds.ts';
import { townKeysByCountry } from './lib/towns.ts';
import { Claims, fakerPersonNames, isEnglishWord, isPersonName, isStopword, isWordLike, marksEnglishPages, personWords } from './lib/claims.ts';

/** the files whose places may be named with their country or kind, and how to read the bare name off the name */
const SOURCES: { file: string; bareOf: (name: string) => string | null }[] = [
  // "Catania, Italy" → "Catania"
  { file: 'cities.json', bareOf: (name) => /^([^,]+), [^,]+$/u.exec(name)?.[1] ?? null },
  // "Asturias Province" → "Asturias"
  { file: 'regions-admin.json', bareOf: withoutKind },
];
const countryOf = (e: Entity): string => e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length) ?? '';
const files = new Map(readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).map((f) => [f, readJson<Entity[]>(join(ENTITIES_DIR, f))]));
const all = [...files.values()].flat();
const byId = new Map(all.map((e) => [e.id, e]));
/** the file of each entity */
const fileOf = new Map([...files].flatMap(([file, list]) => list.map((e) => [e.id, file] as const)));
/** each entity tagged with its file, as Claims names holders */
const claims = new Claims([...files].flatMap(([file, list]) => list.map((e) => ({ ...e, file }))));
const persons = personWords(all);
/** towns of 20,000 people or more of each country, as regions-admin.ts reads them */
const towns = townKeysByCountry(20_000);
const townsOf = (cc: string): Set<string> => towns.get(cc) ?? new Set();
/** the entities holding each one-word name, by the loose key the engine's name pass reads it with (name-keys.ts) */
const byLooseKey = new Map<string, Set<string>>();
for (const e of all) {
  for (const a of [{ text: e.name, lang: '' }, ...e.aliases]) {
    if (/\s/u.test(a.text)) continue;
    for (const k of aliasWordKeys(a.text, a.lang ?? '')) {
      if (!byLooseKey.has(k.loose)) byLooseKey.set(k.loose, new Set());
      byLooseKey.get(k.loose)!.add(e.id);
    }
  }
}
/** the entities with a one-word name the engine reads as it reads this one */
const spelledAlike = (text: string, lang: string): string[] =>
  /\s/u.test(text) ? [] : [...new Set(aliasWordKeys(text, lang).flatMap((k) => [...(byLooseKey.get(k.loose) ?? [])]))];
/** hand-kept regions named with a note, by "bare name|country" ("Brandenburg (state)") */
const notedRegions = new Map((files.get('countries.json') ?? []).flatMap((e) => {
  const bare = /^(.+) \([^)]+\)$/u.exec(e.name)?.[1];
  return bare && e.id.startsWith('gloss:region:') ? [[`${normaliseKey(bare)}|${countryOf(e)}`, e] as const] : [];
}));

/** the person-name lists (@faker-js/faker locales) of the languages the engine reads by country */
const LOCALES: Record<string, string[]> = { de: ['de'], fr: ['fr'], es: ['es'], it: ['it'], pt: ['pt_BR', 'pt_PT'], nl: ['nl'], pl: ['pl'] };
const ALL_LOCALES = ['en', 'en_US', 'en_GB', ...Object.values(LOCALES).flat()];
const isCapitalised = (v: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(v);
const givenNames = new Map<string, Set<string>>();
/** a given name of one of these languages' lists (of every list when none of them has one) */
function givenName(key: string, langs: readonly string[]): boolean {
  const locales = langs.flatMap((l) => LOCALES[l] ?? []);
  const id = locales.length > 0 ? locales.join() : 'all';
  if (!givenNames.has(id)) givenNames.set(id, fakerPersonNames(locales.length > 0 ? locales : ALL_LOCALES, ['first_name'], isCapitalised));
  return givenNames.get(id)!.has(key);
}
/** first and last names of the pack's people of a country where one of these languages is written (not a title's place: "Leonor, Princess of Asturias") */
const personsOfLanguage = (langs: readonly string[]): Set<string> =>
  personWords(all.filter((e) => e.type === 'person' && !e.name.includes(',') && langs.some((l) => inCountryOfLanguage(e.related, l))));
/** bare names read and left out by the Gloss team: family names far more common in the news than the town */
const NOT_TOWNS = new Set(['Delgado', 'Espinal', 'Santana', 'Girón'].map((w) => normaliseKey(w)));

/** why a place's bare name is left out: held by another entity, a town's, someone's name, or a word */
type LeftOut = { kind: 'held' | 'town' | 'person' | 'word'; why: string };

/**
 * A town (of cities.json, `holderFile`) in a country whose press does not write `lang`, the language
 * of a town (of `placeFile`, cities.json too) that would take the name: that town's bare name may
 * share it, since a page in `lang` means the town and a page naming the other's country the other
 * ("Beja": Portugal's, or Tunisia's Béja). A subdivision does not take a town's name so ("Fejér"
 * County, read like Albania's town of Fier).
 */
function townAbroad(id: string, lang: string | undefined, holderFile: string, placeFile: string): boolean {
  const e = byId.get(id);
  return lang !== undefined && holderFile === 'cities.json' && placeFile === 'cities.json' && e?.type === 'place' && countryOf(e) !== '' && !inCountryOfLanguage(e.related, lang);
}

/** the places that get a bare name, by file and key: several of one file share it */
const byBare = new Map<string, { place: Entity; file: string; bare: string; lang?: string }[]>();

/** whether `bare`, the bare name of `generated` (kept by `place`: itself, or the hand-kept region of that name), is left out */
function leftOut(file: string, bareOf: (name: string) => string | null, generated: Entity, place: Entity, bare: string, langs: readonly string[], lang: string | undefined): LeftOut | null {
  const key = normaliseKey(bare);
  const cc = countryOf(generated);
  // held by another entity than a place of this file named with its country or kind ("Salem" of India, and "Salem, Oregon"),
  // or than a town abroad (townAbroad)
  const holders = claims.holders(bare, place.id).filter((h) => !(h.file === file && bareOf(h.name) !== null) && h.id !== generated.id && !townAbroad(h.id, lang, h.file, file));
  if (holders.length > 0) return { kind: 'held', why: `held by ${holders.map((h) => h.name).join(', ')}` };
  // or by a one-word name the engine reads alike ("Fejér" and "Fier": j before a vowel, as Slavic names write it)
  const alike = spelledAlike(bare, langs[0] ?? '').filter((id) => id !== place.id && id !== generated.id && !townAbroad(id, lang, fileOf.get(id) ?? '', file));
  if (alike.length > 0) return { kind: 'held', why: `spelled like a name of ${alike.join(', ')}` };
  // a subdivision named like a town of its country, or like a city this pass named ("Siena Province"): the bare name is the town's
  if (file !== 'cities.json' && (townsOf(cc).has(key) || [...byBare.keys()].some((g) => g.endsWith(`|${key}`)))) return { kind: 'town', why: 'a town\'s name' };
  // a town's name is often a family name of its own country ("Catania", "Ávila"), which the engine reads after a given
  // name as someone's; but a given name of its country's language ("Lorena" in Brazil), the name of someone in the pack
  // from a country of that language ("Montero", "Rubio"), or any given or family name where the page's language would
  // not help ("Tyler, Texas") is someone's; a subdivision is seldom named after a family, as towns are, so any given or
  // family name is someone's ("Herrera", "Guerrero")
  const someones = file === 'cities.json' ? givenName(key, langs) : isPersonName(bare);
  if (someones || NOT_TOWNS.has(key) || (langs.length === 0 ? persons.has(key) : personsOfLanguage(langs).has(key))) return { kind: 'person', why: 'a given name, or a name of someone in the pack' };
  if (isEnglishWord(bare) || isStopword(bare) || (langs.length === 0 && (isWordLike(bare, persons) || marksEnglishPages(bare)))) return { kind: 'word', why: 'a word, or a given or family name' };
  return null;
}

const log = { added: 0, already: 0, held: 0, town: 0, person: 0, word: 0 };
const verbose: string[] = [];
const changed = new Set<string>();
for (const { file, bareOf } of SOURCES) {
  for (const generated of files.get(file) ?? []) {
    const bare = bareOf(generated.name);
    if (!bare) continue;
    const key = normaliseKey(bare);
    const cc = countryOf(generated);
    // the hand-kept region of that name takes it ("Brandenburg (state)" rather than "Brandenburg State")
    const noted = notedRegions.get(`${key}|${cc}`);
    const place = noted ?? generated;
    if (place.aliases.some((a) => normaliseKey(a.text) === key)) { log.already++; continue; }
    const langs = languagesOfCountry(cc);
    // the language of the country's press where the country is that language's first ("it" for Italy, "es" for Spain though
    // Catalan is written there too); none where several are, nor for a language of many countries (Spanish in Panama)
    const lang = langs.includes(cc) ? cc : langs.find((l) => firstCountryOf(l) === cc);
    const out = leftOut(file, bareOf, generated, place, bare, langs, lang);
    if (out) { log[out.kind]++; verbose.push(`${generated.name}: ${out.why}`); continue; }
    const group = `${file}|${key}`;
    byBare.set(group, [...(byBare.get(group) ?? []), { place, file: noted ? 'countries.json' : file, bare, ...(lang ? { lang } : {}) }]);
  }
}
for (const same of byBare.values()) {
  for (const { place, file, bare, lang } of same) {
    const others = same.filter((x) => x.place !== place).map((x) => x.place.name);
    // towns abroad that hold the name (townAbroad): each says the place shares it
    const abroad = claims.holders(bare, place.id).flatMap((h) => (townAbroad(h.id, lang, h.file, file) ? [byId.get(h.id)!] : []));
    const sharers = [...same.map((x) => x.place.name), ...abroad.map((e) => e.name)];
    const sharedNote = sharers.length > 1 ? `several places are called ${bare}: ${sharers.join('; ')}; the country named nearby, or the page's language, decides` : undefined;
    for (const town of abroad) {
      for (const a of town.aliases) if (normaliseKey(a.text) === normaliseKey(bare) && !a.sharedNote) a.sharedNote = sharedNote;
      changed.add('cities.json');
    }
    // a name several places of this file share carries no language: the page's language would pick one of them whatever
    // the page is about ("Mérida" on a Mexican page is Yucatán's, though Spanish is Spain's language)
    const alias: Alias = { text: bare, kind: 'name', ...(lang && others.length === 0 ? { lang } : {}), caseSensitive: true, requiresContext: true, ...(sharedNote ? { sharedNote } : {}) };
    place.aliases.push(alias);
    changed.add(file);
    log.added++;
    verbose.push(`${place.name} → "${bare}"${lang ? ` (${lang})` : ''}${others.length || abroad.length ? `, shared with ${[...others, ...abroad.map((e) => e.name)].join('; ')}` : ''}`);
  }
}
for (const file of changed) writeEntities(file, files.get(file)!);
console.log(`places' bare names: ${log.added} added; left out ${log.held} held by other entities, ${log.town} subdivisions named like a town, ${log.person} names of people in the pack, ${log.word} words or given or family names; ${log.already} the places have already`);
if (process.argv.includes('--verbose')) console.log(verbose.sort().join('\n'));
