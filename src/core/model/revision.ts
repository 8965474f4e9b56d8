/**
 * Which of two copies of a record is newer: the higher revision, and at equal revisions the
 * later change time. One rule for the import, the tombstones and (later) a sync. Pure.
 */
import type { EntitySighting, Highlight, Iso, Note, PageRecord, PageRejections, RecordKind, Tombstone } from './types.ts';

export interface RecordOfKind {
  page: PageRecord;
  highlight: Highlight;
  note: Note;
  sighting: EntitySighting;
  rejections: PageRejections;
}

/** a record's place in its history: its revision and when it last changed */
export interface Version {
  rev: number;
  at: Iso;
}

/** the record's id, whatever its kind (a page's rejections are filed under the page's id) */
export function idOf<K extends RecordKind>(kind: K, record: RecordOfKind[K]): string {
  return kind === 'rejections' ? (record as PageRejections).pageId : (record as { id: string }).id;
}

export function versionOf<K extends RecordKind>(kind: K, record: RecordOfKind[K]): Version {
  switch (kind) {
    case 'page':
      return { rev: record.rev, at: (record as PageRecord).lastVisit };
    case 'sighting':
      return { rev: record.rev, at: (record as EntitySighting).lastSeen };
    default:
      return { rev: record.rev, at: (record as Highlight | Note | PageRejections).updated };
  }
}

export const tombstoneVersion = (t: Tombstone): Version => ({ rev: t.rev, at: t.deleted });

/** -1, 0 or 1: a is older than, the same as, or newer than b */
export function compareVersions(a: Version, b: Version): -1 | 0 | 1 {
  if (a.rev !== b.rev) return a.rev < b.rev ? -1 : 1;
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return 0;
}

export const isNewer = (a: Version, b: Version): boolean => compareVersions(a, b) > 0;

/** the next revision of a record about to be written (1 for a new one) */
export const nextRev = (previous: { rev?: number } | null | undefined): number => (previous?.rev ?? 0) + 1;
