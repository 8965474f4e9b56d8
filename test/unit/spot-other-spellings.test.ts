/**
 * Names in other spellings (issue #11), each rule family with its own small examples against a
 * small pack: transliterations (other scripts and romanisations), spelling variants of people's
 * names (full names, cognate given names, surnames after the full name), inflected forms, and the
 * guards that keep look-alikes unmarked. See docs/knowledge-packs.md, "Other spellings".
 * Run: node --import tsx --test test/unit/spot-other-spellings.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Alias, Entity, EntityType, Pack } from '../../src/core/pack/types.ts';
import { NAME_ACRONYM, NAME_INDEX_LISTS, type CompiledNames } from '../../src/core/pack/compiled.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../../src/core/pack/compiled-file.ts';
import { PackedInts } from '../../src/core/spot/packed-ints.ts';

/** the entry of each name of a compiled name index */
const nameEntries = (names: CompiledNames): number[] => [...new PackedInts({ base: names.nameEntryBase, low: names.nameEntryLow, shift: names.nameEntryShift })];

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const ent = (id: string, name: string, type: EntityType, aliases: Alias[] = [], related: string[] = []): Entity => ({
  id, name, type, description: 'd', summary: 's', aliases, related, sources: SRC,
});
const surname = (text: string, more: Partial<Alias> = {}): Alias => ({ text, kind: 'surname', ...more });
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [
    ent('t:putin', 'Vladimir Putin', 'person', [surname('Putin', { caseSensitive: true }), { text: 'Vladimir Poutine', lang: 'fr' }, surname('Poutine', { lang: 'fr', caseSensitive: true })], ['t:ru']),
    ent('t:luka', 'Alexander Lukashenko', 'person', [{ text: 'Aliaksandr Lukashenka' }, surname('Lukashenko', { caseSensitive: true }), surname('Lukashenka', { caseSensitive: true })], ['t:by']),
    ent('t:tsikh', 'Sviatlana Tsikhanouskaya', 'person', [surname('Tsikhanouskaya')], ['t:by']),
    ent('t:siarhei', 'Siarhei Tsikhanouski', 'person', [surname('Tsikhanouski')], ['t:by']),
    ent('t:zel', 'Volodymyr Zelensky', 'person', [surname('Zelensky'), { text: 'Wolodymyr Selenskyj', lang: 'de' }], ['t:ua']),
    ent('t:olena', 'Olena Zelenska', 'person', [], ['t:ua']),
    ent('t:prig', 'Yevgeny Prigozhin', 'person', [], ['t:ru']),
    ent('t:ivan', 'Ivan Petrenko', 'person', [], ['t:ua']),
    ent('t:olha', 'Olha Petrenko', 'person', [], ['t:ua']),
    ent('t:trump', 'Donald Trump', 'person', [surname('Trump', { caseSensitive: true })], ['t:us']),
    ent('t:tusk', 'Donald Tusk', 'person', [], ['t:pl']),
    ent('t:moscow', 'Moscow', 'place', [{ text: 'Moskva' }, { text: 'Moskau', lang: 'de' }], ['t:ru']),
    ent('t:kharkiv', 'Kharkiv', 'place', [{ text: 'Kharkov' }], ['t:ua']),
    ent('t:minsk', 'Minsk', 'place', [], ['t:by']),
    ent('t:citi', 'Citigroup', 'organisation', [{ text: 'Citi' }]),
    ent('t:nato', 'NATO', 'organisation', []),
    ent('t:mayo', 'County Mayo', 'place', [{ text: 'Mayo', requiresContext: true, contextWords: ['county', 'Galway'] }]),
    ent('t:ru', 'Russia', 'place', []),
    ent('t:by', 'Belarus', 'place', []),
    ent('t:ua', 'Ukraine', 'place', []),
    ent('t:us', 'United States', 'place', []),
    ent('t:pl', 'Poland', 'place', []),
    ent('t:trump-jr', 'Donald Trump Jr.', 'person', [], ['t:us']),
    ent('t:gagarin', 'Yuri Gagarin', 'person', [], ['t:ru']),
    ent('t:to-lam', 'To Lam', 'person', []),
    ent('t:prague', 'Prague', 'place', [{ text: 'Praha' }], ['gloss:country:cz']),
    ent('t:kyiv', 'Kyiv', 'place', [{ text: 'Kiev' }], ['gloss:country:ua']),
    ent('t:odesa', 'Odesa', 'place', [{ text: 'Odessa' }], ['gloss:country:ua']),
    ent('t:odisha', 'Odisha', 'place', [], ['gloss:country:in']),
    ent('t:xi', 'Xi Jinping', 'person', [surname('Xi', { caseSensitive: true })], ['gloss:country:cn']),
    ent('t:athens', 'Athens', 'place', [{ text: 'Αθήνα', lang: 'el', caseSensitive: true }, { text: 'Atina', lang: 'sr', caseSensitive: true }], ['gloss:country:gr']),
    ent('t:meloni', 'Giorgia Meloni', 'person', [surname('Meloni', { caseSensitive: true })], ['gloss:country:it']),
    ent('t:orban', 'Viktor Orbán', 'person', [surname('Orbán', { caseSensitive: true })], ['gloss:country:hu']),
    ent('t:vdl', 'Ursula von der Leyen', 'person', [{ text: 'von der Leyen' }], ['gloss:country:de']),
    ent('t:brussels', 'Brussels', 'place', [{ text: 'Brüsszel', lang: 'hu' }], ['gloss:country:be']),
    ent('t:limassol', 'Limassol', 'place', [{ text: 'Λεμεσός', lang: 'el', caseSensitive: true }], ['gloss:country:cy']),
    ent('gloss:city:cairo', 'Cairo', 'place', [{ text: 'Κάιρο', lang: 'el', caseSensitive: true }], ['gloss:country:eg']),
    ent('t:skopje', 'Skopje', 'place', [{ text: 'Σκόπια', lang: 'el', caseSensitive: true }], ['gloss:country:mk']),
    ent('t:venice', 'Venice', 'place', [{ text: 'Benetke', lang: 'sl', caseSensitive: true }], ['gloss:country:it']),
    ent('gloss:city:essen', 'Essen', 'place', [], ['gloss:country:de']),
    ent('gloss:city:tirana', 'Tirana', 'place', [{ text: 'Tiranë', lang: 'sq' }], ['gloss:country:al']),
    ent('gloss:region:tirana-county', 'Tirana County', 'place', [{ text: 'Tiranë' }], ['gloss:country:al']),
    ent('t:havel', 'Václav Havel', 'person', [], ['gloss:country:cz']),
  ],
};
/** through the compiled file, as the extension loads its built-in pack */
const matcher = new Matcher(decodeCompiledPack(encodeCompiledPack(compilePack(pack))));
/** "text=id (reason)" of each linked mention, spotted by matcher `m` */
const marksWith =
  (m: Matcher) =>
  (text: string, lang: string): string[] =>
    spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId || `?${(x.candidates ?? []).join('|')}`} (${x.reason})`);
const marks = marksWith(matcher);
/** marksWith a matcher of the test pack's settings with only these entities */
const marksOfEntities = (entities: Entity[]) => marksWith(new Matcher(compilePack({ ...pack, entities })));
const has = (text: string, lang: string, want: string): void => assert.ok(marks(text, lang).includes(want), `${want} in ${JSON.stringify(marks(text, lang))}`);
const none = (text: string, lang: string, word: string): void => assert.ok(!marks(text, lang).some((m) => m.startsWith(`${word}=`)), `${word} unmarked in ${JSON.stringify(marks(text, lang))}`);

test('transliteration: other scripts by the standard systems reach the Latin aliases', () => {
  has('Владимир Путин провёл совещание.', 'ru', 'Владимир Путин=t:putin (transliteration)');
  has('Аляксандр Лукашэнка падпісаў указ.', 'be', 'Аляксандр Лукашэнка=t:luka (transliteration)');
  has('Володимир Зеленський звернувся до парламенту.', 'uk', 'Володимир Зеленський=t:zel (transliteration)');
  has('Ο Βλαντιμίρ Πούτιν δήλωσε ότι.', 'el', 'Βλαντιμίρ Πούτιν=t:putin (transliteration)');
  has('Министрите от НАТО обсъдиха.', 'bg', 'НАТО=t:nato (transliteration)');
  // a Ukrainian name quoted on a Russian page, with letters the Russian system lacks
  has('Обстрел Харків продолжился.', 'ru', 'Харків=t:kharkiv (transliteration)');
  // the capitalisation of the alias holds in every script
  none('На Камчатке началась лососёвая путина.', 'ru', 'путина');
});

test('transliteration: national romanisations in Latin letters reach the same entity', () => {
  has('Prezydent Łukaszenka zapowiedział manewry.', 'pl', 'Łukaszenka=t:luka (transliteration)');
  has('Präsident Lukaschenko empfing den Minister.', 'de', 'Lukaschenko=t:luka (transliteration)');
  has('Le président Loukachenko a gracié des prisonniers.', 'fr', 'Loukachenko=t:luka (transliteration)');
  has('Un ataque en Jarkiv dejó cinco muertos.', 'es', 'Jarkiv=t:kharkiv (transliteration)');
  // an English-looking word alike to a one-word name is not it ("City" is not "Citi")
  none('Under the City streets, a battle against winter.', 'en', 'City');
});

test('variant: a full name whose given name is a known given name or its cognate', () => {
  has('Vladimir Poutin a reçu le président chinois.', 'fr', 'Vladimir Poutin=t:putin (transliteration)');
  has('Yevgeniy Prigozhin died in a plane crash.', 'en', 'Yevgeniy Prigozhin=t:prig (transliteration)');
  has('Evgeni Prigozhin died in a plane crash.', 'en', 'Evgeni Prigozhin=t:prig (variant)');
  has('Vladimir Zelensky won the election by a landslide.', 'en', 'Vladimir Zelensky=t:zel (variant)');
  has('Uladzimir Putin?', 'en', 'Uladzimir Putin=t:putin (variant)');
  // the surname differs only in vowels, the given name matches: "Donald Tramp"
  has('Donald Tramp najavio je nove carine.', 'sr', 'Donald Tramp=t:trump (variant)');
  // another given name before the surname is another person
  none('Viktor Lukashenko, the eldest son, attended the ceremony.', 'en', 'Lukashenko');
  assert.ok(!marks('Vladimir Potanin, the metals tycoon, was sanctioned.', 'en').some((m) => m.includes('t:putin')));
});

test('variant: a surname in another spelling alone links only after the full name', () => {
  const page = 'General Oleksandr Syrskyy visited brigades. Vladimir Poutin spoke. Later Poutin said so.';
  has(page, 'fr', 'Poutin=t:putin (transliteration)');
  // a surname the engine derived (not listed), in another spelling: only after the full name
  none('Prigojine a parlé.', 'fr', 'Prigojine');
  has('Evgueni Prigojine a parlé. Prigojine a menacé Moscou.', 'fr', 'Prigojine=t:prig (transliteration)');
});

test('inflection: case endings of the page language on unambiguous stems', () => {
  has('В Москве закрыли два аэропорта.', 'ru', 'Москве=t:moscow (inflection)');
  has('Губернатор доложил Путину о ходе работ.', 'ru', 'Путину=t:putin (inflection)');
  has('Obyvatelé Charkova strávili další noc v krytech.', 'cs', 'Charkova=t:kharkiv (inflection)');
  has('Ein Sprecher Putins wies die Vorwürfe zurück.', 'de', 'Putins=t:putin (inflection)');
  has('Rząd Donalda Tuska przyjął projekt ustawy.', 'pl', 'Donalda Tuska=t:tusk (inflection)');
  has('Указ Зеленського набув чинності.', 'uk', 'Зеленського=t:zel (inflection)');
  // no case endings in English; a place inside a longer name is not the place
  none('Putins are not a word here.', 'en', 'Putins');
  none('W Mińsku Mazowieckim otwarto halę sportową.', 'pl', 'Mińsku');
  has('Ambasador Polski w Mińsku został wezwany.', 'pl', 'Mińsku=t:minsk (inflection)');
});

test('inflection: a stem two people share goes by the ending, or by who was named in full before', () => {
  // "Cichanousk-" is the stem of both Tsikhanouskaya and Tsikhanouski: -iej is hers, -im his
  has('Cichanouskiej towarzyszyli doradcy.', 'pl', 'Cichanouskiej=t:tsikh (inflection)');
  has('Rozmawiano z Cichanouskim o więźniach.', 'pl', 'Cichanouskim=t:siarhei (inflection)');
  // "Petrenk-" is the stem of two people's "Petrenko": the inflected form waits for a full name
  none('Rozmawiano z Petrenką.', 'pl', 'Petrenką');
  has('Olha Petrenko przyjechała. Rozmawiano z Petrenką.', 'pl', 'Petrenką=t:olha (inflection)');
  // the nominative an adjectival ending restores tells him from her
  has('Poradce Zelenského uvedl, že rozhovory budou pokračovat.', 'cs', 'Zelenského=t:zel (inflection)');
});

test('variant: j or y before a vowel at the start of a name ("Juri" is "Yuri", "Yomart" is "Jomart")', () => {
  has('Juri Gagarin was the first man in space.', 'en', 'Juri Gagarin=t:gagarin (variant)');
});

test('variant: of two people named alike, the one without a generational suffix unless the text has it', () => {
  has('Donald Tramp najavio je nove carine.', 'sr', 'Donald Tramp=t:trump (variant)');
  has('Donald Trump Jr. spoke first.', 'en', 'Donald Trump Jr.=t:trump-jr (alias)');
});

test('inflection: Czech consonant changes before -e ("v Praze" ← "Praha")', () => {
  has('V Praze se v sobotu konala demonstrace.', 'cs', 'Praze=t:prague (inflection)');
});

test('an article or preposition that starts a sentence is no given name before a place ("Το Κίεβο", not "To" Lam)', () => {
  has('Το Κίεβο κατηγόρησε τη Ρωσία.', 'el', 'Κίεβο=t:kyiv (inflection)');
});

test('a place written in the script or case of the page language: the one in a country of that language', () => {
  // "Одесі" reads as Odesa and, by its variant key, as Odisha (India): on a Ukrainian page, Odesa
  has('В Одесі пошкоджено портову інфраструктуру.', 'uk', 'Одесі=t:odesa (inflection)');
});

test('a single letter or a function word of the page language is no one-word name in another spelling ("О" is not Oyo, "Вона" is not Vonn)', () => {
  const small: Pack = {
    ...pack,
    entities: [
      ent('t:oyo', 'Oyo', 'place'),
      ent('t:vonn', 'Lindsey Vonn', 'person', [surname('Vonn')]),
      ent('t:seine', 'Seine', 'place'),
      ent('t:putin', 'Vladimir Putin', 'person', [surname('Putin', { caseSensitive: true })]),
    ],
  };
  const found = marksWith(new Matcher(compilePack(small)));
  assert.deepEqual(found('Ο Πρωθυπουργός μίλησε χθες.', 'el'), []);
  // a single letter is no name in any language, listed or not
  assert.deepEqual(found('О сустрэчы паведаміў прэзідэнт.', 'be'), []);
  assert.deepEqual(found('Ω Θεέ μου, είπε.', ''), []);
  assert.deepEqual(found('О переговорах сообщил Путин.', 'ru'), ['Путин=t:putin (transliteration)']);
  assert.deepEqual(found('Вона сказала, що поїде.', 'uk'), []);
  assert.deepEqual(found('Seines Erachtens ist das falsch.', 'de'), []);
  // the name itself in another spelling still links, and so does the place letter for letter
  assert.deepEqual(found('Місто Ойо на заході країни.', 'uk'), ['Ойо=t:oyo (transliteration)']);
  assert.deepEqual(found('Die Seine trat über die Ufer.', 'de'), ['Seine=t:seine (alias)']);
});

test('a long English name of an organisation is left to the trie; one read in a language with case endings is not', () => {
  const small: Pack = {
    ...pack,
    entities: [
      ent('t:imf', 'International Monetary Fund', 'organisation'),
      ent('t:pis', 'Prawo i Sprawiedliwość', 'organisation', [], ['gloss:country:pl']),
      ent('t:eu-council', 'Council of the European Union', 'organisation', [{ text: 'Rada Unii Europejskiej', lang: 'pl' }]),
    ],
  };
  const compiled = compilePack(small);
  const indexed = new Set(nameEntries(compiled.names).map((k) => small.entities[compiled.entries.entity[k]!]!.id));
  assert.deepEqual([...indexed].sort(), ['t:eu-council', 't:pis']);
  const found = marksWith(new Matcher(compiled));
  // still found letter for letter, on any page
  assert.deepEqual(found('The International Monetary Fund warned.', 'en'), ['International Monetary Fund=t:imf (alias)']);
  assert.deepEqual(found('Analitycy International Monetary Fund ostrzegli.', 'pl'), ['International Monetary Fund=t:imf (alias)']);
  // a name from a country with its own spelling is still inflected (the Polish alias of the Council is indexed too)
  assert.deepEqual(found('Posłowie Prawa i Sprawiedliwości głosowali.', 'pl'), ['Prawa i Sprawiedliwości=t:pis (inflection)']);
});

test('otherSpellings: false finds aliases letter for letter only', () => {
  const r = spot('В Москве и в Moskva.', [matcher], { lang: 'ru', otherSpellings: false });
  assert.deepEqual(r.mentions.map((m) => m.text), ['Moskva']);
});

test('the name index and the columns in 16 bits (a pack with fewer than 65,535 keys and entities) find what they find in 24 and 32', async () => {
  const { narrow } = await import('../../src/core/spot/small-ints.ts');
  const { NONE_16, splitInts, SplitInts } = await import('../../src/core/spot/split-ints.ts');
  const { NO_KEY_16 } = await import('../../src/core/pack/compiled.ts');
  // the lists: to 16 bits when they fit, -1 ("none") as NO_KEY_16; key ids stay in 32 bits in a pack of 65,535 keys or more
  assert.deepEqual([...narrow(Int32Array.of(0, 7, -1, 65534), 65535 - 1)], [0, 7, NO_KEY_16, 65534]);
  assert.ok(narrow(Int32Array.of(0, 7, -1), 8) instanceof Uint16Array);
  assert.ok(narrow(Int32Array.of(0, 65535)) instanceof Int32Array);
  // counts and flags have no "none": a -1 there keeps the list in 32 bits
  assert.ok(narrow(Int32Array.of(0, 7, -1)) instanceof Int32Array);
  assert.ok(narrow(Int32Array.of(0, 7, 65534)) instanceof Uint16Array);
  assert.ok(narrow(Int32Array.of(0, 7, -1), 70_000) instanceof Int32Array);
  // the same pack with its name index widened back to 32 bits: the same marks on the same texts
  const compiled = decodeCompiledPack(encodeCompiledPack(compilePack(pack)));
  const names = compiled.names as unknown as Record<string, unknown>;
  // (the packed lists' 16-bit parts are not SmallInts: packed-ints.test.ts checks them)
  const narrowed = NAME_INDEX_LISTS.small.filter((k) => names[k] instanceof Uint16Array);
  assert.deepEqual(narrowed, ['nameFlags']);
  // the split lists of ids (split-ints.test.ts): all in 16 bits, with no high part
  assert.ok(NAME_INDEX_LISTS.split.every((k) => (names[`${k}High`] as Uint8Array).length === 0), 'split lists in 16 bits');
  // a list that is always 32 bits, found in 16, is refused (NAME_INDEX_LISTS says which is which)
  assert.throws(() => new Matcher({ ...compiled, names: { ...compiled.names, nameEntryBase: Uint16Array.from(compiled.names.nameEntryBase) as unknown as Int32Array } }), /name index is missing or incomplete/);
  // and the entity and alias columns that hold ids and offsets
  const entityLists = ['relatedStart', 'related', 'byId'] as const;
  const entryLists = ['entity', 'mask', 'words'] as const;
  for (const k of entityLists) assert.ok(compiled.entities[k] instanceof Uint16Array, `entities.${k} in 16 bits`);
  for (const k of entryLists) assert.ok(compiled.entries[k] instanceof Uint16Array, `entries.${k} in 16 bits`);
  assert.ok(compiled.entries.words.includes(NO_KEY_16) && compiled.entries.words.some((w) => w !== NO_KEY_16), 'aliases with and without context words');
  const widen = (list: Int32Array | Uint16Array) => Int32Array.from(list, (v) => (v === NO_KEY_16 ? -1 : v));
  const wide = { ...compiled, names: { ...compiled.names }, entities: { ...compiled.entities }, entries: { ...compiled.entries } };
  for (const k of narrowed) (wide.names as unknown as Record<string, unknown>)[k] = widen(names[k] as Uint16Array);
  for (const k of NAME_INDEX_LISTS.split) {
    // to 24 bits: an id count past 65,535 makes the list wide, and its "none" NONE_24
    const list = new SplitInts({ low: names[`${k}Low`] as Uint16Array, high: names[`${k}High`] as Uint8Array });
    const parts = splitInts(Array.from(list, (v) => (v === list.none ? -1 : v)), NONE_16);
    assert.equal(parts.high.length, parts.low.length);
    Object.assign(wide.names, { [`${k}Low`]: parts.low, [`${k}High`]: parts.high });
  }
  for (const k of entityLists) wide.entities[k] = widen(compiled.entities[k]);
  for (const k of entryLists) wide.entries[k] = widen(compiled.entries[k]);
  const wideMatcher = new Matcher(decodeCompiledPack(encodeCompiledPack(wide)));
  for (let k = 0; k < compiled.entries.entity.length; k++) assert.deepEqual(matcher.entry(k), wideMatcher.entry(k), `alias entry ${k}`);
  for (let i = 0; i < compiled.stats.entities; i++) assert.deepEqual(matcher.entityAt(i), wideMatcher.entityAt(i), `entity ${i}`);
  const texts: [string, string][] = [
    ['Путин и Лукашенко встретились в Москве.', 'ru'], ['Vladimir Poutin a parlé à Aleksandr Loukachenko.', 'fr'],
    ['W Kijowie i Charkowie Łukaszenka milczał.', 'pl'], ['Wolodymyr Selenskyj traf Putins Berater.', 'de'], ['Citi and NATO in Minsk.', 'en'], ['Mayo and Galway voted.', 'en'],
  ];
  for (const [text, lang] of texts) {
    const both = [matcher, wideMatcher].map((m) => spot(text, [m], { lang }).mentions.map((x) => `${x.start}-${x.end} ${x.text}=${x.entityId || (x.candidates ?? []).join('|')} (${x.reason})`));
    assert.ok(both[0]!.length > 0, `marks in ${text}`);
    assert.deepEqual(both[1], both[0], text);
  }
});

test('inflection: each word of a name of several words, short stems too, which the other words hold in place ("Верховної Ради", "Novom Sadu")', () => {
  const small: Pack = {
    ...pack,
    entities: [
      ent('t:rada', 'Verkhovna Rada', 'organisation', [{ text: 'Верховна Рада', lang: 'uk' }], ['gloss:country:ua']),
      ent('t:novi-sad', 'Novi Sad', 'place', [], ['gloss:country:rs']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(small)));
  assert.deepEqual(found('Засідання Верховної Ради перенесли.', 'uk'), ['Верховної Ради=t:rada (inflection)']);
  assert.deepEqual(found('Депутати у Верховній Раді проголосували.', 'uk'), ['Верховній Раді=t:rada (inflection)']);
  assert.deepEqual(found('U Novom Sadu je bilo hladno.', 'sr'), ['Novom Sadu=t:novi-sad (inflection)']);
  // one word of the name alone is not the name
  assert.deepEqual(found('Засідання міської Ради перенесли.', 'uk'), []);
  assert.deepEqual(found('Bio je u Sadu prošle godine.', 'sr'), []);
});

test('inflection: a short given name keeps a stem of two letters before the surname that holds it in place ("Ewy Kopacz", "Anny Politkowskiej")', () => {
  const found = marksOfEntities([
    ent('t:kopacz', 'Ewa Kopacz', 'person', [], ['gloss:country:pl']),
    ent('t:politkovskaya', 'Anna Politkovskaya', 'person', [{ text: 'Anna Politkowska', lang: 'pl' }], ['gloss:country:ru']),
  ]);
  assert.deepEqual(found('Rząd premier Ewy Kopacz upadł.', 'pl'), ['Ewy Kopacz=t:kopacz (inflection)']);
  assert.deepEqual(found('Zabójstwo Anny Politkowskiej poruszyło świat.', 'pl'), ['Anny Politkowskiej=t:politkovskaya (inflection)']);
  // the short stem alone is no one
  assert.deepEqual(found('Ewy nie było w Sejmie.', 'pl'), []);
});

test('inflection: Bulgarian gives a masculine name the short article after a preposition ("по Дунава" ← "Дунав")', () => {
  const found = marksOfEntities([ent('t:danube', 'Danube', 'place', [{ text: 'Дунав', lang: 'bg' }])]);
  assert.deepEqual(found('Корабоплаването по Дунава е затруднено.', 'bg'), ['Дунава=t:danube (inflection)']);
  assert.deepEqual(found('Дунавът е пълноводен.', 'bg'), ['Дунавът=t:danube (inflection)']);
});

test('transliteration: Belarusian ц and дз for the soft т and д of other languages ("Уладзімір Пуцін" is Vladimir Putin)', () => {
  has('Уладзімір Пуцін і беларускі лідар абмеркавалі пастаўкі газу.', 'be', 'Уладзімір Пуцін=t:putin (transliteration)');
  has('Пра гэта заявіў Пуцін у панядзелак.', 'be', 'Пуцін=t:putin (transliteration)');
  // only in Belarusian: a Russian page's "Пуцин" is no spelling of Putin
  none('Об этом сказал Пуцин в понедельник.', 'ru', 'Пуцин');
});

test('a research registry\'s acronyms are left to the trie; its names and other acronyms are not', () => {
  const ror = [{ name: 'Research Organization Registry (ROR)', licence: 'MIT' }];
  const small: Pack = {
    ...pack,
    entities: [
      { ...ent('t:lmu', 'Ludwig-Maximilians-Universität München', 'organisation', [{ text: 'LMU', kind: 'acronym' }], ['gloss:country:de']), sources: ror } as Entity,
      ent('t:nato', 'NATO', 'organisation', [{ text: 'NATO', kind: 'acronym' }]),
    ],
  };
  const compiled = compilePack(small);
  const acronymsOf = (id: string): number => {
    const i = small.entities.findIndex((e) => e.id === id);
    return nameEntries(compiled.names).filter((k, n) => compiled.entries.entity[k] === i && (compiled.names.nameFlags[n]! & NAME_ACRONYM) !== 0).length;
  };
  // the registry entity's long name is in the index, its acronym is not; another body's acronym is
  assert.ok(nameEntries(compiled.names).some((k) => small.entities[compiled.entries.entity[k]!]!.id === 't:lmu'));
  assert.equal(acronymsOf('t:lmu'), 0);
  assert.equal(acronymsOf('t:nato'), 1);
  const found = marksWith(new Matcher(compiled));
  assert.deepEqual(found('Forscher der LMU berichten.', 'de'), ['LMU=t:lmu (acronym)']);
});

test('a name of several words in a language that does not decline names is left to the trie; one word is kept for other scripts ("Пекин" is "Pékin")', () => {
  const small: Pack = {
    ...pack,
    entities: [
      ent('t:wb', 'World Bank', 'organisation', [{ text: 'Banque mondiale', lang: 'fr' }, { text: 'Banco Mundial', lang: 'es' }, { text: 'Всемирный банк', lang: 'ru' }]),
      ent('t:beijing', 'Beijing', 'place', [{ text: 'Pékin', lang: 'fr' }], ['gloss:country:cn']),
    ],
  };
  const compiled = compilePack(small);
  const indexed = nameEntries(compiled.names).map((k) => compiled.entries.entity[k]!).map((e) => small.entities[e]!.id);
  const found = marksWith(new Matcher(compiled));
  // still found letter for letter
  assert.deepEqual(found('Selon la Banque mondiale, la croissance ralentit.', 'fr'), ['Banque mondiale=t:wb (alias)']);
  // the Russian name is indexed and declines; the French one-word name reads a Cyrillic transcription
  assert.deepEqual(found('Эксперты Всемирного банка предупредили.', 'ru'), ['Всемирного банка=t:wb (inflection)']);
  assert.deepEqual(found('Пекин призвал к переговорам.', 'ru'), ['Пекин=t:beijing (transliteration)']);
  // the French and Spanish names of two words are not in the index: the World Bank has two names there (its English and Russian ones)
  assert.equal(indexed.filter((id) => id === 't:wb').length, 2);
});

test('transliteration: Finnish, Estonian and Scandinavian j is й, on their people\'s names and on their press ("Кая Каллас" is Kaja Kallas; "Jeltsin" is Yeltsin)', () => {
  const nordic: Pack = {
    ...pack,
    entities: [
      ent('t:kallas', 'Kaja Kallas', 'person', [surname('Kallas')], ['gloss:country:ee']),
      ent('t:yeltsin', 'Boris Yeltsin', 'person', [surname('Yeltsin')], ['gloss:country:ru']),
      // the same letters from a country whose names the pack writes in the English-press spelling
      ent('t:jaja', 'Jaja Wachuku', 'person', [], ['gloss:country:ng']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(nordic)));
  assert.deepEqual(found('Глава европейской дипломатии Кая Каллас заявила об этом во вторник.', 'ru'), ['Кая Каллас=t:kallas (transliteration)']);
  assert.deepEqual(found('Venäjän entinen presidentti Boris Jeltsin kuoli vuonna 2007.', 'fi'), ['Boris Jeltsin=t:yeltsin (transliteration)']);
  assert.deepEqual(found('Бывший министр Яя Вачуку выступил в ООН.', 'ru'), []);
});

test('transliteration: a full name whose surname another alphabet writes as it sounds ("Ντόναλντ Τραμπ"), then that surname alone', () => {
  has('Ο Ντόναλντ Τραμπ συναντήθηκε με Ευρωπαίους ηγέτες. Ο πρόεδρος Τραμπ δήλωσε ότι οι δασμοί μένουν.', 'el', 'Ντόναλντ Τραμπ=t:trump (transliteration)');
  has('Ο Ντόναλντ Τραμπ συναντήθηκε με Ευρωπαίους ηγέτες. Ο πρόεδρος Τραμπ δήλωσε ότι οι δασμοί μένουν.', 'el', 'Τραμπ=t:trump (transliteration)');
  has('Donald Tramp met European leaders. Later Tramp said the tariffs stay.', 'en', 'Tramp=t:trump (variant)');
  // the surname as written alone, with no full name before it, is no one's; nor is it inside a longer name
  none('Ο πρόεδρος Τραμπ δήλωσε ότι οι δασμοί μένουν.', 'el', 'Τραμπ');
  assert.deepEqual(marks('Donald Tramp met European leaders. The Tramp Act passed.', 'en'), ['Donald Tramp=t:trump (variant)']);
});

test('a preposition that starts a sentence ("Volgens", "Според") is no given name before a surname', () => {
  has('Donald Trump sprak donderdag met de burgemeesters. Volgens Trump is een nieuwe wet nodig.', 'nl', 'Trump=t:trump (surname)');
  has('Владимир Путин се срещна с министрите. Според Путин бюджетът трябва да бъде преработен.', 'bg', 'Путин=t:putin (transliteration)');
  // another person's given name there still is ("Daniil Medvedev" is not Dmitry Medvedev)
  none('Donald Trump sprak donderdag. Fred Trump was zijn vader.', 'nl', 'Trump');
});

test('inflection: Finnish and Hungarian case endings ("Putinin", "Minszkben"), and ordinary words of those languages stay unmarked', () => {
  has('Presidentti Vladimir Putin puhui tiistaina. Putinin mukaan neuvottelut jatkuvat.', 'fi', 'Putinin=t:putin (inflection)');
  has('Az ellenzék vezetői Minszkben találkoztak csütörtökön.', 'hu', 'Minszkben=t:minsk (inflection)');
  assert.deepEqual(marks('Tuuli oli kova ja meri aava. Aino ja Onni leikkivät rannalla, ja Kalle kalasti laiturilla.', 'fi'), []);
  assert.deepEqual(marks('Anna és Péter a kertben dolgoztak, a kutya a fa alatt aludt, a macska a tetőn ült.', 'hu'), []);
});

test('inflection: before an inflected surname, another person\'s given name is inflected too ("Иваном Путиным"); the person\'s own is theirs', () => {
  none('Встреча с Иваном Путиным прошла в понедельник в Петербурге.', 'ru', 'Путиным');
  none('Встреча с Иваном Путиным прошла в понедельник в Петербурге.', 'ru', 'Иваном Путиным');
  has('Встреча с Владимиром Путиным прошла в понедельник в Петербурге.', 'ru', 'Владимиром Путиным=t:putin (inflection)');
  has('Spotkanie z Władimirem Putinem odbyło się w poniedziałek.', 'pl', 'Władimirem Putinem=t:putin (inflection)');
});

test('transliteration: Chinese names in the Palladius system reach their Pinyin ("Си Цзиньпин", "Сі Цзіньпін", "Си Цзиньпина")', () => {
  has('Председатель КНР Си Цзиньпин прибыл с визитом.', 'ru', 'Си Цзиньпин=t:xi (transliteration)');
  has('Голова КНР Сі Цзіньпін прибув з візитом.', 'uk', 'Сі Цзіньпін=t:xi (transliteration)');
  has('Встреча Си Цзиньпина с министрами прошла вчера.', 'ru', 'Си Цзиньпина=t:xi (inflection)');
  // Belarusian "Пуцін" reads as Palladius too ("puqing"), and is still Putin
  has('Уладзімір Пуцін выступіў у панядзелак.', 'be', 'Уладзімір Пуцін=t:putin (transliteration)');
});

test('Hungarian names family name first: "Orbán Viktor" is Viktor Orbán, "Orbán Balázs" another person', () => {
  has('Orbán Viktor csütörtökön beszédet mondott a parlamentben.', 'hu', 'Orbán Viktor=t:orban (alias)');
  none('Orbán Balázs, a miniszterelnök politikai igazgatója interjút adott.', 'hu', 'Orbán');
  // a place after the surname is no given name; the given name of the reordered name is no surname
  assert.deepEqual(marks('Orbán Viktor beszédet mondott. Orbán Brüsszelben tárgyalt. Viktor később hazautazott.', 'hu'), [
    'Orbán Viktor=t:orban (alias)',
    'Orbán=t:orban (surname)',
    'Brüsszelben=t:brussels (inflection)',
  ]);
});

test('Czech and Slovak women\'s surnames in -ová: after the person\'s own given name only ("Giorgiou Meloniovou")', () => {
  has('Premiér jednal v Římě s Giorgiou Meloniovou o migraci.', 'cs', 'Giorgiou Meloniovou=t:meloni (inflection)');
  has('Italská premiérka Giorgia Meloniová přiletěla do Prahy.', 'cs', 'Giorgia Meloniová=t:meloni (inflection)');
  has('Premiér sa stretol s Giorgiou Meloniovou v Ríme.', 'sk', 'Giorgiou Meloniovou=t:meloni (inflection)');
  // alone, or after another given name, the form names another woman of that family
  none('Paní Meloniová přiletěla do Prahy.', 'cs', 'Meloniová');
  assert.ok(!marks('Anna Meloniová přiletěla do Prahy.', 'cs').some((m) => m.includes('t:meloni')));
  // a full name whose surname has particles: its last word in the woman's form
  has('Premiér sa v Bruseli stretol s Ursulou von der Leyenovou.', 'sk', 'Ursulou von der Leyenovou=t:vdl (inflection)');
  has('Předsedkyně Komise Ursula von der Leyenová přijela.', 'cs', 'Ursula von der Leyenová=t:vdl (inflection)');
});

test('a German genitive of a full name whose surname starts with particles in lower case ("Ursula von der Leyens")', () => {
  has('Das ist Ursula von der Leyens Plan für die Kommission.', 'de', 'Ursula von der Leyens=t:vdl (inflection)');
  none('Das ist Ursula von der Leyens Plan für die Kommission.', 'de', 'Ursula');
});

test('Greek keeps the accent of a Greek alias: "Αθήνα" and "Αθήνας" are Athens, "Αθηνά" and "Αθηνάς" (Athena) are not', () => {
  has('Η συνάντηση έγινε στην Αθήνα τη Δευτέρα.', 'el', 'Αθήνα=t:athens (alias)');
  has('Ο δήμαρχος της Αθήνας μίλησε χθες.', 'el', 'Αθήνας=t:athens (inflection)');
  none('Η Αθηνά ήταν θεά της σοφίας.', 'el', 'Αθηνά');
  none('Βρήκαν άγαλμα της θεάς Αθηνάς στην Ακρόπολη.', 'el', 'Αθηνάς');
});

test('a capitalised title before a surname is no given name: Turkish "Cumhurbaşkanı Trump", Croatian "Predsjednik Trump"', () => {
  has('Cumhurbaşkanı Trump dün gazetecilere açıklama yaptı.', 'tr', 'Trump=t:trump (surname)');
  has('Predsjednik Trump je jučer razgovarao s novinarima.', 'hr', 'Trump=t:trump (surname)');
});

test('of two people with one surname, the given name before it in another spelling says which ("Vitalij Klicsko" is Vitali, not Wladimir)', () => {
  const brothers: Pack = {
    ...pack,
    entities: [ent('t:vitali', 'Vitali Klitschko', 'person', [], ['gloss:country:ua']), ent('t:wladimir', 'Wladimir Klitschko', 'person', [], ['gloss:country:ua'])],
  };
  const found = marksWith(new Matcher(compilePack(brothers)));
  assert.deepEqual(
    found('Vitalij Klicsko polgármester szerint az áramellátás akadozik.', 'hu').map((m) => m.split(' (')[0]),
    ['Vitalij Klicsko=t:vitali'],
  );
});

test('of two names alike, the one with fewer words cut to their stem: Finnish "Sanna Marinin" is Sanna Marin\'s, not San Marino\'s', () => {
  const two: Pack = { ...pack, entities: [ent('t:marin', 'Sanna Marin', 'person', [], ['gloss:country:fi']), ent('t:sm', 'San Marino', 'place')] };
  const found = marksWith(new Matcher(compilePack(two)));
  assert.deepEqual(found('Sanna Marinin muistelmateos nousi listan kärkeen.', 'fi').map((m) => m.split(' (')[0]), ['Sanna Marinin=t:marin']);
});

test('a person\'s name written with hyphens for its spaces names a thing named after them ("quai François-Mitterrand", "porte-avions Charles-de-Gaulle")', () => {
  const people: Pack = {
    ...pack,
    entities: [
      ent('t:degaulle', 'Charles de Gaulle', 'person', [], ['gloss:country:fr']),
      ent('t:mitterrand', 'François Mitterrand', 'person', [], ['gloss:country:fr']),
      ent('t:aoc', 'Alexandria Ocasio-Cortez', 'person', [{ text: 'Ocasio-Cortez', kind: 'surname' }], ['gloss:country:us']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(people)));
  assert.deepEqual(found('Le porte-avions Charles-de-Gaulle a quitté Toulon mardi.', 'fr'), []);
  assert.deepEqual(found('Les voleurs sont passés par le quai François-Mitterrand.', 'fr'), []);
  assert.deepEqual(found('Le général Charles de Gaulle a quitté Londres.', 'fr').map((m) => m.split(' (')[0]), ['Charles de Gaulle=t:degaulle']);
  // a name hyphenated itself is the person's
  assert.deepEqual(found('Alexandria Ocasio-Cortez spoke first. Later Ocasio-Cortez said so.', 'en').map((m) => m.split(' (')[0]), ['Alexandria Ocasio-Cortez=t:aoc', 'Ocasio-Cortez=t:aoc']);
});

test('a surname alone right before another person\'s surname is that person\'s given name ("Кир Стармер" is not Salva Kiir)', () => {
  const two: Pack = {
    ...pack,
    entities: [
      ent('t:kiir', 'Salva Kiir', 'person', [surname('Kiir', { caseSensitive: true })], ['gloss:country:ss']),
      ent('t:starmer', 'Keir Starmer', 'person', [surname('Starmer', { caseSensitive: true })], ['gloss:country:gb']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(two)));
  assert.ok(!found('Премьер-министр Кир Стармер приехал в Париж во вторник.', 'ru').some((x) => x.startsWith('Кир=')));
  // alone, it is still his
  assert.deepEqual(found('Об этом в понедельник заявил Кир на встрече с послами.', 'ru'), ['Кир=t:kiir (transliteration)']);
});

test('transliteration: French, Spanish, German and Italian names as Cyrillic and Greek write them by sound ("Кристин Лагард", "Педро Санчес", "Урсула фон дер Ляйен", "Джорджа Мелони")', () => {
  const western: Pack = {
    ...pack,
    entities: [
      ent('t:lagarde', 'Christine Lagarde', 'person', [surname('Lagarde', { caseSensitive: true })], ['gloss:country:fr']),
      ent('t:sanchez', 'Pedro Sánchez', 'person', [surname('Sánchez', { caseSensitive: true })], ['gloss:country:es']),
      ent('t:leyen', 'Ursula von der Leyen', 'person', [surname('von der Leyen', { caseSensitive: true })], ['gloss:country:de']),
      ent('t:steinmeier', 'Frank-Walter Steinmeier', 'person', [surname('Steinmeier', { caseSensitive: true })], ['gloss:country:de']),
      ent('t:meloni', 'Giorgia Meloni', 'person', [surname('Meloni', { caseSensitive: true })], ['gloss:country:it']),
      ent('t:renzi', 'Matteo Renzi', 'person', [surname('Renzi', { caseSensitive: true })], ['gloss:country:it']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(western)));
  assert.deepEqual(found('Глава ЕЦБ Кристин Лагард предупредила о рисках для инфляции.', 'ru'), ['Кристин Лагард=t:lagarde (transliteration)']);
  assert.deepEqual(found('Прем\'єр Іспанії Педро Санчес пообіцяв збільшити витрати.', 'uk'), ['Педро Санчес=t:sanchez (transliteration)']);
  assert.deepEqual(found('Председателят Урсула фон дер Лайен пристигна в София.', 'bg'), ['Урсула фон дер Лайен=t:leyen (transliteration)']);
  assert.deepEqual(found('Президент Франк-Вальтер Штайнмайер посетил Киев. Штайнмайера встретили в аэропорту.', 'ru'), [
    'Франк-Вальтер Штайнмайер=t:steinmeier (transliteration)',
    'Штайнмайера=t:steinmeier (inflection)',
  ]);
  assert.deepEqual(found('Премьер Италии Джорджа Мелони и Маттео Ренци встретились в Риме.', 'ru').map((x) => x.replace(/ \(.*$/, '')), [
    'Джорджа Мелони=t:meloni',
    'Маттео Ренци=t:renzi',
  ]);
  assert.deepEqual(found('Η Τζόρτζια Μελόνι συναντήθηκε με τον Ματέο Ρέντσι.', 'el').map((x) => x.replace(/ \(.*$/, '')), ['Τζόρτζια Μελόνι=t:meloni', 'Ματέο Ρέντσι=t:renzi']);
  // the same letters on the names' own pages, and as the English press writes them
  assert.deepEqual(found('La présidente de la BCE, Christine Lagarde, a parlé mardi.', 'fr'), ['Christine Lagarde=t:lagarde (alias)']);
  // a surname alone, with no full name before it, links as its Latin letters do on an English page
  const ids = (text: string, lang: string) => found(text, lang).map((x) => x.replace(/^[^=]*=| \(.*$/g, ''));
  assert.deepEqual(ids('Об этом сообщила Лагард на встрече.', 'ru'), ids('This was said by Lagarde at the meeting.', 'en'));
  assert.deepEqual(ids('Об этом сообщил Санчес на встрече.', 'ru'), ids('This was said by Sánchez at the meeting.', 'en'));
});

test('inflection: Romanian, Estonian and Scandinavian endings ("Kievului", "Moskvas", "Putins"), and ordinary words of those languages stay unmarked', () => {
  has('Primarul Kievului a cerut ajutor după atacurile de luni.', 'ro', 'Kievului=t:kyiv (inflection)');
  has('Vladimir Putin kohtus teisipäeval ministritega. Putini sõnul jätkuvad läbirääkimised.', 'et', 'Putini=t:putin (inflection)');
  has('Läbirääkimised jätkuvad Moskvas ka järgmisel nädalal.', 'et', 'Moskvas=t:moscow (inflection)');
  const kallas = marksWith(new Matcher(compilePack({ ...pack, entities: [ent('t:kallas', 'Kaja Kallas', 'person', [surname('Kallas')], ['gloss:country:ee'])] })));
  assert.deepEqual(kallas('Eile ütles Kaja Kallase nõunik, et kohtumine lükkub edasi.', 'et'), ['Kaja Kallase=t:kallas (inflection)']);
  has('Vladimir Putin talade i tisdags. Putins tal handlade om kriget.', 'sv', 'Putins=t:putin (inflection)');
  assert.deepEqual(marks('Ana a mers la piață cu Maria și Ion, iar seara au citit o carte bună despre mare.', 'ro'), []);
  assert.deepEqual(marks('Mari ja Jaan läksid poodi, ostsid leiba ja piima ning tulid siis koju tagasi.', 'et'), []);
  assert.deepEqual(marks('Anna och Erik gick till affären och köpte bröd, mjölk och ost till middagen.', 'sv'), []);
});

test('inflection: a foreign name ending in -y in Czech takes the adjective\'s endings ("Markem Carneym", "Carneyho")', () => {
  const carney: Pack = { ...pack, entities: [ent('t:carney', 'Mark Carney', 'person', [surname('Carney', { caseSensitive: true })], ['gloss:country:ca'])] };
  const found = marksWith(new Matcher(compilePack(carney)));
  assert.deepEqual(found('Premiér jednal s kanadským premiérem Markem Carneym o plynu. Carneyho vláda souhlasila.', 'cs'), [
    'Markem Carneym=t:carney (inflection)',
    'Carneyho=t:carney (inflection)',
  ]);
});

test('transliteration: Serbian and Croatian lj and nj for the soft л and н the English press writes plain ("Kazanj" is Kazan)', () => {
  const cities: Pack = { ...pack, entities: [ent('t:kazan', 'Kazan', 'place', [], ['gloss:country:ru'])] };
  const found = marksWith(new Matcher(compilePack(cities)));
  assert.deepEqual(found('Delegacija je u četvrtak doputovala u Kazanj na summit.', 'hr'), ['Kazanj=t:kazan (transliteration)']);
});

test('inflection: German adjectives declined inside a name, before its last word ("der Europäischen Weltraumorganisation", "im Weißen Haus"), and never alone', () => {
  const german: Pack = {
    ...pack,
    entities: [
      ent('t:esa', 'European Space Agency', 'organisation', [{ text: 'Europäische Weltraumorganisation', lang: 'de' }]),
      ent('t:wh', 'White House', 'organisation', [{ text: 'Weißes Haus', lang: 'de' }]),
      ent('t:bt', 'Bundestag', 'organisation', [{ text: 'Deutscher Bundestag', lang: 'de' }]),
      ent('t:db', 'Deutsche Bank', 'organisation', [{ text: 'Deutsche', lang: 'de' }]),
      ent('t:faz', 'Frankfurter Allgemeine Zeitung', 'organisation', [{ text: 'Frankfurter Allgemeine Zeitung', lang: 'de' }]),
    ],
  };
  const found = marksWith(new Matcher(compilePack(german)));
  assert.deepEqual(found('Die Mitgliedstaaten der Europäischen Weltraumorganisation haben entschieden.', 'de'), ['Europäischen Weltraumorganisation=t:esa (inflection)']);
  assert.deepEqual(found('Im Weißen Haus wurde am Montag gefeiert.', 'de'), ['Weißen Haus=t:wh (inflection)']);
  assert.deepEqual(found('Die Sitzung des Deutschen Bundestages dauerte lange.', 'de'), ['Deutschen Bundestages=t:bt (inflection)']);
  // an adjective alone is no name ("die Deutschen" are the Germans), nor one before another word
  assert.deepEqual(found('Die Deutschen wählen im Herbst. Die Europäischen Staaten beraten.', 'de'), []);
  // an adjective after the name's first word: the compiled pack lists no case forms of such a name (german-declension.ts)
  assert.deepEqual(found('Ein Interview mit der Frankfurter Allgemeinen Zeitung erschien.', 'de'), ['Frankfurter Allgemeinen Zeitung=t:faz (inflection)']);
  // only in German: other languages keep their own endings
  assert.deepEqual(found('The Frankfurter Allgemeinen Zeitung reported.', 'en'), []);
});

test('one word that only reads like a place or organisation of the page\'s own language is another word ("Basse" is no French spelling of "Baas")', () => {
  const baath: Pack = { ...pack, entities: [ent('t:baath', "Ba'ath Party", 'organisation', [{ text: 'Baas', lang: 'fr' }, { text: 'Baath', lang: 'de' }])] };
  const found = marksWith(new Matcher(compilePack(baath)));
  assert.deepEqual(found('La Basse a chanté hier soir. Voyage en Basse-Normandie.', 'fr'), []);
  // the French spelling itself, letter for letter, is the party's
  assert.deepEqual(found('Le parti Baas a gagné.', 'fr'), ['Baas=t:baath (alias)']);
});

test('inflection: the Hungarian -val/-vel that takes the name\'s last consonant ("Sánchezzel", "Tuskkal"), and ordinary words stay unmarked', () => {
  const sanchez: Pack = { ...pack, entities: [ent('t:sanchez', 'Pedro Sánchez', 'person', [surname('Sánchez')], ['gloss:country:es']), ...pack.entities] };
  const found = marksWith(new Matcher(compilePack(sanchez)));
  assert.deepEqual(found('A külügyminiszter Madridban tárgyalt Pedro Sánchezzel a támogatásokról.', 'hu'), ['Pedro Sánchezzel=t:sanchez (inflection)']);
  assert.ok(found('A miniszterelnök Donald Tuskkal is beszélt a határról.', 'hu').includes('Donald Tuskkal=t:tusk (inflection)'));
  assert.deepEqual(found('Az asztallal szemben ült, a kollégáival együtt.', 'hu'), []);
});

test('one word alike to several places by its variant key alone is none of them ("Χανιά", Chania, reads like both Ganja and Ghana)', () => {
  const places: Pack = { ...pack, entities: [ent('t:ganja', 'Ganja', 'place'), ent('t:ghana', 'Ghana', 'place', [{ text: 'Γκάνα', lang: 'el' }])] };
  const found = marksWith(new Matcher(compilePack(places)));
  assert.deepEqual(found('Στα Χανιά εγκαινιάστηκε νέα έκθεση σύγχρονης τέχνης.', 'el'), []);
  // the Greek name itself is the country's
  assert.deepEqual(found('Η Γκάνα υπέγραψε νέα συμφωνία.', 'el'), ['Γκάνα=t:ghana (alias)']);
});

test('inflection: a Latvian name sheds its nominative -s or -š after a consonant too ("Edgaram Rinkēvičam", "Edgara Rinkēviča" ← Edgars Rinkēvičs)', () => {
  const lv: Pack = { ...pack, entities: [ent('t:rinkevics', 'Edgars Rinkēvičs', 'person', [surname('Rinkēvičs')], ['gloss:country:lv'])] };
  const found = marksWith(new Matcher(compilePack(lv)));
  assert.deepEqual(found('Deputāti nosūtīja vēstuli Valsts prezidentam Edgaram Rinkēvičam.', 'lv'), ['Edgaram Rinkēvičam=t:rinkevics (inflection)']);
  assert.deepEqual(found('Saeima atbalstīja Edgara Rinkēviča ierosinājumu.', 'lv'), ['Edgara Rinkēviča=t:rinkevics (inflection)']);
});

test('inflection: Latvian writes foreign names as they sound and declines them ("Donalda Trampa", "Volodimiram Zelenskim")', () => {
  assert.deepEqual(marks('Donalda Trampa administrācija paziņoja par jauniem tarifiem.', 'lv'), ['Donalda Trampa=t:trump (inflection)']);
  assert.deepEqual(marks('Prezidents tikās ar Donaldu Trampu Vašingtonā.', 'lv'), ['Donaldu Trampu=t:trump (inflection)']);
  assert.deepEqual(marks('Valdība nosūtīja vēstuli Volodimiram Zelenskim.', 'lv'), ['Volodimiram Zelenskim=t:zel (inflection)']);
  // the sound alone, without the person's given name, is no one
  none('Jaunais Trampa viesnīcas projekts.', 'lv', 'Trampa');
});

test('a surname the page gives to someone else, after another given name, is not the pack\'s person alone either ("Viktor Meloni … Meloni")', () => {
  assert.ok(!marks('Ha vinto Viktor Meloni, sindaco di Rieti. Meloni ha detto che resterà in carica.', 'it').some((m) => m.includes('t:meloni')));
  // the person named in full, and then the surname alone, is theirs
  assert.deepEqual(marks('La premier Giorgia Meloni è a Bruxelles. Meloni ha detto che il governo è stabile.', 'it'), ['Giorgia Meloni=t:meloni (alias)', 'Meloni=t:meloni (surname)']);
});

test('a guarded place declined in the language of its own country needs no other context ("У Крагујевцу" on a Serbian page)', () => {
  const places: Pack = {
    ...pack,
    entities: [ent('t:kragujevac', 'Kragujevac', 'place', [{ text: 'Kragujevac', caseSensitive: true, requiresContext: true }], ['gloss:country:rs'])],
  };
  const found = marksWith(new Matcher(compilePack(places)));
  assert.deepEqual(found('У Крагујевцу је у среду почела производња новог модела.', 'sr'), ['Крагујевцу=t:kragujevac (inflection)']);
  // the name as written, or declined on a page in another language, still waits for context
  assert.deepEqual(found('Kragujevac je grad u Srbiji.', 'sr'), []);
  assert.deepEqual(found('Fabryka w Kragujevcu zwiększyła produkcję.', 'pl'), []);
});

test('a guarded place written mid-sentence as the language of its own country names it needs no other context ("In Luik" on a Dutch page); an organisation does', () => {
  const named: Pack = {
    ...pack,
    entities: [
      ent('t:liege', 'Liège', 'place', [{ text: 'Luik', lang: 'nl', caseSensitive: true, requiresContext: true }], ['gloss:country:be']),
      ent('t:congreso', 'Congress of Deputies', 'organisation', [{ text: 'Congreso', lang: 'es', caseSensitive: true, requiresContext: true }], ['gloss:country:es']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(named)));
  assert.deepEqual(found('In Luik legden de chauffeurs het werk neer.', 'nl'), ['Luik=t:liege (alias)']);
  // at a sentence's start, or on a page in another language, it waits for context
  assert.deepEqual(found('Luik dicht, zeggen de chauffeurs.', 'nl'), []);
  assert.deepEqual(found('In Luik they went on strike.', 'en'), []);
  // "el Congreso" may be any Spanish-speaking country's
  assert.deepEqual(found('Morena controla ambas cámaras del Congreso desde 2024.', 'es'), []);
});

test('a guarded party declined in the language of its own country, after the sentence\'s first word ("Poslanci Smeru" on a Slovak page)', () => {
  const parties: Pack = {
    ...pack,
    entities: [ent('t:smer', 'Smer-SD', 'organisation', [{ text: 'Smer', caseSensitive: true, requiresContext: true }], ['gloss:country:sk'])],
  };
  const found = marksWith(new Matcher(compilePack(parties)));
  assert.deepEqual(found('Poslanci Smeru v utorok odmietli návrh opozície.', 'sk'), ['Smeru=t:smer (inflection)']);
  // declined on a page in another language, or as written, it still waits for context
  assert.deepEqual(found('Posłowie Smeru odrzucili wniosek opozycji.', 'pl'), []);
  assert.deepEqual(found('Poslanci Smer v utorok odmietli návrh.', 'sk'), []);
});

test('a sentence\'s first word written as an adjective made from a place is the adjective ("Anglický mladík": an English youngster)', () => {
  const places: Pack = {
    ...pack,
    // the Czech and the Slovak name: the Czech adjective's stem is the Slovak name's ("anglick-")
    entities: [ent('t:england', 'England', 'place', [{ text: 'Anglie' }, { text: 'Anglicko' }])],
  };
  const found = marksWith(new Matcher(compilePack(places)));
  assert.deepEqual(found('Anglický mladík odehrál další skvělý zápas.', 'cs'), []);
  assert.deepEqual(found('Anglický trenér odstoupil.', 'sk'), []);
  // the place's own case forms at a sentence's start are still the place
  assert.deepEqual(found('Anglicku navštívil v septembri.', 'sk'), ['Anglicku=t:england (inflection)']);
});

test('inflection: a Greek alias whose nominative ending bears the accent sheds it too ("στη Λεμεσό" ← "Λεμεσός")', () => {
  has('Στη Λεμεσό πραγματοποιήθηκε το συνέδριο.', 'el', 'Λεμεσό=t:limassol (inflection)');
});

test('inflection: the Greek genitive in -ου moves the accent and is still the name ("του Καΐρου" ← "Κάιρο")', () => {
  has('Στις συνομιλίες του Καΐρου για την εκεχειρία.', 'el', 'Καΐρου=gloss:city:cairo (inflection)');
});

test('inflection: the Greek genitive plural in -ων of a plural name moves the accent too ("των Σκοπίων" ← "Σκόπια"); Athena\'s genitive is still not Athens', () => {
  has('Στο αεροδρόμιο των Σκοπίων προσγειώθηκε η πτήση.', 'el', 'Σκοπίων=t:skopje (inflection)');
  has('Ο δήμαρχος των Αθηνών μίλησε χθες.', 'el', 'Αθηνών=t:athens (inflection)');
  none('Η λατρεία της Αθηνάς ήταν μεγάλη.', 'el', 'Αθηνάς');
});

test('inflection: Slovenian plural cases of a plural name ("v Benetkah" ← "Benetke")', () => {
  has('Slovenski paviljon v Benetkah je odprt.', 'sl', 'Benetkah=t:venice (inflection)');
});

test('a commissioner\'s title in the languages that write it before the name is context for a guarded name ("Еврокомисарят Марта Кос")', () => {
  const guarded: Pack = { ...pack, entities: [ent('t:kos', 'Marta Kos', 'person', [{ text: 'Marta Kos', caseSensitive: true, requiresContext: true, contextWords: ['commissioner'] }])] };
  const kos = marksWith(new Matcher(compilePack(guarded)));
  assert.deepEqual(kos('Еврокомисарят Марта Кос заяви, че преговорите продължават.', 'bg'), ['Марта Кос=t:kos (transliteration)']);
  assert.deepEqual(kos('Komisarka Marta Kos je dejala, da pogajanja tečejo.', 'sl'), ['Marta Kos=t:kos (alias)']);
  assert.deepEqual(kos('Марта Кос заяви, че преговорите продължават.', 'bg'), []);
});

test('inflection: two places whose stems fold alike but are spelled apart each keep theirs ("в Женеве" is Geneva, "a Genova" Genoa)', () => {
  const alike: Pack = {
    ...pack,
    entities: [
      ent('t:geneva', 'Geneva', 'place', [{ text: 'Женева', caseSensitive: true }, { text: 'Ženeva', lang: 'cs', caseSensitive: true }]),
      ent('t:genoa', 'Genoa', 'place', [{ text: 'Genova', lang: 'it', caseSensitive: true }]),
    ],
  };
  const both = marksWith(new Matcher(compilePack(alike)));
  assert.deepEqual(both('Переговоры в Женеве продолжатся.', 'ru'), ['Женеве=t:geneva (inflection)']);
  assert.deepEqual(both('Jednání v Ženevě pokračuje.', 'cs'), ['Ženevě=t:geneva (inflection)']);
  assert.deepEqual(both('Il vertice a Genova è finito.', 'it'), ['Genova=t:genoa (alias)']);
});

test('German: a town takes no article, a noun does ("das Essen" is a meal, "in Essen" the town)', () => {
  none('Das Essen in der Kantine soll günstiger werden.', 'de', 'Essen');
  has('In Essen regnet es seit Tagen.', 'de', 'Essen=gloss:city:essen (alias)');
  // nor a possessive ("ihr Essen" is her meal)
  none('Sie bezahlte ihr Essen selbst.', 'de', 'Essen');
});

test('a city and a region of its country with one name: the city ("Tiranës")', () => {
  has('Në rrugët e Tiranës u mblodhën mijëra protestues.', 'sq', 'Tiranës=gloss:city:tirana (inflection)');
});

test('a person in the name of a street or an airport is not meant there ("Letišti Václava Havla")', () => {
  none('Na Letišti Václava Havla v Praze zrušili desítky odletů.', 'cs', 'Václava Havla');
  none('Cestující na letišti Václava Havla čekali hodiny.', 'cs', 'Václava Havla');
  has('Prezident Václav Havel zemřel v roce 2011.', 'cs', 'Václav Havel=t:havel (alias)');
});

test('a word found by its case ending before someone\'s name is no part of that name ("premier Litwy Ingą Ruginienė"); before another name it still is', () => {
  const pl: Pack = {
    ...pack,
    entities: [
      ent('t:lithuania', 'Lithuania', 'place', [{ text: 'Litwa', lang: 'pl' }]),
      ent('t:sejm', 'Sejm', 'organisation', [{ text: 'Sejm', lang: 'pl' }]),
      ent('t:ruginiene', 'Inga Ruginienė', 'person'),
      // someone of that given name, so that the packs know it
      ent('t:cimoszewicz', 'Włodzimierz Cimoszewicz', 'person', [], ['gloss:country:pl']),
      ent('t:craiova', 'Craiova', 'place', [{ text: 'Krajowa', lang: 'pl' }]),
      ent('t:plan', 'Plan', 'organisation', [{ text: 'Plan', lang: 'pl' }]),
    ],
  };
  const found = marksWith(new Matcher(compilePack(pl)));
  // a person's name after it (found by the packs), or a given name the packs know
  assert.deepEqual(found('Szef MON rozmawiał z premier Litwy Inga Ruginienė.', 'pl'), ['Litwy=t:lithuania (inflection)', 'Inga Ruginienė=t:ruginiene (alias)']);
  assert.deepEqual(found('Głos zabrał marszałek Sejmu Włodzimierz Czarzasty.', 'pl'), ['Sejmu=t:sejm (inflection)']);
  // another capitalised word, even one of a name the packs know, keeps it inside a longer name
  assert.deepEqual(found('Pieniądze z Krajowego Planu Odbudowy trafią do gmin.', 'pl'), []);
  assert.deepEqual(found('Rząd Litwy Północnej nie istnieje.', 'pl'), []);
});

test('inflection: a stem the consonant change restores may come from a short word ("Andrzeju Dudzie" ← "Duda"); Lithuanian -aus ("Adamkaus" ← "Adamkus")', () => {
  const people: Pack = {
    ...pack,
    entities: [ent('t:duda', 'Andrzej Duda', 'person', [], ['gloss:country:pl']), ent('t:adamkus', 'Valdas Adamkus', 'person', [], ['gloss:country:lt'])],
  };
  const found = marksWith(new Matcher(compilePack(people)));
  assert.deepEqual(found('Po Andrzeju Dudzie urząd objął jego następca.', 'pl'), ['Andrzeju Dudzie=t:duda (inflection)']);
  assert.deepEqual(found('Prezidento Valdo Adamkaus bibliotekoje atidaryta paroda.', 'lt'), ['Valdo Adamkaus=t:adamkus (inflection)']);
});

test('a sentence\'s first word that is a function word of the page\'s language, Serbian in Cyrillic too, is no given name before a surname ("Са Милатовићем")', () => {
  const people: Pack = {
    ...pack,
    // someone whose given name is written like the Serbian "са" (with)
    entities: [ent('t:milatovic', 'Jakov Milatović', 'person', [{ text: 'Јаков Милатовић', lang: 'sr' }]), ent('t:sa', 'Sa Ding', 'person')],
  };
  const found = marksWith(new Matcher(compilePack(people)));
  assert.deepEqual(found('Јаков Милатовић допутовао је у Ниш. Са Милатовићем су разговарали представници коморе.', 'sr'), [
    'Јаков Милатовић=t:milatovic (alias)',
    'Милатовићем=t:milatovic (inflection)',
  ]);
});

test('two people of one declined name: the one of a country of the page\'s language ("Roberta Fica" on a Slovak page is Robert Fico, not Roberto Fico)', () => {
  const people: Pack = {
    ...pack,
    entities: [ent('t:fico', 'Robert Fico', 'person', [], ['gloss:country:sk']), ent('t:fico-it', 'Roberto Fico', 'person', [], ['gloss:country:it'])],
  };
  const found = marksWith(new Matcher(compilePack(people)));
  assert.deepEqual(found('Predseda parlamentu odmietol kritiku Roberta Fica a vyzval partnerov na dohodu.', 'sk'), ['Roberta Fica=t:fico (inflection)']);
});

test('an acronym shares no stem with a declined name ("POLSA" and the Belarusian "Польшчы" of "Польшча"); a Slovenian function word is no given name ("Za Pogačarja")', () => {
  const more: Pack = {
    ...pack,
    entities: [
      ent('t:poland', 'Poland', 'place', [{ text: 'Польшча', lang: 'be' }], ['gloss:country:pl']),
      ent('t:polsa', 'Polish Space Agency', 'organisation', [{ text: 'POLSA', caseSensitive: true }], ['gloss:country:pl']),
      ent('t:pogacar', 'Tadej Pogačar', 'person', [], ['gloss:country:si']),
      // someone whose given name is written like the Slovenian "za" (for)
      ent('t:za', 'Za Ding', 'person'),
    ],
  };
  const found = marksWith(new Matcher(compilePack(more)));
  assert.deepEqual(found('Палітычныя эмігранты ў Польшчы правялі акцыю салідарнасці.', 'be'), ['Польшчы=t:poland (inflection)']);
  assert.deepEqual(found('Tadej Pogačar je spet zmagal. Za Pogačarja je bila to najboljša sezona.', 'sl'), ['Tadej Pogačar=t:pogacar (alias)', 'Pogačarja=t:pogacar (inflection)']);
});

test('inflection: Polish plural names of countries and towns ("do Niemiec", "na Węgrzech", "Stanów Zjednoczonych", "koło Katowic")', () => {
  const pl = (text: string): Alias => ({ text, lang: 'pl', caseSensitive: true });
  const small: Pack = {
    ...pack,
    entities: [
      ent('t:de', 'Germany', 'place', [pl('Niemcy')]),
      ent('t:hu', 'Hungary', 'place', [pl('Węgry')]),
      ent('t:it', 'Italy', 'place', [pl('Włochy')]),
      ent('t:ph', 'Philippines', 'place', [pl('Filipiny')]),
      ent('t:helsinki', 'Helsinki', 'place'),
      ent('t:us', 'United States', 'place', [pl('Stany Zjednoczone')]),
      ent('t:katowice', 'Katowice', 'place'),
    ],
  };
  const found = marksWith(new Matcher(compilePack(small)));
  // the genitive plural: no ending, an e before the last consonant
  assert.deepEqual(found('Rząd Niemiec i premier Włoch rozmawiali o Filipinach.', 'pl'), ['Niemiec=t:de (inflection)', 'Włoch=t:it (inflection)', 'Filipinach=t:ph (inflection)']);
  assert.deepEqual(found('Eksport do Węgier wzrósł, z Helsinek zmalał.', 'pl'), ['Węgier=t:hu (inflection)', 'Helsinek=t:helsinki (inflection)']);
  // "do" is the Polish "to", no connector inside a longer name after a sentence's first word
  assert.deepEqual(found('Przyjechał do Filipin.', 'pl'), ['Filipin=t:ph (inflection)']);
  // the locative plural after c, r and ch
  assert.deepEqual(found('W Niemczech, na Węgrzech i we Włoszech pada.', 'pl'), ['Niemczech=t:de (inflection)', 'Węgrzech=t:hu (inflection)', 'Włoszech=t:it (inflection)']);
  // the plural adjective of a name of two words, and a town's genitive plural
  assert.deepEqual(found('Ambasador Stanów Zjednoczonych mieszka koło Katowic.', 'pl'), ['Stanów Zjednoczonych=t:us (inflection)', 'Katowic=t:katowice (inflection)']);
  // a word that only begins like the name is not it
  assert.deepEqual(found('Rozmawiał z Niemem i Filipem.', 'pl'), []);
});

test('inflection: more case endings ("Sibiului", "Šiauliuose", "í Noregi") and a declined town of the page’s country first in a sentence', () => {
  const small: Pack = {
    ...pack,
    entities: [
      ent('t:sibiu', 'Sibiu', 'place', [], ['gloss:country:ro']),
      ent('t:siauliai', 'Šiauliai', 'place', [], ['gloss:country:lt']),
      ent('t:espoo', 'Espoo', 'place', [], ['gloss:country:fi']),
      ent('t:no', 'Norway', 'place', [{ text: 'Noregur', lang: 'is', caseSensitive: true }]),
      ent('t:tampere', 'Tampere', 'place', [], ['gloss:country:fi']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(small)));
  assert.deepEqual(found('Primăria Sibiului a anunțat închiderea centrului.', 'ro'), ['Sibiului=t:sibiu (inflection)']);
  assert.deepEqual(found('Ríkisstjórnin í Noregi og ráðherra Noregs.', 'is'), ['Noregi=t:no (inflection)', 'Noregs=t:no (inflection)']);
  // the ending says which town of the page's country, first in a sentence as in the middle
  assert.deepEqual(found('Šiauliuose pirmadienį atidaryta stotis.', 'lt'), ['Šiauliuose=t:siauliai (inflection)']);
  assert.deepEqual(found('Espoossa valtuusto hyväksyi budjetin.', 'fi'), ['Espoossa=t:espoo (inflection)']);
  // first in a sentence, a town of a country of another language needs other evidence
  assert.deepEqual(found('Espoossa valtuusto hyväksyi budjetin.', 'et'), []);
});

test('transliteration: a Greek word is also read as it sounds, as foreign presses write Greek names ("Ηρακλείου" ← "Iraklio")', () => {
  const small: Pack = {
    ...pack,
    entities: [ent('t:heraklion', 'Heraklion', 'place', [{ text: 'Iraklio', lang: 'de' }], ['gloss:country:gr']), ent('t:piraeus', 'Piraeus', 'place', [{ text: 'Pireas' }], ['gloss:country:gr'])],
  };
  const found = marksWith(new Matcher(compilePack(small)));
  assert.deepEqual(found('Ο δήμαρχος Ηρακλείου μίλησε για τον Πειραιά.', 'el'), ['Ηρακλείου=t:heraklion (inflection)', 'Πειραιά=t:piraeus (inflection)']);
});

test('a region named like a city of its country weighs nothing against a place elsewhere: "v Žiline" on a Slovak page is Žilina, not Jilin', () => {
  const small: Pack = {
    ...pack,
    entities: [
      ent('gloss:city:jilin', 'Jilin', 'place', [{ text: 'Ťi-lin', lang: 'cs' }], ['gloss:country:cn']),
      ent('gloss:region:jilin-province', 'Jilin', 'place', [], ['gloss:country:cn']),
      ent('gloss:city:zilina', 'Žilina', 'place', [], ['gloss:country:sk']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(small)));
  assert.deepEqual(found('Nemocnica v Žiline dostane peniaze.', 'sk'), ['Žiline=gloss:city:zilina (inflection)']);
});

test('a German town in the genitive first in a sentence is the town before an office\'s title ("Kassels Oberbürgermeister"), not before another word ("Leverkusens Trainer")', () => {
  // guarded, as the default pack has them (a town's name is a club's as often)
  const town = (id: string, name: string) => ent(id, name, 'place', [{ text: name, caseSensitive: true, requiresContext: true }], ['gloss:country:de']);
  const small: Pack = { ...pack, entities: [town('t:kassel', 'Kassel'), town('t:leverkusen', 'Leverkusen')] };
  const found = marksWith(new Matcher(compilePack(small)));
  assert.deepEqual(found('Kassels Oberbürgermeister sprach.', 'de'), ['Kassels=t:kassel (inflection)']);
  assert.deepEqual(found('Leverkusens Trainer lobte.', 'de'), []);
});

test('inflection: a name whose declined adjective is its second word is read from its first ("der Frankfurter Allgemeinen Zeitung")', () => {
  const small: Pack = { ...pack, entities: [ent('t:faz', 'Frankfurter Allgemeine Zeitung', 'organisation', [], ['gloss:country:de'])] };
  const found = marksWith(new Matcher(compilePack(small)));
  assert.deepEqual(found('Er sagte der Frankfurter Allgemeinen Zeitung am Sonntag.', 'de'), ['Frankfurter Allgemeinen Zeitung=t:faz (inflection)']);
});

test('inflection: the Polish genitive in -ia of a town in a soft consonant ("do Radomia", "z Torunia"), beside its locative in -iu', () => {
  const towns = new Matcher(compilePack({ ...pack, entities: [ent('t:radom', 'Radom', 'place', [], ['gloss:country:pl']), ent('t:torun', 'Toruń', 'place', [], ['gloss:country:pl']), ent('gloss:country:pl', 'Poland', 'place', [{ text: 'Polska', lang: 'pl' }])] }));
  const found = (text: string) => spot(text, [towns], { lang: 'pl' }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(found('Pociąg do Radomia odjechał z Torunia, a w Radomiu padało.'), ['Radomia=t:radom', 'Torunia=t:torun', 'Radomiu=t:radom']);
});

test('no title or article starts a given name: "The" of "The Weeknd", "President" of "President Biden" are read as no one\'s given name', () => {
  const people = new Matcher(
    compilePack({
      ...pack,
      entities: [
        ent('t:weeknd', 'The Weeknd', 'person', [surname('Weeknd')]),
        ent('t:biden', 'Joe Biden', 'person', [{ text: 'President Biden' }, { text: 'Prime Minister Biden' }, surname('Biden')]),
      ],
    }),
  );
  const opts = { lang: 'en', spelling: 'en', declines: { latin: false, cyrillic: false, greek: false }, cyrillic: 'ru' as const, blockBreaks: false };
  assert.equal(people.isGivenName('Joe', opts), true);
  for (const word of ['The', 'President', 'Prime']) assert.equal(people.isGivenName(word, opts), false, word);
  // the names themselves are still found
  assert.deepEqual(marksWith(people)('The Weeknd met Joe Biden.', 'en'), ['The Weeknd=t:weeknd (alias)', 'Joe Biden=t:biden (alias)']);
});

test('Hungarian: a place\'s adjective in -i is no case of the place ("A Soproni sör", a beer); its cases are ("Sopronban")', () => {
  const towns = new Matcher(compilePack({ ...pack, entities: [ent('t:sopron', 'Sopron', 'place', [], ['gloss:country:hu'])] }));
  const found = (text: string) => spot(text, [towns], { lang: 'hu' }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(found('A Soproni sör ára emelkedik. Tegnap Sopronban és Sopronból is esett.'), ['Sopronban=t:sopron', 'Sopronból=t:sopron']);
});

test('German writes the Russian дж as "dsch" (Duden): "Dschaparow" is Japarov', () => {
  const people = new Matcher(compilePack({ ...pack, entities: [ent('t:japarov', 'Sadyr Japarov', 'person', [surname('Japarov')], ['gloss:country:kg'])] }));
  assert.deepEqual(marksWith(people)('Präsident Sadyr Dschaparow unterzeichnete das Gesetz.', 'de'), ['Sadyr Dschaparow=t:japarov (transliteration)']);
});

test('inflection: a word in Latin letters declines the Latin-letter name, not a Greek one alike once romanised ("W Turynie" is Turin, not Thuringia\'s "Θουριγγία")', () => {
  const places = new Matcher(
    compilePack({
      ...pack,
      entities: [
        ent('t:turin', 'Turin', 'place', [{ text: 'Turyn', lang: 'pl', caseSensitive: true }], ['gloss:country:it']),
        ent('t:thuringia', 'Thuringia', 'place', [{ text: 'Turyngia', lang: 'pl', caseSensitive: true }, { text: 'Θουριγγία', lang: 'el', caseSensitive: true }], ['gloss:country:de']),
      ],
    }),
  );
  assert.deepEqual(marksWith(places)('W Turynie zakończyły się targi, a w Turyngii padało.', 'pl'), ['Turynie=t:turin (inflection)', 'Turyngii=t:thuringia (inflection)']);
});

test('Turkish: a case ending after an apostrophe declines a proper name ("Konya\'da"), so a guarded town of Turkey is named even first in a sentence', () => {
  const towns = new Matcher(compilePack({ ...pack, entities: [ent('t:konya', 'Konya', 'place', [{ text: 'Konya', caseSensitive: true, requiresContext: true }], ['gloss:country:tr'])] }));
  assert.deepEqual(marksWith(towns)("Konya'da yeni tramvay hattı açıldı. Dün Konya'da toplantı yapıldı.", 'tr'), ['Konya=t:konya (alias)', 'Konya=t:konya (alias)']);
  // without the ending, the guarded word still needs evidence
  assert.deepEqual(marksWith(towns)('Konya yeni tramvay hattı açtı.', 'tr'), []);
});

test('inflection: a town and its club written alike share the stems as they share the name, and a declined word with no word of football is the town ("U Rijeci")', () => {
  const places = new Matcher(
    compilePack({
      ...pack,
      entities: [
        ent('gloss:city:rijeka', 'Rijeka', 'place', [{ text: 'Rijeka', sharedNote: 'also a club' }], ['gloss:country:hr']),
        ent('gloss:club:hnk-rijeka', 'HNK Rijeka', 'organisation', [{ text: 'Rijeka', caseSensitive: true, requiresContext: true, contextWords: ['nogomet', 'trener'], sharedNote: 'named after its town' }], ['gloss:country:hr']),
      ],
    }),
  );
  assert.deepEqual(marksWith(places)('U Rijeci je u subotu otvorena obnovljena zgrada kazališta.', 'hr'), ['Rijeci=gloss:city:rijeka (inflection)']);
});

test('inflection: the Greek genitive in -ι of a name in -ις, given back its nominative ("του Άδωνι Γεωργιάδη" ← "Άδωνις Γεωργιάδης"), and no other name\'s stem', () => {
  const people = new Matcher(
    compilePack({
      ...pack,
      entities: [
        ent('t:adonis', 'Adonis Georgiadis', 'person', [{ text: 'Άδωνις Γεωργιάδης', lang: 'el' }], ['gloss:country:gr']),
        ent('t:monastir', 'Monastir', 'place', [{ text: 'Μοναστήρ', lang: 'el', caseSensitive: true }], ['gloss:country:tn']),
      ],
    }),
  );
  assert.deepEqual(marksWith(people)('Το νομοσχέδιο του Άδωνι Γεωργιάδη ψηφίστηκε. Το προξενείο στο Μοναστήρι έκλεισε.', 'el'), ['Άδωνι Γεωργιάδη=t:adonis (inflection)']);
});

test('a person in the name of a society or a foundation named after them is not meant there ("de Vereniging Rembrandt"); alone they are', () => {
  const people = new Matcher(compilePack({ ...pack, entities: [ent('t:rembrandt', 'Rembrandt', 'person', [], ['gloss:country:nl'])] }));
  assert.deepEqual(marksWith(people)('Gesteund door de Vereniging Rembrandt en AkzoNobel. Rembrandt schilderde het in 1642.', 'nl'), ['Rembrandt=t:rembrandt (alias)']);
});

test('first in a sentence, a word that is only another language\'s name of a place of the page\'s country, written with diacritics it lacks, is a word ("Brod", a ship; "Bród" is Hungarian for Slavonski Brod); mid-sentence, or for a place abroad, the name still matches', () => {
  const found = marksOfEntities([
    ent('t:slavonski-brod', 'Slavonski Brod', 'place', [{ text: 'Bród', lang: 'hu', caseSensitive: true }], ['gloss:country:hr']),
    ent('t:med', 'Mediterranean Sea', 'place', [{ text: 'Mediterráneo', lang: 'es', caseSensitive: true }]),
    ent('t:beijing', 'Beijing', 'place', [{ text: 'Pékin', lang: 'fr', caseSensitive: true }], ['gloss:country:cn']),
  ]);
  assert.deepEqual(found('Brod s tristotinjak putnika uplovio je u luku.', 'hr'), []);
  // a place abroad: the page's press may write a neighbour's name without its diacritics ("Pekin" in Turkish)
  assert.deepEqual(found('Pekin, tatbikatlarını genişlettiğini açıkladı.', 'tr'), ['Pekin=t:beijing (alias)']);
  assert.deepEqual(found('Bród városában esett.', 'hu'), ['Bród=t:slavonski-brod (alias)']);
  assert.deepEqual(found('La stabilità del Mediterraneo è a rischio.', 'it'), ['Mediterraneo=t:med (alias)']);
});

test('inflection: a place\'s stem that reads like the surname of a person of the pack is the place until the page names that person in full ("wobec Rosji", not Alexander Rossi; "Vjosa Osmani … sipas Osmanit", not Osmaniye)', () => {
  const p: Pack = {
    ...pack,
    entities: [
      ent('t:ru', 'Russia', 'place', [{ text: 'Rosja', lang: 'pl' }], ['gloss:country:ru']),
      ent('t:rossi', 'Alexander Rossi', 'person'),
      ent('gloss:city:osmaniye', 'Osmaniye', 'place', [], ['gloss:country:tr']),
      ent('t:osmani', 'Vjosa Osmani', 'person', [], ['gloss:country:xk']),
    ],
  };
  const found = marksWith(new Matcher(compilePack(p)));
  assert.deepEqual(found('Sankcje wobec Rosji obowiązują nadal.', 'pl'), ['Rosji=t:ru (inflection)']);
  assert.deepEqual(found('Presidentja Vjosa Osmani foli; sipas Osmanit, institucionet punojnë.', 'sq'), ['Vjosa Osmani=t:osmani (alias)', 'Osmanit=t:osmani (inflection)']);
});

test('a word at a sentence\'s start with a declined adjective\'s ending is the adjective, not a town named with it ("Свободные выборы" is not Svobodny)', () => {
  const towns = [
    ent('t:svobodny', 'Svobodny', 'place', [{ text: 'Svobodnyy' }], ['gloss:country:ru']),
    ent('t:grozny', 'Grozny', 'place', [{ text: 'Грозный', lang: 'ru' }], ['gloss:country:ru']),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: towns }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'ru' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Свободные выборы прошли в стране. Грозные тучи собрались.'), []);
  // mid-sentence, or the town's own form, the town
  assert.deepEqual(found('Мэр Свободного выступил. В Грозном прошёл митинг. Грозный встретил гостей.'), ['Свободного=t:svobodny', 'Грозном=t:grozny', 'Грозный=t:grozny']);
});

test('the case ending on the last word of a name of several words, where the language declines only a few ("Novo Nordisks", "a Magyar Telekomnál")', () => {
  const m = new Matcher(compilePack({ ...pack, entities: [ent('t:novo', 'Novo Nordisk', 'organisation', [{ text: 'Novo', caseSensitive: true, requiresContext: true }]), ent('t:mt', 'Magyar Telekom', 'organisation')] }));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Novo Nordisks aktie faldt kraftigt.', 'da'), ['Novo Nordisks=t:novo']);
  assert.deepEqual(found('Novo Nordisks aktie föll kraftigt.', 'sv'), ['Novo Nordisks=t:novo']);
  assert.deepEqual(found('A Magyar Telekomnál munkahelyek szűnnek meg.', 'hu'), ['Magyar Telekomnál=t:mt']);
});

test('inflection: a short stem of a place\'s own name in a language is kept by its letters ("do Czech" ← "Czechy", "do Chin" ← "Chiny"), never by its variant key ("Gin", "Kin")', () => {
  const places = [
    ent('t:cz', 'Czechia', 'place', [{ text: 'Czechy', lang: 'pl' }]),
    ent('t:cn', 'China', 'place', [{ text: 'Chiny', lang: 'pl' }]),
    ent('t:cech', 'Petr Čech', 'person', [], ['gloss:country:cz']),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: places }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'pl' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Eksport do Czech i Chin wzrósł, a z Chinami spadł.'), ['Czech=t:cz', 'Chin=t:cn', 'Chinami=t:cn']);
  assert.deepEqual(found('Wypił Gin z tonikiem, a potem poszedł do Kina Cech.'), []);
});

test('a word that reads in another spelling like a name the page rules set aside is read by its case ending instead ("του Καναδά" is the genitive of "Καναδάς", "της Συρίας" not Shiraz)', () => {
  const places = [
    ent('t:ca', 'Canada', 'place', [{ text: 'Kanada', lang: 'de' }, { text: 'Καναδάς', lang: 'el' }]),
    ent('t:sy', 'Syria', 'place', [{ text: 'Συρία', lang: 'el' }]),
    ent('t:shiraz', 'Shiraz', 'place', [{ text: 'Σιράζ', lang: 'el' }]),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: places }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'el' }).mentions.map((x) => `${x.text}=${x.entityId} (${x.reason})`);
  assert.deepEqual(found('Ο πρωθυπουργός του Καναδά μίλησε με την κυβέρνηση της Συρίας.'), ['Καναδά=t:ca (inflection)', 'Συρίας=t:sy (inflection)']);
});

test('a Greek word declined from a name the pack has in Greek is that name, not another whose romanised stem is alike ("της Γκάνας" is Ghana, not Chania or Ganja)', () => {
  const places = [
    ent('t:gh', 'Ghana', 'place', [{ text: 'Gana', lang: 'pt' }, { text: 'Γκάνα', lang: 'el' }]),
    ent('t:chania', 'Chania', 'place', [{ text: 'Chania' }, { text: 'Hania' }]),
    ent('t:ganja', 'Ganja', 'place', [{ text: 'Ganja' }, { text: 'Γκάντζα', lang: 'el' }]),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: places }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'el' }).mentions.map((x) => `${x.text}=${x.entityId} (${x.reason})`);
  assert.deepEqual(found('Ο πρόεδρος της Γκάνας μίλησε χθες.'), ['Γκάνας=t:gh (inflection)']);
});

test('inflection: a Greek name of several words declined in each keeps each word\'s accent ("της Σαουδικής Αραβίας" ← "Σαουδική Αραβία")', () => {
  const places = [ent('t:sa', 'Saudi Arabia', 'place', [{ text: 'Σαουδική Αραβία', lang: 'el' }])];
  const m = new Matcher(compilePack({ ...pack, entities: places }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'el' }).mentions.map((x) => `${x.text}=${x.entityId} (${x.reason})`);
  assert.deepEqual(found('Ο υπουργός της Σαουδικής Αραβίας μίλησε χθες.'), ['Σαουδικής Αραβίας=t:sa (inflection)']);
  // the accent checked word by word: on the wrong syllable of the second word, no form of the name
  assert.deepEqual(found('Ο υπουργός της Σαουδικής Άραβιας μίλησε χθες.'), []);
});

test('inflection: Kazakh, Kyrgyz, Uzbek, Azerbaijani and Basque case suffixes ("Атырауда", "Бишкекте", "Toshkentda", "Rusiyanın", "Valladoliden"), and ordinary words stay unmarked', () => {
  const places = [
    ent('t:atyrau', 'Atyrau', 'place', [{ text: 'Атырау', lang: 'kk' }]),
    ent('t:bishkek', 'Bishkek', 'place', [{ text: 'Бишкек', lang: 'ky' }]),
    ent('t:tashkent', 'Tashkent', 'place', [{ text: 'Toshkent', lang: 'uz' }]),
    ent('t:ru', 'Russia', 'place', [{ text: 'Rusiya', lang: 'az' }]),
    ent('t:valladolid', 'Valladolid', 'place'),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: places }));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId} (${x.reason})`);
  assert.deepEqual(found('Атырауда зауыт ашылды. Жаңа мектеп салынды.', 'kk'), ['Атырауда=t:atyrau (inflection)']);
  assert.deepEqual(found('Бишкекте жыйын өттү.', 'ky'), ['Бишкекте=t:bishkek (inflection)']);
  assert.deepEqual(found('Toshkentda uchrashuv boʻldi. Yangi maktab ochildi.', 'uz'), ['Toshkentda=t:tashkent (inflection)']);
  assert.deepEqual(found('Rusiyanın mövqeyi dəyişmədi. Yeni məktəb açıldı.', 'az'), ['Rusiyanın=t:ru (inflection)']);
  assert.deepEqual(found('Valladoliden egindako bileran. Eskola berria ireki zuten.', 'eu'), ['Valladoliden=t:valladolid (inflection)']);
});

test('a town of the home country of the page\'s language after a preposition of place, in the Cyrillic or Greek letters the pack gives another language ("в София" on a Bulgarian page); a word for "of" and another country say it is not that town ("Νίκαια της Γαλλίας")', () => {
  const places = [
    ent('gloss:city:sofia', 'Sofia', 'place', [{ text: 'Sofia', requiresContext: true }, { text: 'София', lang: 'ru', requiresContext: true }], ['gloss:country:bg']),
    ent('gloss:city:nikaia', 'Níkaia', 'place', [{ text: 'Níkaia', requiresContext: true }], ['gloss:country:gr']),
    ent('gloss:country:fr', 'France', 'place', [{ text: 'Γαλλία', lang: 'el' }]),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: places }));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Срещата в София ще бъде утре.', 'bg'), ['София=gloss:city:sofia']);
  assert.deepEqual(found('София Лорен пристигна.', 'bg'), []);
  assert.deepEqual(found('Στη Νίκαια άνοιξε νέο σχολείο.', 'el'), ['Νίκαια=gloss:city:nikaia']);
  assert.deepEqual(found('Στη Νίκαια της Γαλλίας συνεδριάζει η επιτροπή.', 'el'), ['Γαλλίας=gloss:country:fr']);
});

test('inflection: Albanian endings that replace a name\'s final -a ("Kinës" ← "Kina")', () => {
  const m = new Matcher(compilePack({ ...pack, entities: [ent('t:cn', 'China', 'place', [{ text: 'Kina', lang: 'sq' }])] }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'sq' }).mentions.map((x) => `${x.text}=${x.entityId} (${x.reason})`);
  assert.deepEqual(found('Ministri u takua me ambasadorin e Kinës në Tiranë.'), ['Kinës=t:cn (inflection)']);
});

test('a street named after an organisation is not the organisation ("przy alei Solidarności")', () => {
  const m = new Matcher(compilePack({ ...pack, entities: [ent('t:sol', 'Solidarity', 'organisation', [{ text: 'Solidarność', lang: 'pl' }], ['gloss:country:pl'])] }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'pl' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Kolejki ustawiały się przy alei Solidarności od rana.'), []);
  assert.deepEqual(found('Związkowcy z Solidarności protestowali od rana.'), ['Solidarności=t:sol']);
});

test('Irish initial mutations: eclipsis and the h-, n-, t- prefixes before a capital, and lenition where the name has no h of its own ("i dTegucigalpa", "i mBaile Átha Cliath", "ó Mhicheál Martin"), offsets and text the page\'s own', () => {
  const irish = [
    ent('t:teg', 'Tegucigalpa', 'place', [{ text: 'Tegucigalpa' }]),
    ent('t:dub', 'Dublin', 'place', [{ text: 'Dublin' }, { text: 'Baile Átha Cliath', lang: 'ga' }]),
    ent('t:mm', 'Micheál Martin', 'person', [{ text: 'Micheál Martin' }]),
    ent('t:eu', 'European Union', 'organisation', [{ text: 'Aontas Eorpach', lang: 'ga' }]),
    ent('t:shannon', 'Shannon', 'place', [{ text: 'Shannon' }]),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: irish }));
  const found = (text: string, lang = 'ga'): string[] => spot(text, [m], { lang }).mentions.map((x) => `${text.slice(x.start, x.end)}=${x.text}=${x.entityId}`);
  assert.deepEqual(found('Bhí slua mór i dTegucigalpa agus i mBaile Átha Cliath inné.'), ['Tegucigalpa=Tegucigalpa=t:teg', 'Baile Átha Cliath=Baile Átha Cliath=t:dub']);
  assert.deepEqual(found('Tháinig ráiteas ó Mhicheál Martin faoin tAontas Eorpach.'), ['Mhicheál Martin=Mhicheál Martin=t:mm', 'Aontas Eorpach=Aontas Eorpach=t:eu']);
  // a name with an h of its own is read as written first
  assert.deepEqual(found('Tá an Shannon ag cur thar maoil.'), ['Shannon=Shannon=t:shannon']);
  // on a page of another language, nothing of this
  assert.deepEqual(found('The dTegucigalpa typo.', 'en'), []);
});

test('a word read by its case ending as several names is the one the page\'s language spells so letter for letter ("Hessens" is Hessen, not Gießen read through its Ukrainian "Гіссен"; "Nigeerias" is the Estonian "Nigeeria", not the Latvian "Nigēra")', () => {
  const places = [
    ent('t:hesse', 'Hesse', 'place', [{ text: 'Hesse' }, { text: 'Hessen', lang: 'de' }]),
    ent('t:giessen', 'Gießen', 'place', [{ text: 'Gießen' }, { text: 'Гіссен', lang: 'uk' }]),
    ent('t:ng', 'Nigeria', 'place', [{ text: 'Nigeria' }, { text: 'Nigeeria', lang: 'et' }]),
    ent('t:ne', 'Niger', 'place', [{ text: 'Niger' }, { text: 'Nigēra', lang: 'lv' }]),
    ent('t:tokyo', 'Tokyo', 'place', [{ text: 'Tokyo' }, { text: 'Tokio', lang: 'sl' }]),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: places }));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId || (x.candidates ?? []).join('|')}`);
  assert.deepEqual(found('Hessens Regierungschef pocht auf den Tunnel.', 'de'), ['Hessens=t:hesse']);
  assert.deepEqual(found('Nigeerias röövisid relvastatud mehed kooli.', 'et'), ['Nigeerias=t:ng']);
  // a name whose last vowel the ending replaced is spelled so too
  assert.deepEqual(found('Ministrica je v Tokiu podpisala sporazum.', 'sl'), ['Tokiu=t:tokyo']);
});

test('a town\'s name after its club\'s is the club, unless listed with a place that is no club\'s town ("in Nordrhein-Westfalen und Bayern"); "Dortmund und Bayern" after both clubs are the clubs', () => {
  const es = [
    ent('t:fcb', 'FC Bayern München', 'organisation', [{ text: 'FC Bayern' }, { text: 'FC Bayern München' }]),
    ent('gloss:club:bvb', 'Borussia Dortmund', 'organisation', [{ text: 'Borussia Dortmund' }]),
    ent('gloss:region:bavaria', 'Bavaria', 'place', [{ text: 'Bavaria' }, { text: 'Bayern', lang: 'de' }]),
    ent('gloss:city:dortmund', 'Dortmund', 'place', [{ text: 'Dortmund' }]),
    ent('t:nrw', 'North Rhine-Westphalia', 'place', [{ text: 'Nordrhein-Westfalen', lang: 'de' }]),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: es }));
  const found = (text: string): string[] => spot(text, [m], { lang: 'de' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Nach dem Spiel des FC Bayern saßen Fans fest. Korridore in Nordrhein-Westfalen und Bayern kommen hinzu.'), ['FC Bayern=t:fcb', 'Nordrhein-Westfalen=t:nrw', 'Bayern=gloss:region:bavaria']);
  assert.deepEqual(found('Borussia Dortmund und der FC Bayern spielten. Dortmund und Bayern gewannen.'), ['Borussia Dortmund=gloss:club:bvb', 'FC Bayern=t:fcb', 'Dortmund=gloss:club:bvb', 'Bayern=t:fcb']);
});

test('a person\'s name after a word for a street names the street ("по проспекту Ленина", "na ulicy Piłsudskiego", "in via Garibaldi"), and the person elsewhere stays', () => {
  const people = [
    ent('t:lenin', 'Vladimir Lenin', 'person', [{ text: 'Владимир Ленин', lang: 'ru' }, { text: 'Ленин', lang: 'ru', kind: 'surname' }]),
    ent('t:pilsudski', 'Józef Piłsudski', 'person', [{ text: 'Józef Piłsudski' }, { text: 'Piłsudski', kind: 'surname' }]),
  ];
  const m = new Matcher(compilePack({ ...pack, entities: people }));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Движение по проспекту Ленина перекроют. Памятник Ленину снесли.', 'ru'), ['Ленину=t:lenin']);
  assert.deepEqual(found('Józef Piłsudski był marszałkiem. Remont ulicy Piłsudskiego potrwa do maja.', 'pl'), ['Józef Piłsudski=t:pilsudski']);
  // a street word with diacritics or й, compared folded as the word before a name is
  assert.deepEqual(found('Józef Piłsudski był marszałkiem. Miasto zamknie ulicę Piłsudskiego w maju.', 'pl'), ['Józef Piłsudski=t:pilsudski']);
  assert.deepEqual(found('Владимир Ленин умер. Перед улицей Ленина поставили знак.', 'ru'), ['Владимир Ленин=t:lenin']);
});
