/**
 * Chromium for the benchmarks: a browser context with or without Gloss, a trace recorded around
 * some work, and the main-thread tasks that ran a given origin's code (the extension's content
 * script: its functions, timers, idle, mutation and message callbacks).
 */
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { join, resolve } from 'node:path';

/** the repository's folder */
export const ROOT = resolve(import.meta.dirname, '..');
/** the build the benchmarks measure: GLOSS_DIST, or the repo's dist/ */
export const DIST = process.env.GLOSS_DIST ? resolve(process.env.GLOSS_DIST) : join(ROOT, 'dist');
/** the unpacked Chrome build of Gloss in it */
export const EXT = join(DIST, 'chrome');

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-sandbox'];

/**
 * A Chromium profile in `dir`, with the unpacked extension at `extension` loaded (or none), a
 * page-world script run in every page first, and every request that does not stay on 127.0.0.1
 * refused (real pages reference trackers and CDNs); `extraArgs` go to the browser's command line.
 */
export async function benchContext(dir: string, extension: string | null, initScript: string, extraArgs: string[] = []): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []), ...extraArgs],
    viewport: { width: 1280, height: 900 },
  });
  await ctx.route((u) => !/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:|chrome-extension:)/.test(u.href), (r) => r.abort());
  await ctx.addInitScript(initScript);
  if (extension) ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
  return ctx;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread (CPU) time, when the platform reports it */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

export async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', '__metadata'] },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** the browser's own rendering steps: a task that also ran some extension code is not the extension's while it renders */
const RENDERING = new Set(['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'ScheduleStyleRecalculation']);

export interface OriginTasks {
  /** tasks during which code from the origin ran */
  count: number;
  /** the longest of them, wall time (ms) */
  wall: number;
  /** the longest of them, thread (CPU) time (ms) */
  cpu: number;
  /**
   * the origin's share of its longest task, thread time (ms): the task's thread time less the
   * browser's rendering steps that ran outside the origin's own calls (a forced style or layout
   * inside its call counts as its own)
   */
  share: number;
  /** the wall time of the task with that share */
  shareWall: number;
  /** what the task with that share did: its largest steps (for reading a failure) */
  what: string;
}

/** The main-thread tasks during which code from `origin` ran (its functions, timers, idle, mutation and message callbacks). */
export function tasksRunning(events: TraceEvent[], origin: string): OriginTasks {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && e.dur !== undefined);
  const ours = events.filter((e) => onMain(e) && (e.args?.data?.url ?? '').startsWith(origin));
  const rendering = events.filter((e) => e.ph === 'X' && RENDERING.has(e.name) && onMain(e) && e.dur !== undefined);
  const within = (inner: TraceEvent, outer: TraceEvent) => inner.pid === outer.pid && inner.tid === outer.tid && inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const out: OriginTasks = { count: 0, wall: 0, cpu: 0, share: 0, shareWall: 0, what: '' };
  for (const t of tasks) {
    const mine = ours.filter((o) => o.pid === t.pid && o.tid === t.tid && o.ts >= t.ts && o.ts <= t.ts + t.dur!);
    if (mine.length === 0) continue;
    out.count++;
    out.wall = Math.max(out.wall, t.dur!);
    const cpu = t.tdur ?? t.dur!;
    out.cpu = Math.max(out.cpu, cpu);
    const steps = rendering.filter((r) => within(r, t) && !mine.some((o) => o.ph === 'X' && within(r, o)));
    const outermost = steps.filter((r) => !steps.some((q) => q !== r && within(r, q)));
    const browsers = outermost.reduce((sum, r) => sum + (r.tdur ?? r.dur ?? 0), 0);
    if (cpu - browsers > out.share) {
      out.share = cpu - browsers;
      out.shareWall = t.dur!;
      const steps = events.filter((e) => e.ph === 'X' && e !== t && within(e, t) && (e.tdur ?? e.dur ?? 0) > 2000).sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0));
      out.what = steps.slice(0, 6).map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1)}`).join(', ');
    }
  }
  return { count: out.count, wall: out.wall / 1000, cpu: out.cpu / 1000, share: out.share / 1000, shareWall: out.shareWall / 1000, what: out.what };
}
