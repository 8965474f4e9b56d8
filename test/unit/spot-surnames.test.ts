/** Surnames derived from full names: family-name-first (Chinese, Korean) and regnal numbers / suffixes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePack, Matcher, spot, surnameOf } from '../../src/core/spot/index.ts';
import type { Alias, Entity, Pack } from '../../src/core/pack/types.ts';

const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];
const pack = (entities: Entity[]): Pack => ({
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC, entities,
});
const person = (id: string, name: string, related: string[] = [], aliases: Alias[] = []): Entity => ({
  id, name, type: 'person', description: 'd', summary: 's', aliases, related, sources: SRC,
});
const CN = ['gloss:country:cn'];
const KR = ['gloss:country:kr'];
const KP = ['gloss:country:kp'];

const PEOPLE = [
  person('t:xi', 'Xi Jinping', CN),
  person('t:wang', 'Wang Yi', CN),
  person('t:li', 'Li Qiang', CN),
  person('t:lee', 'Lee Jae-myung', KR, [{ text: 'Lee Jae Myung', kind: 'name' }]),
  person('t:kju', 'Kim Jong Un', KP, [{ text: 'Kim Jong-un', kind: 'name' }]),
  person('t:kyj', 'Kim Yo-jong', KP),
  person('t:huang', 'Jensen Huang', ['gloss:country:tw']),
  person('t:lai', 'Lai Ching-te', ['gloss:country:tw'], [{ text: 'William Lai', kind: 'name' }]),
  person('t:zh', 'Zhou Enlai', [], [{ text: 'Zhou Enlai', lang: 'zh', kind: 'transliteration' }]),
  person('t:ishiba', 'Shigeru Ishiba', ['gloss:country:jp']),
  person('t:pham', 'Pham Minh Chinh', ['gloss:country:vn']),
  person('t:polo', 'Marco Polo', CN),
  person('t:b16', 'Pope Benedict XVI', [], [{ text: 'Benedict XVI', kind: 'name' }]),
  person('t:c3', 'Charles III', [], [{ text: 'King Charles III', kind: 'name' }, { text: 'Charles III of the United Kingdom', kind: 'name' }]),
  person('t:jp2', 'Pope John Paul II', [], [{ text: 'John Paul II', kind: 'name' }, { text: 'Karol Wojtyła', kind: 'name' }]),
  person('t:a2', 'Abdullah II of Jordan', [], [{ text: 'King Abdullah II', kind: 'name' }]),
  person('t:mlk', 'Martin Luther King Jr.', []),
  person('t:aquino', 'Benigno Aquino III', []),
];
const matcher = new Matcher(compilePack(pack(PEOPLE)));
const marks = (text: string) => spot(text, [matcher], { lang: 'en' }).mentions.map((m) => ({ text: m.text, id: m.entityId, candidates: m.candidates }));
const idOf = (text: string, word: string, nth = 0): string | undefined => {
  const found = marks(text).filter((m) => m.text === word);
  return found[nth]?.id;
};

test('family-name-first names give the first word, never the given name', () => {
  const ff = { familyFirst: true };
  assert.equal(surnameOf('Xi Jinping', ff), 'Xi');
  assert.equal(surnameOf('Lee Jae-myung', ff), 'Lee');
  assert.equal(surnameOf('Kim Jong Un', ff), 'Kim');
  assert.equal(surnameOf('Han Kang', ff), 'Han');
  // Western-order names of the same people keep the family name
  assert.equal(surnameOf('Jensen Huang', ff), 'Huang');
  assert.equal(surnameOf('John Lee Ka-chiu', ff), 'Lee');
  assert.equal(surnameOf('Marco Polo', ff), 'Polo');
  // without the flag: the last word, as for everyone else
  assert.equal(surnameOf('Shigeru Ishiba'), 'Ishiba');
  assert.equal(surnameOf('Pham Minh Chinh'), 'Chinh');
});

test('a Chinese or Korean person is linked by family name after the full name, not by the given name', () => {
  const text = 'Xi Jinping met Lee Jae-myung and Wang Yi in Beijing. Later, Xi said the talks went well. Lee agreed; Wang nodded. Jinping and Jae-myung were not mentioned.';
  const m = marks(text);
  assert.equal(idOf(text, 'Xi'), 't:xi');
  assert.equal(idOf(text, 'Lee'), 't:lee');
  assert.equal(idOf(text, 'Wang'), 't:wang');
  assert.ok(!m.some((x) => x.text === 'Jinping' || x.text === 'Jae-myung'), JSON.stringify(m));
});

test('short family names need the full name first and keep the capitalisation rules', () => {
  assert.equal(idOf('Xi said the talks went well. Xi Jinping later arrived.', 'Xi'), undefined, 'before the full name');
  const m = marks('Xi Jinping and Wang Yi arrived. The xi and wang fans left, and the wang was quiet.');
  assert.ok(!m.some((x) => x.text === 'xi' || x.text === 'wang'), JSON.stringify(m));
  const li = marks('Li Qiang toured a Li-ion battery plant. Li said the plant would grow; Li-ion cells and the Li-Qiang-era policies.').filter((x) => x.text === 'Li');
  assert.equal(li.length, 1, JSON.stringify(li));
  assert.equal(li[0]!.id, 't:li');
});

test('"Kim" stays ambiguous between two Kims named on the page', () => {
  const text = 'Kim Jong Un and his sister Kim Yo-jong watched the launch. Kim said it was a success.';
  const kims = marks(text).filter((x) => x.text === 'Kim');
  assert.equal(kims.length, 1, JSON.stringify(kims));
  assert.equal(kims[0]!.id, '');
  assert.deepEqual(kims[0]!.candidates, ['t:kju', 't:kyj']);
  assert.equal(idOf('Kim Jong Un watched the launch. Kim said it was a success; Un did not.', 'Kim'), 't:kju');
  assert.equal(idOf('Kim Jong Un watched the launch. Kim said it was a success; Un did not.', 'Un'), undefined);
});

test('Western-order and zh-marked names, Japanese and Vietnamese names', () => {
  assert.equal(idOf('Jensen Huang spoke. Huang said chips matter.', 'Huang'), 't:huang');
  assert.equal(idOf('William Lai spoke. Later, Lai said so.', 'Lai'), 't:lai');
  assert.equal(idOf('Zhou Enlai spoke. Later, Zhou said so.', 'Zhou'), 't:zh');
  assert.equal(idOf('Zhou Enlai spoke. Later, Enlai said so.', 'Enlai'), undefined);
  assert.equal(idOf('Shigeru Ishiba spoke. Later, Ishiba said so.', 'Ishiba'), 't:ishiba');
  assert.equal(idOf('Pham Minh Chinh spoke. Later, Chinh said so.', 'Chinh'), 't:pham');
  assert.equal(idOf('Marco Polo sailed. Later, Polo wrote.', 'Polo'), 't:polo');
});

test('regnal numbers derive nothing; generational suffixes are skipped', () => {
  for (const n of ['Benedict XVI', 'Pope Benedict XVI', 'Charles III', 'King Charles III', 'Charles III of the United Kingdom', 'Abdullah II of Jordan', 'Pope John Paul II', 'Carl XVI Gustaf', 'Felipe VI', 'Rama X']) {
    assert.equal(surnameOf(n), null, n);
  }
  assert.equal(surnameOf('Martin Luther King Jr.'), 'King');
  assert.equal(surnameOf('Surangel WHIPPS, Jr.'), 'WHIPPS');
  assert.equal(surnameOf('Robert F. Kennedy Jr'), 'Kennedy');
  assert.equal(surnameOf('Benigno Aquino III'), 'Aquino');
  assert.equal(surnameOf('Karl III.'), null, 'German ordinal full stop');
  assert.equal(surnameOf('Sarah I. Smith'), 'Smith', 'a middle initial is not a numeral');
  assert.equal(surnameOf('Gukesh D'), null, 'a final initial is not a surname');
});

test('no surname marks from a regnal name on a page', () => {
  const text = 'Pope Benedict XVI met Charles III and King Abdullah II of Jordan; Pope John Paul II was recalled. XVI, III, II, Charles, Jordan, Kingdom and Paul appear later.';
  const m = marks(text).filter((x) => ['XVI', 'III', 'II', 'Charles', 'Jordan', 'Kingdom', 'Paul', 'Benedict'].includes(x.text));
  assert.deepEqual(m, []);
  assert.equal(idOf('Martin Luther King Jr. spoke. Later, King marched.', 'King'), 't:mlk');
  assert.equal(idOf('Martin Luther King Jr. spoke. Later, Jr. marched.', 'Jr'), undefined);
  assert.equal(idOf('Benigno Aquino III spoke. Later, Aquino won.', 'Aquino'), 't:aquino');
  // a pope's birth name still gives a surname; his regnal name's words do not
  assert.equal(idOf('Pope John Paul II, born Karol Wojtyła, spoke. Later, Wojtyła wrote.', 'Wojtyła'), 't:jp2');
  assert.equal(idOf('Pope John Paul II, born Karol Wojtyła, spoke. Later, Paul wrote.', 'Paul'), undefined);
});

test('a surname two people named in full share goes to the one its own paragraph named; both in it, or neither, it stays ambiguous', () => {
  const m = new Matcher(compilePack(pack([person('t:xabi', 'Xabi Alonso', ['gloss:country:es']), person('t:fernando', 'Fernando Alonso', ['gloss:country:es'])])));
  const found = (text: string) => spot(text, [m], { lang: 'en', blockBreaks: true }).mentions.filter((x) => x.text === 'Alonso').map((x) => x.entityId || (x.candidates ?? []).join('|'));
  assert.deepEqual(found('Xabi Alonso coaches Real Madrid. Alonso won the league with Leverkusen.\nIn Abu Dhabi, Fernando Alonso drove his last race. "No regrets," said Alonso.'), ['t:xabi', 't:fernando']);
  assert.deepEqual(found('Xabi Alonso and Fernando Alonso met in Madrid. Alonso said it was fun.'), ['t:fernando|t:xabi']);
  assert.deepEqual(found('Xabi Alonso coaches Real Madrid.\nFernando Alonso drove his last race.\nAlonso was not there.'), ['t:fernando|t:xabi']);
  // without block breaks (hard-wrapped text) a paragraph ends at an empty line, not at a line break
  const wrapped = (text: string) => spot(text, [m], { lang: 'en' }).mentions.filter((x) => x.text === 'Alonso').map((x) => x.entityId || (x.candidates ?? []).join('|'));
  assert.deepEqual(wrapped('Xabi Alonso coaches Real Madrid.\n\nFernando Alonso drove his\nlast race. Alonso said so.'), ['t:fernando']);
  assert.deepEqual(wrapped('Xabi Alonso coaches Real Madrid.\nFernando Alonso drove his\nlast race. Alonso said so.'), ['t:fernando|t:xabi']);
});

test('a surname is never particles alone: a letter after "de la" is the surname\'s last word ("Rogelio Ramírez de la O"), not an initial', () => {
  assert.equal(surnameOf('Rogelio Ramírez de la O'), 'de la O');
  assert.equal(surnameOf('Someone de la'), null);
  assert.equal(surnameOf('Gukesh D'), null);
  // and the page's "de La France insoumise" stays the party's name
  const m = new Matcher(compilePack(pack([person('t:rdlo', 'Rogelio Ramírez de la O', ['gloss:country:mx']), { ...person('t:lfi', 'La France insoumise'), type: 'organisation' }])));
  const found = spot('Rogelio Ramírez de la O habló. Jean-Luc Mélenchon, chef de La France insoumise, a répondu.', [m], { lang: 'fr' }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.ok(found.includes('La France insoumise=t:lfi'), found.join(', '));
});
