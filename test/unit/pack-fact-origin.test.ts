/** Where a fact comes from and as of when, as the popover says it (docs/knowledge-packs.md, "Sources and facts"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factOrigin, factPeriod } from '../../src/core/pack/fact-origin.ts';
import type { SourceRef } from '../../src/core/pack/types.ts';

const team: SourceRef = { name: 'Gloss team', licence: 'CC-BY-4.0' };
const wikidata: SourceRef = { name: 'Wikidata', url: 'https://www.wikidata.org/', licence: 'CC0-1.0', asOf: '2026-11-01' };
const factbook: SourceRef = { name: 'The World Factbook 2026', licence: 'public-domain', asOf: '2026-01' };

test('the fact names its source: that source, dated by the fact, else by the source, else by the pack', () => {
  assert.deepEqual(factOrigin({ label: 'Population', value: '9.1 million', source: 'The World Factbook 2026', asOf: '2025' }, [team, wikidata, factbook], '2026-11-20'), { source: factbook, asOf: '2025' });
  assert.deepEqual(factOrigin({ label: 'Born', value: '1954', source: 'Wikidata' }, [team, wikidata, factbook], '2026-11-20'), { source: wikidata, asOf: '2026-11-01' });
  assert.deepEqual(factOrigin({ label: 'Office', value: 'Mayor', source: 'Gloss team' }, [team, wikidata], '2026-11-20'), { source: team, asOf: '2026-11-20' });
});

test('a fact without a source: the entity\'s only source, or no source when it has several', () => {
  assert.deepEqual(factOrigin({ label: 'Born', value: '1954' }, [wikidata], '2026-11-20'), { source: wikidata, asOf: '2026-11-01' });
  assert.deepEqual(factOrigin({ label: 'Born', value: '1954' }, [team, wikidata], '2026-11-20'), { asOf: '2026-11-20' });
});

test('when a fact held', () => {
  assert.equal(factPeriod({ label: 'Office', value: 'President', since: '1994' }), ' (since 1994)');
  assert.equal(factPeriod({ label: 'Office', value: 'Mayor', since: '2001', until: '2014' }), ' (2001–2014)');
  assert.equal(factPeriod({ label: 'Office', value: 'Mayor', until: '2014' }), ' (until 2014)');
  assert.equal(factPeriod({ label: 'Population', value: '2 million', asOf: '2024' }), '');
});
