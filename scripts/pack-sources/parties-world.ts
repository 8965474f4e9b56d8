/**
 * Generates packs/default/entities/parties-world.json: political parties of every country from
 * Party Facts (hdigital/partyfactsdata at the pinned commit, MIT licence): the parties Party Facts
 * links to a Wikidata item (import/wikipedia/wikidata.csv), with founding and dissolution years and
 * the largest recorded national vote share from the core parties list
 * (import/elecglob/partyfacts-core-parties.csv). Parties dissolved before 1990 are left out, and so
 * are parties already in the hand-kept parties.json. ids are QIDs.
 *
 *   node --import tsx scripts/pack-sources/parties-world.ts
 */
import { createRequire } from 'node:module';
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { writeEntities } from './lib/common.ts';
import { countryName, countryNameInText } from './lib/country-names.ts';
import { Claims, caseFreeRomance, dedupeAliases, isGenericName, isPersonName, noteSharedWithin, priorEntities } from './lib/claims.ts';
import { parseCsv, readSourceFile, type GitSource } from './lib/sources.ts';

export const PARTY_FACTS: GitSource = {
  repo: 'hdigital/partyfactsdata',
  commit: '764de8978f84ba41a1c88752d6a00b9a4d05f599',
  ref: { name: 'Party Facts', url: 'https://partyfacts.herokuapp.com/', licence: 'MIT', asOf: '2026-03-11' },
};
const OLDEST_LAST_YEAR = 1990;

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as { alpha3ToAlpha2(a3: string): string | undefined };

const core = new Map(parseCsv(readSourceFile(PARTY_FACTS, 'import/elecglob/partyfacts-core-parties.csv')).map((r) => [r.partyfacts_id, r]));
const linked = parseCsv(readSourceFile(PARTY_FACTS, 'import/wikipedia/wikidata.csv'));
const prior = priorEntities('parties-world.json');
const claims = new Claims(prior);
const countryIds = new Set(prior.filter((e) => e.id.startsWith('gloss:country:')).map((e) => e.id));
const LATIN = /^[\p{Script=Latin}\p{N}\s'’.,&\/()\-–]+$/u;
const src = PARTY_FACTS.ref;

const entities: Entity[] = [];
const seen = new Set<string>();
let skipped = 0;
for (const w of linked) {
  const qid = w.wikidata_id ?? '';
  const c = core.get(w.partyfacts_id ?? '');
  const a2 = iso.alpha3ToAlpha2(w.country ?? '') ?? (w.country === 'XKX' ? 'XK' : undefined);
  if (!/^Q[1-9]\d*$/.test(qid) || !c || !a2 || seen.has(qid) || claims.ids.has(qid)) continue;
  const cid = `gloss:country:${a2.toLowerCase()}`;
  const last = Number(c.year_last) || undefined;
  if ((last && last < OLDEST_LAST_YEAR) || !countryIds.has(cid)) continue;
  const english = (w.name ?? '').trim();
  if (!english || !LATIN.test(english)) continue;
  // an earlier file knows this party (or the name belongs to something else)
  const native = (w.name_native ?? '').trim();
  if (claims.taken(english, qid) || (native && claims.taken(native, qid))) { skipped++; continue; }
  const country = countryName(a2);
  // "Liberal Party", "Communist Party": many countries have one; the bare name stays unmarked
  const name = isGenericName(english) ? `${english} (${country})` : english;
  if (claims.taken(name, qid)) { skipped++; continue; }
  seen.add(qid);
  const aliases: Alias[] = [];
  if (native && LATIN.test(native) && /\s/.test(native) && !isGenericName(native) && !claims.taken(native, qid)) aliases.push({ text: native, kind: 'name' });
  const short = (w.name_short ?? '').trim();
  if (/^[\p{Script=Latin}\d\-+]{2,10}$/u.test(short) && /^\p{Lu}/u.test(short) && /\p{Lu}.*\p{Lu}/u.test(short) && !claims.taken(short, qid)) {
    aliases.push({ text: short, kind: 'acronym', caseSensitive: true, requiresContext: true });
  }
  if (!/\s/.test(name)) aliases.unshift({ text: name, kind: 'name', caseSensitive: true, requiresContext: true });
  const list = dedupeAliases(name, aliases).filter((a) => !(a.kind === 'name' && !/\s/.test(a.text) && isPersonName(a.text)));

  const first = Number(c.year_first) || undefined;
  const share = Number(c.share) || undefined;
  const where = countryNameInText(a2);
  const facts: Fact[] = [{ label: 'Country', value: country, source: src.name }];
  if (first) facts.push({ label: 'Founded', value: String(first), since: String(first), source: src.name });
  if (last) facts.push({ label: 'Dissolved', value: String(last), until: String(last), source: src.name });
  if (share && c.share_year) facts.push({ label: 'Best national vote share recorded', value: `${share} %`, asOf: c.share_year, source: src.name });
  const sentences = [
    `${/^(The |[A-Z]{2,})/.test(english) ? '' : 'The '}${english}${native && native !== english && LATIN.test(native) ? ` (${native})` : ''} ${last ? 'was' : 'is'} a political party in ${where}${first ? `, founded in ${first}` : ''}${last ? ` and dissolved in ${last}` : ''}.`,
    share && c.share_year ? `Party Facts records ${share} % of the vote in a national election in ${c.share_year}.` : '',
  ].filter(Boolean);
  entities.push({
    id: qid,
    name,
    type: 'organisation',
    description: `${last ? 'Former political' : 'Political'} party in ${where}${last && first ? ` (${first}–${last})` : ''}`,
    summary: sentences.join(' '),
    aliases: caseFreeRomance(name, list),
    facts,
    related: [cid],
    sources: [src],
  });
}
noteSharedWithin(entities, (others) => `also the name of ${others.slice(0, 3).map((o) => `${o.name} (${o.description})`).join('; ')}: the country on the page decides`);
writeEntities('parties-world.json', entities);
console.log(`${linked.length} parties linked to Wikidata; ${skipped} already known to an earlier file`);
