/**
 * Generates packs/default/entities/geography.json: seas, oceans, gulfs, bays, straits, mountain
 * ranges, plateaus, deserts, peninsulas, basins, deltas, islands and named regions, from
 * OpenGeographyRegions (dieterdreist/OpenGeographyRegions at the pinned commit, CC0; derived from
 * Natural Earth's 10m geography layers, public domain), features with a Wikidata item only. Names an
 * earlier file already uses (Sahel, Caribbean, Ivory Coast …) are left to it. An island or an
 * archipelago is related to the countries its towns belong to (GeoNames, lib/countries-in-area.ts):
 * "Mallorca" on a page about Spain, or after "en" on a Spanish page, is the island.
 *
 *   node --import tsx scripts/pack-sources/geography.ts
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { readEntityFile, SRC_GEONAMES, writeEntities } from './lib/common.ts';
import { countriesInArea } from './lib/countries-in-area.ts';
import { Claims, isPersonName, isWordLike, noteSharedWithin, personWords, priorEntities } from './lib/claims.ts';
import { readSourceFile, type GitSource } from './lib/sources.ts';

export const OGR: GitSource = {
  repo: 'dieterdreist/OpenGeographyRegions',
  commit: 'aa9df636ece20ca870dacbe728afafaede869fbb',
  ref: { name: 'OpenGeographyRegions (from Natural Earth)', url: 'https://github.com/dieterdreist/OpenGeographyRegions', licence: 'CC0-1.0', asOf: '2024-07-31' },
};
const LAYERS = ['marine', 'terrain', 'deserts', 'geoareas', 'waterrelated', 'islands', 'continents'];
const CLASS: Record<string, string> = {
  sea: 'sea', ocean: 'ocean', gulf: 'gulf', bay: 'bay', strait: 'strait', sound: 'sound', channel: 'channel', fjord: 'fjord',
  lagoon: 'lagoon', inlet: 'inlet', reef: 'reef', river: 'river estuary', mountainrange: 'mountain range', plateau: 'plateau',
  basin: 'basin', coast: 'coast', valley: 'valley', plain: 'plain', peninsula: 'peninsula', lowland: 'lowland', gorge: 'gorge',
  isthmus: 'isthmus', foothills: 'foothills', desert: 'desert', geoarea: 'region', delta: 'river delta', wetlands: 'wetland',
  lake: 'lake', island: 'island', archipelago: 'archipelago', continent: 'continent',
};

interface Feature {
  properties: { name?: string; featureclass: string; region?: string; subregion?: string; wikidata?: string };
  geometry: Polygon | MultiPolygon | { type: string } | null;
}
const prior = priorEntities('geography.json');
const claims = new Claims(prior);
const persons = personWords(prior);
const src = OGR.ref;
const countryNames = new Map(readEntityFile('countries.json').map((c) => [c.id, c.name]));

/** the pack ids of the countries whose towns are on the island (none for an islet, or a country the pack lacks) */
function islandCountries(geometry: Feature['geometry']): string[] {
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
  return countriesInArea(geometry as Polygon | MultiPolygon).map((code) => `gloss:country:${code}`).filter((id) => countryNames.has(id));
}

/** "the Mediterranean Sea", "the North Atlantic Ocean", "Europe" */
const theSea = (where: string) => (/\b(Sea|Ocean|Gulf|Bay|Strait|Channel)$/.test(where) ? `the ${where}` : where);

/** "Congo basin" -> "Congo Basin": Natural Earth writes some generic parts in lower case */
const titled = (s: string) => s.replace(/\b(basin|plateau|coast|valley|delta|mountains|highlands|steppe|desert|islands?|range)\b/g, (w) => w[0]!.toUpperCase() + w.slice(1));

/** "INDIAN OCEAN" -> "Indian Ocean": a few names are in capitals on the source's maps */
const fromCapitals = (s: string) => (s !== s.toUpperCase() ? s : s.toLowerCase()
  .replace(/(^|[\s\-’'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
  // small words and elided articles inside a name stay lower case: "Îles de la Société", "Péninsule d’Ungava", "Rub’ al Khali"
  .replace(/(?<=\s)(Of|The|And|De|La|Le|Du|Des|Al)(?=\s)/g, (w) => w.toLowerCase())
  .replace(/(?<=\s)([DL])(?=[’'])/g, (w) => w.toLowerCase()));

/**
 * The map's halves of one feature ("North Pacific Ocean" and "South Pacific Ocean", both the
 * Wikidata item of the Pacific Ocean): the item's name is what the halves share ("Pacific Ocean").
 */
function wholeNames(features: Feature[]): Map<string, string> {
  const byQid = new Map<string, string[]>();
  for (const { properties: p } of features) if (p.wikidata && p.name) byQid.set(p.wikidata, [...(byQid.get(p.wikidata) ?? []), p.name]);
  const out = new Map<string, string>();
  for (const [qid, names] of byQid) {
    const rests = new Set(names.map((n) => /^(?:North|South|East|West)\s+(.+)$/.exec(n)?.[1] ?? null));
    const [rest] = rests;
    if (names.length > 1 && rests.size === 1 && rest) out.set(qid, rest);
  }
  return out;
}

const entities: Entity[] = [];
const seen = new Set<string>();
for (const layer of LAYERS) {
  const features = (JSON.parse(readSourceFile(OGR, `geojson/${layer}.geojson`)) as { features: Feature[] }).features;
  const whole = wholeNames(features);
  for (const { properties: p, geometry } of features) {
    const qid = p.wikidata ?? '';
    const kind = CLASS[p.featureclass];
    if (!/^Q[1-9]\d*$/.test(qid) || !p.name || !kind || seen.has(qid) || claims.ids.has(qid)) continue;
    const name = titled(fromCapitals(whole.get(qid) ?? p.name.replace(/\s+/g, ' ').trim()));
    if (!/^[\p{Script=Latin}\s'’.\-]+$/u.test(name) || name.length < 4 || claims.taken(name, qid)) continue;
    // a one-word name that is a word or a name ("Pentecost", "Victoria") is left out; others match capitalised
    if (!/\s/.test(name) && (isWordLike(name, persons) || isPersonName(name))) continue;
    seen.add(qid);
    // a one-word island ("Maui" is also a Polynesian hero) links only with its region named nearby
    const island = kind === 'island' || kind === 'archipelago';
    const countries = island ? islandCountries(geometry) : [];
    const ctx = [p.region, p.subregion].filter((x): x is string => !!x && x !== 'none');
    const aliases: Alias[] = /\s/.test(name) ? [] : [{ text: name, kind: 'name', caseSensitive: true, ...(island ? { requiresContext: true, ...(ctx.length ? { contextWords: ctx } : {}) } : {}) }];
    const where = [p.region, p.subregion].filter((x) => x && x !== 'none').join(', ');
    const facts: Fact[] = [{ label: 'Type', value: kind[0]!.toUpperCase() + kind.slice(1), source: src.name }];
    if (where) facts.push({ label: 'Region', value: where, source: src.name });
    const ofCountries = countries.map((id) => countryNames.get(id)!).join(' and ');
    if (countries.length > 0) facts.push({ label: countries.length > 1 ? 'Countries' : 'Country', value: ofCountries, source: SRC_GEONAMES.name });
    // one island is one ("Rhodes is"); an archipelago or a range named in the plural is several ("the Azores are")
    const plural = kind !== 'sea' && kind !== 'island' && /(s|Mountains|Highlands|Islands)$/.test(name);
    const the = /^(Gulf|Bay|Strait|Sea|Isthmus|Plateau|Desert)\b|(Sea|Ocean|Gulf|Bay|Strait|Channel|Sound|Mountains|Highlands|Plateau|Basin|Desert|Delta|Peninsula|Islands|Valley|Coast)$/.test(name) ? 'The ' : '';
    const a = /^[aeiou]/.test(kind) ? 'an' : 'a';
    const sea = p.subregion && p.subregion !== 'none' ? p.subregion : '';
    const summary = countries.length > 0
      ? `${the}${name} ${plural ? 'are' : 'is'} ${a} ${kind} of ${ofCountries}${sea ? ` in ${theSea(sea)}` : ''}.`
      : `${the}${name} ${plural ? 'are' : 'is'} ${a} ${kind}${where ? ` in ${where}` : ', one of the named features of Natural Earth\'s world maps'}.`;
    entities.push({
      id: qid,
      name,
      type: 'place',
      description: `${kind[0]!.toUpperCase()}${kind.slice(1)}${countries.length > 0 ? ` of ${ofCountries}` : ''}${where ? ` (${where})` : ''}`,
      summary,
      aliases,
      facts,
      ...(countries.length > 0 ? { related: countries } : {}),
      sources: countries.length > 0 ? [src, SRC_GEONAMES] : [src],
    });
  }
}
noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => `${o.name} (${o.description})`).join('; ')}: context decides`);
writeEntities('geography.json', entities);
