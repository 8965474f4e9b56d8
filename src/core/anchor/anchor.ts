/**
 * Re-anchoring: find where a stored highlight is in today's version of the page's text.
 *
 * Three steps, cheapest and surest first:
 *  1. position + quote: the text at the stored offsets is still exactly the quote;
 *  2. quote alone: the exact quote occurs somewhere (prefix, suffix and the old position pick
 *     between repeats);
 *  3. approximate quote: the closest match within an edit budget (Myers' bit-parallel algorithm
 *     from approx-string-match), ranked by how well the quote, prefix and suffix agree.
 * If none succeeds the highlight is an orphan: the caller keeps it and lists it, never drops it.
 *
 * The tolerance (how much of the quote may be edited and still anchor) is measured by
 * bench/anchor-tolerance.ts and documented in docs/highlights.md.
 */
import search from 'approx-string-match';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model/types.ts';
import { positionOf, quoteOf } from '../model/selectors.ts';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
  /** edits between the stored quote and the text now at start..end (0 unless fuzzy) */
  errors: number;
}

export interface AnchorOptions {
  /** edits allowed in an approximate match, as a share of the quote's length */
  maxErrorRatio?: number;
  /** below this quote length, an approximate match also needs its prefix or suffix to agree */
  shortQuote?: number;
}

export const DEFAULT_MAX_ERROR_RATIO = 0.3;
const SHORT_QUOTE = 24;
/** at most this many exact repeats are ranked (a one-word quote can occur hundreds of times) */
const MAX_CANDIDATES = 500;
/** hard cap on the edit budget: keeps a 10 000-character quote cheap to search */
const MAX_ERRORS = 512;

export { quoteOf, positionOf };

/** 0..1: how well `expected` matches the text that ends at `end` (prefix) or starts at `start` (suffix). */
function contextSimilarity(text: string, expected: string, at: number, side: 'before' | 'after'): number {
  if (expected.length === 0) {
    // the quote was at the very start (or end) of the text: agree if it still is
    return side === 'before' ? (at === 0 ? 1 : 0.5) : at === text.length ? 1 : 0.5;
  }
  const window =
    side === 'before'
      ? text.slice(Math.max(0, at - expected.length - 4), at)
      : text.slice(at, Math.min(text.length, at + expected.length + 4));
  if (window.length === 0) return 0;
  const found = search(window, expected, expected.length);
  const errors = found.length ? Math.min(...found.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function positionSimilarity(textLength: number, start: number, hint: TextPositionSelector | undefined): number {
  if (!hint || textLength === 0) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint.start) / textLength);
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  score: number;
  context: number;
}

function rank(text: string, quote: TextQuoteSelector, hint: TextPositionSelector | undefined, c: { start: number; end: number; errors: number }): Candidate {
  const quoteSim = 1 - c.errors / Math.max(1, quote.exact.length);
  const prefixSim = contextSimilarity(text, quote.prefix, c.start, 'before');
  const suffixSim = contextSimilarity(text, quote.suffix, c.end, 'after');
  const context = (prefixSim + suffixSim) / 2;
  const score = quoteSim * 50 + prefixSim * 20 + suffixSim * 20 + positionSimilarity(text.length, c.start, hint) * 2;
  return { ...c, score, context };
}

function best(cands: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of cands) if (!top || c.score > top.score) top = c;
  return top;
}

/**
 * how much text one step of the approximate search covers: a step stays well under a millisecond,
 * so a caller can spread the search over idle time on a very long page (anchorSteps)
 */
export const FUZZY_CHUNK = 16_384;
/** candidates ranked per step */
const RANK_BATCH = 100;

/** Where the highlight described by `selectors` is in `text`, or null if it cannot be placed. */
export function anchor(text: string, selectors: readonly Selector[], options: AnchorOptions = {}): Anchored | null {
  const steps = anchorSteps(text, selectors, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `anchor` in small steps: the generator yields between chunks of the approximate search (and
 * batches of ranking), so a caller can stop at any yield and resume in the next idle slice. The
 * result is the same as one search over the whole text: each chunk overlaps the next by the
 * longest possible match, and only the matches with the fewest edits over all chunks are kept.
 */
export function* anchorSteps(text: string, selectors: readonly Selector[], options: AnchorOptions = {}): Generator<void, Anchored | null, void> {
  const quote = quoteOf(selectors);
  const position = positionOf(selectors);
  if (!quote || quote.exact.length === 0) {
    // a position alone cannot be checked against edits; use it only if it is in bounds
    if (position && position.start >= 0 && position.end <= text.length && position.start < position.end) {
      return { start: position.start, end: position.end, method: 'position', errors: 0 };
    }
    return null;
  }
  const exact = quote.exact;

  // 1. position + quote
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', errors: 0 };
  }

  // 2. quote alone
  const exacts: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1 && exacts.length < MAX_CANDIDATES; i = text.indexOf(exact, i + 1)) {
    exacts.push(rank(text, quote, position, { start: i, end: i + exact.length, errors: 0 }));
  }
  const exactBest = best(exacts);
  if (exactBest) return { start: exactBest.start, end: exactBest.end, method: 'quote', errors: 0 };

  // 3. approximate quote, chunk by chunk
  const ratio = options.maxErrorRatio ?? DEFAULT_MAX_ERROR_RATIO;
  let maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * ratio));
  if (maxErrors < 1) return null;
  const overlap = exact.length + maxErrors;
  const found = new Map<string, { start: number; end: number; errors: number }>();
  for (let from = 0; from < text.length; from += FUZZY_CHUNK) {
    const to = Math.min(text.length, from + FUZZY_CHUNK + overlap);
    for (const m of search(text.slice(from, to), exact, maxErrors)) {
      // fewer edits than anything so far: the earlier matches are no longer the closest
      if (m.errors < maxErrors) found.clear();
      maxErrors = m.errors;
      found.set(`${m.start + from}:${m.end + from}`, { start: m.start + from, end: m.end + from, errors: m.errors });
    }
    if (to >= text.length) break;
    yield;
  }
  const matches = [...found.values()].filter((m) => m.errors === maxErrors).sort((a, b) => a.start - b.start).slice(0, MAX_CANDIDATES);
  const ranked: Candidate[] = [];
  for (let i = 0; i < matches.length; i++) {
    ranked.push(rank(text, quote, position, matches[i]!));
    if ((i + 1) % RANK_BATCH === 0) yield;
  }
  const shortQuote = options.shortQuote ?? SHORT_QUOTE;
  const acceptable = ranked.filter((c) => c.end > c.start && (exact.length >= shortQuote || c.context >= 0.5));
  const top = best(acceptable);
  if (!top) return null;
  return { start: top.start, end: top.end, method: 'fuzzy', errors: top.errors };
}
