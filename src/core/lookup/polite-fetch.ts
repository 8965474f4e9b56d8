/**
 * One look-up request, politely: only with the reader's permission (asked before every request),
 * with the descriptive Api-User-Agent, a time limit, one request at a time per host (the API
 * etiquette of Wikimedia asks for requests in series), and on 429 or 5xx a wait before trying
 * again (the server's Retry-After, else exponential back-off), never longer than a cap and never
 * more than a few tries. A 429 also pauses every request to the same host until its Retry-After
 * has passed. fetch, the clock and waiting are injected, so all of it is unit-tested in Node.
 */
import type { LookupError, LookupService } from './errors.ts';
import { FETCH_OPTIONS, type HttpRequest } from './requests.ts';
import { backoffMs, retryAfterMs } from './retry.ts';

export interface PoliteFetchOptions {
  fetch: typeof fetch;
  /** may Gloss reach Wikipedia and Wikidata? (the optional host permission); asked before every request */
  allowed: () => Promise<boolean>;
  now?: () => number;
  /** resolves after `ms`, or early when `signal` aborts */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** tries in all, the first included (default 3) */
  attempts?: number;
  /** first back-off without Retry-After (default 1 s; then 2 s, 4 s …) */
  backoffBaseMs?: number;
  /** the longest Gloss waits before a retry (default 20 s): a longer Retry-After ends the look-up with "rate-limited" */
  maxWaitMs?: number;
  /** time limit of one request, body included (default 10 s) */
  timeoutMs?: number;
}

/** What came back: a JSON body with its status (200, or 404 whose body says what was not found), or why not. */
export type FetchOutcome = { ok: true; status: number; json: unknown } | { ok: false; error: LookupError };

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** One at a time: a task starts when every task queued before it has finished or left the line (aborted while waiting). */
export class Line {
  private last: Promise<void> = Promise.resolve();

  async run<T>(signal: AbortSignal, task: () => Promise<T>, whenAborted: T): Promise<T> {
    const before = this.last;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.last = before.then(() => finished);
    let leave!: () => void;
    const left = new Promise<void>((resolve) => (leave = resolve));
    signal.addEventListener('abort', leave, { once: true });
    try {
      await Promise.race([before, left]);
      return signal.aborted ? whenAborted : await task();
    } finally {
      signal.removeEventListener('abort', leave);
      finish();
    }
  }
}

type Attempt =
  | { kind: 'answer'; status: number; json: unknown }
  | { kind: 'retry'; status: number; retryAfter: string | null }
  | { kind: 'error'; error: LookupError };

export class PoliteFetch {
  private readonly opts: Required<PoliteFetchOptions>;
  /** host → time before which no request goes to it (after a 429) */
  private readonly pausedUntil = new Map<string, number>();
  /** host → its line: requests to one host go one at a time */
  private readonly lines = new Map<string, Line>();

  constructor(options: PoliteFetchOptions) {
    this.opts = {
      now: () => Date.now(),
      sleep: abortableSleep,
      attempts: 3,
      backoffBaseMs: 1000,
      maxWaitMs: 20_000,
      timeoutMs: 10_000,
      ...options,
    };
  }

  async getJson(request: HttpRequest, service: LookupService, signal: AbortSignal): Promise<FetchOutcome> {
    const host = new URL(request.url).host;
    for (let attempt = 1; ; attempt++) {
      const paused = (this.pausedUntil.get(host) ?? 0) - this.opts.now();
      if (paused > this.opts.maxWaitMs) return { ok: false, error: { kind: 'rate-limited', service, retryAt: this.opts.now() + paused } };
      if (paused > 0) await this.opts.sleep(paused, signal);
      if (signal.aborted) return { ok: false, error: { kind: 'aborted' } };
      // a permission API that fails counts as "not granted": no request without a clear yes
      if (!(await this.opts.allowed().catch(() => false))) return { ok: false, error: { kind: 'not-allowed' } };

      let line = this.lines.get(host);
      if (!line) this.lines.set(host, (line = new Line()));
      const result = await line.run(signal, () => this.attempt(request, service, signal), { kind: 'error', error: { kind: 'aborted' } });
      if (result.kind === 'answer') return { ok: true, status: result.status, json: result.json };
      if (result.kind === 'error') return { ok: false, error: result.error };

      const now = this.opts.now();
      const told = retryAfterMs(result.retryAfter, now);
      const wait = told ?? backoffMs(attempt, this.opts.backoffBaseMs);
      if (result.status === 429 && told !== null) this.pausedUntil.set(host, now + told);
      if (attempt >= this.opts.attempts || wait > this.opts.maxWaitMs) {
        return {
          ok: false,
          error:
            result.status === 429
              ? { kind: 'rate-limited', service, retryAt: told === null ? null : now + told }
              : { kind: 'server-error', service, status: result.status },
        };
      }
      await this.opts.sleep(wait, signal);
    }
  }

  /** one request, with the time limit; the body is read inside it */
  private async attempt(request: HttpRequest, service: LookupService, signal: AbortSignal): Promise<Attempt> {
    const controller = new AbortController();
    const stop = () => controller.abort();
    signal.addEventListener('abort', stop, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.opts.timeoutMs);
    try {
      const response = await this.opts.fetch(request.url, { ...FETCH_OPTIONS, headers: request.headers, signal: controller.signal });
      const { status } = response;
      if (status === 429 || status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'retry', status, retryAfter: response.headers.get('retry-after') };
      }
      if (status !== 200 && status !== 404) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'error', error: { kind: 'refused', service, status, code: null } };
      }
      const text = await response.text();
      try {
        return { kind: 'answer', status, json: JSON.parse(text) as unknown };
      } catch {
        // a 404 from a proxy or a CDN may be an HTML page: still "not there"
        if (status === 404) return { kind: 'answer', status, json: null };
        return { kind: 'error', error: { kind: 'bad-response', service, detail: 'the answer is not JSON' } };
      }
    } catch {
      if (signal.aborted) return { kind: 'error', error: { kind: 'aborted' } };
      return { kind: 'error', error: timedOut ? { kind: 'timeout', service } : { kind: 'offline', service } };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
  }
}
