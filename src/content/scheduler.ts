/**
 * Runs Gloss's page work in small slices during idle time so it never blocks the page: each
 * slice stops after SLICE_MS (well under the 50 ms long-task threshold) and yields back.
 */
import { measured } from './test-signals.ts';

export const SLICE_MS = 8;

/** A resumable piece of work: do some, return true when finished; stop early when shouldStop() says so. */
export type SlicedTask = (shouldStop: () => boolean) => boolean;

function nextIdle(): Promise<number> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((d) => resolve(d.didTimeout ? SLICE_MS : Math.min(SLICE_MS, Math.max(2, d.timeRemaining()))), { timeout: 300 });
    } else {
      setTimeout(() => resolve(SLICE_MS), 0);
    }
  });
}

/**
 * Run a task to completion across idle slices; resolves when it is done (or cancelled() turns
 * true). `what` names the work for the test build's timing of every slice.
 */
export async function runSliced(task: SlicedTask, cancelled: () => boolean = () => false, what = 'idle slice'): Promise<boolean> {
  for (;;) {
    const budget = await nextIdle();
    if (cancelled()) return false;
    const end = performance.now() + budget;
    if (measured(what, () => task(() => performance.now() >= end))) return true;
  }
}

/** Run `items` through `fn` in idle slices (checks the clock every item). */
export function runListSliced<T>(items: readonly T[], fn: (item: T) => void, cancelled: () => boolean = () => false, what = 'idle slice'): Promise<boolean> {
  let i = 0;
  return runSliced((shouldStop) => {
    while (i < items.length) {
      fn(items[i++]!);
      if (shouldStop()) break;
    }
    return i >= items.length;
  }, cancelled, what);
}

/** Wait `ms`, then until the browser is idle (a back-off delay that still yields to the page). */
export function idleAfter(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(() => void nextIdle().then(() => resolve()), ms));
}
