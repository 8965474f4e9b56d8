/**
 * Spot entities in a text with one or more loaded packs: normalise once, scan with every matcher,
 * keep leftmost-longest non-overlapping matches, then apply the page-level rules:
 * - an alias that fits one entity and needs no context links directly (an "anchor");
 * - guarded aliases (common words) link only with context: another name of the same entity on the
 *   page, a related entity, a title before the name, or one of the alias's context words nearby;
 * - an alias shared by several entities is resolved by the same context plus the page language,
 *   or reported with its candidates and no entity (never a guess);
 * - a surname derived from a person's full name links only after that person was named in full.
 */
import type { Entity } from '../pack/types.ts';
import {
  ENTRY_ACRONYM,
  ENTRY_DERIVED_SURNAME,
  ENTRY_REQUIRES_CONTEXT,
  ENTRY_SURNAME,
  type CompiledEntry,
} from '../pack/compiled.ts';
import type { EntityRef, Mention, MentionReason, SpotOptions } from './types.ts';
import { Kind, kindOf, normaliseKey } from './normalise.ts';
import type { Matcher, RawHit } from './matcher.ts';
import { PERSON_TITLES } from './titles.ts';

export interface SpotResult {
  mentions: Mention[];
  entities: Record<string, EntityRef>;
}

/** how far (in normalised characters) context words are looked for around a mention */
const CONTEXT_WINDOW = 300;


interface Candidate {
  id: string;
  entity: Entity;
  entry: CompiledEntry;
}

interface Hit {
  start: number;
  end: number;
  real: Candidate[];
  derived: Candidate[];
}

function candidates(raw: RawHit): { real: Candidate[]; derived: Candidate[] } {
  if (raw.entries.length === 1) {
    const entry = raw.matcher.entries[raw.entries[0]!]!;
    const entity = raw.matcher.entities[entry[0]]!;
    const c = [{ id: entity.id, entity, entry }];
    return entry[1] & ENTRY_DERIVED_SURNAME ? { real: [], derived: c } : { real: c, derived: [] };
  }
  const real = new Map<string, Candidate>();
  const derived = new Map<string, Candidate>();
  for (const k of raw.entries) {
    const entry = raw.matcher.entries[k]!;
    const entity = raw.matcher.entities[entry[0]]!;
    const target = entry[1] & ENTRY_DERIVED_SURNAME ? derived : real;
    const prev = target.get(entity.id);
    // several aliases of one entity with the same key: prefer the unguarded one
    if (!prev || (prev.entry[1] & ENTRY_REQUIRES_CONTEXT && !(entry[1] & ENTRY_REQUIRES_CONTEXT))) {
      target.set(entity.id, { id: entity.id, entity, entry });
    }
  }
  for (const id of real.keys()) derived.delete(id);
  return { real: [...real.values()], derived: [...derived.values()] };
}

/** leftmost-longest across packs: sort by start, longer first, then drop overlaps */
function selectHits(raws: RawHit[]): Hit[] {
  if (raws.length > 1) raws.sort((x, y) => x.start - y.start || y.end - x.end);
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
    last = { start: r.start, end: r.end, ...candidates(r) };
    hits.push(last);
    lastEnd = r.end;
  }
  return hits;
}

/** the word just before original offset `start`, normalised ("mr" in "Mr. Putin", "m" in "M. Loukachenko") */
function wordBefore(text: string, start: number): string {
  let i = start - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (k !== Kind.Space && k !== Kind.Drop && c !== 0x2e) break;
  }
  let j = i;
  for (; j >= 0; j--) {
    const c = text.charCodeAt(j);
    const k = kindOf(c);
    if (k !== Kind.Word && k !== Kind.Expand && k !== Kind.Drop && k !== Kind.Mark && c !== 0x2d && c !== 0x2010 && c !== 0x2011) break;
  }
  if (j === i || start - j > 40) return '';
  return fold(text.slice(j + 1, i + 1));
}

function hasTitle(text: string, start: number): boolean {
  return PERSON_TITLES.has(wordBefore(text, start));
}

function primaryLang(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split('-')[0] ?? '';
}

class PageContext {
  /** entities linked without doubt, with the first and all positions */
  readonly first = new Map<string, number>();
  private readonly relatedSeen = new Set<string>();
  constructor(private readonly text: string) {}

  add(entity: Entity, start: number): void {
    if (this.first.has(entity.id)) return; // related ids are already in
    this.first.set(entity.id, start);
    for (const r of entity.related ?? []) this.relatedSeen.add(r);
    this.relatedSeen.add(`@${entity.id}`);
  }

  /** another sure mention of this entity, or a related entity (in either direction) on the page */
  supports(entity: Entity): boolean {
    if (this.first.has(entity.id) || this.relatedSeen.has(entity.id)) return true;
    for (const r of entity.related ?? []) if (this.relatedSeen.has(`@${r}`)) return true;
    return false;
  }

  /** one of `words` (normalised) within CONTEXT_WINDOW characters of [start, end) */
  nearWords(words: string[] | undefined, start: number, end: number): boolean {
    if (!words || words.length === 0) return false;
    const window = ` ${fold(this.text.slice(Math.max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW))} `;
    return words.some((w) => wordRe(w).test(window));
  }
}

const ASCII = /^[\x00-\x5f\x61-\x7f]*$/;
/** normaliseKey, with a fast path for plain ASCII text (lower case, one space) */
function fold(s: string): string {
  return ASCII.test(s) ? s.toLowerCase().replace(/\s+/g, ' ').trim() : normaliseKey(s);
}

const wordRes = new Map<string, RegExp>();
function wordRe(w: string): RegExp {
  let re = wordRes.get(w);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'u');
    if (wordRes.size > 5000) wordRes.clear();
    wordRes.set(w, re);
  }
  return re;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function reasonOf(c: Candidate): MentionReason {
  const f = c.entry[1];
  if (f & (ENTRY_DERIVED_SURNAME | ENTRY_SURNAME)) return 'surname';
  if (f & ENTRY_ACRONYM) return 'acronym';
  return 'alias';
}

function ref(e: Entity): EntityRef {
  return { id: e.id, name: e.name, type: e.type };
}

/** Spot the entities of `matchers` in `text`. */
export function spot(text: string, matchers: readonly Matcher[], opts: SpotOptions = {}): SpotResult {
  const raws: RawHit[] = [];
  for (const m of matchers) m.scan(text, raws);
  const hits = selectHits(raws);
  const ctx = new PageContext(text);
  const pageLang = primaryLang(opts.lang);

  // 1. anchors: one entity, no guard
  const anchored = new Array<Candidate | null>(hits.length).fill(null);
  hits.forEach((h, i) => {
    const c = h.real[0];
    if (h.real.length === 1 && c && !(c.entry[1] & ENTRY_REQUIRES_CONTEXT)) {
      anchored[i] = c;
      ctx.add(c.entity, h.start);
    }
  });

  // 2. everything else, in page order (surnames need the full name earlier on the page)
  const mentions: Mention[] = [];
  const entities: Record<string, EntityRef> = {};
  const emit = (h: Hit, c: Candidate | null, reason: MentionReason, cands?: Candidate[]): void => {
    const m: Mention = { start: h.start, end: h.end, text: text.slice(h.start, h.end), entityId: c ? c.id : '', reason };
    if (c) entities[c.id] ??= ref(c.entity);
    if (cands) {
      m.candidates = cands.map((x) => x.id).sort();
      for (const x of cands) entities[x.id] ??= ref(x.entity);
    }
    mentions.push(m);
  };

  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const sure = anchored[i];
    if (sure) {
      emit(h, sure, reasonOf(sure));
      continue;
    }
    if (h.real.length === 1) {
      // one entity behind a guarded word: link only with context
      const c = h.real[0]!;
      if (ctx.supports(c.entity) || (c.entity.type === 'person' && hasTitle(text, h.start)) || ctx.nearWords(c.entry[4], h.start, h.end)) {
        ctx.add(c.entity, h.start);
        emit(h, c, reasonOf(c));
      }
      continue;
    }
    if (h.real.length > 1) {
      const title = hasTitle(text, h.start);
      const scored = h.real
        .map((c) => {
          const guarded = (c.entry[1] & ENTRY_REQUIRES_CONTEXT) !== 0;
          const seen = ctx.supports(c.entity);
          const words = ctx.nearWords(c.entry[4], h.start, h.end);
          const titled = title && c.entity.type === 'person';
          const lang = c.entry[3] !== '' && pageLang !== '' && primaryLang(c.entry[3]) === pageLang;
          const score = (seen ? 4 : 0) + (words ? 2 : 0) + (titled ? 1 : 0) + (lang ? 1 : 0);
          return { c, score, usable: !guarded || seen || words || titled };
        })
        .filter((x) => x.usable);
      if (scored.length === 0) continue; // guarded words without context are ordinary words
      scored.sort((x, y) => y.score - x.score);
      if (scored.length === 1 || (scored[0]!.score > 0 && scored[0]!.score > scored[1]!.score)) {
        const best = scored[0]!.c;
        ctx.add(best.entity, h.start);
        emit(h, best, reasonOf(best));
        continue;
      }
      const top = scored.filter((x) => x.score === scored[0]!.score).map((x) => x.c);
      emit(h, null, reasonOf(top[0]!), top);
      continue;
    }
    // derived surnames: only people already named in full before this point
    const named = h.derived.filter((c) => {
      const at = ctx.first.get(c.id);
      return at !== undefined && at < h.start;
    });
    if (named.length === 1) emit(h, named[0]!, 'surname');
    else if (named.length > 1) emit(h, null, 'surname', named);
  }
  return { mentions, entities };
}
