/**
 * Capitalisation variants of one alias (issue #3 follow-up): every variant an entity lists is
 * matchable, whatever the order in the pack. Case-sensitive variants each keep their own entry;
 * case-insensitive ones merge into one entry that accepts each of them.
 * Run: node --import tsx --test test/unit/spot-variants.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Alias, Entity, Pack } from '../../src/core/pack/types.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../../src/core/pack/compiled-file.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const ent = (id: string, name: string, aliases: Alias[], related?: string[]): Entity => ({
  id, name, type: 'organisation', description: 'd', summary: 's', aliases, related, sources: SRC,
});
const matcherOf = (entities: Entity[]): Matcher =>
  new Matcher(decodeCompiledPack(encodeCompiledPack(compilePack({
    format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC, entities,
  } satisfies Pack))));
const texts = (m: Matcher, text: string) => spot(text, [m]).mentions.map((x) => `${x.text}=${x.entityId}`);

test('case-insensitive variants listed "National" first: "Rassemblement national" still matches', () => {
  const m = matcherOf([ent('t:rn', 'National Rally', [{ text: 'Rassemblement National' }, { text: 'Rassemblement national', lang: 'fr' }])]);
  assert.deepEqual(texts(m, 'Le Rassemblement national et le Rassemblement National.'), ['Rassemblement national=t:rn', 'Rassemblement National=t:rn']);
  // the merged entry still needs the capital both variants share
  assert.deepEqual(texts(m, 'le rassemblement national'), []);
});

test('the entity name and a lower-case variant: "La France insoumise" after the name "La France Insoumise"', () => {
  const m = matcherOf([ent('t:lfi', 'La France Insoumise', [{ text: 'La France insoumise', lang: 'fr' }])]);
  assert.deepEqual(texts(m, 'La France insoumise a voté.'), ['La France insoumise=t:lfi']);
  assert.deepEqual(texts(m, 'La France Insoumise a voté.'), ['La France Insoumise=t:lfi']);
});

test('case-sensitive variants ("Morena", "MORENA") each match, other capitalisations do not', () => {
  const words = ['Mexico'];
  const m = matcherOf([ent('t:morena', 'Movimiento Regeneración Nacional', [
    { text: 'Morena', caseSensitive: true, requiresContext: true, contextWords: words },
    { text: 'MORENA', caseSensitive: true, requiresContext: true, contextWords: words },
  ])]);
  assert.deepEqual(texts(m, 'In Mexico, MORENA won; Morena said so.'), ['MORENA=t:morena', 'Morena=t:morena']);
  assert.deepEqual(texts(m, 'In Mexico, MoReNa and morena.'), []);
});

test('an exact duplicate alias is kept once', () => {
  const c = compilePack({
    format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
    entities: [ent('t:a', 'Alpha Group', [{ text: 'Alpha Group' }, { text: 'Alpha  Group' }])],
  });
  assert.equal(c.stats.aliases, 1);
});

test('accent variants share the guard: "Male" needs context even where "Malé" is listed without it', () => {
  const m = matcherOf([
    { ...ent('t:male', 'Malé', [{ text: 'Malé' }, { text: 'Male', requiresContext: true, contextWords: ['Maldives'] }]), type: 'place' },
  ]);
  assert.deepEqual(texts(m, 'Male voters turned out.'), []);
  assert.deepEqual(texts(m, 'In the Maldives, Male and Malé are one city.'), ['Male=t:male', 'Malé=t:male']);
});

test('a word found by its case ending takes the guard its aliases share, unless an unguarded alias is the page language\'s own ("ve Florencii" is Czech "Florencie", not Polish "Florencja")', () => {
  const florence = (lang: string) => ({
    ...ent('t:florence', 'Florence', [{ text: 'Florence', caseSensitive: true, requiresContext: true }, { text: 'Florencja', lang: 'pl', caseSensitive: true, requiresContext: true }, { text: 'Florencie', lang }]),
    type: 'place' as const,
  });
  const found = (alias: string, text: string, lang: string) => spot(text, [matcherOf([florence(alias)])], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  const czech = 'Česká turistka, která se ve Florencii pohřešovala, byla nalezena.';
  assert.deepEqual(found('cs', czech, 'cs'), ['Florencii=t:florence']);
  // an unguarded alias of another language does not lift the guard the word shares with the Polish "Florencja"
  assert.deepEqual(found('sk', czech, 'cs'), []);
});

test('a name of three words or more in a Romance language matches in sentence case ("Banca centrale europea"); shorter names and other languages keep their capitals', () => {
  const m = matcherOf([
    ent('t:ecb', 'European Central Bank', [{ text: 'Banca Centrale Europea', lang: 'it' }, { text: 'Europäische Zentralbank', lang: 'de' }]),
    ent('t:wh', 'White House', [{ text: 'Casa Blanca', lang: 'es' }]),
    ent('t:mps', 'Monte dei Paschi', [{ text: 'Banca MPS Siena', lang: 'it' }]),
  ]);
  assert.deepEqual(texts(m, 'La Banca centrale europea e la Banca Centrale Europea.'), ['Banca centrale europea=t:ecb', 'Banca Centrale Europea=t:ecb']);
  // the first word keeps its capital
  assert.deepEqual(texts(m, 'la banca centrale europea'), []);
  assert.deepEqual(texts(m, 'Una Casa blanca con jardín. La Casa Blanca.'), ['Casa Blanca=t:wh']);
  assert.deepEqual(texts(m, 'Die Europäische zentralbank'), []);
  // a word in capitals keeps them
  assert.deepEqual(texts(m, 'Banca mps siena. Banca MPS siena.'), ['Banca MPS siena=t:mps']);
});

test('two case-sensitive spellings keep their own guards: "NATO" needs no context where "Nato" does ("Nato a Roma" is "born in Rome")', () => {
  const m = matcherOf([
    ent('t:nato', 'NATO', [
      { text: 'NATO', kind: 'acronym', caseSensitive: true },
      { text: 'Nato', kind: 'acronym', caseSensitive: true, requiresContext: true, contextWords: ['alliance', 'alleati'] },
    ]),
  ]);
  assert.deepEqual(texts(m, 'NATO met on Monday.'), ['NATO=t:nato']);
  assert.deepEqual(texts(m, 'Nato a Roma nel 1950, studiò a Milano.'), []);
  assert.deepEqual(texts(m, 'The Nato alliance met on Monday.'), ['Nato=t:nato']);
});
