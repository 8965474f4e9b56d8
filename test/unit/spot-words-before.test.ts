import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordsJustBefore } from '../../src/core/spot/words-before.ts';

test('the words right before a name, nearest first, folded', () => {
  const text = 'said the Minister of Finance Rachel Reeves';
  assert.deepEqual(wordsJustBefore(text, text.indexOf('Rachel'), 5), ['finance', 'of', 'minister', 'the', 'said']);
  assert.deepEqual(wordsJustBefore(text, text.indexOf('Rachel'), 2), ['finance', 'of']);
});

test('hyphens, apostrophes and accents belong to a word; other characters end the run', () => {
  const text = "ministre de l'Économie Roland";
  assert.deepEqual(wordsJustBefore(text, text.indexOf('Roland'), 5), ["l'economie", 'de', 'ministre']);
  const after = 'Bundesministerin (für Wirtschaft) Katherina';
  assert.deepEqual(wordsJustBefore(after, after.indexOf('Katherina'), 5), [], 'a bracket right before the name: no word');
  const comma = 'Staatssekretär, Vize-Kanzler Name';
  assert.deepEqual(wordsJustBefore(comma, comma.indexOf('Name'), 5), ['vize-kanzler']);
});

test('no space before the name: no words; words are read within the 80 characters before it', () => {
  assert.deepEqual(wordsJustBefore('(Rachel', 1, 5), []);
  const long = `${'x'.repeat(100)} ${'abcdefghij '.repeat(8)}Name`;
  const words = wordsJustBefore(long, long.indexOf('Name'), 20);
  assert.deepEqual(words, [...Array(7).fill('abcdefghij'), 'ij'], 'the farthest word is cut where the 80 characters begin');
});

test('a letter outside the Basic Multilingual Plane is part of a word', () => {
  const text = 'the 𝐀bc Name';
  assert.deepEqual(wordsJustBefore(text, text.indexOf('Name'), 5).length, 2);
});
