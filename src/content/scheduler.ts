/**
 * Runs Gloss's page work in small slices so it never blocks the page: each slice stops after
 * SLICE_MS (well under the 50 ms long-task threshold) and yields back.
 *
 * Two paces:
 *  - `idle`: the next slice waits until the browser is idle (requestIdleCallback). For work the
 *    reader is not waiting for: new content, placing highlights, watching for late text.
 *  - `prompt`: the next slice runs as soon as the page's own queued tasks have had their turn
 *    (a task of its own, not idle time). For the first read of a page, where the reader is
 *    waiting for the marks: while a page is loading the browser is rarely idle, and idle
 *    callbacks can wait hundreds of milliseconds.
 */
import { measured } from './test-signals.ts';

export const SLICE_MS = 8;

export type Pace = 'idle' | 'prompt';

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

interface PostTask {
  postTask<T>(fn: () => T, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): Promise<T>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/** A new task soon, after the tasks already queued (no 4 ms clamp, unlike nested timers). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

async function nextSlice(pace: Pace): Promise<number> {
  if (pace === 'idle') return nextIdle();
  await nextTask();
  return SLICE_MS;
}

/**
 * Run a task to completion across slices; resolves true when it is done, false when cancelled()
 * turned true. `what` names the work for the test build's timing of every slice.
 */
export async function runSliced(task: SlicedTask, cancelled: () => boolean = () => false, what = 'idle slice', pace: Pace = 'idle'): Promise<boolean> {
  for (;;) {
    const budget = await nextSlice(pace);
    if (cancelled()) return false;
    const end = performance.now() + budget;
    if (measured(what, () => task(() => performance.now() >= end))) return true;
  }
}

/** Run `items` through `fn` in slices (checks the clock every item). */
export function runListSliced<T>(items: readonly T[], fn: (item: T) => void, cancelled: () => boolean = () => false, what = 'idle slice', pace: Pace = 'idle'): Promise<boolean> {
  let i = 0;
  return runSliced((shouldStop) => {
    while (i < items.length) {
      fn(items[i++]!);
      if (shouldStop()) break;
    }
    return i >= items.length;
  }, cancelled, what, pace);
}

/** Wait `ms`, then until the browser is idle (a back-off delay that still yields to the page). */
export function idleAfter(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(() => void nextIdle().then(() => resolve()), ms));
}
