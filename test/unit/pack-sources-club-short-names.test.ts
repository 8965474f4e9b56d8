/** A football club's short name as the press writes it (scripts/pack-sources/lib/club-short-names.ts, read by club-short-names.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clubLeague, clubShortName, clubTowns, isAcronym, standsIn } from '../../scripts/pack-sources/lib/club-short-names.ts';
import { guard } from '../../scripts/pack-sources/lib/clubs.ts';

test('the town at the start or end of a club name is cut', () => {
  assert.equal(clubShortName('PSV Eindhoven', ['Eindhoven']), 'PSV');
  assert.equal(clubShortName('Sparta Rotterdam', ['Rotterdam']), 'Sparta');
  assert.equal(clubShortName('Willem II Tilburg', ['Tilburg']), 'Willem II');
  assert.equal(clubShortName('AZ Alkmaar', ['Alkmaar']), 'AZ');
  // written as the pack's city is written in another language, and a town of two words
  assert.equal(clubShortName('SK Slavia Praha', ['Prague', 'Praha']), 'Slavia');
  assert.equal(clubShortName('Gimnasia y Esgrima La Plata', ['La Plata']), 'Gimnasia y Esgrima');
});

test("the words that say only that it is a club are cut, at either end, with the town", () => {
  assert.equal(clubShortName('AFC Ajax', ['Amsterdam']), 'Ajax');
  assert.equal(clubShortName('SBV Excelsior', ['Rotterdam']), 'Excelsior');
  assert.equal(clubShortName('SBV Excelsior Rotterdam', ['Rotterdam']), 'Excelsior');
  assert.equal(clubShortName('Eintracht Frankfurt', ['Frankfurt']), 'Eintracht');
  assert.equal(clubShortName('Brentford F.C.', ['London']), 'Brentford');
  assert.equal(clubShortName('NK Istra 1961', ['Pula']), 'Istra');
  assert.equal(clubShortName('ES Troyes AC', []), 'Troyes');
});

test('a club named by its town keeps the town (the caller leaves it out), and a name with nothing to cut has no short name', () => {
  assert.equal(clubShortName('FC Utrecht', ['Utrecht']), 'Utrecht');
  assert.equal(clubShortName('Football Club Utrecht', ['Utrecht']), 'Utrecht');
  assert.equal(clubShortName('1. FSV Mainz 05', ['Mainz']), 'Mainz 05');
  assert.equal(clubShortName('Feyenoord', ['Rotterdam']), null);
  assert.equal(clubShortName('Ajax Amsterdam', []), null);
});

test('no short name cut at a linking word or too short', () => {
  assert.equal(clubShortName('Olympique de Marseille', ['Marseille']), null);
  assert.equal(clubShortName('Atlético de Madrid', ['Madrid']), null);
  assert.equal(clubShortName('Brighton & Hove Albion', ['Brighton']), null);
  assert.equal(clubShortName('K Beerschot', ['Beerschot']), null);
});

test("a club's town comes from its Based in fact and its description, its league from its League fact without the season", () => {
  const generated = {
    description: 'Football club in Rotterdam, the Netherlands',
    facts: [{ label: 'Based in', value: 'Rotterdam' }, { label: 'League', value: 'Eredivisie (2026–27 season)', asOf: '2026' }],
  };
  const handKept = { description: 'Football club in Amsterdam; Eredivisie', facts: [{ label: 'League', value: 'Eredivisie' }] };
  assert.deepEqual(clubTowns(generated), ['Rotterdam']);
  assert.deepEqual(clubTowns(handKept), ['Amsterdam']);
  assert.equal(clubLeague(generated), 'Eredivisie');
  assert.equal(clubLeague(handKept), 'Eredivisie');
  assert.equal(clubLeague({ facts: [] }), undefined);
});

test('acronyms, and a short name standing in another name', () => {
  assert.ok(isAcronym('PSV') && isAcronym('AZ') && isAcronym('LASK'));
  assert.ok(!isAcronym('Ajax') && !isAcronym('A') && !isAcronym('Blau-Weiß'));
  assert.ok(standsIn('Dinamo', 'Dinamo Kyiv'));
  assert.ok(standsIn('Fortuna', 'Fortuna liga'));
  assert.ok(!standsIn('Inter', 'International Olympic Committee'));
});

test('a guarded club name is case-sensitive and needs context, less the words it holds itself', () => {
  assert.deepEqual(guard(['football', 'goal', 'Eredivisie'], 'PSV'), { caseSensitive: true, requiresContext: true, contextWords: ['football', 'goal', 'Eredivisie'] });
  assert.deepEqual(guard(['football', 'Football League'], 'Football League').contextWords, []);
});
