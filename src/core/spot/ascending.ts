/** Look-ups in lists of numbers kept in ascending order (sorted hashes, offsets in text order). */

/** is `v` in `ascending`? A binary search. */
export function inAscending(ascending: ArrayLike<number>, v: number): boolean {
  let lo = 0;
  let hi = ascending.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ascending[mid]!;
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
