/**
 * Errors seen by the background since it started: uncaught errors, unhandled rejections and
 * failed message handlers. The tests read them (`debug/errors`) in Chromium and Firefox alike,
 * since Firefox's background console is not reachable from the test driver.
 */
const MAX = 50;
const seen: string[] = [];

export function recordError(where: string, e: unknown): void {
  const text = `${where}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  seen.push(text);
  if (seen.length > MAX) seen.shift();
}

export function recordedErrors(): string[] {
  return [...seen];
}

export function watchGlobalErrors(scope: { addEventListener: (type: string, fn: (ev: Event) => void) => void }): void {
  scope.addEventListener('error', (ev) => recordError('uncaught', (ev as ErrorEvent).error ?? (ev as ErrorEvent).message));
  scope.addEventListener('unhandledrejection', (ev) => recordError('unhandled rejection', (ev as PromiseRejectionEvent).reason));
}
