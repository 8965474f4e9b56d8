/**
 * Generates packs/default/entities/companies-sp500.json: the constituents of the S&P 500 index,
 * from datasets/s-and-p-500-companies (data/constituents.csv at the pinned commit; Open Data
 * Commons Public Domain Dedication and License): name, GICS sector and sub-industry, headquarters,
 * founding year, date added to the index. Companies an earlier file already knows are left out.
 * The dataset has no Wikidata ids, so ids are gloss:company:<slug>.
 *
 *   node --import tsx scripts/pack-sources/companies-sp500.ts
 */
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { humanDate, slug, writeEntities } from './lib/common.ts';
import { Claims, dedupeAliases, isWordLike, noteSharedWithin, personWords, priorEntities } from './lib/claims.ts';
import { parseCsv, readSourceFile, type GitSource } from './lib/sources.ts';

export const SP500: GitSource = {
  repo: 'datasets/s-and-p-500-companies',
  commit: '56509dd80619e4d8e1410c2260d68ddd3eab6068',
  ref: { name: 'S&P 500 constituents (datasets/s-and-p-500-companies)', url: 'https://github.com/datasets/s-and-p-500-companies', licence: 'PDDL-1.0', asOf: '2026-08-08' },
};

const rows = parseCsv(readSourceFile(SP500, 'data/constituents.csv'));
const prior = priorEntities('companies-sp500.json');
const claims = new Claims(prior);
const persons = personWords(prior);
const src = SP500.ref;
const SUFFIX = /,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|PLC|Ltd\.?|Limited|N\.V\.|S\.A\.|AG|SE|Holdings?|Group|& Co\.)$/;

const entities: Entity[] = [];
const seen = new Set<string>();
let skipped = 0;
for (const r of rows) {
  const name = (r.Security ?? '').replace(/\s*\(Class [A-Z]\)\s*$/, '').trim();
  if (!name || seen.has(name)) continue;
  let short = name;
  while (SUFFIX.test(short)) short = short.replace(SUFFIX, '').trim();
  if (claims.taken(name) || claims.taken(short)) { skipped++; continue; }
  seen.add(name);
  // one-word names are matched capitalised only; a word or a person's name ("Target", "Dell") needs context
  const guard = (text: string): Partial<Alias> => (/\s/.test(text) ? {} : { caseSensitive: true, ...(isWordLike(text, persons) ? { requiresContext: true } : {}) });
  const aliases: Alias[] = [];
  if (!/\s/.test(name)) aliases.push({ text: name, kind: 'name', ...guard(name) });
  if (short !== name && short.length >= 3) aliases.push({ text: short, kind: 'short', ...guard(short) });
  const list = dedupeAliases(name, aliases);
  const hq = (r['Headquarters Location'] ?? '').trim();
  const founded = (r.Founded ?? '').match(/\d{4}/)?.[0];
  const added = /^\d{4}-\d{2}-\d{2}$/.test(r['Date added'] ?? '') ? r['Date added']! : undefined;
  const industry = (r['GICS Sub-Industry'] ?? '').trim();
  const sector = (r['GICS Sector'] ?? '').trim();
  const facts: Fact[] = [];
  if (industry) facts.push({ label: 'Industry', value: industry, source: src.name });
  if (hq) facts.push({ label: 'Headquarters', value: hq, source: src.name });
  if (founded) facts.push({ label: 'Founded', value: founded, since: founded, source: src.name });
  facts.push({ label: 'Listed in', value: 'S&P 500 index', ...(added ? { since: added } : {}), asOf: src.asOf, source: src.name });
  if (r.Symbol) facts.push({ label: 'Ticker', value: r.Symbol, source: src.name });
  const what = industry ? `${industry.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())} company` : 'company';
  entities.push({
    id: `gloss:company:${slug(name)}`,
    name,
    type: 'organisation',
    description: `US ${what}${hq ? ` based in ${hq}` : ''}`,
    summary: `${name} is a US ${what}${hq ? ` based in ${hq}` : ''}${founded ? `, founded in ${founded}` : ''}. It is in the S&P 500 stock index${added ? ` (since ${humanDate(added)})` : ''}${sector ? `, sector ${sector}` : ''}.`,
    aliases: list,
    facts,
    related: ['gloss:country:us'],
    sources: [src],
  });
}
noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => o.name).join(', ')}: context decides`);
writeEntities('companies-sp500.json', entities);
console.log(`${rows.length} constituents; ${skipped} already in an earlier file`);
