/**
 * Adds to the places of the generated files the names other languages' newspapers give them
 * ("Schotland", "Toscane", "Filibe", "Одрин", "Monachium"), from GeoNames' alternate names (cities)
 * and Unicode CLDR (regions and countries), through lib/exonyms.ts, which also decides which names
 * need context and which are left out (a name another entity has, an ordinary word, a given name).
 *
 * Run it after the generators of the files it adds to (all.ts does): they write their files without
 * these names, and this pass adds them again. A region's long official form ("provincia di Cremona",
 * "Regione della Lapponia") is left out: newspapers write the short name, and every name costs
 * memory in the background.
 *
 *   node --import tsx scripts/pack-sources/exonyms.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, SourceRef } from '../../src/core/pack/types.ts';
import { ENTITIES_DIR, EUROPEAN_COUNTRIES, parseCount, readJson, writeEntities } from './lib/common.ts';
import { isCapitalCity } from './lib/towns.ts';
import { marksEnglishPages } from './lib/claims.ts';
import { CLDR_XML, EXONYM_LANGS, GEONAMES_ALTNAMES, bareName, classifyExonyms, exonymsForEntity, isCityName, newExonyms, type Classified, type Exonym, type ExonymSource } from './lib/exonyms.ts';
import { NATURAL_EARTH } from './lib/natural-earth.ts';
import { inCountryOfLanguage } from '../../src/core/spot/country-languages.ts';

/** the files whose places get names in other languages */
const FILES = (process.env.EXONYM_FILES ?? 'cities.json,countries.json,regions-admin.json,world-extra.json,geography.json').split(',');

/** the first word of a region's long official form, in the languages the names come in */
const GENERIC_HEAD = new Set([
  'provincia', 'province', 'provincie', 'provinz', 'provinsen', 'província', 'provincija', 'provinca', 'provinsi',
  'regione', 'region', 'région', 'región', 'regio', 'regiunea', 'rajonas', 'regija', 'regija', 'регион', 'област', 'область', 'вобласць',
  'county', 'comté', 'contea', 'condado', 'graafschap', 'kreis', 'landkreis', 'bezirk', 'district', 'distrito', 'distretto', 'district',
  'oblast', 'obwód', 'oblasť', 'département', 'departamento', 'departement', 'département', 'dipartimento',
  'canton', 'cantone', 'kanton', 'gmina', 'powiat', 'województwo', 'voivodeship', 'governorate', 'gouvernorat', 'prefecture',
  'préfecture', 'prefettura', 'prefectura', 'municipality', 'municipalité', 'municipio', 'comune', 'comunidad', 'comunitat',
  'kraj', 'okres', 'župa', 'županija', 'okrug', 'округ', 'район', 'земя', 'земля', 'estado', 'state', 'stato', 'staat',
  'territorio', 'territory', 'territoire', 'territorium', 'autonomous', 'autonome', 'autónoma', 'autonoma', 'república', 'republic',
  'maakond', 'apriņķis', 'novads', 'apskritis', 'megye', 'judeţul', 'județul', 'lääni', 'maakunta', 'län', 'fylke', 'amt', 'νομός', 'περιφέρεια',
]);
const LETTERS = /\p{L}+/gu;

/** cities get their names in other languages from this size: by default every city of the pack (capitals, cities of 100,000 or more, the hand-kept list of cities in the news) */
const MIN_CITY_POPULATION = Number(process.env.EXONYM_MIN_CITY ?? 0);
/**
 * below this size a city gets no name that is also a given name or a word ("Leon", the Serbian name
 * of León, is a Polish given name, "Leona" its genitive): it would mark a person more often than the
 * city. A name guarded only because the city's own name is ("Trévise" of Treviso) is kept, guarded.
 */
const GUARDED_CITY_POPULATION = Number(process.env.EXONYM_GUARDED_CITY ?? 500_000);
const OWN_NAME_GUARDED = 'the place\'s own name needs context';

// a smaller city outside Europe (EUROPEAN_COUNTRIES, with Turkey and Russia) gets no guarded name, as
// before ("Лангшон" of Lạng Sơn would cost memory for the few pages of other languages that name it)
const inEurope = (e: Entity) => (e.related ?? []).some((r) => EUROPEAN_COUNTRIES.has(r.replace(/^gloss:country:/, '')));

/**
 * a guarded name of a city below GUARDED_CITY_POPULATION (not a capital) that is left out: guarded
 * for a reason other than its own name's guard, or of a city outside Europe
 */
function droppedNameOfSmallCity(e: Entity, c: Classified): boolean {
  if (!isCityName(c.exonym, e.id) || (population(e) ?? 0) >= GUARDED_CITY_POPULATION || isCapitalCity(e)) return false;
  return c.reasons.some((r) => r !== OWN_NAME_GUARDED) || !inEurope(e);
}

/** the population the entity's fact gives ("about 99,000", "1.6 million"; lib/common.ts humanCount), undefined if none */
function population(e: Entity): number | undefined {
  return parseCount(e.facts?.find((f) => f.label === 'Population')?.value.replace(/^about\s+/, ''));
}

/** a name worth its memory: a city's of some size, a region's short name (not its long official form) */
function wanted(e: Entity, x: Exonym, file: string): boolean {
  if (isCityName(x, e.id)) return (population(e) ?? 0) >= MIN_CITY_POPULATION || isCapitalCity(e);
  if (x.source !== 'cldr-subdivisions') return true;
  const words = x.text.match(LETTERS) ?? [];
  // "Provinz Cremona", "Cremona Province"; and a generic word written small ("Kremonos provincija",
  // "Cremonan maakunta", "Cremona ili"): a long form in a language that puts it after the name
  if (words.length === 0 || /\d/.test(x.text)) return false;
  // the long form in the region's own language is how its newspapers name it ("в Псковской области",
  // "w województwie pomorskim", "Tartu maakonnas"): kept, the others' long forms are not
  if (words.some((w) => GENERIC_HEAD.has(w.toLowerCase())) || words.slice(1).some((w) => w.length > 3 && w === w.toLowerCase())) return ownLanguageLongForm(e, x, words);
  // no more words than the region's own short name: "Toscane" of Tuscany, not "Правінцыя Адыяман" of Adıyaman Province
  const own = (bareName(e) ?? e.name).match(LETTERS) ?? [];
  if (words.length > own.length) return false;
  // a region of the regions' file with its figure and of MIN_REGION_POPULATION or more; a macro-region,
  // a country's part (England, Scotland) or a geographic region whatever its size
  if (file !== 'regions-admin.json') return true;
  return (population(e) ?? 0) >= MIN_REGION_POPULATION;
}

/** a region's long official form in a language of its country, of a kind word and its name ("Псковская область", "Tartu maakond") */
function ownLanguageLongForm(e: Entity, x: Exonym, words: string[]): boolean {
  return words.length >= 2 && words.length <= 3 && inCountryOfLanguage(e.related, x.lang) && words.some((w) => GENERIC_HEAD.has(w.toLowerCase()));
}

/** regions get their names in other languages from this size */
const MIN_REGION_POPULATION = Number(process.env.EXONYM_MIN_REGION ?? 1_000_000);


const files = new Map(FILES.map((f) => [f, readJson<Entity[]>(join(ENTITIES_DIR, f))]));
const all = readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).flatMap((f) => files.get(f) ?? readJson<Entity[]>(join(ENTITIES_DIR, f)));
const byId = new Map<string, Entity>();
for (const list of files.values()) for (const e of list) byId.set(e.id, e);

let proposed = 0;
let longForms = 0;
const proposals: { id: string; names: Exonym[] }[] = [];
for (const [file, list] of files) {
  for (const e of list) {
    // in every language of EXONYM_LANGS: the press Gloss reads, and Irish, Maltese, Basque and Galician
    const fresh = newExonyms(e, exonymsForEntity(e, { langs: EXONYM_LANGS }));
    const names = fresh.filter((x) => wanted(e, x, file));
    longForms += fresh.length - names.length;
    proposed += names.length;
    if (names.length) proposals.push({ id: e.id, names });
  }
}

/** where each source's names come from, for the entities' `sources` */
const TEAM_REF: SourceRef = { name: 'Gloss team (names of places in other languages)', licence: 'CC-BY-4.0', asOf: '2025' };
const SOURCE_REFS: Record<ExonymSource, SourceRef> = { geonames: GEONAMES_ALTNAMES.ref, naturalearth: NATURAL_EARTH.ref, 'cldr-subdivisions': CLDR_XML.ref, 'cldr-territories': CLDR_XML.ref, 'gloss-team': TEAM_REF };

const counts = { free: 0, guarded: 0, dropped: 0 };
for (const [id, list] of classifyExonyms(all, proposals)) {
  const e = byId.get(id)!;
  const used = new Set<string>();
  for (const c of list) {
    if (c.verdict === 'guarded' && droppedNameOfSmallCity(e, c)) {
      counts.dropped++;
      continue;
    }
    counts[c.verdict]++;
    // a name that is an English word would mark English pages ("Indie", India in Polish and Czech)
    if (!c.alias || marksEnglishPages(c.alias.text)) continue;
    // German writes its nouns with capitals: a one-word German name of a region may be a noun
    // ("die deutschen Marken" are brands, not the Marche), so it needs its country on the page
    const alias = c.exonym.lang === 'de' && !isCityName(c.exonym, e.id) && !/\s/.test(c.alias.text) ? { ...c.alias, caseSensitive: true, requiresContext: true } : c.alias;
    e.aliases.push(alias);
    used.add(SOURCE_REFS[c.exonym.source].name);
  }
  for (const ref of [GEONAMES_ALTNAMES.ref, NATURAL_EARTH.ref, CLDR_XML.ref, TEAM_REF]) {
    if (used.has(ref.name) && !e.sources.some((s) => s.name === ref.name)) e.sources.push(ref);
  }
}
for (const [file, list] of files) writeEntities(file, list);
console.log(`names in other languages: ${proposed} proposed (${longForms} long official forms of regions left out); ${counts.free} added, ${counts.guarded} added needing context, ${counts.dropped} left out`);
