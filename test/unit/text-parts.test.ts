/**
 * The background's store of long pages' texts in parts (src/background/text-parts.ts): parts sent
 * without waiting for each other arrive in any order and are joined by index; a missing part,
 * another tab's session or too much text is refused with a sentence.
 * Run: node --import tsx --test test/unit/text-parts.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextParts } from '../../src/background/text-parts.ts';
import { Refusal } from '../../src/background/refusal.ts';

const limits = { maxChars: 20, maxSessionsPerTab: 2, keepMs: 1000 };

test('parts that arrive out of order are joined in the order of their index', () => {
  const parts = new TextParts(limits);
  parts.add('7', 's', 2, 'ghi', 0);
  parts.add('7', 's', 0, 'abc', 1);
  parts.add('7', 's', 1, 'def', 2);
  assert.equal(parts.take('7', 's', 3), 'abcdefghi');
  // taken once: the session is gone
  assert.throws(() => parts.take('7', 's', 3), Refusal);
});

test('a missing part, or a count that does not match, is refused', () => {
  const parts = new TextParts(limits);
  parts.add('7', 's', 0, 'abc', 0);
  parts.add('7', 's', 2, 'ghi', 0);
  assert.throws(() => parts.take('7', 's', 3), /lost part of this page’s text/);
  parts.add('7', 't', 0, 'abc', 0);
  assert.throws(() => parts.take('7', 't', 2), Refusal);
});

test('one tab cannot read or add to another tab’s session', () => {
  const parts = new TextParts(limits);
  parts.add('7', 's', 0, 'abc', 0);
  assert.throws(() => parts.take('8', 's', 1), Refusal);
  assert.equal(parts.take('7', 's', 1), 'abc');
});

test('too much text, a part sent twice, too many sessions and stale sessions', () => {
  const parts = new TextParts(limits);
  parts.add('7', 'a', 0, '0123456789', 0);
  assert.throws(() => parts.add('7', 'a', 1, '0123456789x', 0), /too long/);
  parts.add('7', 'b', 0, 'x', 0);
  assert.throws(() => parts.add('7', 'b', 0, 'y', 0), /twice/);
  parts.add('7', 'c', 0, 'x', 0);
  parts.add('7', 'd', 0, 'x', 0);
  assert.throws(() => parts.add('7', 'e', 0, 'x', 0), /too much text at once/);
  // another tab has its own allowance
  parts.add('8', 'e', 0, 'x', 0);
  // a session left alone longer than keepMs is dropped when the next part comes
  parts.add('9', 'f', 0, 'x', 5000);
  assert.throws(() => parts.take('7', 'c', 1), Refusal);
  assert.equal(parts.take('9', 'f', 1), 'x');
});
