/**
 * Place names that begin with an article, after a preposition merged with it ("all'Aia", "alla
 * Spezia", "au Havre", "da Haia"): article-contractions.ts and the compiler's case forms.
 *
 * Run: node --import tsx --test test/unit/spot-article-contractions.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleContractions, mergedPrefixLength } from '../../src/core/spot/article-contractions.ts';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Alias, Entity, Pack } from '../../src/core/pack/types.ts';

test('the forms of a name that begins with an article, per language', () => {
  assert.deepEqual(articleContractions("L'Aia", 'it'), ["all'Aia", "dell'Aia", "nell'Aia", "dall'Aia", "sull'Aia"]);
  assert.deepEqual(articleContractions('La Spezia', 'it').slice(0, 2), ['alla Spezia', 'della Spezia']);
  assert.deepEqual(articleContractions('Le Havre', 'fr'), ['au Havre', 'du Havre']);
  assert.deepEqual(articleContractions('La Rochelle', 'fr'), [], 'French "la" does not merge');
  assert.deepEqual(articleContractions('Milano', 'it'), []);
  assert.deepEqual(articleContractions('La città', 'it'), [], 'the rest of a name has a capital');
  assert.deepEqual(articleContractions('El Cairo', 'de'), []);
  assert.equal(mergedPrefixLength("dell'Aia", 'it'), 5);
  assert.equal(mergedPrefixLength('Al Cairo', 'it'), 3, 'at a sentence start');
  assert.equal(mergedPrefixLength('Aia', 'it'), 0);
});

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const place = (id: string, name: string, aliases: Alias[], related: string[]): Entity => ({ id, name, type: 'place', description: 'd', summary: 's', aliases, related, sources: SRC });
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['it'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    place('gloss:country:it', 'Italy', [], []),
    place('t:hague', 'The Hague', [{ text: "L'Aia", lang: 'it' }], ['gloss:country:nl']),
    place('t:spezia', 'La Spezia', [], ['gloss:country:it']),
  ],
};
const matcher = new Matcher(compilePack(pack));
const marks = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}:${m.reason}`);

test('a place is found after a preposition merged with its article, in the alias\'s language or its country\'s; the mark is the name without the preposition', () => {
  assert.deepEqual(marks("Il vertice dell'Aia e il porto della Spezia.", 'it'), ['Aia=t:hague:inflection', 'Spezia=t:spezia:inflection']);
  assert.deepEqual(marks("Der Gipfel dell'Aia.", 'de'), ['Aia=t:hague:inflection'], 'a name as written, on any page');
  assert.deepEqual(marks('Il porto di Spezia.', 'it'), [], 'not the name without its article alone');
});
