/**
 * PackedInts (src/core/spot/packed-ints.ts): lists of numbers in 16-bit distances from their
 * block's first value, as the name index keeps its entries and offsets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_PACK_SHIFT, packInts, PackedInts } from '../../src/core/spot/packed-ints.ts';

test('an ascending list packs in the largest blocks and reads back value by value', () => {
  const values = Array.from({ length: 1000 }, (_, i) => 100_000 + i * 7);
  const parts = packInts(values);
  assert.equal(parts.shift, MAX_PACK_SHIFT);
  assert.equal(parts.low.length, 1000);
  assert.equal(parts.base.length, Math.ceil(1000 / 2 ** MAX_PACK_SHIFT));
  const packed = new PackedInts(parts);
  assert.deepEqual([...packed], values);
  assert.equal(packed.at(999), 100_000 + 999 * 7);
});

test('a list whose values jump takes smaller blocks, down to one value each, and still reads back', () => {
  const jumps = [5, 70_000, 3, 200_000, 0, 1, 2_000_000_000];
  const parts = packInts(jumps);
  assert.equal(parts.shift, 0);
  assert.deepEqual([...new PackedInts(parts)], jumps);
  // a jump of more than 16 bits between two blocks is fine
  const steps = Array.from({ length: 256 }, (_, i) => (i < 128 ? i : 1_000_000 + i));
  const stepParts = packInts(steps);
  assert.ok(stepParts.shift > 0);
  assert.deepEqual([...new PackedInts(stepParts)], steps);
});

test('an empty list packs; a negative value or damaged parts are refused', () => {
  assert.equal(new PackedInts(packInts([])).length, 0);
  assert.throws(() => packInts([1, -1]), /non-negative/);
  const parts = packInts([1, 2, 3]);
  assert.throws(() => new PackedInts({ ...parts, base: new Int32Array(5) }), /damaged/);
  assert.throws(() => new PackedInts({ ...parts, shift: MAX_PACK_SHIFT + 1 }), /damaged/);
});
