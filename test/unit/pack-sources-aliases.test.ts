/**
 * The pack generators' alias list (scripts/pack-sources/lib/common.ts, AliasSet): one alias per
 * name whatever its capitals, unless capitals matter to it (a case-sensitive acronym), where the
 * press's other spelling is kept beside it ("Nato" beside "NATO").
 * Run: node --import tsx --test test/unit/pack-sources-aliases.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasSet } from '../../scripts/pack-sources/lib/common.ts';
import { dedupeAliases } from '../../scripts/pack-sources/lib/claims.ts';

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

test('hand-written aliases: the laxer of two capitalisations is kept, so the press\'s usual form is found (world-extra)', () => {
  const hand = [{ text: 'Guerra Fría', lang: 'es' }, { text: 'guerra fría', lang: 'es' }, { text: 'Agenzia Spaziale Italiana' }, { text: 'Agenzia spaziale italiana' }, { text: 'apartheid' }];
  assert.deepEqual(
    dedupeAliases('Apartheid', hand.map((a) => ({ ...a })), { laxerCapitals: true }).map((a) => a.text),
    ['guerra fría', 'Agenzia spaziale italiana', 'apartheid'],
  );
  // without the option (generated names), the first capitalisation stays and one spelled as the name goes
  assert.deepEqual(dedupeAliases('Apartheid', hand.map((a) => ({ ...a }))).map((a) => a.text), ['Guerra Fría', 'Agenzia Spaziale Italiana']);
  // capitals that matter are never dropped
  assert.deepEqual(dedupeAliases('x', [{ text: 'NATO', caseSensitive: true }, { text: 'nato' }], { laxerCapitals: true }).map((a) => a.text), ['NATO']);
});

test('overrides/aliases.json lists each entity once (JSON keeps only the last list of a key given twice)', async () => {
  const { readFileSync } = await import('node:fs');
  const raw = readFileSync(new URL('../../packs/default/overrides/aliases.json', import.meta.url), 'utf8');
  const ids = [...raw.matchAll(/^ {2}"([^"]+)": \[/gmu)].map((m) => m[1]!);
  assert.ok(ids.length > 100, 'the one-line-per-entity layout');
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
});
