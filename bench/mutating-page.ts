/**
 * What Gloss costs on a huge page that never stops changing, with a highlight it cannot place.
 *
 *   npm run bench:mutating                       (uses dist/chrome: run `npm run build` first)
 *   npm run bench:mutating -- --seconds 20 --nodes 100000
 *
 * A generated page of about 100,000 DOM nodes whose text changes every 300 ms
 * (test/browser/mutating-page.ts) is opened in Chromium three times in one run: without Gloss,
 * with Gloss and nothing saved for the page, and with Gloss and one stored highlight whose
 * passage is not on the page (Gloss keeps looking for it as the page changes). For each, over
 * the window after the load event, it prints:
 *   - the long tasks (over 50 ms) the page saw, and the longest (PerformanceObserver 'longtask');
 *   - from a Chrome trace, the longest main-thread task during which Gloss's code ran, in wall
 *     time, and Gloss's share of it in thread (CPU) time (which another process competing for the
 *     CPU cannot inflate): the task's thread time less the browser's own rendering steps outside
 *     Gloss's calls.
 */
import type { BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../scripts/static-server.ts';
import { UNPLACEABLE, writeMutatingPage } from '../test/browser/mutating-page.ts';
import { EXT, benchContext, tasksRunning, trace } from './chromium.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const SECONDS = arg('--seconds', 10);
const NODES = arg('--nodes', 100_000);

if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error(`${EXT} is missing: run \`npm run build\` first (or set GLOSS_DIST to your build folder).`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: install it (apt-get install -y chromium).`);
  process.exit(1);
}

/** page-world probe: every long task from the start of the page */
const PROBE = `window.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;

interface Row {
  scenario: string;
  longTasks: number;
  longest: number;
  glossWall: number | null;
  glossShare: number | null;
}

async function measure(ctx: BrowserContext, url: string, scenario: string, extOrigin: string | null): Promise<Row> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  let tasks: { start: number; duration: number }[] = [];
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    const loadedAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(SECONDS * 1000);
    tasks = (await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks)).filter((t) => t.start >= loadedAt);
  });
  await page.close();
  const gloss = extOrigin ? tasksRunning(events, extOrigin) : null;
  return {
    scenario,
    longTasks: tasks.length,
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    glossWall: gloss?.wall ?? null,
    glossShare: gloss?.share ?? null,
  };
}

const dir = await writeMutatingPage(NODES);
const server = await startStaticServer({ '/live/': dir });
const url = `${server.origin}/live/`;
const profiles = [await mkdtemp(join(tmpdir(), 'gloss-bench-')), await mkdtemp(join(tmpdir(), 'gloss-bench-'))];
const plain = await benchContext(profiles[0]!, null, PROBE);
const gloss = await benchContext(profiles[1]!, EXT, PROBE);
const sw = gloss.serviceWorkers()[0]!;
const extId = new URL(sw.url()).host;
const extOrigin = `chrome-extension://${extId}/`;
const rows: Row[] = [];
try {
  rows.push(await measure(plain, url, 'without Gloss', null));
  rows.push(await measure(gloss, url, 'with Gloss, nothing saved here', extOrigin));
  // the stored highlight, saved from Gloss's own notebook page (as the reader would have, on an earlier version of the page)
  const notebook = await gloss.newPage();
  await notebook.goto(`${extOrigin}pages/notebook.html`);
  const saved = await notebook.evaluate(
    ({ url, exact }) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({
        gloss: 1,
        type: 'highlights/create',
        payload: { url, title: 'Harbour talks: live', selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }], colour: 'yellow' },
      }),
    { url, exact: UNPLACEABLE },
  );
  if (!saved.ok) throw new Error(`could not store the highlight: ${saved.error}`);
  await notebook.close();
  rows.push(await measure(gloss, url, 'with Gloss, one highlight it cannot place', extOrigin));
} finally {
  await gloss.close();
  await plain.close();
  await server.close();
  for (const d of [dir, ...profiles]) await rm(d, { recursive: true, force: true });
}

const head = ['scenario', `long tasks in ${SECONDS} s`, 'longest (ms)', 'longest task running Gloss, wall (ms)', 'Gloss’s share, thread time (ms)'];
const cells = rows.map((r) => [r.scenario, String(r.longTasks), r.longest.toFixed(0), r.glossWall === null ? '–' : r.glossWall.toFixed(1), r.glossShare === null ? '–' : r.glossShare.toFixed(1)]);
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ')} |`;
console.log(`${NODES.toLocaleString('en')}-node page, text changing every 300 ms, ${SECONDS} s after the load event, Chromium:\n`);
console.log(line(head));
console.log(`|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const c of cells) console.log(line(c));
