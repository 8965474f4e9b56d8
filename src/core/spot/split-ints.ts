/**
 * Lists of ids in 16 bits while every id fits, and in 24 bits past that: the low 16 bits of each
 * value in a Uint16Array and, only when some value needs more, its high 8 bits in a Uint8Array
 * beside it. The name index's lists of forms, stems and names are ids into tables that grow with
 * the pack; a pack past 65,535 forms or keys costs a byte more per value, not two
 * (docs/knowledge-packs.md, "The name index's memory").
 */

/** the two parts a split list is stored as (in the compiled pack: `…Low` and `…High`) */
export interface SplitIntsParts {
  /** per value: its low 16 bits */
  low: Uint16Array;
  /** per value: its high 8 bits; empty when every value fits in 16 */
  high: Uint8Array;
}

/** what stands for "none" (-1) in a list of ids in 16 bits */
export const NONE_16 = 0xffff;
/** and in 24 bits */
export const NONE_24 = 0xffffff;

/**
 * The list in 16 bits when every value fits, else in 24. A list of ids into a table of `idCount`
 * items (given) may say "none" with -1, kept as NONE_16 or NONE_24; a list of counts or flags has no
 * "none", and a negative value there is refused, as is a value that does not fit in 24 bits.
 */
export function splitInts(values: ArrayLike<number>, idCount?: number): SplitIntsParts {
  const lowest = idCount === undefined ? 0 : -1;
  let largest = idCount === undefined ? 0 : idCount;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < lowest) throw new Error(`splitInts keeps ${idCount === undefined ? 'non-negative numbers' : 'ids and -1'}; got ${v}`);
    if (v > largest) largest = v;
  }
  const wide = largest >= NONE_16;
  if (largest >= NONE_24) throw new Error(`splitInts keeps numbers below ${NONE_24}; got ${largest}`);
  const none = wide ? NONE_24 : NONE_16;
  const low = new Uint16Array(values.length);
  const high = new Uint8Array(wide ? values.length : 0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] === -1 ? none : values[i]!;
    low[i] = v & 0xffff;
    if (wide) high[i] = v >>> 16;
  }
  return { low, high };
}

/** are these the parts of a split list (types and sizes agree)? */
export function isSplitIntsParts(low: unknown, high: unknown): boolean {
  return low instanceof Uint16Array && high instanceof Uint8Array && (high.length === 0 || high.length === low.length);
}

/** a split list, read value by value */
export class SplitInts {
  readonly length: number;
  /** what stands for -1 ("none") in this list */
  readonly none: number;
  private readonly low: Uint16Array;
  private readonly high: Uint8Array;
  private readonly wide: boolean;

  constructor(parts: SplitIntsParts) {
    if (!isSplitIntsParts(parts.low, parts.high)) throw new Error('This compiled pack is damaged (a list of ids has a wrong size). Rebuild the pack.');
    this.low = parts.low;
    this.high = parts.high;
    this.wide = parts.high.length > 0;
    this.none = this.wide ? NONE_24 : NONE_16;
    this.length = parts.low.length;
  }

  /** value `i` */
  at(i: number): number {
    return this.wide ? this.low[i]! | (this.high[i]! << 16) : this.low[i]!;
  }

  /** every value, in order */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** does every value satisfy `ok`? */
  every(ok: (v: number, i: number) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (!ok(this.at(i), i)) return false;
    return true;
  }
}
