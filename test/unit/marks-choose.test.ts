/** Which spotted mentions become marks (src/content/marks/choose.ts, pure). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseMentions } from '../../src/content/marks/choose.ts';
import type { Mention } from '../../src/core/spot/types.ts';

const m = (start: number, text: string, entityId: string, candidates?: string[]): Mention => ({
  start, end: start + text.length, text, entityId, reason: 'alias', ...(candidates ? { candidates } : {}),
});
const base = { markEveryMention: false, muted: new Set<string>(), rejected: new Set<string>(), alreadyMarked: new Set<string>() };

describe('chooseMentions', () => {
  const ms = [m(30, 'Lukashenko', 'L'), m(0, 'Alexander Lukashenko', 'L'), m(50, 'Minsk', 'M'), m(70, 'Georgia', '', ['GA', 'GE']), m(90, 'Minsk', 'M')];
  it('keeps the first certain mention of each entity, in text order', () => {
    assert.deepEqual(chooseMentions(ms, base).map((x) => [x.start, x.entityId]), [[0, 'L'], [50, 'M']]);
  });
  it('marks every certain mention when asked, never ambiguous ones', () => {
    assert.deepEqual(chooseMentions(ms, { ...base, markEveryMention: true }).map((x) => x.start), [0, 30, 50, 90]);
  });
  it('leaves out muted, rejected and already marked entities', () => {
    assert.deepEqual(chooseMentions(ms, { ...base, muted: new Set(['L']) }).map((x) => x.entityId), ['M']);
    assert.deepEqual(chooseMentions(ms, { ...base, rejected: new Set(['M']) }).map((x) => x.entityId), ['L']);
    assert.deepEqual(chooseMentions(ms, { ...base, alreadyMarked: new Set(['L']) }).map((x) => x.entityId), ['M']);
  });
  it('never returns overlapping mentions', () => {
    const overlapping = [m(0, 'Kaja Kallas', 'K'), m(5, 'Kallas', 'X')];
    assert.deepEqual(chooseMentions(overlapping, base).map((x) => x.entityId), ['K']);
  });
});
