/**
 * Names of places in other languages (scripts/pack-sources/lib/exonyms.ts): which place keeps a
 * name proposed for several.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../src/core/pack/types.ts';
import { classifyExonyms, type Exonym } from '../../scripts/pack-sources/lib/exonyms.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const city = (id: string, name: string, people: string, country: string): Entity => ({
  id, name, type: 'place', description: 'd', summary: 's', aliases: [{ text: name, kind: 'name' }], related: [`gloss:country:${country}`],
  facts: [{ label: 'Population', value: people, source: 'tests' }], sources: SRC,
});
const friburgo: Exonym = { lang: 'it', text: 'Friburgo', source: 'geonames' };
const verdicts = (entities: Entity[]) =>
  Object.fromEntries([...classifyExonyms(entities, entities.map((e) => ({ id: e.id, names: [friburgo] })))].map(([id, c]) => [id, c[0]!.verdict]));

test('a name proposed for two places goes to the one with three times the people of the other, or to neither', () => {
  const freiburg = city('gloss:city:freiburg', 'Freiburg', 'about 230,000', 'de');
  const fribourg = city('gloss:city:fribourg', 'Fribourg', 'about 38,000', 'ch');
  const both = verdicts([freiburg, fribourg]);
  assert.notEqual(both['gloss:city:freiburg'], 'dropped');
  assert.equal(both['gloss:city:fribourg'], 'dropped');
  // two places of much the same size: neither takes it
  const alike = verdicts([freiburg, { ...fribourg, facts: [{ label: 'Population', value: 'about 120,000', source: 'tests' }] }]);
  assert.deepEqual(alike, { 'gloss:city:freiburg': 'dropped', 'gloss:city:fribourg': 'dropped' });
});
