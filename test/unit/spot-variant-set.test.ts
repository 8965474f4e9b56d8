/**
 * The name-variant test set (test/fixtures/variants: real-news-style sentences written for issue
 * #11, with traps): no trap is marked, and recall does not fall below what the engine reaches today
 * (figures and misses: scripts/variant-quality.ts --verbose; the target of 95 % is not met
 * yet, see docs/knowledge-packs.md). heldout.json was measured once, after tuning on tune.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMatcher } from '../../scripts/pack-quality.ts';
import { VARIANTS, measureCase, readCases, tally } from '../../scripts/variant-quality.ts';

const matcher = await loadMatcher();

for (const [file, floor] of [['tune.json', 0.9], ['heldout.json', 0.85]] as const) {
  test(`${file}: no trap marked, at least ${floor * 100} % of the variants linked to the right entity`, () => {
    const cases = readCases(`${VARIANTS}/${file}`);
    const results = cases.map((c) => measureCase(c, [matcher]));
    const t = tally(results);
    assert.ok(t.positives >= 80 && t.traps >= 20, `${file}: ${t.positives} positives, ${t.traps} traps`);
    const marked = results.filter((r) => r.marked).map((r) => `${r.c.name}: ${r.got.join('; ')} — ${r.c.text}`);
    assert.deepEqual(marked, [], `${file}: traps marked`);
    assert.ok(t.found / t.positives >= floor, `${file}: ${t.found}/${t.positives} linked`);
  });
}
