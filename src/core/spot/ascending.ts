/** Look-ups in lists of numbers kept in ascending order (sorted hashes, offsets in text order). */

/** where `v` is in `ascending`, or -1: a binary search */
export function indexInAscending(ascending: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = ascending.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ascending[mid]!;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** is `v` in `ascending`? A binary search. */
export function inAscending(ascending: ArrayLike<number>, v: number): boolean {
  return indexInAscending(ascending, v) >= 0;
}
