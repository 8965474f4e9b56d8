/**
 * What Gloss costs a reader on real pages, and how soon the names are marked.
 *
 *   npm run bench:page                       (builds nothing: uses dist/ or GLOSS_DIST)
 *   GLOSS_DIST=.tmp/dist-x npm run bench:page -- [--pages cnn,guardian-1] [--runs 5] [--cold 5]
 *
 * Opens each page in ../shared/pages (the Readability test pages, not part of this repo; fails
 * with a clear message if absent) in Chromium, `--runs` times (default 5) without Gloss and with
 * the built extension (production build), in one run of this script, and prints per page:
 *   - DOMContentLoaded → last mark inserted (seen by a page-world MutationObserver): median and
 *     95th percentile of the runs, with a warm background (the pack already loaded);
 *   - the page's own DOMContentLoaded and load times, without and with Gloss (medians);
 *   - Gloss's longest task, from a Chrome trace of one more load of the page with Gloss (after the
 *     timed runs: tracing slows the renderer, so no timed run is traced): of the renderer-main-thread tasks
 *     that ran extension code (content script functions, timers, idle, mutation and message
 *     callbacks), the largest share Gloss had of one (its thread time less the browser's own
 *     rendering steps outside Gloss's calls: a page's layout task that also ran a 0.1 ms Gloss
 *     callback is the page's), and that task's whole wall time;
 *   - the number of marks, and the JS heap Gloss adds to the tab (used heap after GC, with minus
 *     without, first run).
 * Then the figures over all pages and runs, and the cold start separately: `--cold` times
 * (default 5) a fresh browser profile whose first page is the first page of the list, so the
 * background starts and loads its pack while the page loads.
 *
 * The production build shows no state on the page: a run ends when no mark has been added for
 * QUIET_MS. Last, the background's figures for the built-in pack (bench/background.ts): its cold
 * load time, the memory it holds, and the size of each store zip.
 *
 *   npm run bench:page -- --background-only     (only the background's figures)
 *
 * To measure another pack in the extension: GLOSS_PACK_DIR=.tmp/pack-30k GLOSS_DIST=.tmp/dist-30k npm run build,
 * then GLOSS_DIST=.tmp/dist-30k npm run bench:page.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { DIST, EXT, ROOT, benchContext, tasksRunning, trace } from './chromium.ts';
import { printBackground } from './background.ts';
import { median, p95 } from './stats.ts';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../scripts/static-server.ts';

const PAGES_DIR = resolve(ROOT, '../shared/pages');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** issue #13's budget for the 95th percentile of DCL → last mark */
const P95_BUDGET_MS = 250;
/** a run with Gloss ends this long after the last mark was added */
const QUIET_MS = 750;

function fail(msg: string): never {
  console.error(msg);
  process.exit(1);
}

if (!existsSync(PAGES_DIR)) fail(`bench:page needs the shared real pages in ${PAGES_DIR}; they are not part of the repo.`);
if (!existsSync(join(EXT, 'manifest.json'))) fail(`${EXT} is missing: run \`npm run build\` first (or set GLOSS_DIST to your build folder).`);
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: install it (apt-get install -y chromium).`);

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 5);
const COLD = Number(option('--cold') ?? 5);
const pages = (option('--pages')?.split(',').map((p) => (p.endsWith('.html') ? p : `${p}.html`)) ?? readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'))).sort();

/** page-world probe: the time of the last <gloss-mark> insertion */
const PROBE = `(() => {
  window.__glossBench = { lastMark: 0, marks: 0 };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.localName === 'gloss-mark') { window.__glossBench.lastMark = performance.now(); window.__glossBench.marks++; }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Run {
  /** navigation start → DOMContentLoaded, → load (ms) */
  dcl: number;
  load: number;
  /** DOMContentLoaded → last mark (ms), NaN when nothing was marked */
  toLastMark: number;
  marks: number;
  /** Gloss's largest share of one task (thread time, ms) and that task's wall time */
  longest: { share: number; wall: number };
  heap: number;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function measure(ctx: BrowserContext, url: string, withGloss: boolean, extOrigin: string, heap: boolean, traced = false): Promise<Run> {
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  let timing = { dcl: NaN, load: NaN, last: 0, marks: 0 };
  const work = async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (withGloss) {
      // the production build shows no state on the page: wait until marks stop coming
      await page.waitForFunction((quiet) => {
        const b = (window as unknown as { __glossBench: { lastMark: number } }).__glossBench;
        return b.lastMark > 0 && performance.now() - b.lastMark > quiet;
      }, QUIET_MS, { timeout: 20000, polling: 50 }).catch(() => undefined);
    }
    timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const b = (window as unknown as { __glossBench: { lastMark: number } }).__glossBench;
      return { dcl: nav.domContentLoadedEventStart, load: nav.loadEventStart, last: b.lastMark, marks: document.querySelectorAll('gloss-mark[tabindex]').length };
    });
  };
  let longest = { share: 0, wall: 0 };
  if (traced) {
    const tasks = tasksRunning(await trace(cdp, work), extOrigin);
    longest = { share: tasks.share, wall: tasks.shareWall };
  } else await work();
  const used = heap ? await heapAfterGc(cdp) : 0;
  await page.close();
  return { dcl: timing.dcl, load: timing.load, toLastMark: timing.last > 0 ? timing.last - timing.dcl : NaN, marks: timing.marks, longest, heap: used };
}

const ms = (x: number) => (Number.isNaN(x) ? '–' : `${Math.round(x)}`);

const server = await startStaticServer({ '/pages/': PAGES_DIR });
if (process.argv.includes('--background-only')) {
  await printBackground(server, pages[0]!);
  await server.close();
  process.exit(0);
}
const dirs: string[] = [];
const profile = async () => {
  const d = await mkdtemp(join(tmpdir(), 'gloss-bench-'));
  dirs.push(d);
  return d;
};
const urlOf = (file: string) => `${server.origin}/pages/${file}`;

// cold starts first, each in a fresh profile: the background starts with the page
const cold: number[] = [];
for (let i = 0; i < COLD; i++) {
  const ctx = await benchContext(await profile(), EXT, PROBE);
  const sw = ctx.serviceWorkers()[0]!;
  const origin = `chrome-extension://${new URL(sw.url()).host}/`;
  cold.push((await measure(ctx, urlOf(pages[0]!), true, origin, false)).toLastMark);
  await ctx.close();
}

const plain = await benchContext(await profile(), null, PROBE);
const gloss = await benchContext(await profile(), EXT, PROBE);
const extOrigin = `chrome-extension://${new URL(gloss.serviceWorkers()[0]!.url()).host}/`;
// warm up the background (the pack is loaded once per background, not per tab)
await measure(gloss, urlOf(pages[0]!), true, extOrigin, false);

const rows: string[][] = [];
const all: number[] = [];
/** the runs over the p95 budget, and those that marked nothing, by page (to read a figure by) */
const slow: string[] = [];
const unmarked: string[] = [];
let worst = { share: 0, wall: 0, page: '' };
for (const file of pages) {
  const url = urlOf(file);
  const without: Run[] = [];
  const withG: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await measure(plain, url, false, extOrigin, i === 0));
    withG.push(await measure(gloss, url, true, extOrigin, i === 0));
  }
  const toLast = withG.map((r) => r.toLastMark);
  all.push(...toLast);
  const page = file.replace(/\.html$/, '');
  const over = toLast.filter((x) => x > P95_BUDGET_MS);
  if (over.length) slow.push(`${page} ${over.map(ms).join(', ')}`);
  const none = toLast.filter((x) => Number.isNaN(x)).length;
  if (none) unmarked.push(`${page} ×${none}`);
  const { longest } = await measure(gloss, url, true, extOrigin, false, true);
  if (longest.share > worst.share) worst = { ...longest, page: file };
  rows.push([
    file.replace(/\.html$/, ''),
    ms(median(toLast)),
    ms(p95(toLast)),
    `${ms(median(without.map((r) => r.dcl)))} / ${ms(median(withG.map((r) => r.dcl)))}`,
    `${ms(median(without.map((r) => r.load)))} / ${ms(median(withG.map((r) => r.load)))}`,
    `${longest.share.toFixed(1)} (${longest.wall.toFixed(1)})`,
    String(withG[0]!.marks),
    ((withG[0]!.heap - without[0]!.heap) / 1024 / 1024).toFixed(2),
  ]);
}
await gloss.close();
await plain.close();
for (const d of dirs) await rm(d, { recursive: true, force: true });

const head = ['page', 'DCL→last mark median', 'p95', 'DCL without / with', 'load without / with', "Gloss's longest task: share (task wall)", 'marks', 'heap added (MiB)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`bench:page: ${pages.length} pages × ${RUNS} runs without and with Gloss (${DIST}); times in ms`);
console.log(line(head));
console.log(`|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const r of rows) console.log(line(r));
const marked = all.filter((x) => !Number.isNaN(x));
console.log(`\nDCL → last mark, warm background, ${marked.length} runs that marked something: median ${ms(median(marked))} ms, p95 ${ms(p95(marked))} ms (budget: median ≤ 100, p95 ≤ ${P95_BUDGET_MS})`);
console.log(`runs over ${P95_BUDGET_MS} ms: ${slow.length ? slow.join('; ') : 'none'}; runs that marked nothing: ${unmarked.length ? unmarked.join('; ') : 'none'}`);
console.log(`DCL → last mark, cold start (fresh profile, ${pages[0]}), ${COLD} runs: median ${ms(median(cold))} ms, p95 ${ms(p95(cold))} ms (${cold.map(ms).join(', ')})`);
console.log(`Gloss's longest task on any page: ${worst.share.toFixed(1)} ms of thread time (its task: ${worst.wall.toFixed(1)} ms wall; ${worst.page}; budget 50 ms)`);

await printBackground(server, pages[0]!);
await server.close();
