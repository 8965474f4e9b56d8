/**
 * The hand-written people files of the default pack (packs/default/entities/people-*.json, issue #5):
 * dated roles, links to countries, and the precision rules that keep ordinary words unmarked.
 * Run: node --import tsx --test test/unit/people-pack.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Entity } from '../../src/core/pack/types.ts';
import { surnameOf } from '../../src/core/spot/compile.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';

const DIR = new URL('../../packs/default/entities/', import.meta.url);
const all = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const peopleFiles = all.filter((f) => f.startsWith('people-'));
const people: Entity[] = peopleFiles.flatMap((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Entity[]);
const others: Entity[] = all.filter((f) => !f.startsWith('people-')).flatMap((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Entity[]);
const label = (e: Entity) => `${e.id} (${e.name})`;

test('at least 700 people, all of type person, each linked to a country or an organisation', () => {
  assert.ok(people.length >= 700, `only ${people.length} people in ${peopleFiles.join(', ')}`);
  for (const e of people) {
    assert.equal(e.type, 'person', label(e));
    assert.ok(e.related?.some((r) => r.startsWith('gloss:country:') || /^Q\d+$/.test(r)), `${label(e)} is not related to a country`);
  }
});

test('every summary has at least two sentences in the team\'s words', () => {
  const short = people.filter((e) => e.summary.length < 80 || !/(?<!\b\p{Lu})[.!?]["”]?\s+[\p{Lu}"“]/u.test(e.summary)).map(label);
  assert.deepEqual(short, [], 'summaries with a single sentence');
});

test('roles are dated, never "is the current"; dates are ISO', () => {
  const iso = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  for (const e of people) {
    assert.doesNotMatch(`${e.description} ${e.summary}`, /\b(is|as) the current\b/i, label(e));
    for (const f of e.facts ?? []) {
      for (const k of ['since', 'until', 'asOf'] as const) if (f[k] !== undefined) assert.match(f[k]!, iso, `${label(e)} ${f.label}.${k}`);
      if (f.since && f.until) assert.ok(f.since <= f.until, `${label(e)} ${f.label}: ${f.since} after ${f.until}`);
    }
  }
});

test('no person duplicates a current leader or another entity by name', () => {
  const names = new Map(others.filter((e) => e.type === 'person').map((e) => [normaliseKey(e.name), e.id]));
  const dup = people.filter((e) => names.has(normaliseKey(e.name))).map((e) => `${label(e)} = ${names.get(normaliseKey(e.name))}`);
  assert.deepEqual(dup, [], 'people listed twice');
});

// Words that must never be linked as a person's surname on their own.
const ORDINARY = new Set(['i', 'a', 'il', 'un', 'une', 'le', 'la', 'el', 'de', 'der', 'die', 'das', 'the', 'may', 'mai', 'brown', 'key', 'major',
  'english', 'west', 'john', 'bush', 'rice', 'king', 'cook', 'gates', 'jobs', 'page', 'hunt', 'straw', 'truss', 'gore', 'fox', 'wade', 'moon',
  'park', 'lee', 'kim', 'costa', 'conte', 'borne', 'royal', 'kohl', 'lagos', 'toledo', 'swift', 'hamilton', 'junior', 'senior', 'wales', 'york']);

test('no explicit surname alias is an ordinary word (those are left to the after-full-name rule)', () => {
  const bad = people.flatMap((e) => e.aliases.filter((a) => a.kind === 'surname' && ORDINARY.has(normaliseKey(a.text))).map((a) => `${label(e)}: ${a.text}`));
  assert.deepEqual(bad, [], 'surname aliases that are ordinary words');
});

test('the surnames the engine derives from full names are not pronouns, articles or place words', () => {
  const bad: string[] = [];
  for (const e of people) {
    for (const a of [{ text: e.name, kind: 'name' }, ...e.aliases]) {
      if (a.kind && !['name', 'transliteration', 'former'].includes(a.kind)) continue;
      const s = surnameOf(a.text);
      // lower-case generation words ("Bush junior") would match any capitalisation; capitalised ones ("Vinícius Júnior") only as names
      if (s && (['I', 'Il', 'Un', 'Une', 'The', 'John', 'West', 'English', 'Wales', 'York', 'Arabia', 'Belgium'].includes(s) || ['junior', 'senior', 'jr', 'sr'].includes(s.replace(/\.$/, '')))) bad.push(`${label(e)}: "${a.text}" → "${s}"`);
    }
  }
  assert.deepEqual(bad, [], 'full names whose derived surname is an ordinary word');
});

test('shared surnames say how to tell the people apart', () => {
  const owners = new Map<string, Entity[]>();
  for (const e of people) for (const a of e.aliases) if (a.kind === 'surname') owners.set(normaliseKey(a.text), [...(owners.get(normaliseKey(a.text)) ?? []), e]);
  for (const [key, list] of owners) {
    if (new Set(list.map((e) => e.id)).size < 2) continue;
    for (const e of list) assert.ok(e.aliases.find((a) => normaliseKey(a.text) === key)?.sharedNote, `${label(e)}: "${key}" is shared but has no sharedNote`);
  }
  const bush = people.filter((e) => e.aliases.some((a) => a.text === 'President Bush'));
  assert.equal(bush.length, 2, 'both Bushes carry "President Bush" with a shared note');
});
