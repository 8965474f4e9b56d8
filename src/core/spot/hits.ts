/**
 * Raw matches of every pack (the trie's and the name index's) to the hits the page rules work on:
 * leftmost-longest without overlaps, each with its candidate entities.
 */
import { ENTRY_DERIVED_SURNAME, ENTRY_REQUIRES_CONTEXT, type CompiledEntry, type EntityCore } from '../pack/compiled.ts';
import type { RawHit } from './matcher.ts';
import type { NameVia } from './names.ts';

/** one entity a hit may name, through one alias entry: made once per entry by the Matcher and shared, so never changed */
export interface Candidate {
  readonly id: string;
  readonly entity: EntityCore;
  readonly entry: CompiledEntry;
}

export interface Hit {
  start: number;
  end: number;
  real: Candidate[];
  derived: Candidate[];
  /** found in another spelling (names.ts): the mention's reason */
  via?: NameVia;
  /** a person's full name found by given name and surname: links without a guard */
  fullName?: boolean;
  /** one word found by a stem or a variant key: the look-around of guarded words applies */
  lookAround?: boolean;
  /** the word's reading by a case ending, where its reading in another spelling was kept (NameHit.declined) */
  declined?: DeclinedReading;
}

/** a word's reading by a case ending, beside its reading in another spelling (the hit's candidates) */
export interface DeclinedReading {
  /** every candidate of that reading */
  candidates: Candidate[];
  /** those the other spelling did not reach */
  others: Candidate[];
}

export function candidates(raw: RawHit): { real: Candidate[]; derived: Candidate[] } {
  const waiting = raw.name?.waiting ?? [];
  if (raw.entries.length === 1 && waiting.length === 0) {
    const candidate = raw.matcher.candidate(raw.entries[0]!);
    const c = [candidate];
    const derived = candidate.entry.flags & ENTRY_DERIVED_SURNAME && raw.name?.fullName !== true;
    return derived ? { real: [], derived: c } : { real: c, derived: [] };
  }
  const real = new Map<string, Candidate>();
  const derived = new Map<string, Candidate>();
  for (const k of raw.entries) addCandidate(raw, k, false, real, derived);
  for (const k of waiting) addCandidate(raw, k, true, real, derived);
  for (const id of real.keys()) derived.delete(id);
  return { real: [...real.values()], derived: [...derived.values()] };
}

/** entry `k` of a raw hit as one of its entities' candidates, real or waiting for a full name (`later`) */
function addCandidate(raw: RawHit, k: number, later: boolean, real: Map<string, Candidate>, derived: Map<string, Candidate>): void {
  const candidate = raw.matcher.candidate(k);
  const { entry, entity } = candidate;
  // a surname found by its variant key waits for the person's full name, like a derived surname
  const target = later || (entry.flags & ENTRY_DERIVED_SURNAME && raw.name?.fullName !== true) ? derived : real;
  const prev = target.get(entity.id);
  if (!prev || better(candidate, prev, raw.name)) target.set(entity.id, candidate);
}

/**
 * Of two aliases of one entity that a hit matched, is `c` the one to keep? One word found in another
 * spelling cannot tell which alias it spells ("Єрмака": "Yermak", "Jermak" or "Iermak"), so if one
 * needs context it does too (as accent variants share a guard), unless an unguarded one is the page
 * language's own ("ve Florencii" is the Czech "Florencie", not the Polish "Florencja", which needs
 * context); otherwise the unguarded one.
 */
function better(c: Candidate, prev: Candidate, name: RawHit['name']): boolean {
  if (isGuarded(c) === isGuarded(prev)) return false;
  const lang = name?.pageLang ?? '';
  if (name?.lookAround === true && !inPageLanguage(prev, lang)) return isGuarded(c) || inPageLanguage(c, lang);
  return !isGuarded(c);
}

const isGuarded = (c: Candidate): boolean => (c.entry.flags & ENTRY_REQUIRES_CONTEXT) !== 0;

/** an alias of the page's language, unguarded */
const inPageLanguage = (c: Candidate, pageLang: string): boolean => pageLang !== '' && !isGuarded(c) && c.entry.lang.split('-')[0] === pageLang;

/** leftmost-longest across packs and passes: sort by start, longer first, then drop overlaps */
export function selectHits(raws: RawHit[], sorted: boolean): Hit[] {
  // one pack's scan is already in text order, without overlaps
  if (!sorted) raws.sort((x, y) => x.start - y.start || y.end - x.end);
  const hits: Hit[] = [];
  let lastEnd = -1;
  let last: Hit | null = null;
  for (const r of raws) {
    if (last && r.start === last.start && r.end === last.end) {
      // the same span in two packs: merge the candidates
      const c = candidates(r);
      for (const x of c.real) if (!last.real.some((y) => y.id === x.id)) last.real.push(x);
      for (const x of c.derived) if (!last.derived.some((y) => y.id === x.id) && !last.real.some((y) => y.id === x.id)) last.derived.push(x);
      if (last.real.length > 0) last.derived = last.derived.filter((d) => !last!.real.some((x) => x.id === d.id));
      continue;
    }
    if (r.start < lastEnd) continue;
    const c = candidates(r);
    last = { start: r.start, end: r.end, real: c.real, derived: c.derived };
    if (r.name) {
      last.via = r.name.via;
      if (r.name.fullName) last.fullName = true;
      if (r.name.lookAround) last.lookAround = true;
      if (r.name.declined) last.declined = declinedReading(r, r.name.declined, last);
    }
    hits.push(last);
    lastEnd = r.end;
  }
  return hits;
}

function declinedReading(raw: RawHit, entries: number[], spelled: Hit): DeclinedReading {
  const all = candidates({ ...raw, entries, name: { ...raw.name!, waiting: [], via: 'inflection' } }).real;
  const reached = (c: Candidate) => spelled.real.some((x) => x.id === c.id) || spelled.derived.some((x) => x.id === c.id);
  return { candidates: all, others: all.filter((c) => !reached(c)) };
}
