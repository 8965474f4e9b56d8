/** The reader's data read as one value, in one read transaction: for export, the notebook's views and search. */
import { db } from '../db.ts';
import type { ReaderData } from '../../core/model/dataset.ts';

export function readAll(): Promise<ReaderData> {
  return db.transaction('r', [db.pages, db.highlights, db.notes, db.sightings, db.rejections, db.tombstones], async () => {
    const [pages, highlights, notes, sightings, rejections, tombstones] = await Promise.all([
      db.pages.toArray(),
      db.highlights.toArray(),
      db.notes.toArray(),
      db.sightings.toArray(),
      db.rejections.toArray(),
      db.tombstones.toArray(),
    ]);
    return { pages, highlights, notes, sightings, rejections, tombstones };
  });
}

/** the annotations and pages only (the notebook's views), without sightings, rejections or tombstones */
export function readAnnotations(): Promise<Pick<ReaderData, 'pages' | 'highlights' | 'notes'>> {
  return db.transaction('r', [db.pages, db.highlights, db.notes], async () => {
    const [pages, highlights, notes] = await Promise.all([db.pages.toArray(), db.highlights.toArray(), db.notes.toArray()]);
    return { pages, highlights, notes };
  });
}
