/**
 * A list of non-negative numbers in about 16 bits each: the values are cut into blocks of
 * 2^shift, each block keeps its first value in 32 bits, and every value is kept as its distance
 * from that first value in 16 bits. For lists that grow slowly, like offsets into another list
 * ("where the name's words start") or the entries of names kept in entry order, this holds them in
 * a little over half the memory of an Int32Array. packInts picks the largest block whose distances
 * fit, down to blocks of one value, so every list of non-negative 32-bit numbers packs.
 */

/** the largest block: 64 values */
export const MAX_PACK_SHIFT = 6;

/** the three parts a packed list is stored as (in the compiled pack: `…Base`, `…Low`, `…Shift`) */
export interface PackedIntsParts {
  /** per block: its first value */
  base: Int32Array;
  /** per value: its distance from its block's first value */
  low: Uint16Array;
  /** log2 of the block's size */
  shift: number;
}

/** the list packed in the largest blocks whose distances fit in 16 bits */
export function packInts(values: ArrayLike<number>): PackedIntsParts {
  for (let shift = MAX_PACK_SHIFT; shift > 0; shift--) {
    const parts = packedIn(values, shift);
    if (parts) return parts;
  }
  return packedIn(values, 0)!;
}

function packedIn(values: ArrayLike<number>, shift: number): PackedIntsParts | null {
  const n = values.length;
  const base = new Int32Array(blockCount(n, shift));
  const low = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < 0) throw new Error(`packInts keeps non-negative numbers; got ${v}`);
    const block = i >> shift;
    if ((i & ((1 << shift) - 1)) === 0) base[block] = v;
    const d = v - base[block]!;
    if (d < 0 || d > 0xffff) return null;
    low[i] = d;
  }
  return { base, low, shift };
}

const blockCount = (n: number, shift: number): number => (n === 0 ? 0 : ((n - 1) >> shift) + 1);

/** are these the parts of a packed list (types and sizes agree)? */
export function isPackedIntsParts(base: unknown, low: unknown, shift: unknown): boolean {
  return (
    base instanceof Int32Array &&
    low instanceof Uint16Array &&
    typeof shift === 'number' &&
    Number.isInteger(shift) &&
    shift >= 0 &&
    shift <= MAX_PACK_SHIFT &&
    base.length === blockCount(low.length, shift)
  );
}

/** a packed list, read value by value */
export class PackedInts {
  readonly length: number;
  private readonly base: Int32Array;
  private readonly low: Uint16Array;
  private readonly shift: number;

  constructor(parts: PackedIntsParts) {
    if (!isPackedIntsParts(parts.base, parts.low, parts.shift)) throw new Error('This compiled pack is damaged (a packed list has a wrong size). Rebuild the pack.');
    this.base = parts.base;
    this.low = parts.low;
    this.shift = parts.shift;
    this.length = parts.low.length;
  }

  /** value `i` */
  at(i: number): number {
    return this.base[i >> this.shift]! + this.low[i]!;
  }

  /** every value, in order */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** does every value satisfy `ok`? */
  every(ok: (v: number) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (!ok(this.at(i))) return false;
    return true;
  }
}
