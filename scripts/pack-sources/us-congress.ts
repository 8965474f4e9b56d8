/**
 * Generates packs/default/entities/people-us-congress.json: the members of the current US Congress
 * (legislators-current.yaml) and every US president and vice president since 1945
 * (executive.yaml), from unitedstates/congress-legislators at the pinned commit (CC0). ids are the
 * Wikidata QIDs the dataset gives; people already in the hand-kept people files are left out.
 *
 *   node --import tsx scripts/pack-sources/us-congress.ts
 */
import { parse } from 'yaml';
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { humanDate, slug, writeEntities } from './lib/common.ts';
import { Claims, noteSharedWithin, priorEntities } from './lib/claims.ts';
import { readSourceFile, type GitSource } from './lib/sources.ts';
import { US_STATES } from './lib/us-states.ts';

export const CONGRESS: GitSource = {
  repo: 'unitedstates/congress-legislators',
  commit: 'dfa9622263dd4c8d08636926e498f1845704d7eb',
  ref: { name: 'congress-legislators (unitedstates project)', url: 'https://github.com/unitedstates/congress-legislators', licence: 'CC0-1.0', asOf: '2026-06-15' },
};
const EXECUTIVE_SINCE = '1945-01-01';

interface Term { type: 'sen' | 'rep' | 'prez' | 'viceprez'; start: string; end: string; state?: string; district?: number; party?: string }
interface Person {
  id: { wikidata?: string; bioguide?: string };
  name: { first: string; last: string; middle?: string; nickname?: string; suffix?: string; official_full?: string };
  bio?: { birthday?: string };
  terms: Term[];
}

const current = parse(readSourceFile(CONGRESS, 'legislators-current.yaml')) as Person[];
const executive = parse(readSourceFile(CONGRESS, 'executive.yaml')) as Person[];
const prior = priorEntities('people-us-congress.json');
const claims = new Claims(prior);
const src = CONGRESS.ref;
const PARTY: Record<string, string> = { Democrat: 'Democratic', Republican: 'Republican', Independent: 'independent' };
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** the first start of the unbroken run of terms of the same kind that reaches the latest one */
function since(terms: Term[], type: Term['type']): string {
  const mine = terms.filter((t) => t.type === type);
  let start = mine[mine.length - 1]!.start;
  for (let i = mine.length - 2; i >= 0; i--) {
    if (Date.parse(mine[i + 1]!.start) - Date.parse(mine[i]!.end) > 40 * 86400e3) break;
    start = mine[i]!.start;
  }
  return start;
}

function names(p: Person): { name: string; aliases: Alias[] } {
  const { first, last, middle, nickname, suffix, official_full } = p.name;
  const mi = middle ? ` ${middle[0]}.` : '';
  const name = official_full ?? (nickname ? `${nickname} ${last}` : `${first}${mi} ${last}`);
  const forms = new Set([`${first}${mi} ${last}`, `${first} ${last}`, nickname ? `${nickname} ${last}` : '', suffix ? `${first} ${last} ${suffix}` : '']
    .filter((x) => x && x !== name));
  return { name, aliases: [...forms].map((text) => ({ text, kind: 'name' as const })) };
}

const entities: Entity[] = [];
const people = [
  ...current.map((p) => ({ p, role: 'congress' as const })),
  ...executive.filter((p) => p.terms.some((t) => (t.type === 'prez' || t.type === 'viceprez') && t.end >= EXECUTIVE_SINCE)).map((p) => ({ p, role: 'executive' as const })),
];
const seen = new Set<string>();
let skipped = 0;
for (const { p, role } of people) {
  const qid = p.id.wikidata;
  const { name, aliases } = names(p);
  const id = qid && /^Q[1-9]\d*$/.test(qid) ? qid : `gloss:person:${slug(name)}`;
  if (seen.has(id)) continue;
  // a person an earlier file already describes (by id, or by name)
  if (claims.ids.has(id) || claims.taken(name, id) || aliases.some((a) => claims.taken(a.text, id))) { skipped++; continue; }
  seen.add(id);
  const last = p.terms[p.terms.length - 1]!;
  const facts: Fact[] = [];
  if (p.bio?.birthday) facts.push({ label: 'Born', value: p.bio.birthday, source: src.name });
  const sentences: string[] = [];
  let description: string;
  const titled: Alias[] = [];
  if (role === 'congress') {
    const state = US_STATES[last.state ?? ''] ?? last.state ?? '';
    const party = PARTY[last.party ?? ''] ?? last.party ?? '';
    const start = since(p.terms, last.type);
    const chamber = last.type === 'sen' ? 'Senator' : 'Representative';
    const seat = last.type === 'sen' ? `from ${state}` : last.district ? `for ${state}'s ${ordinal(last.district)} congressional district` : `for ${state} (at large)`;
    description = `US ${chamber} ${seat}${party ? ` (${party === 'independent' ? 'independent' : party})` : ''} since ${start.slice(0, 4)}`;
    sentences.push(`${name} has been a ${party && party !== 'independent' ? `${party} ` : party === 'independent' ? 'independent ' : ''}member of the US ${last.type === 'sen' ? 'Senate' : 'House of Representatives'} ${seat} since ${humanDate(start)}.`);
    facts.push({ label: last.type === 'sen' ? 'US Senator' : 'US Representative', value: `${seat[0]!.toUpperCase()}${seat.slice(1)}`, since: start, asOf: src.asOf, source: src.name });
    if (party) facts.push({ label: 'Party', value: party === 'independent' ? 'Independent' : `${party} Party`, asOf: src.asOf, source: src.name });
    const prevHouse = last.type === 'sen' && p.terms.some((t) => t.type === 'rep');
    if (prevHouse) sentences.push(`Before that, a member of the House of Representatives.`);
    titled.push({ text: `${last.type === 'sen' ? 'Senator' : 'Representative'} ${p.name.last}`, lang: 'en', kind: 'title' });
    titled.push({ text: `${last.type === 'sen' ? 'Sen.' : 'Rep.'} ${p.name.last}`, lang: 'en', kind: 'title' });
  } else {
    const offices = ['prez', 'viceprez'].flatMap((type) => {
      const ts = p.terms.filter((t) => t.type === type);
      return ts.length ? [{ type, from: ts[0]!.start, to: ts[ts.length - 1]!.end }] : [];
    });
    description = offices.map((o) => `${o.type === 'prez' ? 'President' : 'Vice President'} of the United States ${o.from.slice(0, 4)}–${o.to.slice(0, 4)}`).join('; ');
    for (const o of offices) {
      facts.push({ label: 'Office', value: o.type === 'prez' ? 'President of the United States' : 'Vice President of the United States', since: o.from, until: o.to, source: src.name });
      sentences.push(`${name} was ${o.type === 'prez' ? 'President' : 'Vice President'} of the United States from ${humanDate(o.from)} to ${humanDate(o.to)}.`);
    }
    const party = p.terms[p.terms.length - 1]!.party;
    if (party) facts.push({ label: 'Party', value: `${PARTY[party] ?? party} Party`, source: src.name });
  }
  if (p.bio?.birthday) sentences.push(`Born ${humanDate(p.bio.birthday)}.`);
  entities.push({
    id,
    name,
    type: 'person',
    description,
    summary: sentences.join(' '),
    aliases: [...aliases, ...titled.filter((t) => !claims.taken(t.text, id))],
    facts,
    related: ['gloss:country:us'],
    sources: [{ ...src, ...(p.id.bioguide ? { url: `https://bioguide.congress.gov/search/bio/${p.id.bioguide}` } : {}) }],
  });
}
noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => `${o.name} (${o.description})`).join('; ')}: the full name or the state decides`);
writeEntities('people-us-congress.json', entities);
console.log(`${people.length} people; ${skipped} already in an earlier file`);
