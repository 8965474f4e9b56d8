/**
 * Runs Gloss's page work in small slices so it never blocks the page: each slice stops after
 * SLICE_MS (well under the 50 ms long-task threshold) and yields back.
 *
 * Two paces:
 *  - `idle`: the next slice waits until the browser is idle (requestIdleCallback). For work the
 *    reader is not waiting for: new content, placing highlights, watching for late text.
 *  - `prompt`: the next slice is a task of its own at user-blocking priority (scheduler.postTask
 *    where there is one): it runs before the page's own queued tasks (timers, network callbacks),
 *    while the browser still puts input and rendering first. For the first read of a page, where
 *    the reader is waiting for the marks: while a page is loading the browser is rarely idle, and
 *    idle callbacks or even ordinary tasks can wait hundreds of milliseconds behind the page's work.
 *    A prompt run also starts at once, without a yield, when the task Gloss is running in began
 *    less than a slice ago (`taskBegins`): the rest of that slice is used, never more.
 */
import { measured } from './test-signals.ts';

export const SLICE_MS = 8;
/** a slice shorter than this is not worth starting: yield instead */
const MIN_SLICE_MS = 2;

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
/** when the task Gloss's code runs in began (as far as Gloss knows: see taskBegins) */
let taskBegan = -Infinity;

/**
 * Gloss's code is running at the start of a task of its own (a message reply, an event): a prompt
 * run started in this task may use the rest of the slice at once. nextTask() calls it itself.
 */
export function taskBegins(): void {
  taskBegan = performance.now();
}

/**
 * A new task soon (no 4 ms clamp, unlike nested timers): `user-visible` after the tasks already
 * queued, `user-blocking` ahead of the page's ordinary tasks (where scheduler.postTask exists).
 */
export async function nextTask(priority: 'user-visible' | 'user-blocking' = 'user-visible'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (typeof scheduler?.postTask === 'function') await scheduler.postTask(taskBegins, { priority });
  else {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        taskBegins();
        waiting.shift()?.();
      };
    }
    const port = channel.port2;
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      port.postMessage(null);
    });
  }
}

/** The end of the slice that began with the current task, if enough of it is left to start work now. */
function sliceLeftNow(): number | null {
  const end = taskBegan + SLICE_MS;
  return end - performance.now() >= MIN_SLICE_MS ? end : null;
}

/** The end time of the next slice, once it may start. */
async function nextSlice(pace: Pace): Promise<number> {
  if (pace === 'idle') {
    const budget = await nextIdle();
    return performance.now() + budget;
  }
  await nextTask('user-blocking');
  return performance.now() + SLICE_MS;
}

/**
 * Run a task to completion across slices; resolves true when it is done, false when cancelled()
 * turned true. `what` names the work for the test build's timing of every slice.
 */
export async function runSliced(task: SlicedTask, cancelled: () => boolean = () => false, what = 'idle slice', pace: Pace = 'idle'): Promise<boolean> {
  // a prompt run goes on in the task it was started in while that task's slice lasts
  let now = pace === 'prompt' ? sliceLeftNow() : null;
  for (;;) {
    const end = now ?? (await nextSlice(pace));
    now = null;
    if (cancelled()) return false;
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
