/**
 * The pack generators' alias list (scripts/pack-sources/lib/common.ts, AliasSet): one alias per
 * name whatever its capitals, unless capitals matter to it (a case-sensitive acronym), where the
 * press's other spelling is kept beside it ("Nato" beside "NATO").
 * Run: node --import tsx --test test/unit/pack-sources-aliases.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasSet } from '../../scripts/pack-sources/lib/common.ts';

test('names that differ only in capitals are one alias, with the languages and guards of both', () => {
  const set = new AliasSet();
  set.add({ text: 'Banque centrale européenne', lang: 'fr' });
  set.add({ text: 'Banque Centrale Européenne', lang: 'fr', requiresContext: true });
  assert.deepEqual(set.list(), [{ text: 'Banque centrale européenne', lang: 'fr', requiresContext: true }]);
});

test('a case-sensitive acronym keeps each capitalisation the press uses, each with its own guard', () => {
  const set = new AliasSet();
  set.add({ text: 'NATO', kind: 'acronym', caseSensitive: true });
  set.add({ text: 'Nato', kind: 'acronym', caseSensitive: true, requiresContext: true, contextWords: ['alliance'] });
  set.add({ text: 'NATO', kind: 'acronym', caseSensitive: true });
  assert.deepEqual(set.list(), [
    { text: 'NATO', kind: 'acronym', caseSensitive: true },
    { text: 'Nato', kind: 'acronym', caseSensitive: true, requiresContext: true, contextWords: ['alliance'] },
  ]);
  // dropping a name drops every capitalisation of it
  set.remove('nato');
  assert.deepEqual(set.list(), []);
});
