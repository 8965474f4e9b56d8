/**
 * Chinese names in Pinyin as the Czech, Hungarian, Turkish, Serbian and Greek press writes them
 * (src/core/spot/chinese-names.ts), and the compiled pack reading them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseSpellings } from '../../src/core/spot/chinese-names.ts';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';

const spelled = (name: string): Record<string, string> => Object.fromEntries(chineseSpellings(name).map((s) => [s.lang, s.text]));

test('each system writes Pinyin syllables with its own letters: the Czech and Hungarian with hyphens between syllables', () => {
  assert.deepEqual(spelled('Xi Jinping'), { cs: 'Si Ťin-pching', hu: 'Hszi Csin-ping', tr: 'Şi Cinping', 'sr-Latn': 'Si Đinping', el: 'Σι Τζινπινγκ' });
  assert.equal(spelled('Li Qiang').cs, 'Li Čchiang');
  assert.equal(spelled('Li Qiang').hu, 'Li Csiang');
  assert.equal(spelled('Mao Zedong').cs, 'Mao Ce-tung');
  assert.equal(spelled('Deng Xiaoping').cs, 'Teng Siao-pching');
  assert.equal(spelled('Deng Xiaoping').hu, 'Teng Hsziao-ping');
  assert.equal(spelled('Hu Jintao').cs, 'Chu Ťin-tchao');
  assert.equal(spelled('Zhou Enlai').cs, 'Čou En-laj');
  assert.equal(spelled('Li Keqiang').hu, 'Li Ko-csiang');
  assert.equal(spelled('Jiang Zemin').hu, 'Csiang Cö-min');
  assert.equal(spelled('Wen Jiabao').hu, 'Ven Csia-pao');
  assert.equal(spelled('Wang Yi').cs, 'Wang I');
  assert.equal(spelled('Liu Xiaobo').cs, 'Liou Siao-po');
  // tone marks are dropped
  assert.equal(spelled('Xí Jìnpíng').cs, 'Si Ťin-pching');
});

test('a name with a word that is no Pinyin, or of one word, is not written again', () => {
  for (const name of ['Marco Polo', 'Jimmy Lai', 'Carrie Lam', 'John Lee Ka-chiu', 'Jinping', 'Pony Ma']) assert.deepEqual(chineseSpellings(name), [], name);
});

const SRC = [{ name: 'test', licence: 'CC0-1.0' }];
const person = (id: string, name: string, country: string): Entity =>
  ({ id, type: 'person', name, description: 'd', summary: 's', aliases: [], related: [country], sources: SRC }) as unknown as Entity;
const pack = {
  format: 'gloss-pack', formatVersion: 1, id: 't', name: 't', version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026', sources: SRC,
  entities: [person('t:xi', 'Xi Jinping', 'gloss:country:cn'), person('t:li', 'Li Qiang', 'gloss:country:cn'), person('t:wang', 'Wang Qiang', 'gloss:country:sg')],
} as unknown as Pack;
const matcher = new Matcher(compilePack(pack));
const marks = (text: string, lang: string): string[] => spot(text, [matcher], { lang }).mentions.map((m) => `${m.text}=${m.entityId}`);

test('the pack reads a Chinese person in the other systems, inflected too; only people of China are written so', () => {
  assert.deepEqual(marks('Čínský premiér Li Čchiang vyzval k otevření trhů. Prezident Si Ťin-pching přijal delegaci.', 'cs'), ['Li Čchiang=t:li', 'Si Ťin-pching=t:xi']);
  assert.deepEqual(marks('Hszi Csin-ping kínai elnök fogadta a minisztert, majd Li Csianggal tárgyalt.', 'hu'), ['Hszi Csin-ping=t:xi', 'Li Csianggal=t:li']);
  assert.deepEqual(marks('Çin Devlet Başkanı Şi Cinping heyeti kabul etti.', 'tr'), ['Şi Cinping=t:xi']);
  assert.deepEqual(marks('Si Đinping dočekao je predsednika, a Си Ђинпинг је рекао.', 'sr'), ['Si Đinping=t:xi', 'Си Ђинпинг=t:xi']);
  assert.deepEqual(marks('Ο Κινέζος πρόεδρος Σι Τζινπίνγκ θα επισκεφθεί την Ευρώπη.', 'el'), ['Σι Τζινπίνγκ=t:xi']);
  // a Singaporean's name in Pinyin is not written in the Czech system
  assert.deepEqual(marks('Ministr Wang Čchiang přijel.', 'cs'), []);
});
