/** Names written as they sound (issue #11): the sound key and the full names it reads in Cyrillic and Greek. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cyrillicSoundKeys, greekSoundKeys, nameSoundKeys, soundKey } from '../../src/core/spot/sound-keys.ts';
import { romaniseCyrillic, romaniseGreek } from '../../src/core/spot/romanise.ts';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';

test('the sound key keeps the consonants, in classes other alphabets write alike', () => {
  assert.equal(soundKey('Biden'), 'BDN');
  assert.equal(soundKey(romaniseCyrillic('байден', 'ru')), 'BDN');
  assert.equal(soundKey('Johnson'), soundKey(romaniseCyrillic('джонсон', 'ru')));
  assert.equal(soundKey('Reeves'), soundKey(romaniseCyrillic('ривз', 'ru')));
  assert.equal(soundKey('Lammy'), 'LM');
  assert.equal(soundKey('Christopher'), 'KRSTFR');
  // the same class twice across a vowel stays twice
  assert.equal(soundKey('Kristin'), 'KRSTN');
  assert.equal(soundKey('Ea'), '');
  // Russian г for a foreign h ("Герцог" is Herzog)
  assert.deepEqual(cyrillicSoundKeys(romaniseCyrillic('герцог', 'ru')), ['GRSG', 'RSG']);
  assert.equal(soundKey('Herzog'), 'RSG');
  assert.deepEqual(cyrillicSoundKeys(romaniseCyrillic('гамбург', 'ru')), ['GMBRG', 'MBRG']);
  assert.deepEqual(cyrillicSoundKeys(romaniseCyrillic('джонсон', 'ru')), ['GNSN']);
  // Serbian and Macedonian romanise with carons: "џонсон" is "džonson", read as "dzhonson"
  assert.deepEqual(cyrillicSoundKeys(romaniseCyrillic('џонсон', 'sr')), ['GNSN']);
  // ж is also the j of French, Catalan and Portuguese names ("Жозеп" is Josep)
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('жозеп', 'mk')).includes(soundKey('Josep')));
  assert.deepEqual(cyrillicSoundKeys(romaniseCyrillic('жуков', 'ru')), ['SKF', 'GKF']);
  // too little to read by sound
  assert.equal(nameSoundKeys(['li', 'na']), null);
  assert.equal(nameSoundKeys(['yi', 'ao']), null);
  assert.deepEqual(nameSoundKeys(['joe', 'biden']), ['G', 'BDN']);
});

const SRC = [{ name: 'test', licence: 'CC0-1.0' }];
const person = (id: string, name: string): Entity => ({ id, type: 'person', name, description: 'd', summary: 's', aliases: [], sources: SRC }) as unknown as Entity;
const pack: Pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [person('t:biden', 'Joe Biden'), person('t:reeves', 'Rachel Reeves'), person('t:farage', 'Nigel Farage'), person('t:luxon', 'Christopher Luxon')],
} as unknown as Pack;
const matcher = new Matcher(compilePack(pack));
const marks = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId} (${m.reason})`);

test('a full name from English written as it sounds in Cyrillic or Greek links to the person', () => {
  assert.deepEqual(marks('В понедельник Джо Байден выступил с заявлением.', 'ru'), ['Джо Байден=t:biden (transliteration)']);
  assert.deepEqual(marks('Министр финансов Рэйчел Ривз представила бюджет.', 'ru'), ['Рэйчел Ривз=t:reeves (transliteration)']);
  assert.deepEqual(marks('Лидер партии Найджел Фарадж выступил в Лондоне.', 'ru'), ['Найджел Фарадж=t:farage (transliteration)']);
  assert.deepEqual(marks('Бившият президент Джо Байдън говори в Лондон.', 'bg'), ['Джо Байдън=t:biden (transliteration)']);
  assert.deepEqual(marks('Ο πρωθυπουργός Κρίστοφερ Λάξον μίλησε.', 'el'), ['Κρίστοφερ Λάξον=t:luxon (transliteration)']);
  // inflected
  assert.deepEqual(marks('Журналисты спросили Джо Байдена о пошлинах.', 'ru'), ['Джо Байдена=t:biden (transliteration)']);
});

test('by sound, only a whole full name in Cyrillic or Greek: no surname alone, no other given name, no Latin page', () => {
  assert.deepEqual(marks('В понедельник Байден выступил с заявлением.', 'ru'), []);
  assert.deepEqual(marks('В понедельник Хантер Байден выступил с заявлением.', 'ru'), []);
  assert.deepEqual(marks('Джон Смит и Майкл Браун выступили с заявлением.', 'ru'), []);
  assert.deepEqual(marks('On Monday Jo Baiden spoke.', 'en'), []);
});

test('a Dutch, German or Polish name is read by sound with its own letters: w is a v, Polish sz and cz are ш and ч', () => {
  assert.equal(soundKey('Wilders'), 'LDRS');
  assert.equal(soundKey('Wilders', 'nl'), 'FLDRS');
  assert.equal(soundKey('Szczepański', 'pl'), 'SPNSK');
  assert.equal(soundKey('Kaczyński', 'pl'), 'KSNSK');
  const withCountry = (id: string, name: string, country: string): Entity => ({ ...person(id, name), related: [country] }) as unknown as Entity;
  const dutch = new Matcher(compilePack({ ...pack, entities: [withCountry('t:wilders', 'Geert Wilders', 'gloss:country:nl'), withCountry('t:kaczynski', 'Jarosław Kaczyński', 'gloss:country:pl'), withCountry('t:warren', 'Elizabeth Warren', 'gloss:country:us')] } as Pack));
  const found = (text: string, lang: string): string[] => spot(text, [dutch], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.deepEqual(found('Ο ηγέτης της ακροδεξιάς Γκερτ Βίλντερς ζήτησε εκλογές.', 'el'), ['Γκερτ Βίλντερς=t:wilders']);
  assert.deepEqual(found('Лидер партии Герт Вилдерс потребовал выборов.', 'ru'), ['Герт Вилдерс=t:wilders']);
  assert.deepEqual(found('Лидер партии Ярослав Качиньский выступил.', 'ru'), ['Ярослав Качиньский=t:kaczynski']);
  // an English w stays silent in its sound ("Уоррен")
  assert.deepEqual(found('Сенатор Элизабет Уоррен выступила.', 'ru'), ['Элизабет Уоррен=t:warren']);
});

test('a name read by its letters beats one read by its sound alone ("Роберта Мецола" is Roberta Metsola, not Robert Musil)', () => {
  const both = new Matcher(compilePack({ ...pack, entities: [person('t:metsola', 'Roberta Metsola'), person('t:musil', 'Robert Musil')] } as Pack));
  const found = (text: string, lang: string): string[] => spot(text, [both], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);
  // "Мецола" romanises to "metsola": Metsola's own letters; its consonants are Musil's too
  assert.deepEqual(found('Председателят на Европейския парламент Роберта Мецола откри конференцията.', 'bg'), ['Роберта Мецола=t:metsola']);
});

test('a Japanese name is read by sound also as the Russian and Ukrainian press write it (Polivanov: "Такаити", "Синдзо"), and as the Greek does ("Τακαΐτσι")', () => {
  assert.equal(soundKey('Takaichi', 'ja'), soundKey(romaniseCyrillic('такаити', 'ru')));
  assert.equal(soundKey('Shinzo', 'ja'), soundKey(romaniseCyrillic('синдзо', 'ru')));
  assert.equal(soundKey('Watanabe', 'ja'), soundKey(romaniseCyrillic('ватанабэ', 'ru')));
  const japanese = (id: string, name: string): Entity => ({ ...person(id, name), related: ['gloss:country:jp'] }) as unknown as Entity;
  const m = new Matcher(compilePack({ ...pack, entities: [japanese('t:takaichi', 'Sanae Takaichi'), japanese('t:abe', 'Shinzo Abe'), person('t:chirac', 'Jacques Chirac')] } as Pack));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Премьер-министр Санаэ Такаити заявила о бюджете.', 'ru'), ['Санаэ Такаити=t:takaichi']);
  assert.deepEqual(found('Прем\'єр-міністерка Санае Такаїті заявила.', 'uk'), ['Санае Такаїті=t:takaichi']);
  assert.deepEqual(found('Η πρωθυπουργός Σανάε Τακαΐτσι δήλωσε.', 'el'), ['Σανάε Τακαΐτσι=t:takaichi']);
  assert.deepEqual(found('Бывший премьер Синдзо Абэ был убит в 2022 году.', 'ru'), ['Синдзо Абэ=t:abe']);
  // only Japanese names: a French "Chirac" is not read with т for ch
  assert.deepEqual(found('Президент Жак Тирак выступил.', 'ru'), []);
});

test('Ukrainian г is also read as the g of other languages\' names ("Гегсет" is Hegseth), Greek χ as their h ("Χέρτσογκ" is Herzog)', () => {
  const keys = cyrillicSoundKeys(romaniseCyrillic('гегсет', 'uk'));
  assert.ok(keys.includes(soundKey('Hegseth')), JSON.stringify(keys));
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('гамбург', 'uk')).includes(soundKey('Hamburg')));
  // a kh, sh, ch or zh keeps its h
  assert.deepEqual(cyrillicSoundKeys(romaniseCyrillic('шольц', 'uk')), [soundKey('Scholz')]);
  assert.ok(greekSoundKeys('chertsog').includes(soundKey('Herzog')));
  assert.ok(greekSoundKeys('oulrich').includes(soundKey('Ulrich')));
});

test('a French name is read by sound with its own letters: j is a zh, its last consonants are silent ("Шарл Мишел", "Ζαν-Νοέλ Μπαρό")', () => {
  assert.equal(soundKey('Charles', 'fr'), cyrillicSoundKeys(romaniseCyrillic('шарл', 'bg'))[0]);
  assert.equal(soundKey('Barrot', 'fr'), soundKey('baro'));
  assert.equal(soundKey('Jean', 'fr'), soundKey('zhan'));
  // a consonant it sounds stays
  assert.equal(soundKey('Macron', 'fr'), soundKey('makron'));
});

test('an English name\'s w written в at its start is also read as the w it is ("Виткоф" is Witkoff)', () => {
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('виткоф', 'sr')).includes(soundKey('Witkoff')));
  // with the Ukrainian г read as a g too ("Вонг", romanised "vonh", is Wong)
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('вонг', 'uk')).includes(soundKey('Wong')));
  // and still as a v ("Володимир")
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('володимир', 'uk')).includes(soundKey('Volodymyr')));
});

test('Greek γι before a vowel is also read as a y ("Γιασάρ Γκιουλέρ" is Yaşar Güler)', () => {
  assert.ok(greekSoundKeys('giasar').includes(soundKey('Yasar')));
});

test('each source language\'s letters as the Cyrillic and Greek press transcribes them', () => {
  const greek = (word: string) => romaniseGreek(word).flatMap(greekSoundKeys);
  // German ch is a kh and j a y ("Вагенкнехт", "Йенс"); its chr and chs keep their k
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('вагенкнехт', 'ru')).includes(soundKey('Wagenknecht', 'de')));
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('йенс', 'ru')).includes(soundKey('Jens', 'de')));
  assert.equal(soundKey('Christian', 'de'), soundKey('kristian'));
  assert.equal(soundKey('Fuchs', 'de'), soundKey('fuks'));
  // the cedilla's c is an s ("Φρανσουά" is François), a Turkish ş a sh and ğ nothing ("Эрдоган")
  assert.ok(greek('φρανσουά').includes(soundKey('François', 'fr')));
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('эрдоган', 'ru')).includes(soundKey('Erdoğan', 'tr')));
  // Greek τζ is a j, θ the z of a Spanish name ("Τζερόμ Πάουελ", "Σάντσεθ")
  assert.ok(greek('τζερόμ').includes(soundKey('Jerome')));
  assert.ok(greek('σάντσεθ').includes(soundKey('Sánchez', 'es')));
  // Catalan: a final ig is a ch, a t after n silent ("Пучдемон")
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('пучдемон', 'bg')).includes(soundKey('Puigdemont', 'ca')));
  assert.notEqual(soundKey('Puigdemont', 'es'), soundKey('Puigdemont', 'ca'));
  // Hungarian ly is a y ("Вархеји" is Várhelyi: Serbian and Macedonian ј is a y too)
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('вархеји', 'mk')).includes(soundKey('Várhelyi', 'hu')));
  // the ц of the Belarusian, Serbian and Macedonian romanisations (c) is a ts, as a Lithuanian c
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('палуцкас', 'be')).includes(soundKey('Paluckas', 'lt')));
  // Albanian j is a y ("Бегај")
  assert.ok(cyrillicSoundKeys(romaniseCyrillic('бегај', 'mk')).includes(soundKey('Begaj', 'sq')));
  // Italian ch is a k, sci a sh; Portuguese lh and nh soft l and n
  assert.equal(soundKey('Chiesa', 'it'), soundKey('kyeza'));
  assert.equal(soundKey('Scianna', 'it'), soundKey('shanna'));
  assert.equal(soundKey('Coelho', 'pt'), soundKey('koelyo'));
});

test('a full name from German, French, Spanish or Catalan written as it sounds links to the person', () => {
  const from = (id: string, name: string, country: string): Entity => ({ ...person(id, name), related: [`gloss:country:${country}`] }) as unknown as Entity;
  const m = new Matcher(compilePack({ ...pack, entities: [from('t:wagenknecht', 'Sahra Wagenknecht', 'de'), from('t:bayrou', 'François Bayrou', 'fr'), from('t:sanchez', 'Pedro Sánchez', 'es'), from('t:puigdemont', 'Carles Puigdemont', 'es')] } as Pack));
  const found = (text: string, lang: string): string[] => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(found('Основательница партии Сара Вагенкнехт выступила в Берлине.', 'ru'), ['Сара Вагенкнехт=t:wagenknecht']);
  assert.deepEqual(found('Ο Φρανσουά Μπαϊρού έχασε την ψήφο εμπιστοσύνης.', 'el'), ['Φρανσουά Μπαϊρού=t:bayrou']);
  assert.deepEqual(found('Ο πρωθυπουργός Πέδρο Σάντσεθ επισκέφθηκε την Αθήνα.', 'el'), ['Πέδρο Σάντσεθ=t:sanchez']);
  assert.deepEqual(found('Бившият лидер Карлес Пучдемон се завърна.', 'bg'), ['Карлес Пучдемон=t:puigdemont']);
});
