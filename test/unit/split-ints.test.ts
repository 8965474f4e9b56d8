/**
 * SplitInts (src/core/spot/split-ints.ts): lists of ids in 16 bits while every id fits, in 24 past
 * that, as the name index keeps its forms, stems and names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NONE_16, NONE_24, splitInts, SplitInts } from '../../src/core/spot/split-ints.ts';

test('a list whose values fit in 16 bits has no high part and reads back', () => {
  const values = [0, 7, 65_534, 300];
  const parts = splitInts(values);
  assert.equal(parts.high.length, 0);
  const list = new SplitInts(parts);
  assert.deepEqual([...list], values);
  assert.equal(list.none, NONE_16);
});

test('one value past 16 bits makes the whole list 24 bits, and every value reads back', () => {
  const values = [0, 65_535, 65_536, 1_000_000, NONE_24 - 1, 12];
  const parts = splitInts(values);
  assert.equal(parts.high.length, values.length);
  assert.equal(parts.low.byteLength + parts.high.byteLength, 3 * values.length);
  const list = new SplitInts(parts);
  assert.deepEqual([...list], values);
  assert.equal(list.at(3), 1_000_000);
  assert.ok(list.every((v, i) => v === values[i]));
});

test('ids may say "none" with -1: NONE_16 while the ids fit beside it, NONE_24 past that', () => {
  const narrow = new SplitInts(splitInts([3, -1, 9], 10));
  assert.deepEqual([...narrow], [3, NONE_16, 9]);
  assert.equal(narrow.none, NONE_16);
  // a table of 65,535 ids: its last id would be NONE_16, so the list goes to 24 bits
  const wide = new SplitInts(splitInts([3, -1, 65_534], 65_535));
  assert.deepEqual([...wide], [3, NONE_24, 65_534]);
  assert.equal(wide.none, NONE_24);
});

test('what a split list cannot hold is refused, not wrapped', () => {
  assert.throws(() => splitInts([1, -1]), /non-negative/);
  assert.throws(() => splitInts([1, -2], 5), /ids and -1/);
  assert.throws(() => splitInts([NONE_24]), /below/);
  assert.throws(() => splitInts([1.5]), /non-negative/);
  // parts whose sizes disagree are a damaged pack
  assert.throws(() => new SplitInts({ low: new Uint16Array(3), high: new Uint8Array(2) }), /damaged/);
});
