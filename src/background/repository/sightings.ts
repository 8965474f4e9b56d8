/** Which entities the reader met on which page: one record per (entity, page), the largest count seen. */
import { db } from '../db.ts';
import type { EntitySighting } from '../../core/model/types.ts';
import { nextRev } from '../../core/model/revision.ts';
import type { PageAddress } from '../../protocol.ts';
import { filePage } from './pages.ts';
import { now, uuid } from './clock.ts';

export async function recordSightings(at: PageAddress, entities: { id: string; count: number }[]): Promise<void> {
  await db.transaction('rw', db.pages, db.sightings, async () => {
    const page = await filePage(at);
    if (!page) return;
    const t = now();
    for (const { id: entityId, count } of entities) {
      const existing = await db.sightings.where('[entityId+pageId]').equals([entityId, page.id]).first();
      // a reload shows the same mentions again: keep the largest count seen on this page, not a sum
      if (existing) await db.sightings.put({ ...existing, count: Math.max(existing.count, count), lastSeen: t, rev: nextRev(existing) });
      else await db.sightings.add({ id: uuid(), entityId, pageId: page.id, count, firstSeen: t, lastSeen: t, rev: 1 });
    }
  });
}

export function sightingsOf(entityId: string): Promise<EntitySighting[]> {
  return db.sightings.where('entityId').equals(entityId).toArray();
}

export function pagesSeenCount(entityId: string): Promise<number> {
  return db.sightings.where('entityId').equals(entityId).count();
}
