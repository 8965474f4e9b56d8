/** Compiling packs to the matcher form (issue #3): surnames, acronyms, the trie at scale. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, looksLikeAcronym, Matcher, spot, surnameOf } from '../../src/core/spot/index.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../../src/core/pack/compiled-file.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const pack = (entities: Entity[]): Pack => ({
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC, entities,
});
const ent = (id: string, name: string, aliases: string[] = [], type: Entity['type'] = 'organisation'): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases: aliases.map((text) => ({ text })), sources: SRC,
});

test('surnames: last word, with particles, without suffixes', () => {
  assert.equal(surnameOf('Alexander Lukashenko'), 'Lukashenko');
  assert.equal(surnameOf('Ursula von der Leyen'), 'von der Leyen');
  assert.equal(surnameOf('Martin Luther King Jr.'), 'King');
  assert.equal(surnameOf('Madonna'), null);
  // a name with "of" is a title, not given name and surname ("Belgium" is no one's surname)
  assert.equal(surnameOf('Baudouin of Belgium'), null);
  assert.equal(surnameOf('Faisal of Saudi Arabia'), null);
});

test('acronyms by shape', () => {
  for (const a of ['EU', 'NATO', 'U.S.', 'CSTO', 'G7']) assert.ok(looksLikeAcronym(a), a);
  for (const a of ['Nato', 'A', 'UNESCOWORLD', 'May']) assert.ok(!looksLikeAcronym(a), a);
});

test('derived surnames only for people, and not when the surname is already an alias', () => {
  const c = compilePack(pack([
    ent('t:p', 'Kaja Kallas', [], 'person'),
    ent('t:q', 'Vladimir Putin', ['Putin'], 'person'),
    ent('t:o', 'Amnesty International'),
  ]));
  assert.equal(c.stats.derivedSurnames, 1);
  assert.equal(c.stats.aliases, 4);
});

test('the compiled form survives its file (as the extension loads it) and is refused when it does not fit', () => {
  const c = compilePack(pack([ent('t:a', 'Alpha Group')]));
  const m = new Matcher(decodeCompiledPack(encodeCompiledPack(c)));
  assert.equal(spot('The Alpha Group said', [m]).mentions[0]?.entityId, 't:a');
  assert.throws(() => new Matcher({ ...c, formatVersion: 99 }), /Rebuild the pack/);
});

/** a seeded random number generator and random lower-case words of 3 to 9 letters from it */
function randomWords(seed: number): { rnd: () => number; word: () => string } {
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const letters = 'abcdefghijklmnoprstuvzáéíóöüšžł';
  const word = () => {
    let w = '';
    const n = 3 + Math.floor(rnd() * 7);
    for (let i = 0; i < n; i++) w += letters[Math.floor(rnd() * letters.length)];
    return w;
  };
  return { rnd, word };
}
const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

test('at scale: each of 20,000 random aliases is found, with its entity and exact offsets', () => {
  const { rnd, word: lowerWord } = randomWords(7);
  const word = () => capitalised(lowerWord());
  const entities: Entity[] = [];
  const seen = new Set<string>();
  while (entities.length < 10_000) {
    const a = `${word()} ${word()}`;
    const b = word() + ' ' + word() + ' ' + word();
    if (seen.has(a.toLowerCase()) || seen.has(b.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    seen.add(b.toLowerCase());
    entities.push(ent(`t:e${entities.length}`, a, [b]));
  }
  const m = new Matcher(compilePack(pack(entities)));
  // a text naming 2,000 of them, separated by lower-case filler words
  const picks: [string, string][] = [];
  let text = 'Start. ';
  for (let i = 0; i < 2000; i++) {
    const e = entities[Math.floor(rnd() * entities.length)]!;
    const name = rnd() < 0.5 ? e.name : e.aliases[0]!.text;
    picks.push([name, e.id]);
    text += `${name} and the ${word().toLowerCase()}, `;
  }
  const r = spot(text, [m]);
  assert.deepEqual(r.mentions.map((x) => [x.text, x.entityId]), picks);
  for (const x of r.mentions) assert.equal(text.slice(x.start, x.end), x.text);
});

test('an empty pack compiles and finds nothing', () => {
  const m = new Matcher(decodeCompiledPack(encodeCompiledPack(compilePack(pack([])))));
  assert.deepEqual(spot('Vladimir Putin in Minsk', [m]).mentions, []);
});

test('the lower-case prefix bitset is folded small, and every alias that starts in lower case is still found', () => {
  const { word } = randomWords(11);
  // many capitalised names (they size the bitsets) and a few that start in lower case ("eBay", "von der Leyen")
  const entities: Entity[] = [];
  const seen = new Set<string>();
  while (entities.length < 12_000) {
    const lower = entities.length % 40 === 0;
    const first = word();
    const name = lower ? `${first[0]}${first[1]!.toUpperCase()}${first.slice(2)} ${word()}` : `${first[0]!.toUpperCase()}${first.slice(1)} ${word()}`;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    entities.push(ent(`t:e${entities.length}`, name));
  }
  const compiled = compilePack(pack(entities));
  assert.ok(compiled.trie.prefixLower.length * 4 <= compiled.trie.prefixAny.length, `lower ${compiled.trie.prefixLower.length}, any ${compiled.trie.prefixAny.length}`);
  const m = new Matcher(decodeCompiledPack(encodeCompiledPack(compiled)));
  const lowerOnes = entities.filter((_, i) => i % 40 === 0);
  const text = lowerOnes.map((e) => `then ${e.name} and the ${word()}`).join(', ');
  const r = spot(text, [m]);
  assert.deepEqual(r.mentions.map((x) => x.entityId), lowerOnes.map((e) => e.id));
});
