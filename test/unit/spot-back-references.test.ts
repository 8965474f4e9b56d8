/**
 * An organisation named again by the head noun of its name after an article ("the Commission",
 * "le Fonds", "la Junta"): src/core/spot/back-references.ts, run by spot() after the page rules.
 * Run: node --import tsx --test test/unit/spot-back-references.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Entity, EntityType, Pack } from '../../src/core/pack/types.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const ent = (id: string, name: string, type: EntityType = 'organisation', aliases: string[] = []): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases: aliases.map((text) => ({ text })), sources: SRC,
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    ent('t:ec', 'European Commission'), ent('t:council', 'Council of the European Union'), ent('t:bis', 'Bank for International Settlements'), ent('t:imf', 'International Monetary Fund', 'organisation', ['Fonds monétaire international']),
    ent('t:junta', 'Junta de Andalucía'), ent('t:eib', 'European Investment Bank'), ent('t:wb', 'World Bank'), ent('t:is', 'Islamic State'),
    ent('t:health', 'Santé publique France'), ent('t:chamber', 'Camera dei deputati'),
  ],
};
const matcher = new Matcher(compilePack(pack));
const marks = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId} (${m.reason})`);

test('an organisation named in full before is named again by its head noun after an article', () => {
  assert.deepEqual(marks('The European Commission proposed rules. The Commission said no; the Bank for International Settlements waited for the Bank.', 'en'), [
    'European Commission=t:ec (alias)', 'Commission=t:ec (reference)', 'Bank for International Settlements=t:bis (alias)', 'Bank=t:bis (reference)',
  ]);
  // a council or a government alone is as often the country's own: not read so
  assert.deepEqual(marks('The Council of the European Union met. The Council agreed.', 'en'), ['Council of the European Union=t:council (alias)']);
  assert.deepEqual(marks('Accord avec le Fonds monétaire international. Le chef de mission du Fonds a parlé.', 'fr'), [
    'Fonds monétaire international=t:imf (alias)', 'Fonds=t:imf (reference)',
  ]);
  assert.deepEqual(marks('La Junta de Andalucía aprobó el plan. La Junta pidió perdón.', 'es'), ['Junta de Andalucía=t:junta (alias)', 'Junta=t:junta (reference)']);
  assert.deepEqual(marks('La Camera dei deputati ha votato. Alla Camera il governo ha perso.', 'it'), ['Camera dei deputati=t:chamber (alias)', 'Camera=t:chamber (reference)']);
});

test('no back-reference before the full name, without an article, to two bodies of one head noun, before a capitalised word, or with a head noun of no institution', () => {
  assert.deepEqual(marks('The Commission met. Later the European Commission spoke.', 'en'), ['European Commission=t:ec (alias)']);
  assert.deepEqual(marks('The European Commission met. Commission staff left.', 'en'), ['European Commission=t:ec (alias)']);
  assert.deepEqual(marks('The European Investment Bank and the World Bank lent; the Bank said so.', 'en'), ['European Investment Bank=t:eib (alias)', 'World Bank=t:wb (alias)']);
  assert.deepEqual(marks('Islamic State claimed it. The State Department said so.', 'en'), ['Islamic State=t:is (alias)']);
  // the head noun, a connector and a capitalised word: the start of another name
  assert.deepEqual(marks('La Junta de Andalucía aprobó el plan. La Junta de Extremadura no.', 'es'), ['Junta de Andalucía=t:junta (alias)']);
  assert.deepEqual(marks('Selon Santé publique France, la ministre de la Santé a parlé.', 'fr'), ['Santé publique France=t:health (alias)']);
  // a page language without articles listed: nothing
  assert.deepEqual(marks('Komisja Europejska i European Commission. The Commission.', 'pl'), ['European Commission=t:ec (alias)']);
});
