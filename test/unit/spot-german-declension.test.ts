/**
 * German names that start with declined adjectives, in their other case forms
 * (src/core/spot/german-declension.ts), listed by the compiled pack (compile.ts).
 * Run: node --import tsx --test test/unit/spot-german-declension.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import { germanCaseForms } from '../../src/core/spot/german-declension.ts';
import type { Alias, Entity, EntityType, Pack } from '../../src/core/pack/types.ts';

test('a name with declined adjectives gives its weak, dative and genitive forms', () => {
  assert.deepEqual(germanCaseForms('Europäisches Parlament'), [
    'Europäischen Parlament', 'Europäische Parlament', 'Europäischem Parlament', 'Europäischen Parlaments', 'Europäischen Parlamentes',
  ]);
  assert.deepEqual(germanCaseForms('Deutsches Zentrum für Luft- und Raumfahrt'), [
    'Deutschen Zentrum für Luft- und Raumfahrt', 'Deutsche Zentrum für Luft- und Raumfahrt', 'Deutschem Zentrum für Luft- und Raumfahrt', 'Deutschen Zentrums für Luft- und Raumfahrt',
  ]);
  assert.deepEqual(germanCaseForms('Neue Zürcher Zeitung'), ['Neuen Zürcher Zeitung']);
  assert.deepEqual(germanCaseForms('Olympische Spiele'), ['Olympischen Spiele', 'Olympischen Spielen']);
  assert.deepEqual(germanCaseForms('Christlich-Soziale Union'), ['Christlich-Sozialen Union']);
});

test('no forms for adjectives named after places, names without an adjective first, or an adjective alone', () => {
  assert.deepEqual(germanCaseForms('Frankfurter Allgemeine Zeitung'), []);
  assert.deepEqual(germanCaseForms('Berliner Zeitung'), []);
  assert.deepEqual(germanCaseForms('Alternative für Deutschland'), []);
  assert.deepEqual(germanCaseForms('Grüne'), []);
  assert.deepEqual(germanCaseForms('Deutsche'), []);
});

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const ent = (id: string, name: string, type: EntityType, aliases: Alias[], related: string[] = []): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases, related, sources: SRC,
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['de'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    ent('t:ep', 'European Parliament', 'organisation', [{ text: 'Europäisches Parlament', lang: 'de' }]),
    ent('t:dtb', 'Deutscher Tennis Bund', 'organisation', [], ['gloss:country:de']),
    ent('t:nhs', 'Nationales Gesundheitsamt', 'organisation', [{ text: 'Nationales Gesundheitsamt', lang: 'en' }]),
  ],
};
const matcher = new Matcher(compilePack(pack));
const marks = (text: string): string[] => spot(text, [matcher], { lang: 'de' }).mentions.map((m) => `${m.text}=${m.entityId} (${m.reason})`);

test('the compiled pack reads the case forms of German names, and of names of bodies of German-speaking countries', () => {
  assert.deepEqual(marks('Das Europäische Parlament stimmt ab; im Europäischen Parlament und des Europäischen Parlaments.'), [
    'Europäische Parlament=t:ep (inflection)', 'Europäischen Parlament=t:ep (inflection)', 'Europäischen Parlaments=t:ep (inflection)',
  ]);
  assert.deepEqual(marks('Der Deutsche Tennis Bund und die Spieler des Deutschen Tennis Bundes.'), [
    'Deutsche Tennis Bund=t:dtb (inflection)', 'Deutschen Tennis Bundes=t:dtb (inflection)',
  ]);
  assert.deepEqual(marks('Der Deutscher Tennis Bund.'), ['Deutscher Tennis Bund=t:dtb (alias)']);
  // a name the pack gives in another language is not declined as German
  assert.deepEqual(marks('Das Nationale Gesundheitsamt meldet es.'), []);
});
