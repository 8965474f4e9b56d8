/**
 * "Not this one here": per page, the entities the reader said a name on that page is not. One
 * row per page id (table `rejections`, schema version 4; version 3 kept them in kv by address).
 * A page is named as it names itself (address, canonical link, AMP), so an article's AMP and
 * canonical addresses share one page record and one set of rejections (issue #13).
 */
import { db } from '../db.ts';
import { nextRev } from '../../core/model/revision.ts';
import { filePage, findPage, type PageLocation } from './pages.ts';
import { now } from './clock.ts';

export async function rejectOn(at: PageLocation, entityId: string): Promise<void> {
  await db.transaction('rw', db.pages, db.rejections, async () => {
    const page = await filePage({ ...at, title: '' }, { visit: false });
    if (!page) return;
    const row = await db.rejections.get(page.id);
    if (row?.entityIds.includes(entityId)) return;
    await db.rejections.put({ pageId: page.id, entityIds: [...(row?.entityIds ?? []), entityId], updated: now(), rev: nextRev(row) });
  });
}

/** undo a rejection ("Undo" on the page, "Mark again" in the popup); nothing to do when there is none */
export async function unrejectOn(at: PageLocation, entityId: string): Promise<void> {
  await db.transaction('rw', db.pages, db.rejections, async () => {
    const page = await findPage(at);
    if (!page) return;
    const row = await db.rejections.get(page.id);
    if (!row?.entityIds.includes(entityId)) return;
    await db.rejections.put({ ...row, entityIds: row.entityIds.filter((id) => id !== entityId), updated: now(), rev: nextRev(row) });
  });
}

export async function rejectedOn(at: PageLocation): Promise<string[]> {
  const page = await findPage(at);
  if (!page) return [];
  return (await db.rejections.get(page.id))?.entityIds ?? [];
}
