/**
 * A dateline names the place a report is filed from (src/core/spot/dateline.ts): a guarded place
 * there is the place, though a date after a word otherwise says it is no name ("May 5").
 * Run: node --import tsx --test test/unit/spot-dateline.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import { isDateline, isDatelineAgency } from '../../src/core/spot/dateline.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const town = (id: string, name: string): Entity => ({
  id, name, type: 'place', description: 'd', summary: 's', sources: SRC, aliases: [{ text: name, caseSensitive: true, requiresContext: true }],
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [town('t:torun', 'Toruń'), town('t:reading', 'Reading')],
};
const matcher = new Matcher(compilePack(pack));
const marks = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);

test('a guarded place first in a paragraph, before a date or an agency and a dash, is the place', () => {
  assert.deepEqual(marks('Film festival ends\n\nToruń, 21 listopada – Operator zdobył nagrodę.', 'pl'), ['Toruń=t:torun']);
  assert.deepEqual(marks('Reading, Dec. 5 — The council met on Friday.', 'en'), ['Reading=t:reading']);
  assert.deepEqual(marks('Reading (Reuters) - The council met on Friday.', 'en'), ['Reading=t:reading']);
});

test('elsewhere, or without the date and the dash, the guard stands', () => {
  assert.deepEqual(marks('Reading, 5 books a week – that is my goal.', 'en'), [], 'no month after the number');
  assert.deepEqual(marks('He likes Reading, 21 December – no, the book.', 'en'), [], 'not first in its paragraph');
  assert.deepEqual(marks('Reading, writing and arithmetic were taught.', 'en'), []);
  assert.equal(isDateline('Toruń, 21 listopada – x', 0, 5, false), true);
  assert.equal(isDateline('Toruń, 21 listopada w sobotę odbyła się gala.', 0, 5, false), false, 'no dash');
});

test('a sentence\'s first word that is a day or a month is no other person\'s given name before a surname ("Giovedì Tajani")', () => {
  const p: Pack = { ...pack, entities: [...pack.entities, { id: 't:tajani', name: 'Antonio Tajani', type: 'person', description: 'd', summary: 's', sources: SRC, aliases: [{ text: 'Tajani', kind: 'surname' }] },
    { id: 't:rossi', name: 'Marco Rossi', type: 'person', description: 'd', summary: 's', sources: SRC, aliases: [] }] };
  const m = new Matcher(compilePack(p));
  const it = (text: string): string[] => spot(text, [m], { lang: 'it' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(it('Il vertice è finito. Giovedì Tajani tornerà a Roma.'), ['Tajani=t:tajani']);
  assert.deepEqual(it('Il vertice è finito. Dicembre Tajani lo passerà a Roma.'), ['Tajani=t:tajani']);
  assert.deepEqual(it('Il vertice è finito. Marco Tajani tornerà a Roma.'), [], 'another person\'s given name');
});

test('a dateline in capitals is the place, its name written exactly or not; other words in capitals are not', () => {
  assert.deepEqual(marks('TORUŃ, 21 listopada (PAP) – Operator zdobył nagrodę.', 'pl'), ['TORUŃ=t:torun']);
  assert.deepEqual(marks('READING, Dec. 5 — The council met.', 'en'), ['READING=t:reading']);
  assert.deepEqual(marks('READING IS FUN, says the poster.', 'en'), []);
});

test('a dateline in capitals needs no date before its dash ("SEVILLA — El presidente"); a report filed from several places names each ("WOLFSBURG/STUTTGART, 18. November –")', () => {
  assert.deepEqual(marks('Film festival ends\n\nTORUŃ – Operator zdobył nagrodę.', 'pl'), ['TORUŃ=t:torun']);
  assert.deepEqual(marks('Film festival ends\n\nToruń – operator zdobył nagrodę.', 'pl'), [], 'written small, a dash alone is no dateline');
  assert.deepEqual(marks('READING – The council met on Friday.', 'en'), ['READING=t:reading']);
  assert.deepEqual(marks('READING – a guide to the best books.', 'en'), [], 'no sentence after the dash: a heading');
  assert.deepEqual(marks('TORUŃ/READING, 21 listopada – Operator zdobył nagrodę.', 'pl'), ['TORUŃ=t:torun', 'READING=t:reading']);
  assert.deepEqual(marks('Toruń/Reading, 21 listopada – Operator zdobył nagrodę.', 'pl'), ['Toruń=t:torun', 'Reading=t:reading']);
  assert.deepEqual(marks('Say it: TORUŃ – a city.', 'pl'), [], 'not first in its paragraph');
  assert.equal(isDateline('A/B TORUŃ – x', 4, 9, false), false, 'after words that are no places joined by slashes');
});

test('a dateline is the place, not a club of its name, whatever the page is about ("BARCELONA — El FC Barcelona goleó")', () => {
  const note = 'the town and the club: context decides';
  const town: Entity = { id: 't:town', name: 'Reading', type: 'place', description: 'Town in England', summary: 's', sources: SRC, aliases: [{ text: 'Reading', sharedNote: note }] };
  const club: Entity = { id: 't:club', name: 'Reading FC', type: 'organisation', description: 'Football club', summary: 's', sources: SRC, aliases: [{ text: 'Reading', sharedNote: note, contextWords: ['club', 'football', 'goal'] }] };
  const m = new Matcher(compilePack({ ...pack, entities: [town, club] }));
  const at = (text: string): string[] => spot(text, [m], { lang: 'en' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(at('READING — The club won 3-0 at home, a football goal fest.'), ['READING=t:town']);
  assert.deepEqual(at('The club Reading won 3-0 at home, a football goal fest.'), ['Reading=t:club'], 'elsewhere the page\'s words decide');
});

test('the agency in brackets after a dateline is the agency that filed the report ("LISBOA, 18 nov 2026 (Lusa) –"); in brackets elsewhere its guard stands', () => {
  const agency: Entity = { id: 't:lusa', name: 'Lusa', type: 'organisation', description: 'd', summary: 's', sources: SRC, aliases: [{ text: 'Lusa', caseSensitive: true, requiresContext: true, contextWords: ['agência'] }] };
  const m = new Matcher(compilePack({ ...pack, entities: [agency] }));
  const agencyMarks = (text: string, blockBreaks = false): string[] => spot(text, [m], { lang: 'pt', blockBreaks }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(agencyMarks('Privatização da TAP\n\nLISBOA, 18 nov 2026 (Lusa) – O Governo recebeu as propostas.'), ['Lusa=t:lusa']);
  assert.deepEqual(agencyMarks('Privatização da TAP\nLISBOA (Lusa) – O Governo recebeu as propostas.', true), ['Lusa=t:lusa'], 'the place alone, a line a block');
  assert.deepEqual(agencyMarks('O Governo recebeu as propostas (Lusa) – e respondeu.'), [], 'not after a dateline');
  assert.deepEqual(agencyMarks('Privatização da TAP\n\nLISBOA, 18 bananas (Lusa) – O Governo recebeu.'), [], 'no month: no date');
  const t = 'BRUSSEL, 3 december (Belga) – De regering';
  assert.equal(isDatelineAgency(t, t.indexOf('Belga'), t.indexOf('Belga') + 5, false), true);
  assert.equal(isDatelineAgency(t, t.indexOf('BRUSSEL'), t.indexOf('BRUSSEL') + 7, false), false, 'the place is no agency');
});
