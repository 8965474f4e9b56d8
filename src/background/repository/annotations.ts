/**
 * Highlights (with their note and tags) and notes about entities and pages: create, edit,
 * delete with a tombstone, undo that restores the same record. Every write runs in one Dexie
 * transaction and resolves only after it committed.
 */
import type { Table } from 'dexie';
import { db } from '../db.ts';
import { Refusal } from '../refusal.ts';
import type { PageAddress } from '../../protocol.ts';
import type { Highlight, HighlightColour, Note, NoteTarget, PageRecord, Selector } from '../../core/model/types.ts';
import { parseTags, type NoteDraft } from '../../core/model/notebook.ts';
import { nextRev } from '../../core/model/revision.ts';
import { filePage, findPage, type PageLocation } from './pages.ts';
import { bury, unbury } from './tombstones.ts';
import { now, uuid } from './clock.ts';

const GONE_HIGHLIGHT = 'This highlight is no longer in your notebook (it was deleted, perhaps in another tab). Reload the page.';
const GONE_NOTE = 'This note is no longer in your notebook. Reload the page.';

export const isEmptyDraft = (d: NoteDraft): boolean => d.body.trim() === '' && parseTags(d.tags).length === 0;

async function requireHighlight(id: string): Promise<Highlight> {
  const h = await db.highlights.get(id);
  if (!h) throw new Refusal(GONE_HIGHLIGHT);
  return h;
}

/** one highlight with its note and tags (Gloss's editor frame); refused if it is gone */
export const getHighlight = (id: string): Promise<Highlight> => requireHighlight(id);

export function highlightsOfPage(pageId: string): Promise<Highlight[]> {
  return db.highlights.where('pageId').equals(pageId).sortBy('created');
}

export async function createHighlight(addr: PageAddress, selectors: Selector[], colour: HighlightColour, draft?: NoteDraft): Promise<{ highlight: Highlight; page: PageRecord }> {
  if (!selectors.some((s) => s.type === 'TextQuoteSelector' && s.exact.trim())) {
    throw new Refusal('Gloss could not read the selected text. Select the passage again and retry.');
  }
  return db.transaction('rw', db.pages, db.highlights, async () => {
    const page = await filePage(addr);
    if (!page) throw new Refusal('Gloss keeps highlights only on web pages (http or https addresses).');
    const t = now();
    const highlight: Highlight = {
      id: uuid(),
      pageId: page.id,
      selectors,
      colour,
      body: draft?.body ?? '',
      tags: parseTags(draft?.tags ?? []),
      created: t,
      updated: t,
      rev: 1,
      placement: { state: 'placed', checked: t },
    };
    await db.highlights.add(highlight);
    return { highlight, page };
  });
}

/** change a highlight's colour and/or its note and tags (an empty note with no tags leaves just the highlight) */
export function updateHighlight(id: string, change: { colour?: HighlightColour; note?: NoteDraft }): Promise<Highlight> {
  return db.transaction('rw', db.highlights, async () => {
    const h = await requireHighlight(id);
    const next: Highlight = { ...h };
    if (change.colour) next.colour = change.colour;
    if (change.note) {
      next.body = isEmptyDraft(change.note) ? '' : change.note.body;
      next.tags = parseTags(change.note.tags);
    }
    if (next.colour === h.colour && next.body === h.body && next.tags.join('\u0000') === h.tags.join('\u0000')) return h;
    next.updated = now();
    next.rev = nextRev(h);
    await db.highlights.put(next);
    return next;
  });
}

export const deleteHighlight = (id: string): Promise<Highlight> => deleteRecord(db.highlights, 'highlight', id, GONE_HIGHLIGHT);

/** Undo a delete: the same record (id, created date, page, selectors, note) comes back, one revision on. */
export const restoreHighlight = (removed: Highlight): Promise<Highlight> => restoreRecord(db.highlights, 'highlight', removed);

/** delete a highlight or a note, leaving its tombstone; refused if it is gone already */
function deleteRecord<T extends { id: string; rev: number }>(table: Table<T, string>, kind: 'highlight' | 'note', id: string, gone: string): Promise<T> {
  return db.transaction('rw', table, db.tombstones, async () => {
    const record = await table.get(id);
    if (!record) throw new Refusal(gone);
    await table.delete(id);
    await bury(kind, id, record);
    return record;
  });
}

/** put back a record deleted here (it has a tombstone), one revision above its tombstone */
function restoreRecord<T extends { id: string; rev: number }>(table: Table<T, string>, kind: 'highlight' | 'note', removed: T): Promise<T> {
  return db.transaction('rw', table, db.tombstones, async () => {
    const tomb = await unbury(kind, removed.id);
    if (!tomb) {
      const still = await table.get(removed.id);
      if (still) return still; // undone already (another tab)
      throw new Refusal(`There is nothing to undo: this ${kind} was not deleted here.`);
    }
    const back: T = { ...removed, rev: tomb.rev + 1 };
    await table.put(back);
    return back;
  });
}

/** Record where a visit to `at` placed its highlights; ids of highlights on other pages are ignored. */
export async function setPlacement(at: PageLocation, placed: string[], orphaned: string[]): Promise<void> {
  await db.transaction('rw', db.pages, db.highlights, async () => {
    const page = await findPage(at);
    if (!page) return;
    const checked = now();
    const want = new Map<string, 'placed' | 'orphaned'>([...placed.map((id) => [id, 'placed'] as const), ...orphaned.map((id) => [id, 'orphaned'] as const)]);
    // only highlights of the page this report is about: a tab cannot change another page's records
    const rows = (await db.highlights.bulkGet([...want.keys()])).filter((h): h is Highlight => !!h && h.pageId === page.id);
    // where the passage was found is this browser's observation, not an edit of the reader's: no new revision
    await db.highlights.bulkPut(rows.map((h) => ({ ...h, placement: { state: want.get(h.id)!, checked } })));
  });
}

export async function orphanedHighlights(pageId?: string): Promise<Highlight[]> {
  const rows = pageId
    ? (await db.highlights.where('pageId').equals(pageId).toArray()).filter((h) => h.placement?.state === 'orphaned')
    : await db.highlights.where('placement.state').equals('orphaned').toArray();
  return rows.sort((a, b) => (a.created < b.created ? 1 : -1));
}

// ---- notes about entities and pages ----

export async function addNote(target: NoteTarget, draft: NoteDraft, at?: PageAddress): Promise<Note> {
  if (isEmptyDraft(draft)) throw new Refusal('The note is empty: type something before saving it.');
  return db.transaction('rw', db.pages, db.notes, async () => {
    let pageId: string | undefined;
    if (target.kind === 'page') {
      if (!(await db.pages.get(target.pageId))) throw new Refusal('This page is no longer in your notebook. Reload the page.');
      pageId = target.pageId;
    } else if (at?.url) {
      pageId = (await filePage(at))?.id;
    }
    const t = now();
    const note: Note = { id: uuid(), target, body: draft.body, tags: parseTags(draft.tags), created: t, updated: t, rev: 1, ...(pageId ? { pageId } : {}) };
    await db.notes.add(note);
    return note;
  });
}

export function updateNote(id: string, draft: NoteDraft): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Refusal(GONE_NOTE);
    const next: Note = { ...note, body: draft.body, tags: parseTags(draft.tags), updated: now(), rev: nextRev(note) };
    await db.notes.put(next);
    return next;
  });
}

export const deleteNote = (id: string): Promise<Note> => deleteRecord(db.notes, 'note', id, GONE_NOTE);
export const restoreNote = (removed: Note): Promise<Note> => restoreRecord(db.notes, 'note', removed);

export function notesAboutEntity(entityId: string): Promise<Note[]> {
  return db.notes.where('target.entityId').equals(entityId).toArray();
}

/** the reader's notes about a page, newest first */
export async function pageNotes(pageId: string): Promise<Note[]> {
  const notes = (await db.notes.where('pageId').equals(pageId).toArray()).filter((n) => n.target.kind === 'page');
  return notes.sort((a, b) => (a.updated < b.updated ? 1 : -1));
}
