/**
 * Bringing in the reader's data from a file: the local records the file names are read, the
 * core decides (planMerge: newer revision wins, a tombstone deletes only an older record), and
 * the plan is written in one transaction, so an import writes all of it or nothing. The preview
 * runs the same plan in a read transaction and writes nothing.
 */
import { db } from '../db.ts';
import type { ReaderData } from '../../core/model/dataset.ts';
import type { EntitySighting, PageRecord } from '../../core/model/types.ts';
import { planMerge, sightingKey, type LocalState, type MergeOptions, type MergePlan } from '../../core/model/merge.ts';

const TABLES = () => [db.pages, db.highlights, db.notes, db.sightings, db.rejections, db.tombstones];

async function localStateFor(incoming: ReaderData): Promise<LocalState> {
  const pages = await db.pages.toArray();
  const pageByAddress = new Map<string, PageRecord>();
  for (const p of pages) {
    pageByAddress.set(p.url, p);
    for (const a of p.aliases) if (!pageByAddress.has(a)) pageByAddress.set(a, p);
  }
  const byId = <T extends { id: string }>(rows: (T | undefined)[]) => new Map(rows.filter((r): r is T => !!r).map((r) => [r.id, r]));
  const tombIds = [...incoming.pages, ...incoming.highlights, ...incoming.notes, ...incoming.sightings].map((r) => r.id)
    .concat(incoming.rejections.map((r) => r.pageId), incoming.tombstones.map((t) => t.id));
  const entityIds = [...new Set(incoming.sightings.map((s) => s.entityId))];
  const sightingsOfEntities = entityIds.length ? await db.sightings.where('entityId').anyOf(entityIds).toArray() : [];
  const sightingByKey = new Map<string, EntitySighting>(sightingsOfEntities.map((s) => [sightingKey(s.entityId, s.pageId), s]));
  const tombstoneRejections = incoming.tombstones.filter((t) => t.kind === 'rejections').map((t) => t.id);
  return {
    pages: new Map(pages.map((p) => [p.id, p])),
    pageByAddress,
    highlights: byId(await db.highlights.bulkGet([...incoming.highlights.map((h) => h.id), ...incoming.tombstones.map((t) => t.id)])),
    notes: byId(await db.notes.bulkGet([...incoming.notes.map((n) => n.id), ...incoming.tombstones.map((t) => t.id)])),
    sightings: new Map(sightingsOfEntities.concat((await db.sightings.bulkGet(incoming.tombstones.map((t) => t.id))).filter((s): s is EntitySighting => !!s)).map((s) => [s.id, s])),
    sightingByKey,
    // rejections are keyed by page id: every local row (one per page with rejections; few)
    rejections: new Map((await db.rejections.toArray()).map((r) => [r.pageId, r])),
    tombstones: byId(await db.tombstones.bulkGet([...new Set([...tombIds, ...tombstoneRejections])])),
  };
}

/** What importing would do, computed against the current data; writes nothing. */
export function previewImport(incoming: ReaderData, opts: MergeOptions = {}): Promise<MergePlan> {
  return db.transaction('r', TABLES(), async () => planMerge(incoming, await localStateFor(incoming), opts));
}

/** Decide and write in one transaction: all of it or nothing. Resolves after the commit. */
export function applyImport(incoming: ReaderData, opts: MergeOptions = {}): Promise<MergePlan> {
  return db.transaction('rw', TABLES(), async () => {
    const plan = planMerge(incoming, await localStateFor(incoming), opts);
    const { put, remove } = plan;
    await db.tombstones.bulkDelete(remove.tombstones);
    await db.highlights.bulkDelete(remove.highlight);
    await db.notes.bulkDelete(remove.note);
    await db.sightings.bulkDelete(remove.sighting);
    await db.rejections.bulkDelete(remove.rejections);
    await db.pages.bulkDelete(remove.page);
    await db.pages.bulkPut(put.pages);
    await db.highlights.bulkPut(put.highlights);
    await db.notes.bulkPut(put.notes);
    await db.sightings.bulkPut(put.sightings);
    await db.rejections.bulkPut(put.rejections);
    await db.tombstones.bulkPut(put.tombstones);
    return plan;
  });
}
