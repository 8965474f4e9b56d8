/**
 * Name variants test set (test/fixtures/variants/*.json, see its README): for each case, spot the
 * sentence with the default pack in the case's language, as `gloss spot --lang L` does, and check
 * the mark on the case's name. A positive is found when a mark overlapping the name has the
 * expected entity (and "exact" when the mark's span is the name); a trap is marked when a mark
 * overlapping it has an entity in `notIds` (any entity when `notIds` is missing).
 *
 *   node --import tsx scripts/variant-quality.ts [--verbose] [FILE.json ...]
 *
 * Without files it measures tune.json and heldout.json. Prints recall and wrong marks per file, per
 * kind, per script and per language, and lists what went wrong with --verbose.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spot, type Matcher } from '../src/core/spot/index.ts';
import { loadMatcher } from './pack-quality.ts';

export const VARIANTS = fileURLToPath(new URL('../test/fixtures/variants', import.meta.url));

export interface VariantCase {
  lang: string;
  script: string;
  kind: 'transliteration' | 'variant' | 'inflection' | 'surname' | 'trap';
  text: string;
  name: string;
  near?: string;
  id?: string;
  notIds?: string[];
  why?: string;
}

export interface CaseResult {
  c: VariantCase;
  /** positives: a mark with the expected id overlaps the name */
  found: boolean;
  /** positives: that mark's span is the name */
  exact: boolean;
  /** traps: a forbidden mark overlaps the name */
  marked: boolean;
  /** what was marked over the name: "text → id (reason)" */
  got: string[];
}

export interface Tally {
  positives: number;
  found: number;
  exact: number;
  traps: number;
  marked: number;
}

export function readCases(file: string): VariantCase[] {
  return JSON.parse(readFileSync(file, 'utf8')) as VariantCase[];
}

/** where the case's name is in its text */
export function nameRange(c: VariantCase): [number, number] {
  const at = c.near !== undefined ? c.text.indexOf(c.near) + c.near.indexOf(c.name) : c.text.indexOf(c.name);
  if (at < 0 || (c.near !== undefined && c.text.indexOf(c.near) < 0)) throw new Error(`"${c.name}" is not in "${c.text}"`);
  return [at, at + c.name.length];
}

export function measureCase(c: VariantCase, matchers: Matcher[]): CaseResult {
  const [s, e] = nameRange(c);
  const { mentions } = spot(c.text, matchers, { lang: c.lang });
  const over = mentions.filter((m) => m.start < e && m.end > s);
  const got = over.map((m) => `${m.text} → ${m.entityId || `ambiguous(${(m.candidates ?? []).join('|')})`} (${m.reason})`);
  if (c.kind === 'trap') {
    const marked = over.some((m) => (c.notIds ? c.notIds.includes(m.entityId) || (m.candidates ?? []).some((x) => c.notIds!.includes(x)) : true));
    return { c, found: false, exact: false, marked, got };
  }
  const right = over.filter((m) => m.entityId === c.id);
  return { c, found: right.length > 0, exact: right.some((m) => m.start === s && m.end === e), marked: false, got };
}

export function tally(results: CaseResult[]): Tally {
  const t: Tally = { positives: 0, found: 0, exact: 0, traps: 0, marked: 0 };
  for (const r of results) {
    if (r.c.kind === 'trap') {
      t.traps++;
      if (r.marked) t.marked++;
    } else {
      t.positives++;
      if (r.found) t.found++;
      if (r.exact) t.exact++;
    }
  }
  return t;
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
export function formatTally(label: string, t: Tally): string {
  return `${label}: ${t.found}/${t.positives} variants linked to the right entity (${pct(t.found, t.positives)}; exact span ${t.exact}), ${t.marked}/${t.traps} traps marked`;
}

function groupBy(results: CaseResult[], key: (c: VariantCase) => string): Map<string, CaseResult[]> {
  const m = new Map<string, CaseResult[]>();
  for (const r of results) {
    const k = key(r.c);
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const files = argv.filter((a) => !a.startsWith('--'));
  const paths = files.length > 0 ? files : [`${VARIANTS}/tune.json`, `${VARIANTS}/heldout.json`];
  const matcher = await loadMatcher();
  for (const file of paths) {
    const results = readCases(file).map((c) => measureCase(c, [matcher]));
    console.log(formatTally(basename(file), tally(results)));
    for (const [k, list] of groupBy(results, (c) => (c.kind === 'trap' ? 'trap' : 'positive') + ' ' + c.kind)) console.log(`  ${formatTally(k, tally(list))}`);
    for (const [k, list] of groupBy(results, (c) => c.script)) console.log(`  ${formatTally(`script ${k}`, tally(list))}`);
    if (verbose) {
      for (const [k, list] of groupBy(results, (c) => c.lang)) console.log(`  ${formatTally(`lang ${k}`, tally(list))}`);
      for (const r of results) {
        if (r.c.kind === 'trap' ? r.marked : !r.found) {
          console.log(`  ${r.c.kind === 'trap' ? 'TRAP MARKED' : 'MISSED'} [${r.c.lang} ${r.c.kind}] ${r.c.name} (${r.c.id ?? `not ${r.c.notIds?.join(',') ?? 'any'}`}): ${r.got.join('; ') || 'no mark'} — ${r.c.text}`);
        }
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
