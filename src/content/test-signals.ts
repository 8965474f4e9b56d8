/**
 * TEST BUILDS ONLY, and only on 127.0.0.1 pages (where the test bridge runs): what the browser
 * tests observe of Gloss's work. State attributes on <html> and entity attributes on marks, and
 * probes the bridge can call (src/test-bridge). In production builds `__GLOSS_TEST__` is false and
 * esbuild drops every body here, so a production build puts no Gloss state on any page.
 */
type ProbeFn = (arg: never) => unknown;

function enabled(): boolean {
  return location.hostname === '127.0.0.1';
}

/** data-gloss-<name> on <html> (name '' is data-gloss itself); null removes it */
export function testSignal(name: string, value: string | number | null): void {
  if (__GLOSS_TEST__ && enabled()) {
    const attr = name ? `data-gloss-${name}` : 'data-gloss';
    if (value === null) document.documentElement.removeAttribute(attr);
    else document.documentElement.setAttribute(attr, String(value));
  }
}

/** the entity, group and first-piece attributes the tests select marks by */
export function testMarkAttributes(el: Element, entityId: string, group: string, first: boolean): void {
  if (__GLOSS_TEST__ && enabled()) {
    el.setAttribute('data-gloss-entity', entityId);
    el.setAttribute('data-gloss-mark', group);
    if (first) el.setAttribute('data-gloss-first', '');
  }
}

/** One thing Gloss decided or finished on the page, in order (the test build's event log). */
export interface TestEvent {
  seq: number;
  /** which part: 'session', 'marks', 'popover', 'highlights' */
  kind: string;
  /** what happened: 'navigated', 'read', 'settled', 'opened', 'hover-aborted', … */
  what: string;
  detail: string;
}

/**
 * Record that something happened, for tests that must wait for an observable end of work (never
 * a fixed sleep): the log is read through the `events` probe (src/content/test-probes.ts).
 */
export function testEvent(kind: string, what: string, detail = ''): void {
  if (__GLOSS_TEST__ && enabled()) {
    const g = globalThis as unknown as { __glossTestEvents?: TestEvent[] };
    const log = (g.__glossTestEvents ??= []);
    log.push({ seq: log.length + 1, kind, what, detail });
  }
}

/** a function the test bridge may call by name (it shares the content script's world, not the page's) */
export function testProbe(name: string, fn: ProbeFn): void {
  if (__GLOSS_TEST__ && enabled()) {
    const g = globalThis as unknown as { __glossTestProbe?: Record<string, ProbeFn> };
    (g.__glossTestProbe ??= {})[name] = fn;
  }
}

/** the longest piece of Gloss work seen on this page, for the long-task test in Firefox (no longtask API there) */
export function testWorkTime(what: string, ms: number): void {
  if (__GLOSS_TEST__ && enabled()) {
    const g = globalThis as unknown as { __glossTestWork?: { longest: number; what: string; count: number; byWhat: Record<string, number> } };
    const w = (g.__glossTestWork ??= { longest: 0, what: '', count: 0, byWhat: {} });
    w.count++;
    w.byWhat[what] = Math.max(w.byWhat[what] ?? 0, Math.round(ms));
    if (ms > w.longest) {
      w.longest = ms;
      w.what = what;
    }
  }
}

/** Run a synchronous piece of Gloss work; test builds record how long it took (testWorkTime). */
export function measured<T>(what: string, fn: () => T): T {
  if (__GLOSS_TEST__ && enabled()) {
    const t = performance.now();
    try {
      return fn();
    } finally {
      testWorkTime(what, performance.now() - t);
    }
  }
  return fn();
}
