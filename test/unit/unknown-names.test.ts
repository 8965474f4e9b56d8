/**
 * Names no pack knows, for the optional faint marks (src/core/lookup/unknown-names.ts). Measured
 * on ../shared/pages by scripts/unknown-names-report.ts; these are the rule's cases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_PER_PAGE, unknownNames } from '../../src/core/lookup/unknown-names.ts';

const names = (text: string, taken: { start: number; end: number }[] = []) => unknownNames(text, taken).map((n) => n.text);
/** running text around the sentence: most of its words are not capitalised, as in an article */
const prose = (s: string) => `${s} The rest of this paragraph is ordinary running text, written the way news articles usually read when nothing special happens in them.`;

describe('names no pack knows', () => {
  it('finds runs of capitalised words in running text, with particles and initials', () => {
    assert.deepEqual(
      names(prose('Yesterday the council heard from Ilse Vandermeer, Ursula von der Leyen and Morris W. Travers at the Bank of England.')),
      ['Ilse Vandermeer', 'Ursula von der Leyen', 'Morris W. Travers', 'Bank of England'],
    );
  });

  it('drops a sentence’s common first word, titles and function words, but keeps a name that starts a sentence', () => {
    const text = prose('Officials met. Despite Senator Jane Roe and President Tom Vale, nothing moved. Lucas Nolan is a reporter. The officials agreed, despite everything.');
    assert.deepEqual(names(text), ['Jane Roe', 'Tom Vale', 'Lucas Nolan']);
    assert.deepEqual(names(prose('The police said that Mr. Frankel spoke.')), [], 'a title and a single word left: nothing');
  });

  it('leaves headlines, menus and short blocks alone', () => {
    assert.deepEqual(names('How The World Changed After The Great Storm Hit Local Town\nSign In\nWorld News Politics Business'), []);
  });

  it('never marks inside or across a name a pack knows; a month or a weekday is no part of a name', () => {
    const text = prose('On Monday Joe Biden met Kaja Kallas and Grand Duke Henri in March.');
    assert.deepEqual(names(text), ['Joe Biden', 'Kaja Kallas', 'Grand Duke Henri']);
    const biden = text.indexOf('Joe Biden');
    assert.deepEqual(names(text, [{ start: biden, end: biden + 'Joe Biden'.length }]), ['Kaja Kallas', 'Grand Duke Henri']);
    const kallas = text.indexOf('Kallas');
    assert.deepEqual(names(text, [{ start: kallas, end: kallas + 'Kallas'.length }]), ['Joe Biden', 'Grand Duke Henri'], 'a name overlapping a mark is left out whole');
  });

  it('a possessive ends a name; titles of works and run-together words are none', () => {
    assert.deepEqual(names(prose('An inquest into Eloise Parry’s death heard from Parliament’s Joint Committee on Security.')), ['Eloise Parry', 'Joint Committee']);
    assert.deepEqual(names(prose('Her works have titles such as “You Loved Me Like a Distant Star” and she says so.')), []);
    assert.deepEqual(names(prose('The caption read CreditChang W. Lee for the photo they took.')), []);
    assert.deepEqual(names(prose('Bruce Nauman made My Name as Though It Were Written on the moon.')), ['Bruce Nauman']);
  });

  it('each name once, a shorter form of one already marked included; at most MAX_PER_PAGE', () => {
    assert.deepEqual(names(prose('Te Kaurinui Parata spoke, then Te Kaurinui left and Te Kaurinui Parata came back.')), ['Te Kaurinui Parata']);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const many = Array.from({ length: MAX_PER_PAGE + 10 }, (_, i) => prose(`Then Pers${letters[i % 26]} Nam${letters[Math.floor(i / 26)]} spoke.`)).join('\n');
    assert.equal(unknownNames(many, []).length, MAX_PER_PAGE);
  });

  it('offsets point into the text', () => {
    const text = prose('Word by Ilse Vandermeer.');
    for (const n of unknownNames(text, [])) assert.equal(text.slice(n.start, n.end), n.text);
  });
});
