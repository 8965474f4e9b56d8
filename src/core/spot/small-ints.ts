/**
 * Lists of small numbers in 16 bits where every value fits (SmallInts, src/core/pack/compiled.ts):
 * half the memory for the ids and counts of a pack like the default one.
 */
import { NO_KEY_16, type SmallInts } from '../pack/compiled.ts';

/**
 * The list in 16 bits when every value fits, else as it is. A list of ids into a table of
 * `idCount` items (given) may say "none" with -1: it goes to 16 bits only when every id fits beside
 * NO_KEY_16, which then stands for -1. A list of counts, offsets or flags has no "none", and a -1
 * there keeps it in 32 bits.
 */
export function narrow(values: Int32Array, idCount?: number): SmallInts {
  if (idCount !== undefined && idCount >= NO_KEY_16) return values;
  const lowest = idCount === undefined ? 0 : -1;
  for (const v of values) if (v < lowest || v >= NO_KEY_16) return values;
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] === -1 ? NO_KEY_16 : values[i]!;
  return out;
}

/** what says "none" in this list of ids: NO_KEY_16 in 16 bits, -1 in 32 */
export function noneIn(list: SmallInts): number {
  return list instanceof Uint16Array ? NO_KEY_16 : -1;
}

/** a list in either width */
export function isSmallInts(x: unknown): x is SmallInts {
  return x instanceof Int32Array || x instanceof Uint16Array;
}
