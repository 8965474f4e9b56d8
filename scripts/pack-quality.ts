/**
 * Pack quality on the team's own articles (test/fixtures/articles/news-*.txt): for each article,
 * which of the hand-listed notable names (`*.expected.json`) the default pack marks with the
 * expected entity (recall), and which marks are wrong (on a trap, or with another entity on an
 * expected name). Spots exactly as `gloss spot FILE.txt --lang L` does (same loader, compiler,
 * matcher and `spot`). Used by test/unit/pack-articles.test.ts and by hand:
 *
 *   node --import tsx scripts/pack-quality.ts [--pack FOLDER] [--articles FOLDER] [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../src/cli/pack-files.ts';
import { formatIssue } from '../src/core/pack/issues.ts';
import { Matcher, compilePack, spot, type Mention } from '../src/core/spot/index.ts';

export const ARTICLES = fileURLToPath(new URL('../test/fixtures/articles', import.meta.url));
const DEFAULT_PACK = fileURLToPath(new URL('../packs/default', import.meta.url));

export interface ExpectedName {
  text: string;
  /** a longer stretch of the article containing `text`, to pick the occurrence (default: the first) */
  near?: string;
  /** the entity ("missing:…" when the pack lacks it) */
  id: string;
  /** the pack does not mark this name yet (measured and listed in docs/pack-quality.md; the unit test reports it as TODO) */
  knownMiss?: string;
}
export interface Trap {
  text: string;
  near: string;
  /** only marks with these entities are wrong here; without it, any mark is wrong */
  notIds?: string[];
  why: string;
  /**
   * the trap is a shorter name inside this longer expected name ("Manchester" in "Manchester City"):
   * only a mark that stays inside the trap is wrong, not the mark on the longer name
   */
  partOf?: string;
  /** the pack data cannot prevent this wrong mark; the engine must (the unit test reports it as TODO) */
  knownEngineIssue?: string;
}
export interface Expectations {
  lang: string;
  expected: ExpectedName[];
  traps: Trap[];
}

export interface ArticleResult {
  article: string;
  lang: string;
  expected: number;
  found: number;
  /** expected names not marked with their entity (with what was marked there, if anything) */
  missed: { text: string; id: string; got?: string }[];
  /** wrong marks: on a trap, or another entity on an expected name */
  wrong: { text: string; got: string; why: string }[];
  /** marks on neither an expected name nor a trap (for reading by hand) */
  other: { text: string; got: string }[];
}

/** the [start, end) range of `text` inside the first occurrence of `near` (or of `text` itself) */
export function locate(article: string, text: string, near?: string): [number, number] {
  const anchor = near ?? text;
  const at = wordIndex(article, anchor, 0);
  if (at < 0) throw new Error(`"${anchor}" does not occur in the article`);
  const inner = wordIndex(anchor, text, 0);
  if (inner < 0) throw new Error(`"${text}" is not inside "${anchor}"`);
  return [at + inner, at + inner + text.length];
}

/** first occurrence of `word` in `s` from `from` that is a whole word ("Russia" not in "Russian") */
function wordIndex(s: string, word: string, from: number): number {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = s.indexOf(word, from); i >= 0; i = s.indexOf(word, i + 1)) {
    if (!isWord(s[i - 1]) && !isWord(s[i + word.length])) return i;
  }
  return -1;
}

const overlaps = (m: Mention, [s, e]: [number, number]) => m.start < e && m.end > s;
/** a mark on a trap: overlapping it, or for a `partOf` trap, lying inside it */
export const trapHit = (m: { start: number; end: number }, t: Trap, [s, e]: [number, number]) =>
  t.partOf ? m.start >= s && m.end <= e : m.start < e && m.end > s;
const shown = (m: Mention) => m.entityId || `ambiguous(${(m.candidates ?? []).join('|')})`;

export function articleFiles(dir = ARTICLES): string[] {
  return readdirSync(dir).filter((f) => /^news-.*\.txt$/.test(f)).sort();
}

export function readArticle(file: string, dir = ARTICLES): { text: string; exp: Expectations } {
  const text = readFileSync(join(dir, file), 'utf8');
  const exp = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expectations;
  return { text, exp };
}

export function measure(file: string, matchers: Matcher[], dir = ARTICLES): ArticleResult {
  const { text, exp } = readArticle(file, dir);
  const { mentions } = spot(text, matchers, { lang: exp.lang });
  const result: ArticleResult = { article: file, lang: exp.lang, expected: exp.expected.length, found: 0, missed: [], wrong: [], other: [] };
  const claimed = new Set<Mention>();
  for (const x of exp.expected) {
    const range = locate(text, x.text, x.near);
    const here = mentions.filter((m) => overlaps(m, range));
    here.forEach((m) => claimed.add(m));
    if (here.some((m) => m.entityId === x.id)) result.found++;
    else {
      result.missed.push({ text: x.text, id: x.id, ...(here.length ? { got: here.map(shown).join(', ') } : {}) });
      for (const m of here) result.wrong.push({ text: m.text, got: shown(m), why: `expected ${x.id}` });
    }
  }
  for (const t of exp.traps) {
    const range = locate(text, t.text, t.near);
    for (const m of mentions.filter((m) => trapHit(m, t, range))) {
      if (t.notIds && !t.notIds.includes(m.entityId)) continue; // the right entity on a shared name
      claimed.add(m);
      if (!result.wrong.some((w) => w.text === m.text && w.got === shown(m))) result.wrong.push({ text: m.text, got: shown(m), why: t.why });
    }
  }
  for (const m of mentions) if (!claimed.has(m)) result.other.push({ text: m.text, got: shown(m) });
  return result;
}

export async function loadMatcher(pack = DEFAULT_PACK): Promise<Matcher> {
  const checked = await loadPack(pack);
  if (!checked.ok) throw new Error(`${pack}: invalid pack:\n${checked.errors.map(formatIssue).join('\n')}`);
  return new Matcher(compilePack(checked.pack));
}

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--pack');
  const matcher = await loadMatcher(i >= 0 ? argv[i + 1] : undefined);
  const verbose = argv.includes('--verbose');
  const a = argv.indexOf('--articles');
  const dir = a >= 0 ? argv[a + 1]! : ARTICLES;
  const byLang = new Map<string, { expected: number; found: number; wrong: number }>();
  let all = { expected: 0, found: 0, wrong: 0 };
  for (const f of articleFiles(dir)) {
    const r = measure(f, [matcher], dir);
    const pct = ((100 * r.found) / r.expected).toFixed(1);
    console.log(`${r.article} [${r.lang}]: recall ${r.found}/${r.expected} (${pct} %), wrong marks ${r.wrong.length}`);
    for (const m of r.missed) console.log(`  missed ${m.text} (${m.id})${m.got ? ` — marked ${m.got}` : ''}`);
    for (const w of r.wrong) console.log(`  WRONG  ${w.text} → ${w.got} (${w.why})`);
    if (verbose) for (const o of r.other) console.log(`  other  ${o.text} → ${o.got}`);
    const l = byLang.get(r.lang) ?? { expected: 0, found: 0, wrong: 0 };
    l.expected += r.expected; l.found += r.found; l.wrong += r.wrong.length;
    byLang.set(r.lang, l);
    all = { expected: all.expected + r.expected, found: all.found + r.found, wrong: all.wrong + r.wrong.length };
  }
  for (const [lang, l] of byLang) console.log(`${lang}: recall ${l.found}/${l.expected} (${((100 * l.found) / l.expected).toFixed(1)} %), wrong marks ${l.wrong}`);
  console.log(`all: recall ${all.found}/${all.expected} (${((100 * all.found) / all.expected).toFixed(1)} %), wrong marks ${all.wrong}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
