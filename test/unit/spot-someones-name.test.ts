/**
 * A place written where the text names a person (src/core/spot/someones-name.ts): a cited author's
 * surname ("Derby, Mark (May 2010)", "Moodley, Y.; Linz, B."), the word after a given name
 * ("Jonathan Corum"); a guarded place in a list of capitalised ordinary words ("Reading,
 * Mathematics and Science"); an institution inside its press's name ("Victoria University Press").
 * Run: node --import tsx --test test/unit/spot-someones-name.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import { afterGivenName, citedAuthor } from '../../src/core/spot/someones-name.ts';
import type { Alias, Entity, EntityType, Pack } from '../../src/core/pack/types.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const ent = (id: string, name: string, type: EntityType = 'place', aliases: Alias[] = [], related?: string[]): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases, sources: SRC, ...(related ? { related } : {}),
});
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    ent('t:uk', 'United Kingdom'), ent('t:at', 'Austria'), ent('t:tr', 'Turkey'),
    ent('t:derby', 'Derby', 'place', [], ['t:uk']), ent('t:davenport', 'Davenport'), ent('t:linz', 'Linz', 'place', [], ['t:at']),
    ent('t:corum', 'Corum', 'place', [], ['t:tr']), ent('t:surrey', 'Surrey', 'place', [], ['t:uk']), ent('t:texas', 'Texas'),
    ent('t:paris', 'Paris'), ent('t:washington-dc', 'Washington, D.C.', 'place', [{ text: 'Washington' }]),
    ent('t:reading', 'Reading', 'place', [{ text: 'Reading', requiresContext: true }], ['t:uk']),
    ent('t:oxford', 'Oxford', 'place', [], ['t:uk']), ent('t:bath', 'Bath', 'place', [], ['t:uk']),
    ent('t:victoria-uni', 'Victoria University', 'organisation'), ent('t:wellington', 'Wellington'),
    ent('t:goldman', 'Goldman Sachs', 'organisation'),
    // people whose given names the index learns
    ent('t:jonathan', 'Jonathan Powell', 'person'), ent('t:ellen', 'Ellen Johnson', 'person'), ent('t:mark', 'Mark Carney', 'person'),
    ent('t:sally', 'Sally Yates', 'person'), ent('t:jordan', 'Jordan Bardella', 'person'),
  ],
};
const matcher = new Matcher(compilePack(pack));
/** "text=id" of each marked mention */
const marks = (text: string, lang = 'en'): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
const given = (w: string): boolean => ['mark', 'sally', 'jonathan', 'ellen'].includes(w);
const none = (): boolean => false;

test('a cited author, surname first, with given names and a year or "ed.", is not the town', () => {
  assert.deepEqual(marks('^ Derby, Mark (May 2010). "Strikes and labour disputes". Te Ara.'), []);
  assert.deepEqual(marks('^ Davenport, Sally (2004). "Panic and panacea". Retrieved 4 February 2011.'), []);
  assert.deepEqual(marks('In Derby, Mark (ed.). The Origins of the First New Zealanders.'), []);
  assert.equal(citedAuthor('Derby, Mark (May 2010).', 0, 5, given, none), true);
  assert.equal(citedAuthor('Derby, Hamish (2010).', 0, 5, given, none), true, 'a first word that is no name of its own');
});

test('an author among authors with initials is not the town: "Moodley, Y.; Linz, B.; Yamaoka, Y."', () => {
  assert.deepEqual(marks('^ Moodley, Y.; Linz, B.; Yamaoka, Y.; Windsor, H.M. (2009). Science.'), []);
  assert.deepEqual(marks('Linz, B.; Yamaoka, Y. (2009).'), [], 'the first author');
});

test('a comma after a place is still the place: "Paris, Texas (1984)", "Washington, D.C.", "Derby, England"', () => {
  assert.deepEqual(marks('Paris, Texas (1984) is a film.'), ['Paris=t:paris', 'Texas=t:texas']);
  assert.deepEqual(marks('He lives in Washington, D.C.; she in Derby, in the United Kingdom.'), ['Washington, D.C.=t:washington-dc', 'Derby=t:derby', 'United Kingdom=t:uk']);
  assert.equal(citedAuthor('Washington, D.C., in 2010', 0, 10, given, none), false);
});

test('after a given name the place is a surname: "Jonathan Corum", "Ellen Surrey", glued "CreditEllen Surrey"', () => {
  assert.deepEqual(marks('Por Emily Anthes y Jonathan Corum', 'es'), []);
  assert.deepEqual(marks('Photo by Ellen Surrey for the Times.'), []);
  assert.deepEqual(marks('Photo\nCreditEllen Surrey\nGuest essay'), []);
  assert.equal(afterGivenName('Credit Will Surrey', 12, (w) => w === 'will', none), false, 'a word that starts clauses');
});

test('after a function word of the page\'s language that is a given name elsewhere, the place is the place: "Ad Paris" in Italian', () => {
  const withAd = new Matcher(compilePack({ ...pack, entities: [...pack.entities, ent('t:ad', 'Ad Melkert', 'person')] }));
  const it = (text: string): string[] => spot(text, [withAd], { lang: 'it' }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(it('Ad Paris si è svolta la cerimonia.'), ['Paris=t:paris']);
  assert.equal(afterGivenName('Ad Paris', 3, (w) => w === 'ad', none, 'it'), false);
  assert.equal(afterGivenName('Ad Paris', 3, (w) => w === 'ad', none, 'nl'), true, 'in Dutch "Ad" is a given name');
});

test('a place after another name or an ordinary capitalised word stays the place', () => {
  // "Jordan" is a name the pack knows here (Jordan Bardella's given name): "Jordan Surrey" is not decided by it alone
  assert.deepEqual(marks('Jonathan Powell flew to Corum, in Turkey.'), ['Jonathan Powell=t:jonathan', 'Corum=t:corum', 'Turkey=t:tr']);
  assert.deepEqual(marks('Turkey Corum talks'), ['Turkey=t:tr', 'Corum=t:corum'], 'a place before it is no given name');
  assert.equal(afterGivenName('the Jordan Surrey', 11, given, (i) => i === 10), false, 'the word before is a name found in the text');
});

test('a guarded place in a list of capitalised ordinary words is the ordinary word', () => {
  assert.deepEqual(marks('United Kingdom: Student Performance in Reading, Mathematics and Science 2010.'), ['United Kingdom=t:uk']);
  assert.deepEqual(marks('In the United Kingdom, Writing, Reading and Arithmetic were taught.'), ['United Kingdom=t:uk']);
  // the last item, after "and", "&" or a comma (the items before it are read back from the word before)
  assert.deepEqual(marks('In the United Kingdom, Writing, Arithmetic and Reading were taught.'), ['United Kingdom=t:uk']);
  assert.deepEqual(marks('In the United Kingdom, Writing, Arithmetic & Reading were taught.'), ['United Kingdom=t:uk']);
  assert.deepEqual(marks('In the United Kingdom, Writing, Arithmetic, Reading were taught.'), ['United Kingdom=t:uk']);
  // a list with names in it is a list of names; a list of two says nothing
  assert.deepEqual(marks('In the United Kingdom, Reading, Oxford and Bath grew.'), ['United Kingdom=t:uk', 'Reading=t:reading', 'Oxford=t:oxford', 'Bath=t:bath']);
  assert.deepEqual(marks('In the United Kingdom, Reading and Suburbs grew.'), ['United Kingdom=t:uk', 'Reading=t:reading']);
});

test('an institution inside the name of its press is not the institution; a company with its legal form is the company', () => {
  assert.deepEqual(marks('Wellington: Victoria University Press. ISBN 9780864733283.'), ['Wellington=t:wellington']);
  assert.deepEqual(marks('Wellington: Victoria University  Press, 2004.'), ['Wellington=t:wellington']);
  assert.deepEqual(marks('She teaches at Victoria University in Wellington.'), ['Victoria University=t:victoria-uni', 'Wellington=t:wellington']);
  assert.deepEqual(marks('Goldman Sachs Group reported profits.'), ['Goldman Sachs=t:goldman']);
});

test('a pack\'s surname alone that the page writes elsewhere as the last word of another longer name is not that person ("Corticeira Amorim … a Amorim")', () => {
  const p: Pack = {
    ...pack,
    entities: [
      ...pack.entities,
      ent('t:celso', 'Celso Amorim', 'person', [{ text: 'Amorim', kind: 'surname' }]),
      ent('t:corticeira', 'Corticeira Amorim', 'organisation'),
    ],
  };
  const m = new Matcher(compilePack(p));
  const pt = (text: string): string[] => spot(text, [m], { lang: 'pt' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(pt('A Corticeira Amorim ganhou. Para a Amorim o efeito é indireto.'), ['Corticeira Amorim=t:corticeira']);
  // the person's own full name later on the page does not rule him out
  assert.deepEqual(pt('Amorim disse que apoia. Celso Amorim foi ministro.'), ['Amorim=t:celso', 'Celso Amorim=t:celso']);
  assert.deepEqual(pt('Amorim disse que apoia o acordo.'), ['Amorim=t:celso']);
});

test('after a given name declined in the page\'s language the place is a surname: "Agnieszki Holland" in Polish', () => {
  const p: Pack = { ...pack, entities: [...pack.entities, ent('t:agnieszka', 'Agnieszka Nowak', 'person'), ent('t:holland', 'Holland', 'place')] };
  const m = new Matcher(compilePack(p));
  const pl = (text: string): string[] => spot(text, [m], { lang: 'pl' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(pl('Był to panel z udziałem Agnieszki Holland i innych.'), []);
  assert.deepEqual(pl('Był to panel z udziałem Agnieszka Holland i innych.'), [], 'the nominative as before');
  assert.deepEqual(pl('Był to panel o Holland i innych krajach.'), ['Holland=t:holland']);
});

test('a place\'s name before a Nordic patronymic is a person\'s given name ("Oxford Halldórsson", as "Björgvin Halldórsson"); before another word it is the place', () => {
  assert.deepEqual(marks('Oxford Halldórsson heldur tónleika í desember.', 'is'), []);
  assert.deepEqual(marks('Bath Sigurðardóttir sang; Derby Karlsson played.'), []);
  assert.deepEqual(marks('They met in Oxford on Monday and in Derby on Friday.'), ['Oxford=t:oxford', 'Derby=t:derby'], 'no patronymic after it');
});

test('a person\'s name that goes on with a particle and another capitalised word is someone else\'s longer name ("Pablo Hernández de Cos"); before a name the pack knows it is the person', () => {
  assert.deepEqual(marks('Sally Yates de Cos spoke, and Mark Carney van Dijk listened.'), []);
  assert.deepEqual(marks('Sally Yates de Texas spoke.'), ['Sally Yates=t:sally', 'Texas=t:texas']);
  assert.deepEqual(marks('Sally Yates de la prensa spoke.'), ['Sally Yates=t:sally'], 'a word in lower case');
  // a particle that is an ordinary word of the page's language ends the name: German "das" before a noun, Dutch "de"
  assert.deepEqual(marks('Gestern hat Mark Carney das Gesetz unterschrieben.', 'de'), ['Mark Carney=t:mark']);
  assert.deepEqual(marks('Gisteren heeft Mark Carney de Kamer ingelicht.', 'nl'), ['Mark Carney=t:mark']);
  assert.deepEqual(marks('Sally Yates das Neves spoke.', 'pt'), [], 'in Portuguese "das" is a particle');
});
