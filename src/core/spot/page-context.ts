/**
 * What a page already says, for the page rules (page-rules.ts): which entities it names and where,
 * which are related to them, and where the pack's context words occur. Mentions come in page
 * order, so each part of the page is searched once per list of context words.
 */
import type { EntityCore } from '../pack/compiled.ts';
import { Kind, kindOf } from './normalise.ts';
import { INVISIBLE_CLASS_BODY } from '../text/invisible.ts';
import { isCountryId } from './place-ids.ts';

/** how far (in characters of the page text) context words are looked for around a mention */
export const CONTEXT_WINDOW = 300;

export class PageContext {
  /** entities linked on the page, with their first position */
  readonly first = new Map<string, number>();
  /** every position where each entity was linked on firm evidence (see `add`) */
  private readonly at = new Map<string, number[]>();
  /** ids listed in `related` by entities on the page → whether one of those entities is not a country */
  private readonly pointedAt = new Map<string, boolean>();
  /** entities first linked since `pointedAt` was last brought up to date */
  private readonly pending: EntityCore[] = [];
  /** ids listed in `related` by entities linked on firm evidence → those entities */
  private readonly pointers = new Map<string, EntityCore[]>();
  constructor(private readonly text: string) {}

  /**
   * Record a link. `firm` is false for a guarded alias linked only because its entity is already
   * on the page: such a link is not evidence for the next guarded word (no chains of guesses).
   */
  add(entity: EntityCore, start: number, firm = true): void {
    if (!this.first.has(entity.id)) {
      this.first.set(entity.id, start);
      if (entity.related) this.pending.push(entity);
    }
    if (!firm) return;
    const list = this.at.get(entity.id);
    if (list) {
      list.push(start);
      return;
    }
    this.at.set(entity.id, [start]);
    for (const r of entity.related ?? []) {
      const p = this.pointers.get(r);
      if (p) p.push(entity);
      else this.pointers.set(r, [entity]);
    }
  }

  /** this entity is linked elsewhere on the page */
  named(entity: EntityCore): boolean {
    return this.first.has(entity.id);
  }

  /** this entity is linked somewhere on the page on firm evidence, at least `times` times */
  established(entity: EntityCore, times = 1): boolean {
    return (this.at.get(entity.id)?.length ?? 0) >= times;
  }

  /** this entity (by id) is linked on firm evidence within CONTEXT_WINDOW characters of `start` */
  namedNear(id: string, start: number): boolean {
    const list = this.at.get(id);
    if (list === undefined) return false;
    for (const p of list) if (p !== start && Math.abs(p - start) <= CONTEXT_WINDOW) return true;
    return false;
  }

  /** this entity (by id) is linked on firm evidence in [from, to) */
  namedBetween(id: string, from: number, to: number): boolean {
    const list = this.at.get(id);
    if (list === undefined) return false;
    for (const p of list) if (p >= from && p < to) return true;
    return false;
  }

  /** a related entity (in either direction) is linked near `start`; countries count as in `related` */
  relatedNear(entity: EntityCore, start: number, broad: boolean): boolean {
    const countriesCount = broad || entity.type === 'place';
    for (const r of entity.related ?? []) {
      if ((countriesCount || !isCountryId(r)) && this.namedNear(r, start)) return true;
    }
    for (const p of this.pointers.get(entity.id) ?? []) {
      if ((countriesCount || !isCountryId(p.id)) && this.namedNear(p.id, start)) return true;
    }
    return false;
  }

  /**
   * Another place of this place's country is linked on firm evidence near `start`: the places a
   * sentence lists together are of one country ("du Nord-Ouest et du Sud-Ouest", Cameroon's regions).
   */
  placeOfSameCountryNear(entity: EntityCore, start: number): boolean {
    for (const r of entity.related ?? []) {
      if (!isCountryId(r)) continue;
      for (const p of this.pointers.get(r) ?? []) if (p !== entity && p.type === 'place' && this.namedNear(p.id, start)) return true;
    }
    return false;
  }

  /**
   * A related entity (in either direction) is on the page. A country is broad context: it counts
   * for places (Washington and the United States) but not for people or organisations (a page about
   * the UK does not make every "May" Theresa May) unless `broad` is set. For a place, its country
   * is also on the page when another place of that country was linked on firm evidence: a regional
   * page names its towns ("In Mannheim und Karlsruhe"), seldom its country.
   */
  related(entity: EntityCore, broad: boolean): boolean {
    // entities named since the last question: their `related` lists, read only when asked
    for (const e of this.pending) {
      const country = isCountryId(e.id);
      for (const r of e.related ?? []) this.pointedAt.set(r, this.pointedAt.get(r) === true || !country);
    }
    this.pending.length = 0;
    const countriesCount = broad || entity.type === 'place';
    const p = this.pointedAt.get(entity.id);
    if (p === true || (p === false && countriesCount)) return true;
    for (const r of entity.related ?? []) {
      if (this.first.has(r) && (countriesCount || !isCountryId(r))) return true;
      // a place of the same country linked on firm evidence ("Mannheim" puts Germany on the page for "Karlsruhe")
      if (entity.type === 'place' && isCountryId(r) && this.pointers.get(r)?.some((p) => p.type === 'place')) return true;
    }
    return false;
  }

  /**
   * Where each list of context words occurs, for the part of the text read so far: mentions come in
   * page order, so each part of the page is searched once per list, not once per mention.
   */
  private readonly wordsAt = new Map<string[], { lo: number; hi: number; at: number[] }>();

  /**
   * one of `words` (normalised) within CONTEXT_WINDOW characters of [start, end), and, when given,
   * starting inside [lo, hi) (the mention's sentence)
   */
  nearWords(words: string[] | undefined, start: number, end: number, lo = 0, hi = Infinity): boolean {
    if (!words || words.length === 0) return false;
    const text = this.text;
    const a = Math.max(0, start - CONTEXT_WINDOW);
    let b = Math.min(text.length, end + CONTEXT_WINDOW);
    let seen = this.wordsAt.get(words);
    if (!seen || a < seen.lo || a > seen.hi) this.wordsAt.set(words, (seen = { lo: a, hi: a, at: [] }));
    if (b > seen.hi) {
      // read on to the end of the word at b, so no word is cut in two
      while (b < text.length && kindOf(text.charCodeAt(b)) !== Kind.Space && kindOf(text.charCodeAt(b)) !== Kind.Break) b++;
      const from = seen.hi;
      const part = text.slice(from, b);
      // the raw text first (case-insensitive, any space/dash/apostrophe); then without diacritics
      findWords(text, part, from, words, seen.at);
      if (ACCENTED.test(part)) {
        findWords(text, part.normalize('NFD').replace(IGNORABLE, ''), from, words, seen.at);
        seen.at.sort((x, y) => x - y);
      }
      seen.hi = b;
    }
    // the first occurrence at or after a (and lo)
    const from = Math.max(a, lo);
    const at = seen.at;
    let i = 0;
    let j = at.length;
    while (i < j) {
      const mid = (i + j) >> 1;
      if (at[mid]! < from) i = mid + 1;
      else j = mid;
    }
    return i < at.length && at[i]! < Math.min(end + CONTEXT_WINDOW, hi);
  }
}

/** characters that folding changes: Latin, Greek and Cyrillic letters with marks, combining marks, invisible characters */
const ACCENTED = new RegExp(`[\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF${INVISIBLE_CLASS_BODY}]`);
/** Latin combining marks and invisible characters: gone once folded (a fast class, no \p{M}) */
const IGNORABLE = new RegExp(`[\\u0300-\\u036f${INVISIBLE_CLASS_BODY}]`, 'g');

/**
 * One case-insensitive regular expression per list of context words (the lists live in the
 * compiled pack), matching the words in raw text: any white space, dash or apostrophe variant.
 * It starts with the words themselves, so the engine can skip ahead; the word start is checked
 * by hand.
 */
const wordsRes = new WeakMap<string[], RegExp>();
/**
 * Push to `out` the offsets (in `text`) where one of `words` starts in `part`, a piece of `text`
 * starting at offset `from` (folded pieces keep the length of the original except where ignorable
 * characters are dropped). Word boundaries are checked in the piece, and at its edges in `text`.
 */
function findWords(text: string, part: string, from: number, words: string[], out: number[]): void {
  let re = wordsRes.get(words);
  if (!re) {
    // longest first: at one place the longest word is tried first, so "usa" is not lost to "us"
    const alts = [...words]
      .sort((x, y) => y.length - x.length)
      .map((w) => escapeRe(w).replace(/ /g, '\\s+').replace(/'/g, "['\u2018\u2019\u02bc`\u00b4]").replace(/-/g, '[-\u2010-\u2015\u2212]'));
    // no "u" flag and no \\p{…} look-ahead (much slower): both word boundaries are checked by hand
    re = new RegExp(`(?:${alts.join('|')})`, 'gi');
    wordsRes.set(words, re);
  }
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const e = m.index + m[0].length;
    const before = kindOf(m.index > 0 ? part.charCodeAt(m.index - 1) : from > 0 ? text.charCodeAt(from - 1) : 0x20);
    const after = kindOf(e < part.length ? part.charCodeAt(e) : 0x20);
    if (before !== Kind.Word && before !== Kind.Expand && after !== Kind.Word && after !== Kind.Expand) out.push(from + m.index);
    re.lastIndex = m.index + 1;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
