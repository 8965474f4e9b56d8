/**
 * A pass after the generators (all.ts LAST, after exonyms.ts, before the short names): gives a city
 * that cities.ts names only with its country or state ("Catania, Italy", "Cambridge, United
 * Kingdom": its bare name is a family name, or another city's too) its bare name back, guarded, so
 * that "a Catania" on an Italian page and "Cambridge" beside "Britain" find it. The bare name is
 * matched capitalised only and needs the page's support like any guarded word (its country or a
 * place of its country on the page, a case ending of its country's language, or the page written
 * in its country's language: the alias carries that language where the country has one).
 * Left out: a bare name another entity holds (cities that share one get it each, with a sharedNote
 * naming the others, and the country named nearby decides), the first or last name of someone in
 * the pack ("Massa"), an English word ("Most"), and, for a city of a country whose press writes
 * English or a language the engine does not read by country, any given or family name or word
 * ("Tyler, Texas", "Gary, Indiana"), which its country named on the page would not make a town.
 *
 *   node --import tsx scripts/pack-sources/city-bare-names.ts [--verbose]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity } from '../../src/core/pack/types.ts';
import { inCountryOfLanguage, languagesOfCountry } from '../../src/core/spot/country-languages.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { ENTITIES_DIR, readJson, writeEntities } from './lib/common.ts';
import { Claims, fakerPersonNames, isEnglishWord, isStopword, isWordLike, marksEnglishPages, personWords } from './lib/claims.ts';

const FILE = 'cities.json';
const files = new Map(readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).map((f) => [f, readJson<Entity[]>(join(ENTITIES_DIR, f))]));
const all = [...files.values()].flat();
/** each entity tagged with its file, as Claims names holders */
const claims = new Claims([...files].flatMap(([file, list]) => list.map((e) => ({ ...e, file }))));
const persons = personWords(all);
const cities = files.get(FILE)!;

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
/** first and last names of the pack's people of a country where one of these languages is written */
const personsOfLanguage = (langs: readonly string[]): Set<string> =>
  personWords(all.filter((e) => e.type === 'person' && langs.some((l) => inCountryOfLanguage(e.related, l))));
/** bare names read and left out by the Gloss team: family names far more common in the news than the town */
const NOT_TOWNS = new Set(['Delgado', 'Espinal', 'Santana', 'Girón'].map((w) => normaliseKey(w)));

const countryOf = (e: Entity): string => e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length) ?? '';
/** "Catania, Italy" → "Catania"; null for a city named without its country */
const bareOf = (e: Entity): string | null => /^([^,]+), [^,]+$/u.exec(e.name)?.[1] ?? null;

const log = { added: 0, already: 0, held: 0, person: 0, word: 0 };
const verbose: string[] = [];
/** the cities that get a bare name, by its key: several share it */
const byBare = new Map<string, { city: Entity; bare: string; lang?: string }[]>();
for (const city of cities) {
  const bare = bareOf(city);
  if (!bare) continue;
  const key = normaliseKey(bare);
  if (city.aliases.some((a) => normaliseKey(a.text) === key)) { log.already++; continue; }
  const note = (why: string) => verbose.push(`${city.name}: ${why}`);
  // held by another entity than a city named only with its country ("Salem" of India, and "Salem, Oregon")
  const holders = claims.holders(bare, city.id).filter((h) => !(h.file === FILE && /, /u.test(h.name)));
  if (holders.length > 0) { log.held++; note(`held by ${holders.map((h) => h.name).join(', ')}`); continue; }
  const cc = countryOf(city);
  const langs = languagesOfCountry(cc);
  // a town's name is often a family name of its own country ("Catania", "Ávila"), which the engine reads after a given
  // name as someone's; but a given name of its country's language ("Lorena" in Brazil), the name of someone in the pack
  // from a country of that language ("Montero", "Rubio"), or any given or family name where the page's language would
  // not help ("Tyler, Texas") is someone's
  if (givenName(key, langs) || NOT_TOWNS.has(key) || (langs.length === 0 ? persons.has(key) : personsOfLanguage(langs).has(key))) {
    log.person++;
    note('a given name, or a name of someone in the pack');
    continue;
  }
  const wordy = isEnglishWord(bare) || isStopword(bare) || (langs.length === 0 && (isWordLike(bare, persons) || marksEnglishPages(bare)));
  if (wordy) { log.word++; note('a word, or a given or family name'); continue; }
  // the language the country's press writes ("es" for Spain, though Catalan is written there too); none where several are
  const lang = langs.includes(cc) ? cc : langs.length === 1 ? langs[0] : undefined;
  byBare.set(key, [...(byBare.get(key) ?? []), { city, bare, ...(lang ? { lang } : {}) }]);
}
for (const same of byBare.values()) {
  for (const { city, bare, lang } of same) {
    const others = same.filter((x) => x.city !== city).map((x) => x.city.name);
    const sharedNote = others.length > 0 ? `several cities are called ${bare}: ${same.map((x) => x.city.name).join('; ')}; the country named nearby decides` : undefined;
    const alias: Alias = { text: bare, kind: 'name', ...(lang ? { lang } : {}), caseSensitive: true, requiresContext: true, ...(sharedNote ? { sharedNote } : {}) };
    city.aliases.push(alias);
    log.added++;
    verbose.push(`${city.name} → "${bare}"${lang ? ` (${lang})` : ''}${others.length ? `, shared with ${others.join('; ')}` : ''}`);
  }
}
writeEntities(FILE, cities);
console.log(`cities' bare names: ${log.added} added; left out ${log.held} held by other entities, ${log.person} names of people in the pack, ${log.word} words or given or family names; ${log.already} the cities have already`);
if (process.argv.includes('--verbose')) console.log(verbose.sort().join('\n'));
