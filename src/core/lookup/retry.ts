/** When to try again after a 429 or a 5xx: the server's Retry-After, else exponential back-off. */

/**
 * A Retry-After header (RFC 9110: delay-seconds or an HTTP-date) as milliseconds from `now`;
 * null when absent or unreadable. A date in the past means "now" (0).
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return null; // "-5", "1.5": neither form
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** 1 s, 2 s, 4 s … for the 1st, 2nd, 3rd retry */
export function backoffMs(retry: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, retry - 1);
}
