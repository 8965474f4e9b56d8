/**
 * Chinese names in Cyrillic, written in the Palladius system, read as the Pinyin the pack's aliases
 * use (src/core/spot/palladius.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinyinOfPalladius } from '../../src/core/spot/palladius.ts';

test('Palladius syllables read as Pinyin: j/q/x before i and ü, zh/ch/sh/r, o after b/p/m/f and uo elsewhere', () => {
  const cases: Record<string, string> = {
    си: 'xi', цзиньпин: 'jinping', ли: 'li', цян: 'qiang', ван: 'wang', и: 'yi', мао: 'mao', цзэдун: 'zedong',
    дэн: 'deng', сяопин: 'xiaoping', ху: 'hu', цзиньтао: 'jintao', вэнь: 'wen', цзябао: 'jiabao', чжоу: 'zhou',
    эньлай: 'enlai', шанхай: 'shanghai', ухань: 'wuhan', гуанчжоу: 'guangzhou', шэньчжэнь: 'shenzhen',
    синьцзян: 'xinjiang', тяньцзинь: 'tianjin', чунцин: 'chongqing', цзы: 'zi', чжи: 'zhi', жэньминь: 'renmin',
    бо: 'bo', го: 'guo', сюй: 'xu', юань: 'yuan',
  };
  for (const [cyrillic, pinyin] of Object.entries(cases)) assert.equal(pinyinOfPalladius(cyrillic), pinyin, cyrillic);
});

test('Ukrainian spellings of Palladius (і for и) read the same', () => {
  assert.equal(pinyinOfPalladius('сі'), 'xi');
  assert.equal(pinyinOfPalladius('цзіньпін'), 'jinping');
});

test('a word that is no run of Palladius syllables has no Pinyin reading', () => {
  for (const w of ['москва', 'лавров', 'зеленский', 'киев', 'беларусь', 'шы', 'жя', '']) assert.equal(pinyinOfPalladius(w), null, w);
});
