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
import { KIND_TABLE, Kind, normalise, normalisedString, originalEnd, type Normalised } from './normalise.ts';
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
  a: number;
  b: number;
  start: number;
  end: number;
  real: Candidate[];
  derived: Candidate[];
}

function candidates(raw: RawHit): { real: Candidate[]; derived: Candidate[] } {
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
function selectHits(raws: RawHit[], nz: Normalised): Hit[] {
  raws.sort((x, y) => x.a - y.a || y.b - x.b);
  const hits: Hit[] = [];
  let lastEnd = -1;
  let last: Hit | null = null;
  for (const r of raws) {
    if (last && r.a === last.a && r.b === last.b) {
      // the same span in two packs: merge the candidates
      const c = candidates(r);
      for (const x of c.real) if (!last.real.some((y) => y.id === x.id)) last.real.push(x);
      for (const x of c.derived) if (!last.derived.some((y) => y.id === x.id) && !last.real.some((y) => y.id === x.id)) last.derived.push(x);
      if (last.real.length > 0) last.derived = last.derived.filter((d) => !last!.real.some((x) => x.id === d.id));
      continue;
    }
    if (r.a < lastEnd) continue;
    const c = candidates(r);
    last = { a: r.a, b: r.b, start: nz.src[r.a]!, end: originalEnd(nz, r.b - 1), ...c };
    hits.push(last);
    lastEnd = r.b;
  }
  return hits;
}

/** the word just before normalised offset a ("mr" in "Mr. Putin", "m" in "M. Loukachenko") */
function wordBefore(nz: Normalised, a: number): string {
  const norm = nz.norm;
  let i = a - 1;
  while (i >= 0 && (norm[i] === 0x20 || norm[i] === 0x2e)) i--;
  let j = i;
  while (j >= 0 && (KIND_TABLE[norm[j]!] === Kind.Word || norm[j] === 0x2d)) j--;
  if (j === i) return '';
  return String.fromCharCode(...norm.subarray(j + 1, i + 1));
}

function hasTitle(nz: Normalised, a: number): boolean {
  return PERSON_TITLES.has(wordBefore(nz, a));
}

function primaryLang(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split('-')[0] ?? '';
}

class PageContext {
  /** entities linked without doubt, with the first and all positions */
  readonly first = new Map<string, number>();
  private readonly relatedSeen = new Set<string>();
  private normString: string | null = null;

  constructor(private readonly nz: Normalised) {}

  add(entity: Entity, start: number): void {
    if (!this.first.has(entity.id)) this.first.set(entity.id, start);
    for (const r of entity.related ?? []) this.relatedSeen.add(r);
    this.relatedSeen.add(`@${entity.id}`);
  }

  /** another sure mention of this entity, or a related entity (in either direction) on the page */
  supports(entity: Entity): boolean {
    if (this.first.has(entity.id) || this.relatedSeen.has(entity.id)) return true;
    for (const r of entity.related ?? []) if (this.relatedSeen.has(`@${r}`)) return true;
    return false;
  }

  nearWords(words: string[] | undefined, a: number, b: number): boolean {
    if (!words || words.length === 0) return false;
    this.normString ??= normalisedString(this.nz);
    const lo = Math.max(0, a - CONTEXT_WINDOW);
    const hi = Math.min(this.nz.length, b + CONTEXT_WINDOW);
    const window = ` ${this.normString.slice(lo, hi)} `;
    return words.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'u').test(window));
  }
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
  const nz = normalise(text);
  const raws: RawHit[] = [];
  for (const m of matchers) m.scan(nz, raws);
  const hits = selectHits(raws, nz);
  const ctx = new PageContext(nz);
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
    if (c) entities[c.id] = ref(c.entity);
    if (cands) {
      m.candidates = cands.map((x) => x.id).sort();
      for (const x of cands) entities[x.id] = ref(x.entity);
    }
    mentions.push(m);
  };

  hits.forEach((h, i) => {
    const sure = anchored[i];
    if (sure) return emit(h, sure, reasonOf(sure));
    const title = hasTitle(nz, h.a);
    if (h.real.length > 0) {
      const scored = h.real
        .map((c) => {
          const guarded = (c.entry[1] & ENTRY_REQUIRES_CONTEXT) !== 0;
          const seen = ctx.supports(c.entity);
          const words = ctx.nearWords(c.entry[4], h.a, h.b);
          const titled = title && c.entity.type === 'person';
          const lang = c.entry[3] !== '' && pageLang !== '' && primaryLang(c.entry[3]) === pageLang;
          const contextual = seen || words || titled;
          const score = (seen ? 4 : 0) + (words ? 2 : 0) + (titled ? 1 : 0) + (lang ? 1 : 0);
          return { c, score, usable: !guarded || contextual };
        })
        .filter((x) => x.usable);
      if (scored.length === 0) return; // guarded words without context are ordinary words
      if (scored.length === 1) {
        const only = scored[0]!.c;
        ctx.add(only.entity, h.start);
        return emit(h, only, reasonOf(only));
      }
      scored.sort((x, y) => y.score - x.score);
      if (scored[0]!.score > 0 && scored[0]!.score > scored[1]!.score) {
        const best = scored[0]!.c;
        ctx.add(best.entity, h.start);
        return emit(h, best, reasonOf(best));
      }
      const top = scored.filter((x) => x.score === scored[0]!.score).map((x) => x.c);
      return emit(h, null, reasonOf(top[0]!), top);
    }
    // derived surnames: only people already named in full before this point
    const named = h.derived.filter((c) => {
      const at = ctx.first.get(c.id);
      return at !== undefined && at < h.start;
    });
    if (named.length === 1) return emit(h, named[0]!, 'surname');
    if (named.length > 1) return emit(h, null, 'surname', named);
  });
  return { mentions, entities };
}
