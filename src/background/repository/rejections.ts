/**
 * "Not this one here": per page, the entities the reader said a name on that page is not. One
 * row per page id (table `rejections`, schema version 4; version 3 kept them in kv by address).
 */
import { db } from '../db.ts';
import { nextRev } from '../../core/model/revision.ts';
import { filePage, findPage } from './pages.ts';
import { now } from './clock.ts';

export async function rejectOn(url: string, entityId: string): Promise<void> {
  await db.transaction('rw', db.pages, db.rejections, async () => {
    const page = await filePage({ url, title: '' }, { visit: false });
    if (!page) return;
    const row = await db.rejections.get(page.id);
    if (row?.entityIds.includes(entityId)) return;
    await db.rejections.put({ pageId: page.id, entityIds: [...(row?.entityIds ?? []), entityId], updated: now(), rev: nextRev(row) });
  });
}

export async function rejectedOn(url: string): Promise<string[]> {
  const page = await findPage({ url });
  if (!page) return [];
  return (await db.rejections.get(page.id))?.entityIds ?? [];
}
