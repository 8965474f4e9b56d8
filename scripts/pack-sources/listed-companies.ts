/**
 * A pass after the generators (all.ts LAST, at the end): the research registry (ror.ts) names many
 * companies, and their one-word names match only with the page's support, since most are small
 * research firms and some are words ("Bunge"). A company the Gloss team's list of listed companies
 * (overrides/companies-europe.json: the main indices' constituents) names is no small firm: its
 * one-word name in the registry's entity of the same country matches freely, capitalised only
 * ("Umicore", "Solvay", "Takeda"), unless it is an ordinary word, someone's name, a place or a
 * town ("Olympus", "Allegro", "Galapagos", "Trelleborg"). The registry's entities of that name in
 * other countries (a subsidiary: "Nexans" in the United States) keep their guard, so the page's
 * mention goes to the listed company.
 *
 *   node --import tsx scripts/pack-sources/listed-companies.ts [--verbose]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { ENTITIES_DIR, readJson, readOverrides, writeEntities } from './lib/common.ts';
import { townKeys } from './lib/towns.ts';
import { isAnyEnglishWord, isStopword, isWordLike, marksEnglishPages, personWords } from './lib/claims.ts';

const FILE = 'institutions.json';
/** towns of GeoNames, whatever their size: a company named like one ("Trelleborg") keeps its guard */
const TOWNS = townKeys();

interface Listed { name: string; legal?: string; aka?: string[]; country: string }
/** the listed companies' names, by key: the countries of the companies that bear them */
const listed = new Map<string, Set<string>>();
for (const c of readOverrides<{ companies: Listed[] }>('companies-europe.json').companies) {
  for (const n of [c.name, c.legal, ...(c.aka ?? [])]) {
    if (!n) continue;
    const k = normaliseKey(n);
    if (!listed.has(k)) listed.set(k, new Set());
    listed.get(k)!.add(c.country.toLowerCase());
  }
}

const files = new Map(readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).map((f) => [f, readJson<Entity[]>(join(ENTITIES_DIR, f))]));
const persons = personWords([...files.values()].flat());
/** every name of a place in the pack ("Galapagos") */
const placeNames = new Set([...files.values()].flat().filter((e) => e.type === 'place').flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map(normaliseKey));
const countryOf = (e: Entity): string => e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length) ?? '';

/** names read and left guarded by the Gloss team: a word of another kind the lists above do not hold (a mountain) */
const KEEP_GUARDED = new Set(['Olympus'].map((w) => normaliseKey(w)));

const log = { freed: 0, word: 0, abroad: 0 };
const verbose: string[] = [];
for (const e of files.get(FILE) ?? []) {
  if (e.type !== 'organisation' || !e.description.startsWith('Company')) continue;
  for (const a of e.aliases) {
    if (!a.requiresContext || a.kind === 'acronym' || /\s/u.test(a.text)) continue;
    const k = normaliseKey(a.text);
    const countries = listed.get(k);
    if (!countries) continue;
    if (!countries.has(countryOf(e))) { log.abroad++; verbose.push(`${a.text} (${e.id}): in another country than the listed company`); continue; }
    if (isWordLike(a.text, persons) || marksEnglishPages(a.text) || isAnyEnglishWord(a.text) || isStopword(a.text) || TOWNS.has(k) || placeNames.has(k) || KEEP_GUARDED.has(k)) {
      log.word++;
      verbose.push(`${a.text} (${e.id}): a word, a name or a place`);
      continue;
    }
    delete a.requiresContext;
    delete a.contextWords;
    log.freed++;
    verbose.push(`${a.text} (${e.id}): matched freely`);
  }
}
writeEntities(FILE, files.get(FILE)!);
console.log(`listed companies in the research registry: ${log.freed} names matched freely; ${log.word} words, names or places and ${log.abroad} entities in another country keep their guard`);
if (process.argv.includes('--verbose')) console.log(verbose.sort().join('\n'));
