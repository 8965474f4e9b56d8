/**
 * What Gloss costs a reader on real pages.
 *
 *   npm run bench:page                       (builds nothing: uses dist/ or GLOSS_DIST)
 *   GLOSS_DIST=.tmp/dist-x npm run bench:page -- [--pages cnn,guardian-1]
 *
 * Opens each page in ../shared/pages (the Readability test pages, not part of this repo; fails
 * with a clear message if absent) in Chromium, once without Gloss and once with the built
 * extension, and prints per page:
 *   - time from DOMContentLoaded to the last mark inserted (seen by a page-world MutationObserver),
 *   - Gloss's longest main-thread task: from a Chrome trace, the longest renderer-main-thread task
 *     that ran extension code (content script functions, timers, idle and message callbacks),
 *   - the number of marks (mentions marked),
 *   - the JS heap Gloss adds to the tab (used heap after GC, with minus without).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { benchContext, tasksRunning, trace } from './chromium.ts';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../scripts/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = resolve(ROOT, '../shared/pages');
const DIST = process.env.GLOSS_DIST ? resolve(process.env.GLOSS_DIST) : join(ROOT, 'dist');
const EXT = join(DIST, 'chrome');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function fail(msg: string): never {
  console.error(msg);
  process.exit(1);
}

if (!existsSync(PAGES_DIR)) fail(`bench:page needs the shared real pages in ${PAGES_DIR}; they are not part of the repo.`);
if (!existsSync(join(EXT, 'manifest.json'))) fail(`${EXT} is missing: run \`npm run build\` first (or set GLOSS_DIST to your build folder).`);
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: install it (apt-get install -y chromium).`);

const argPages = process.argv.indexOf('--pages');
const pages = (argPages > 0 ? process.argv[argPages + 1]!.split(',').map((p) => (p.endsWith('.html') ? p : `${p}.html`)) : readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'))).sort();

/** page-world probe: DOMContentLoaded time and the time of the last <gloss-mark> insertion */
const PROBE = `(() => {
  window.__glossBench = { lastMark: 0, marks: 0 };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.localName === 'gloss-mark') { window.__glossBench.lastMark = performance.now(); window.__glossBench.marks++; }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function measure(ctx: BrowserContext, url: string, withGloss: boolean, extOrigin: string) {
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  let dclToLast = NaN;
  let marks = 0;
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    if (withGloss) {
      // the production build shows no state on the page: wait until marks stop coming (1 s without a new one)
      await page.waitForFunction(() => {
        const b = (window as unknown as { __glossBench: { lastMark: number } }).__glossBench;
        return b.lastMark > 0 && performance.now() - b.lastMark > 1000;
      }, null, { timeout: 60000, polling: 100 }).catch(() => undefined);
    }
    await page.waitForTimeout(1500);
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const b = (window as unknown as { __glossBench: { lastMark: number; marks: number } }).__glossBench;
      return { dcl: nav.domContentLoadedEventStart, last: b.lastMark, marks: document.querySelectorAll('gloss-mark[tabindex]').length };
    });
    dclToLast = r.last > 0 ? r.last - r.dcl : NaN;
    marks = r.marks;
  });
  const heap = await heapAfterGc(cdp);
  const longest = withGloss ? tasksRunning(events, extOrigin).wall : 0;
  await page.close();
  return { dclToLast, marks, heap, longest };
}

const server = await startStaticServer({ '/pages/': PAGES_DIR });
const dirs = [await mkdtemp(join(tmpdir(), 'gloss-bench-')), await mkdtemp(join(tmpdir(), 'gloss-bench-'))];
const plain = await benchContext(dirs[0]!, null, PROBE);
const gloss = await benchContext(dirs[1]!, EXT, PROBE);
const sw = gloss.serviceWorkers()[0]!;
const extOrigin = `chrome-extension://${new URL(sw.url()).host}/`;

// warm up the background (pack loading happens once per browser, not per tab)
await measure(gloss, `${server.origin}/pages/${pages[0]}`, true, extOrigin);

const rows: string[][] = [];
let worst = 0;
for (const file of pages) {
  const url = `${server.origin}/pages/${file}`;
  const without = await measure(plain, url, false, extOrigin);
  const withG = await measure(gloss, url, true, extOrigin);
  worst = Math.max(worst, withG.longest);
  rows.push([
    file.replace(/\.html$/, ''),
    Number.isNaN(withG.dclToLast) ? '–' : `${Math.round(withG.dclToLast)}`,
    withG.longest.toFixed(1),
    String(withG.marks),
    ((withG.heap - without.heap) / 1024 / 1024).toFixed(2),
  ]);
}
await gloss.close();
await plain.close();
await server.close();
for (const d of dirs) await rm(d, { recursive: true, force: true });

const head = ['page', 'DCL→last mark (ms)', 'longest Gloss task (ms)', 'marks', 'heap added (MiB)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\nlongest main-thread task with Gloss code on any page: ${worst.toFixed(1)} ms (budget 50 ms)`);
