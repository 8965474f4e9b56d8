/**
 * Polish regions named by their kind in small letters and an adjective, in their case forms
 * (src/core/spot/polish-declension.ts), listed by the compiled pack (compile.ts).
 * Run: node --import tsx --test test/unit/spot-polish-declension.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import { polishCaseForms } from '../../src/core/spot/polish-declension.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';

test('a region named "kind + adjective" gives its genitive, dative, instrumental and locative', () => {
  assert.deepEqual(polishCaseForms('województwo pomorskie'), ['województwa pomorskiego', 'województwu pomorskiemu', 'województwem pomorskim', 'województwie pomorskim']);
  assert.deepEqual(polishCaseForms('województwo warmińsko-mazurskie'), [
    'województwa warmińsko-mazurskiego', 'województwu warmińsko-mazurskiemu', 'województwem warmińsko-mazurskim', 'województwie warmińsko-mazurskim',
  ]);
  assert.deepEqual(polishCaseForms('obwód królewiecki'), ['obwodu królewieckiego', 'obwodowi królewieckiemu', 'obwodem królewieckim', 'obwodzie królewieckim']);
  assert.deepEqual(polishCaseForms('powiat nowy'), ['powiatu nowego', 'powiatowi nowemu', 'powiatem nowym', 'powiecie nowym']);
});

test('no forms for other names', () => {
  assert.deepEqual(polishCaseForms('Warszawa'), []);
  assert.deepEqual(polishCaseForms('Obwód Kaliningradzki'), [], 'a capitalised adjective: a name the name index reads');
  assert.deepEqual(polishCaseForms('miasto stołeczne'), [], 'no word for a kind of region');
  assert.deepEqual(polishCaseForms('województwo Pomorze'), [], 'no adjective');
});

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const region: Entity = {
  id: 't:pomorskie', name: 'Pomeranian Voivodeship', type: 'place', description: 'd', summary: 's', sources: SRC,
  aliases: [{ text: 'województwo pomorskie', lang: 'pl' }], related: ['gloss:country:pl'],
};
const club: Entity = { id: 't:club', name: 'Club', type: 'organisation', description: 'd', summary: 's', sources: SRC, aliases: [{ text: 'powiat zielony', lang: 'pl' }] };
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['pl'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC, entities: [region, club],
};
const matcher = new Matcher(compilePack(pack));
const marks = (text: string): string[] => spot(text, [matcher], { lang: 'pl' }).mentions.map((m) => `${m.text}=${m.entityId} (${m.reason})`);

test('the compiled pack reads the case forms of a place\'s Polish name, not of another entity\'s', () => {
  assert.deepEqual(marks('Elektrownia powstanie w województwie pomorskim, a władze województwa pomorskiego czekają.'), [
    'województwie pomorskim=t:pomorskie (inflection)', 'województwa pomorskiego=t:pomorskie (inflection)',
  ]);
  assert.deepEqual(marks('Mówiono o powiecie zielonym.'), []);
});
