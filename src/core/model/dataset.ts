/**
 * The reader's data as one value: what an export writes, what an import brings, what the
 * notebook's views and search are built from. Pure shapes; the background's repository fills it.
 */
import type { EntitySighting, Highlight, Note, PageRecord, PageRejections, Tombstone } from './types.ts';
import type { NotebookEntry } from './notebook.ts';

export interface ReaderData {
  pages: PageRecord[];
  highlights: Highlight[];
  notes: Note[];
  sightings: EntitySighting[];
  rejections: PageRejections[];
  tombstones: Tombstone[];
}

export const emptyReaderData = (): ReaderData => ({ pages: [], highlights: [], notes: [], sightings: [], rejections: [], tombstones: [] });

/** What to export: everything, some annotations (the current search result), one page, or one entity's dossier. */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'annotations'; ids: string[] }
  | { kind: 'page'; pageId: string }
  | { kind: 'entity'; entityId: string };

/** The notebook's entries (highlights and notes with their page), newest first. */
export function entriesOf(data: Pick<ReaderData, 'pages' | 'highlights' | 'notes'>): NotebookEntry[] {
  const pageById = new Map(data.pages.map((p) => [p.id, p]));
  const entries: NotebookEntry[] = [];
  for (const h of data.highlights) entries.push({ kind: 'highlight', highlight: h, page: pageById.get(h.pageId) ?? null });
  for (const n of data.notes) entries.push({ kind: 'note', note: n, page: n.pageId ? pageById.get(n.pageId) ?? null : null });
  return entries;
}

/**
 * Keep only what a set of annotations needs: those highlights and notes, the pages they are on,
 * and (for a dossier) the entity's sightings. Tombstones and rejections belong to "everything".
 */
export function subset(data: ReaderData, keep: { highlightIds: Set<string>; noteIds: Set<string>; pageIds?: Set<string>; entityId?: string }): ReaderData {
  const highlights = data.highlights.filter((h) => keep.highlightIds.has(h.id));
  const notes = data.notes.filter((n) => keep.noteIds.has(n.id));
  const sightings = keep.entityId ? data.sightings.filter((s) => s.entityId === keep.entityId) : [];
  const pageIds = new Set<string>(keep.pageIds ?? []);
  for (const h of highlights) pageIds.add(h.pageId);
  for (const n of notes) {
    if (n.pageId) pageIds.add(n.pageId);
    if (n.target.kind === 'page') pageIds.add(n.target.pageId);
  }
  for (const s of sightings) pageIds.add(s.pageId);
  return { pages: data.pages.filter((p) => pageIds.has(p.id)), highlights, notes, sightings, rejections: [], tombstones: [] };
}
