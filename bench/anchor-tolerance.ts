/**
 * Measures how much editing a highlighted passage survives before re-anchoring gives up, and
 * how often a removed passage is wrongly placed elsewhere.
 *
 *   node --import tsx bench/anchor-tolerance.ts [--samples N] [--ratio R]
 *
 * Uses the article pages in ../shared/pages (the readability test pages, not part of this repo);
 * fails with a clear message if they are absent. For each page: the visible text (script/style
 * removed, whitespace collapsed), random word-aligned passages of 40, 100 and 250 characters, and
 * for each edit rate a copy of the text where that share of the passage's characters was edited
 * (random substitutions, insertions and deletions) and 200 characters were inserted before it so
 * the stored position no longer fits. A passage counts as placed when the anchored range overlaps
 * the edited passage by at least 80% (intersection over union). Passages with a near-copy
 * elsewhere on the page (boilerplate) are skipped. Seeded, so runs are repeatable.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import search from 'approx-string-match';
import { anchor, describeRange, DEFAULT_MAX_ERROR_RATIO } from '../src/core/anchor/index.ts';

const PAGES = resolve(import.meta.dirname, '../../shared/pages');
if (!existsSync(PAGES)) {
  console.error(`bench/anchor-tolerance: ${PAGES} is missing. This benchmark needs the shared article pages next to the repository (../shared/pages).`);
  process.exit(1);
}
const argv = process.argv.slice(2);
const arg = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const SAMPLES = arg('--samples', 12);
const RATIO = arg('--ratio', DEFAULT_MAX_ERROR_RATIO);
const RATES = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const LENGTHS = [40, 100, 250];

let seed = 42;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = (s: string) => s[Math.floor(rnd() * s.length)]!;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz     etaoin';

function visibleText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** edit `share` of the characters of s: a third substitutions, a third insertions, a third deletions */
function edit(s: string, share: number): string {
  const n = Math.round(s.length * share);
  const chars = [...s];
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rnd() * chars.length);
    const op = k % 3;
    if (op === 0) chars[i] = pick(ALPHABET);
    else if (op === 1) chars.splice(i, 0, pick(ALPHABET));
    else if (chars.length > 1) chars.splice(i, 1);
  }
  return chars.join('');
}

function passage(text: string, len: number): { start: number; end: number } | null {
  for (let tries = 0; tries < 50; tries++) {
    let start = Math.floor(rnd() * (text.length - len - 1));
    while (start > 0 && text[start - 1] !== ' ') start--;
    let end = start + len;
    while (end < text.length && text[end] !== ' ') end++;
    const exact = text.slice(start, end);
    // pages repeat boilerplate (menus, teasers, captions): a passage with a near-copy elsewhere
    // (within 50% edits) is not a fair test of fuzzy placement nor of orphan detection
    const rest = text.slice(0, start) + text.slice(end);
    if (end - start >= len && search(rest, exact, Math.floor(exact.length * 0.5)).length === 0) return { start, end };
  }
  return null;
}

const iou = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};

const files = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
const texts = files.map((f) => visibleText(readFileSync(join(PAGES, f), 'utf8'))).filter((t) => t.length > 3000);
const placed: Record<string, number[]> = {};
const tried: Record<string, number[]> = {};
let removedTried = 0;
const removedPlaced: Record<number, number> = {};
const t0 = performance.now();
let anchors = 0;
for (const text of texts) {
  for (const len of LENGTHS) {
    for (let s = 0; s < SAMPLES; s++) {
      const p = passage(text, len);
      if (!p) continue;
      const { quote, position } = describeRange(text, p);
      const selectors = [quote, position];
      const filler = edit(text.slice(0, 200), 0.5);
      for (const [ri, rate] of RATES.entries()) {
        const changed = edit(quote.exact, rate);
        const edited = filler + text.slice(0, p.start) + changed + text.slice(p.end);
        const truth = { start: filler.length + p.start, end: filler.length + p.start + changed.length };
        const got = anchor(edited, selectors, { maxErrorRatio: RATIO });
        anchors++;
        const key = String(len);
        (tried[key] ??= RATES.map(() => 0))[ri]!++;
        (placed[key] ??= RATES.map(() => 0))[ri]! += got && iou(got, truth) >= 0.8 ? 1 : 0;
      }
      // the passage removed (with its surroundings edited a little): it must not be placed anywhere
      const removed = text.slice(0, p.start) + text.slice(p.end);
      removedTried++;
      const got = anchor(removed, selectors, { maxErrorRatio: RATIO });
      anchors++;
      if (got) removedPlaced[len] = (removedPlaced[len] ?? 0) + 1;
    }
  }
}
const ms = performance.now() - t0;
console.log(`re-anchoring tolerance (max error ratio ${RATIO}), ${texts.length} pages, ${SAMPLES} passages per length per page`);
console.log(`characters edited → share of passages placed correctly`);
console.log(['length', ...RATES.map((r) => `${Math.round(r * 100)}%`.padStart(6))].join(' '));
for (const len of LENGTHS) {
  const k = String(len);
  console.log([`${len}`.padEnd(6), ...RATES.map((_, i) => `${Math.round((100 * placed[k]![i]!) / tried[k]![i]!)}%`.padStart(6))].join(' '));
}
console.log(`removed passages wrongly placed: ${Object.values(removedPlaced).reduce((a, b) => a + b, 0)} of ${removedTried} (${LENGTHS.map((l) => `${l}: ${removedPlaced[l] ?? 0}`).join(', ')})`);
console.log(`${anchors} anchorings in ${Math.round(ms)} ms (${(ms / anchors).toFixed(2)} ms each, mean text ${Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)} chars)`);
