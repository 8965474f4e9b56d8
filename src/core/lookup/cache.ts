/**
 * Where look-up answers are kept: a small interface the client reads and writes, so the
 * background can keep them in IndexedDB and tests in memory. Entries are never trusted as fresh
 * by the cache itself; the client compares `fetchedAt` with its time-to-live, and serves an old
 * entry only when the service cannot be reached.
 */

export interface CachedAnswer<T = unknown> {
  value: T;
  /** when the answer was fetched (ms since the epoch) */
  fetchedAt: number;
}

export interface LookupCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  put(key: string, answer: CachedAnswer): Promise<void>;
}

/** The version of the cached value shapes: a change of shape changes every key, so old entries are never read as new ones. */
const CACHE_FORMAT = 1;

/** The name as a cache (and in-flight) key: same letters, case and spacing aside. */
function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export const lookupCacheKey = {
  search: (name: string, lang: string) => `v${CACHE_FORMAT}:search:${lang}:${nameKey(name)}`,
  article: (qid: string, lang: string) => `v${CACHE_FORMAT}:article:${lang}:${qid}`,
};

/** In memory, for tests (and a fallback when no database is at hand). */
export class MemoryLookupCache implements LookupCache {
  readonly entries = new Map<string, CachedAnswer>();

  async get(key: string): Promise<CachedAnswer | undefined> {
    return this.entries.get(key);
  }

  async put(key: string, answer: CachedAnswer): Promise<void> {
    this.entries.set(key, answer);
  }
}
