/**
 * The background's store of long pages' texts in parts (src/background/text-parts.ts): parts sent
 * without waiting for each other arrive in any order and are joined by index; the final request
 * may come before its last parts and waits for them; a missing part, another tab's session or too
 * much text is refused with a sentence.
 * Run: node --import tsx --test test/unit/text-parts.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextParts } from '../../src/background/text-parts.ts';
import { Refusal } from '../../src/background/refusal.ts';

const limits = { maxChars: 20, maxSessionsPerTab: 2, keepMs: 1000, waitMs: 50 };

test('parts that arrive out of order are joined in the order of their index', async () => {
  const parts = new TextParts(limits);
  parts.add('7', 's', 2, 'ghi', 0);
  parts.add('7', 's', 0, 'abc', 1);
  parts.add('7', 's', 1, 'def', 2);
  assert.equal(await parts.take('7', 's', 3), 'abcdefghi');
  // taken once: the session is gone (the second request waits, then is refused)
  await assert.rejects(parts.take('7', 's', 3), Refusal);
});

test('the final request that comes before its last parts waits for them', async () => {
  const parts = new TextParts({ ...limits, waitMs: 10_000 });
  parts.add('7', 's', 1, 'def', 0);
  let answered = false;
  const text = parts.take('7', 's', 3).then((t) => ((answered = true), t));
  parts.add('7', 's', 2, 'ghi', 1);
  await Promise.resolve();
  assert.equal(answered, false, 'answered before every part was here');
  parts.add('7', 's', 0, 'abc', 2);
  assert.equal(await text, 'abcdefghi');
  // a request for a session none of whose parts has come yet waits too
  const early = parts.take('7', 't', 1);
  parts.add('7', 't', 0, 'xyz', 3);
  assert.equal(await early, 'xyz');
});

test('a part that never comes, or a count that does not match, is refused', async () => {
  const parts = new TextParts(limits);
  parts.add('7', 's', 0, 'abc', 0);
  parts.add('7', 's', 2, 'ghi', 0);
  const started = Date.now();
  await assert.rejects(parts.take('7', 's', 3), /lost part of this page’s text/);
  assert.ok(Date.now() - started >= limits.waitMs - 5, 'refused before waiting for the part');
  parts.add('7', 't', 0, 'abc', 0);
  parts.add('7', 't', 1, 'def', 0);
  await assert.rejects(parts.take('7', 't', 1), Refusal);
});

test('a part the background refuses fails the request waiting for it, with the same sentence', async () => {
  const parts = new TextParts({ ...limits, waitMs: 10_000 });
  parts.add('7', 's', 0, '0123456789', 0);
  const waiting = parts.take('7', 's', 2);
  assert.throws(() => parts.add('7', 's', 1, '0123456789x', 0), /too long/);
  await assert.rejects(waiting, /too long/);
});

test('one tab cannot read or add to another tab’s session', async () => {
  const parts = new TextParts(limits);
  parts.add('7', 's', 0, 'abc', 0);
  await assert.rejects(parts.take('8', 's', 1), Refusal);
  assert.equal(await parts.take('7', 's', 1), 'abc');
});

test('too much text, a part sent twice, too many sessions and stale sessions', async () => {
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
  await assert.rejects(parts.take('7', 'c', 1), Refusal);
  assert.equal(await parts.take('9', 'f', 1), 'x');
});
