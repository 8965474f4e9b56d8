/**
 * An acronym the page defines in brackets after a name marked in full ("Karlsruher Institut für
 * Technologie (KIT)"): src/core/spot/defined-acronyms.ts, run by spot() after the page rules.
 * Run: node --import tsx --test test/unit/spot-defined-acronyms.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import { spellsAcronym } from '../../src/core/spot/defined-acronyms.ts';
import type { Alias, Entity, EntityType, Pack } from '../../src/core/pack/types.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const ent = (id: string, name: string, type: EntityType = 'organisation', aliases: Alias[] = []): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases, sources: SRC,
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['de', 'en', 'fr'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    ent('t:kit', 'Karlsruher Institut für Technologie'),
    ent('t:ski', 'Deutscher Skiverband', 'organisation', [{ text: 'Deutsche Skiverband' }]),
    ent('t:dsv', 'DSV', 'organisation', [{ text: 'DSV', kind: 'acronym', caseSensitive: true }]),
    ent('t:afd', 'Agence française de développement'),
    ent('t:party', 'Alternative für Deutschland', 'organisation', [{ text: 'AfD', kind: 'acronym', caseSensitive: true }]),
    ent('t:rhein', 'Boris Rhein', 'person'),
    ent('t:cdu', 'Christian Democratic Union', 'organisation', [{ text: 'CDU', kind: 'acronym', caseSensitive: true }]),
    ent('t:paris', 'Paris', 'place'),
  ],
};
const matcher = new Matcher(compilePack(pack));
const marks = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId} (${m.reason})`);

test('the acronym in brackets after a name, and its later occurrences, are that name', () => {
  assert.deepEqual(marks('Das Karlsruher Institut für Technologie (KIT) forscht. Das KIT wächst, sagt der KIT-Präsident.', 'de'), [
    'Karlsruher Institut für Technologie=t:kit (alias)', 'KIT=t:kit (acronym)', 'KIT=t:kit (acronym)', 'KIT=t:kit (acronym)',
  ]);
  // the page's definition wins over the pack's other entity of that acronym, in the brackets and after
  assert.deepEqual(marks('Der Deutsche Skiverband (DSV) hofft. Der DSV plant.', 'de'), [
    'Deutsche Skiverband=t:ski (alias)', 'DSV=t:ski (acronym)', 'DSV=t:ski (acronym)',
  ]);
  // the same capitals only: "AfD" is not "AFD"
  assert.deepEqual(marks("L'Agence française de développement (AFD) aide. L'AfD proteste.", 'fr'), [
    'Agence française de développement=t:afd (alias)', 'AFD=t:afd (acronym)', 'AfD=t:party (acronym)',
  ]);
});

test('no acronym is defined by a person, by one word, or by letters the name does not spell in order', () => {
  // a party after a person's name
  assert.deepEqual(marks('Ministerpräsident Boris Rhein (CDU) sagte es.', 'de'), ['Boris Rhein=t:rhein (alias)', 'CDU=t:cdu (acronym)']);
  // a dateline's agency
  assert.deepEqual(marks('PARIS (AFP) – Paris (AFP) a dit.', 'fr').filter((m) => m.startsWith('AFP')), []);
  assert.equal(spellsAcronym('KIT', 'Karlsruher Institut für Technologie'), true);
  assert.equal(spellsAcronym('DSV', 'Deutsche Skiverband'), true);
  assert.equal(spellsAcronym('AFP', 'Paris'), false);
  assert.equal(spellsAcronym('IL', 'Springfield'), false, 'the first letter must start a word of the name');
  assert.equal(spellsAcronym('EHF', 'Europäische Handballföderation'), true);
  assert.equal(spellsAcronym('BBC', 'Deutsche Bahn'), false);
});
