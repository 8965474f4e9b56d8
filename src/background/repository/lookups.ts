/**
 * The answers of online look-ups, kept in Dexie (table `lookups`, schema version 5) so a look-up
 * made once is shown again without a request, also offline. The client (src/core/lookup/client.ts)
 * decides what is fresh; here answers are stored, read, and pruned: none older than
 * KEEP_LOOKUPS_MS, at most MAX_KEPT_LOOKUPS (the oldest go first).
 */
import { db } from '../db.ts';
import { DAY_MS } from '../../core/lookup/client.ts';
import type { CachedAnswer, LookupCache } from '../../core/lookup/cache.ts';

export const MAX_KEPT_LOOKUPS = 2000;
/** an old answer is still shown when Wikipedia cannot be reached, up to this age */
export const KEEP_LOOKUPS_MS = 180 * DAY_MS;

export async function getLookup(key: string): Promise<CachedAnswer | undefined> {
  const row = await db.lookups.get(key);
  return row ? { value: row.value, fetchedAt: row.fetchedAt } : undefined;
}

/** Keep one answer; answers too old, and the oldest beyond the limit, go in the same transaction. */
export function putLookup(key: string, answer: CachedAnswer, now = Date.now()): Promise<void> {
  return db.transaction('rw', db.lookups, async () => {
    await db.lookups.put({ key, value: answer.value, fetchedAt: answer.fetchedAt });
    await db.lookups.where('fetchedAt').below(now - KEEP_LOOKUPS_MS).delete();
    const extra = (await db.lookups.count()) - MAX_KEPT_LOOKUPS;
    if (extra > 0) await db.lookups.bulkDelete(await db.lookups.orderBy('fetchedAt').limit(extra).primaryKeys());
  });
}

/** how many answers are kept (the settings page shows it) */
export function lookupCount(): Promise<number> {
  return db.lookups.count();
}

/** Forget every kept answer (the settings page's "Forget"); how many there were. */
export function forgetLookups(): Promise<number> {
  return db.transaction('rw', db.lookups, async () => {
    const n = await db.lookups.count();
    await db.lookups.clear();
    return n;
  });
}

/** The look-up client's cache, in the database. */
export const lookupCache: LookupCache = { get: getLookup, put: (key, answer) => putLookup(key, answer) };
