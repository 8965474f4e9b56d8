/**
 * Matching rules of the spotting engine (issue #3), each with its own small example, against the
 * test pack in test/fixtures/packs/test-pack.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import { validatePack } from '../../src/core/pack/validate.ts';
import { formatIssue } from '../../src/core/pack/issues.ts';
import type { Pack } from '../../src/core/pack/types.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../../src/core/pack/compiled-file.ts';

const raw = JSON.parse(readFileSync(new URL('../fixtures/packs/test-pack.json', import.meta.url), 'utf8'));
const checked = validatePack(raw);
if (!checked.ok) throw new Error(`test pack invalid: ${checked.errors.map(formatIssue).join('; ')}`);
// through its file, as the extension loads it
const matcher = new Matcher(decodeCompiledPack(encodeCompiledPack(compilePack(checked.pack as Pack))));

/** [text, entity id, reason] of each mention; checks every offset on the way */
function found(text: string, lang?: string): [string, string, string][] {
  const r = spot(text, [matcher], { lang });
  for (const m of r.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text, 'offsets point at the mention in the original text');
    if (m.entityId) assert.ok(r.entities[m.entityId], 'every linked entity is described');
  }
  return r.mentions.map((m) => [m.text, m.entityId || `?${(m.candidates ?? []).join('|')}`, m.reason]);
}
const ids = (text: string, lang?: string) => found(text, lang).map((x) => x[1]);

test('a full name is one mention with exact offsets', () => {
  assert.deepEqual(found('Yesterday Alexander Lukashenko spoke.'), [['Alexander Lukashenko', 'test:person:lukashenko', 'alias']]);
});

test('soft hyphen inside a name ("Vladi\\u00ADmir Putin") still matches, offsets include it', () => {
  assert.deepEqual(found('Vladi\u00ADmir Putin arrived.'), [['Vladi\u00ADmir Putin', 'test:person:putin', 'alias']]);
});

test('zero-width characters inside a name still match', () => {
  assert.deepEqual(ids('Vladi\u200Bmir Pu\u200Ctin arrived.'), ['test:person:putin']);
});

test('non-breaking and repeated spaces and line breaks between words', () => {
  assert.deepEqual(found('Vladimir\u00A0Putin'), [['Vladimir\u00A0Putin', 'test:person:putin', 'alias']]);
  assert.deepEqual(found('Alexander   Lukashenko'), [['Alexander   Lukashenko', 'test:person:lukashenko', 'alias']]);
  assert.deepEqual(found('Alexander\nLukashenko'), [['Alexander\nLukashenko', 'test:person:lukashenko', 'alias']]);
});

test("possessives 's and ’s: the mention is the name without them", () => {
  assert.deepEqual(found("Alexander Lukashenko's regime"), [['Alexander Lukashenko', 'test:person:lukashenko', 'alias']]);
  assert.deepEqual(found('Sviatlana Tsikhanouskaya\u2019s team'), [['Sviatlana Tsikhanouskaya', 'test:person:tsikhanouskaya', 'alias']]);
});

test('diacritics: "Lukasenko" matches the alias "Lukašenko", and "Weissrussland" matches "Weißrussland"', () => {
  assert.deepEqual(found('Prezident Lukasenko'), [['Lukasenko', 'test:person:lukashenko', 'alias']]);
  assert.deepEqual(found('Prezident Lukas\u030Cenko'), [['Lukas\u030Cenko', 'test:person:lukashenko', 'alias']]);
  assert.deepEqual(ids('in Weissrussland und Biélorussie'), ['test:country:by', 'test:country:by']);
  assert.deepEqual(ids('la Bielorussie'), ['test:country:by']);
});

test('hyphen and dash variants match each other', () => {
  for (const d of ['-', '\u2010', '\u2011', '\u2013']) {
    assert.deepEqual(ids(`Jean${d}Yves Le Drian`), ['test:person:jean-yves-le-drian'], `dash U+${d.charCodeAt(0).toString(16)}`);
  }
  assert.deepEqual(ids('à Saint\u2011Pétersbourg'), ['test:place:st-petersburg']);
});

test('apostrophe variants inside a name', () => {
  assert.deepEqual(ids('Conan O\u2019Brien joked'), ['test:other:o-brien']);
});

test('whole words with Unicode boundaries: not inside "Minsker", "Linden", "ŽMinsk" or "Minské"', () => {
  assert.deepEqual(ids('Der Minsker Bahnhof'), []);
  assert.deepEqual(ids('unter den Linden'), []);
  assert.deepEqual(ids('ŽMinsk'), []);
  assert.deepEqual(ids('Minské'), []);
  assert.deepEqual(ids('Linde and Minsk-based firms; Minsk.'), ['test:organisation:linde', 'test:place:minsk', 'test:place:minsk']);
});

test('leftmost-longest without overlaps', () => {
  assert.deepEqual(found('Alexander Lukashenko'), [['Alexander Lukashenko', 'test:person:lukashenko', 'alias']]);
  assert.deepEqual(ids('The New York Times reported'), ['test:organisation:nyt']);
  assert.deepEqual(ids('in New York today'), ['test:place:new-york']);
  // "European Union" wins over "Union State" that starts inside it
  assert.deepEqual(found('European Union State'), [['European Union', 'test:organisation:eu', 'alias']]);
});

test('acronyms match only in capitals: "US" and "EU", not "us" or "eu"', () => {
  assert.deepEqual(found('The US and the EU'), [
    ['US', 'test:country:us', 'acronym'],
    ['EU', 'test:organisation:eu', 'acronym'],
  ]);
  assert.deepEqual(ids('let us go, eu sou'), []);
});

test('capitalised aliases need their capitals; an all-caps headline still matches', () => {
  assert.deepEqual(ids('minsk and vladimir putin'), []);
  assert.deepEqual(ids('PUTIN VISITS MINSK'), ['test:person:putin', 'test:place:minsk']);
});

test('a common-word alias ("May", "Apple") needs context', () => {
  assert.deepEqual(ids('In May the shops opened. You may go.'), []);
  assert.deepEqual(ids('Theresa May spoke. Later May said no.'), ['test:person:theresa-may', 'test:person:theresa-may']);
  assert.deepEqual(ids('After the Brexit vote, May resigned.'), ['test:person:theresa-may']);
  assert.deepEqual(ids('An Apple a day.'), []);
  assert.deepEqual(ids('Apple sold fewer iPhone models.'), ['test:organisation:apple']);
});

test('an alias shared by two entities is resolved by related entities on the page', () => {
  assert.deepEqual(ids('Georgia, whose capital is Tbilisi'), ['test:country:ge', 'test:place:tbilisi']);
  assert.deepEqual(ids('Georgia, where Atlanta is'), ['test:place:georgia-us', 'test:place:atlanta']);
});

test('an ambiguous alias without context is reported with candidates, never guessed', () => {
  const r = spot('Georgia voted.', [matcher]);
  assert.equal(r.mentions.length, 1);
  assert.equal(r.mentions[0]!.entityId, '');
  assert.deepEqual(r.mentions[0]!.candidates, ['test:country:ge', 'test:place:georgia-us']);
  assert.ok(r.entities['test:country:ge'] && r.entities['test:place:georgia-us']);
  // a title says "person" but both Bushes are people: still ambiguous
  assert.deepEqual(ids('President Bush spoke.'), ['?test:person:george-h-w-bush|test:person:george-w-bush']);
});

test('the page language decides between otherwise equal candidates', () => {
  assert.deepEqual(ids('Llegamos a Santiago.', 'es'), ['test:place:santiago-chile']);
  assert.deepEqual(ids('Chegamos a Santiago.', 'gl'), ['test:place:santiago-compostela']);
  assert.deepEqual(ids('We reached Santiago.', 'en'), ['?test:place:santiago-chile|test:place:santiago-compostela']);
});

test('later surname-only mentions link to the person named in full earlier', () => {
  assert.deepEqual(found('Sviatlana Tsikhanouskaya arrived. Tsikhanouskaya said, and Mme Tsikhanouskaya left.'), [
    ['Sviatlana Tsikhanouskaya', 'test:person:tsikhanouskaya', 'alias'],
    ['Tsikhanouskaya', 'test:person:tsikhanouskaya', 'surname'],
    ['Tsikhanouskaya', 'test:person:tsikhanouskaya', 'surname'],
  ]);
  assert.deepEqual(found('Alexander Lukashenko spoke. Mr Lukashenko smiled.'), [
    ['Alexander Lukashenko', 'test:person:lukashenko', 'alias'],
    ['Lukashenko', 'test:person:lukashenko', 'surname'],
  ]);
  assert.deepEqual(found('Alexandre Loukachenko a parlé. M. Loukachenko a souri.', 'fr'), [
    ['Alexandre Loukachenko', 'test:person:lukashenko', 'alias'],
    ['Loukachenko', 'test:person:lukashenko', 'surname'],
  ]);
  assert.deepEqual(ids('Jean-Yves Le Drian left; Le Drian said'), ['test:person:jean-yves-le-drian', 'test:person:jean-yves-le-drian']);
});

test('a surname alone before the full name is linked only when the full name follows just after, as a headline\'s does', () => {
  // a headline, then the opening paragraph that names her in full
  assert.deepEqual(found('Tsikhanouskaya said no\n\nVILNIUS – Sviatlana Tsikhanouskaya left.'), [
    ['Tsikhanouskaya', 'test:person:tsikhanouskaya', 'surname'],
    ['Sviatlana Tsikhanouskaya', 'test:person:tsikhanouskaya', 'alias'],
  ]);
  // never named in full, or named in full only far further on
  assert.deepEqual(ids('Mr Lukashenko smiled.'), []);
  const far = `Tsikhanouskaya said. ${'The talks went on. '.repeat(80)}Later Sviatlana Tsikhanouskaya left.`;
  assert.deepEqual(ids(far), ['test:person:tsikhanouskaya']);
  // two people of the name after it: the headline's is not known
  assert.deepEqual(ids('Kowalska wins. Anna Kowalska and Piotr Kowalska met.'), ['test:person:anna-kowalska', 'test:person:jan-kowalski']);
});

test('a surname shared by two people named earlier is reported as ambiguous', () => {
  assert.deepEqual(ids('Anna Kowalska and Piotr Kowalska met. Kowalska said'), [
    'test:person:anna-kowalska',
    'test:person:jan-kowalski',
    '?test:person:anna-kowalska|test:person:jan-kowalski',
  ]);
  assert.deepEqual(ids('Anna Kowalska met. Kowalska said'), ['test:person:anna-kowalska', 'test:person:anna-kowalska']);
});

test('several packs: the longest match across packs wins and both packs answer', () => {
  const extra = compilePack({
    ...(checked.pack as Pack),
    id: 'extra',
    entities: [
      { id: 'extra:person:vladimir', name: 'Vladimir', type: 'person', description: 'x', summary: 'x', aliases: [], sources: [{ name: 'x', licence: 'CC0-1.0' }] },
      { id: 'extra:place:gomel', name: 'Gomel', type: 'place', description: 'x', summary: 'x', aliases: [{ text: 'Homiel' }], sources: [{ name: 'x', licence: 'CC0-1.0' }] },
    ],
  });
  const r = spot('Vladimir Putin went to Homiel.', [matcher, new Matcher(extra)]);
  assert.deepEqual(r.mentions.map((m) => [m.text, m.entityId]), [['Vladimir Putin', 'test:person:putin'], ['Homiel', 'extra:place:gomel']]);
});

test('empty text and text without names', () => {
  assert.deepEqual(ids(''), []);
  assert.deepEqual(ids('   \n '), []);
  assert.deepEqual(ids('Nothing here at all.'), []);
});

test('a country on the page is context for a guarded place, not for a guarded person', () => {
  assert.deepEqual(ids('The US envoy flew to Washington.'), ['test:country:us', 'test:place:washington']);
  assert.deepEqual(ids('Washington Irving wrote stories.'), []);
  assert.deepEqual(ids('The UK is cold in May.'), ['test:country:gb']);
});

test('a guarded word next to a number is a date, not a name', () => {
  assert.deepEqual(ids('Theresa May spoke on 5 May and again in May 2019. May replied.'), [
    'test:person:theresa-may',
    'test:person:theresa-may',
  ]);
});

test('emoji next to a name do not glue to it', () => {
  assert.deepEqual(found('\u{1F1E7}\u{1F1FE}Belarus\u{1F1E7}\u{1F1FE} and Minsk\u{1F600}.'), [
    ['Belarus', 'test:country:by', 'alias'],
    ['Minsk', 'test:place:minsk', 'alias'],
  ]);
});

test('a guarded alias without context falls back to a person named in full earlier', () => {
  assert.deepEqual(ids('Brian May played. Later May sang.'), ['test:person:brian-may', 'test:person:brian-may']);
  assert.deepEqual(ids('Later May sang.'), []);
});

test('line breaks: one is white space, a blank line separates, and page blocks always separate', () => {
  assert.deepEqual(ids('Alexander\r\nLukashenko'), ['test:person:lukashenko']);
  assert.deepEqual(ids('Alexander\n\nLukashenko'), []);
  assert.deepEqual(ids('Alexander\n \r\nLukashenko'), []);
  // text extracted from a page: "\n" is between blocks (heading, list items)
  const page = 'Talks with Vladimir\nPutin spoke first.\nAlexander\nLukashenko';
  assert.deepEqual(found(page), [
    ['Vladimir\nPutin', 'test:person:putin', 'alias'],
    ['Alexander\nLukashenko', 'test:person:lukashenko', 'alias'],
  ]);
  assert.deepEqual(spot(page, [matcher], { blockBreaks: true }).mentions.map((m) => [m.text, m.entityId]), [['Putin', 'test:person:putin']]);
});
