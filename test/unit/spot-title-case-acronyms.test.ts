/**
 * Italian press writes acronyms read as words in title case ("la Nato", "l'Onu", "la Ue"): on an
 * Italian page an acronym alias also matches so written, mid-sentence and where the word is no
 * function word (src/core/spot/matcher.ts, TITLE_CASE_ACRONYMS).
 * Run: node --import tsx --test test/unit/spot-title-case-acronyms.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../../src/core/pack/compiled-file.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const org = (id: string, name: string, acronym: string): Entity => ({
  id, name, type: 'organisation', description: 'd', summary: 's', sources: SRC, aliases: [{ text: acronym, kind: 'acronym' }],
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [org('t:onu', 'United Nations', 'ONU'), org('t:ocse', 'OECD', 'OCSE'), org('t:la', 'Los Angeles Angels', 'LA')],
};
const matcher = new Matcher(decodeCompiledPack(encodeCompiledPack(compilePack(pack))));
const links = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);

test('on an Italian page an acronym written in title case mid-sentence is the acronym', () => {
  assert.deepEqual(links("Il segretario generale dell'Onu e il rapporto dell'Ocse.", 'it'), ['Onu=t:onu', 'Ocse=t:ocse']);
  assert.deepEqual(links("Il segretario generale dell'ONU parla.", 'it'), ['ONU=t:onu'], 'in capitals as before');
});

test('not at a sentence start, not a function word, not on a page in another language', () => {
  assert.deepEqual(links('Ocse e Fmi sono d\u2019accordo.', 'it'), [], 'first in the sentence');
  assert.deepEqual(links('Secondo La Stampa il governo cade.', 'it'), [], '"La" is an article');
  assert.deepEqual(links("The report by the Ocse is out.", 'en'), []);
});
