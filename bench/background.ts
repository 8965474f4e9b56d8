/**
 * The background's figures for the built-in pack, from the service worker itself (over the
 * DevTools protocol), over several cold starts (the worker asleep, woken by a page that opens):
 * the time to load the pack (fetch, unpack, parse, build the matcher: the User Timing entry the
 * background records), when it was ready counted from the worker's start, and the memory the
 * background holds for it (its heap and array buffers after GC, once the pack is loaded, minus
 * before); and the size of each store zip of the
 * build (as `npm run package` writes them). Printed by bench:page (`--background-only` for these alone).
 */
import puppeteer, { type CDPSession as PptrSession } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, EXT, ROOT, benchContext, type TraceEvent } from './chromium.ts';
import { median } from './stats.ts';
import type { StaticServer } from '../scripts/static-server.ts';
import { zipDir } from '../build.mjs';

/** nothing to watch in the page: the figures come from the background */
const PROBE = '';

/** the built-in pack's load time (ms) in the background, from the User Timing entries it records (src/background/packs.ts) */
const TIMING = { load: 'gloss:default-pack-load', read: 'gloss:default-pack-read', build: 'gloss:default-pack-build' };
/** cold starts: every other one with the kept copy of the pack deleted first (the first start after an install or update) */
const COLD_STARTS = 6;
/** the background's copy of the unpacked pack (src/background/pack-cache.ts) */
const KEPT_CACHE = 'gloss-built-in-pack';


/**
 * The CPU time the background's own thread spent on the pack's load: the thread time of its tasks
 * that overlap the load's User Timing entry in a browser trace. On a busy machine the load's wall
 * time is mostly waiting for a core; this is what it costs when a core is free.
 */
function workerCpuMs(events: TraceEvent[]): number {
  const marks = events.filter((e) => e.name === TIMING.load);
  const begin = marks.find((e) => e.ph === 'b');
  const end = marks.find((e) => e.ph === 'e');
  if (!begin || !end) return NaN;
  let cpu = 0;
  for (const e of events) {
    if (e.tid !== begin.tid || e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || e.dur === undefined) continue;
    if (e.ts + e.dur >= begin.ts && e.ts <= end.ts) cpu += e.tdur ?? 0;
  }
  return cpu / 1000;
}

/** The background's memory (heap used and array buffers, after GC) and pack load times, over cold starts. */
interface ColdStarts {
  /** per cold start: where the pack's bytes came from ('package': the packaged file, fetched and unpacked; 'kept': the unpacked copy) */
  from: string[];
  loads: number[];
  sinceStart: number[];
  reads: number[];
  builds: number[];
  cpu: number[];
  packBytes: number[];
  totalBytes: number[];
}

async function backgroundFigures(server: StaticServer, page: string): Promise<ColdStarts> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-bench-bg-'));
  const ctx = await benchContext(dir, EXT, PROBE, ['--remote-debugging-port=0']);
  const first = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
  const origin = `chrome-extension://${new URL(first.url()).host}/`;
  const port = (await readFile(join(dir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const cdp = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const control = await ctx.newCDPSession(await ctx.newPage());
  await control.send('ServiceWorker.enable');
  const worker = async (): Promise<PptrSession> => {
    const t = await cdp.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith(origin), { timeout: 15000 });
    return t.createCDPSession();
  };
  const memory = async (s: PptrSession): Promise<number> => {
    await s.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await s.send('HeapProfiler.collectGarbage');
    const u = (await s.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return u.usedSize + (u.backingStorageSize ?? 0);
  };
  const loads = async (s: PptrSession, name: string = TIMING.load, field: 'duration' | 'startTime' = 'duration'): Promise<number[]> => {
    const r = await s.send('Runtime.evaluate', { expression: `JSON.stringify(performance.getEntriesByName(${JSON.stringify(name)}).map((e) => e.${field}))`, returnByValue: true });
    return JSON.parse(String(r.result.value ?? '[]')) as number[];
  };
  const browserSession = await cdp.target().createCDPSession();
  const trace = async (run: () => Promise<void>): Promise<TraceEvent[]> => {
    const events: TraceEvent[] = [];
    const collect = (e: { value: TraceEvent[] }) => events.push(...e.value);
    browserSession.on('Tracing.dataCollected', collect);
    const done = new Promise<void>((r) => browserSession.once('Tracing.tracingComplete', () => r()));
    await browserSession.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['blink.user_timing', 'toplevel'] } });
    try {
      await run();
    } finally {
      await browserSession.send('Tracing.end');
      await done;
    }
    browserSession.off('Tracing.dataCollected', collect);
    return events;
  };
  const out: ColdStarts = { from: [], loads: [], sinceStart: [], reads: [], builds: [], cpu: [], packBytes: [], totalBytes: [] };
  // the worker's running status, as the protocol reports it
  let status = '';
  control.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(origin)) status = v.runningStatus;
  });
  /** stop the worker and wait until it has stopped (a worker that was not running reports nothing: 2 s of silence) */
  const stopWorker = async () => {
    status = 'asked to stop';
    await control.send('ServiceWorker.stopAllWorkers');
    for (const t0 = Date.now(); status !== 'stopped'; ) {
      if (status === 'asked to stop' && Date.now() - t0 > 2000) return;
      if (Date.now() - t0 > 10000) throw new Error('the background did not stop');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  let failed = 0;
  try {
    for (let run = 0; run < COLD_STARTS; run++) {
      try {
        await coldStart(run % 2 === 0);
      } catch (e) {
        // a worker that does not come back within 15 s (rare here): measured again, up to three times,
        // then the figures are those measured so far
        if (++failed > 3) {
          console.warn(`(cold starts stopped after ${failed} failures: ${(e as Error).message}; ${out.loads.length} of ${COLD_STARTS} measured)`);
          break;
        }
        console.warn(`(a cold start was not measured: ${(e as Error).message}; measuring another)`);
        run--;
      }
    }
  } finally {
    await cdp.disconnect();
    await ctx.close();
    await rm(dir, { recursive: true, force: true });
  }
  return out;

  /** `afterInstall`: the background's kept copy of the pack is deleted first, as after an install or update */
  async function coldStart(afterInstall: boolean): Promise<void> {
    // the background without its pack: started alone, no page open
    await stopWorker();
    await control.send('ServiceWorker.startWorker', { scopeURL: origin });
    let s = await worker();
    if (afterInstall) await s.send('Runtime.evaluate', { expression: `caches.delete(${JSON.stringify(KEPT_CACHE)})`, awaitPromise: true });
    const before = await memory(s);
    if ((await loads(s)).length > 0) throw new Error('the background loaded its pack before any page asked it to spot');
    await s.detach();
    // then as a reader meets it: asleep, and woken by a page that opens
    await stopWorker();
    const tab = await ctx.newPage();
    let timing: number[] = [];
    let events: TraceEvent[];
    try {
      events = await trace(async () => {
        await tab.goto(`${server.origin}/pages/${page}`, { waitUntil: 'domcontentloaded' });
        s = await worker();
        for (const t0 = Date.now(); timing.length === 0 && Date.now() - t0 < 60000; ) {
          timing = await loads(s);
          if (timing.length === 0) await new Promise((r) => setTimeout(r, 50));
        }
      });
    } finally {
      await tab.close();
    }
    if (timing.length === 0) throw new Error(`the background did not load its pack for ${page} within 60 s`);
    out.cpu.push(workerCpuMs(events));
    const after = await memory(s);
    out.loads.push(timing[0]!);
    // the worker's time origin is its start: where the load ended on that clock
    out.sinceStart.push((await loads(s, TIMING.load, 'startTime'))[0]! + timing[0]!);
    out.reads.push((await loads(s, TIMING.read))[0] ?? NaN);
    out.builds.push((await loads(s, TIMING.build))[0] ?? NaN);
    const from = await s.send('Runtime.evaluate', { expression: `performance.getEntriesByName(${JSON.stringify(TIMING.load)})[0]?.detail?.from ?? 'package'`, returnByValue: true });
    out.from.push(String(from.result.value));
    out.packBytes.push(after - before);
    out.totalBytes.push(after);
    await s.detach();
  }
}

export async function printBackground(server: StaticServer, page: string): Promise<void> {
  const bg = await backgroundFigures(server, page);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  console.log(`\n## The background and the built-in pack (${DIST.startsWith(ROOT) ? DIST.slice(ROOT.length + 1) : DIST}, ${bg.loads.length} cold starts)`);
  if (bg.loads.length === 0) console.log('no cold start could be measured: the background did not start again (see above); run `npm run bench:page -- --background-only` on its own');
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  if (bg.loads.length > 0) {
    for (const from of ['package', 'kept'] as const) {
      const runs = bg.from.flatMap((f, i) => (f === from ? [i] : []));
      if (runs.length === 0) continue;
      const pick = (xs: number[]) => runs.map((i) => xs[i]!);
      const what = from === 'package' ? 'the first after an install or update (the packaged file: fetch, unpack)' : 'every later one (the unpacked copy the background kept: read it back)';
      console.log(
        `cold load of the built-in pack, ${what}: median ${median(pick(bg.loads)).toFixed(0)} ms (${list(pick(bg.loads))}; target ≤ 300 ms), ` +
          `of which reading it ${median(pick(bg.reads)).toFixed(0)} ms (${list(pick(bg.reads))}) and building the matcher (decode, check) ${median(pick(bg.builds)).toFixed(0)} ms (${list(pick(bg.builds))}); ` +
          `the pack ready ${median(pick(bg.sinceStart)).toFixed(0)} ms after the worker started (${list(pick(bg.sinceStart))})`,
      );
    }
    console.log(`(the background asleep, woken by the page: the pack is ready after the worker's own start, the page's first messages, then the load)`);
    console.log(`CPU time of the background's thread during the load (a browser trace): median ${median(bg.cpu).toFixed(0)} ms (${list(bg.cpu)}); the rest of the wall time is waiting (file reads, unpacking, and a core when the machine is busy)`);
    console.log(`(load average of the machine while measuring: ${loadavg().map((x) => x.toFixed(1)).join(', ')}, on ${cpus().length} cores)`);
    console.log(`memory the background holds for the built-in pack (heap + array buffers after GC, loaded minus not yet loaded): median ${mb(median(bg.packBytes))} MiB (target ≤ 40 MB); the whole background then holds ${mb(median(bg.totalBytes))} MiB`);
  }
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(DIST, browser);
    if (!existsSync(join(dir, 'manifest.json'))) continue;
    const zip = await zipDir(dir);
    console.log(`store zip for ${browser}: ${mb(zip.length)} MiB (target ≤ 25 MB)`);
  }
}
