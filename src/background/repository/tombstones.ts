/**
 * Deletes leave tombstones (id, kind, when, revision), so an import, and later a sync, can tell
 * "deleted here" from "never seen". An undo takes the tombstone back. Call inside a rw
 * transaction that includes `tombstones`.
 */
import { db } from '../db.ts';
import type { RecordKind, Revised, Tombstone } from '../../core/model/types.ts';
import { nextRev } from '../../core/model/revision.ts';
import { now } from './clock.ts';

export async function bury(kind: RecordKind, id: string, record: Revised): Promise<Tombstone> {
  const tombstone: Tombstone = { id, kind, deleted: now(), rev: nextRev(record) };
  await db.tombstones.put(tombstone);
  return tombstone;
}

/** The tombstone of a record deleted here, taken away for an undo; null if it was not deleted. */
export async function unbury(kind: RecordKind, id: string): Promise<Tombstone | null> {
  const t = await db.tombstones.get(id);
  if (!t || t.kind !== kind) return null;
  await db.tombstones.delete(id);
  return t;
}
