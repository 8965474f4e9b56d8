/**
 * Highlights (with their note and tags) and notes about entities and pages: create, edit,
 * delete with a tombstone, undo that restores the same record. Every write runs in one Dexie
 * transaction and resolves only after it committed.
 */
import { db } from '../db.ts';
import { Refusal } from '../refusal.ts';
import type { PageAddress } from '../../protocol.ts';
import type { Highlight, HighlightColour, Note, NoteTarget, PageRecord, Selector } from '../../core/model/types.ts';
import { parseTags, type NoteDraft } from '../../core/model/notebook.ts';
import { nextRev } from '../../core/model/revision.ts';
import { filePage } from './pages.ts';
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

export function deleteHighlight(id: string): Promise<Highlight> {
  return db.transaction('rw', db.highlights, db.tombstones, async () => {
    const h = await requireHighlight(id);
    await db.highlights.delete(id);
    await bury('highlight', id, h);
    return h;
  });
}

/** Undo a delete: the same record (id, created date, page, selectors, note) comes back, one revision on. */
export function restoreHighlight(removed: Highlight): Promise<Highlight> {
  return db.transaction('rw', db.highlights, db.tombstones, async () => {
    const tomb = await unbury('highlight', removed.id);
    if (!tomb) {
      const still = await db.highlights.get(removed.id);
      if (still) return still; // undone already (another tab)
      throw new Refusal('There is nothing to undo: this highlight was not deleted here.');
    }
    const back: Highlight = { ...removed, rev: tomb.rev + 1 };
    await db.highlights.put(back);
    return back;
  });
}

export async function setPlacement(placed: string[], orphaned: string[]): Promise<void> {
  await db.transaction('rw', db.highlights, async () => {
    const checked = now();
    const want = new Map<string, 'placed' | 'orphaned'>([...placed.map((id) => [id, 'placed'] as const), ...orphaned.map((id) => [id, 'orphaned'] as const)]);
    const rows = (await db.highlights.bulkGet([...want.keys()])).filter((h): h is Highlight => !!h);
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

export async function addNote(target: NoteTarget, draft: NoteDraft, at?: { url: string; title?: string }): Promise<Note> {
  if (isEmptyDraft(draft)) throw new Refusal('The note is empty: type something before saving it.');
  return db.transaction('rw', db.pages, db.notes, async () => {
    let pageId: string | undefined;
    if (target.kind === 'page') {
      if (!(await db.pages.get(target.pageId))) throw new Refusal('This page is no longer in your notebook. Reload the page.');
      pageId = target.pageId;
    } else if (at?.url) {
      pageId = (await filePage({ url: at.url, title: at.title ?? '' }))?.id;
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

export function deleteNote(id: string): Promise<Note> {
  return db.transaction('rw', db.notes, db.tombstones, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Refusal(GONE_NOTE);
    await db.notes.delete(id);
    await bury('note', id, note);
    return note;
  });
}

export function restoreNote(removed: Note): Promise<Note> {
  return db.transaction('rw', db.notes, db.tombstones, async () => {
    const tomb = await unbury('note', removed.id);
    if (!tomb) {
      const still = await db.notes.get(removed.id);
      if (still) return still;
      throw new Refusal('There is nothing to undo: this note was not deleted here.');
    }
    const back: Note = { ...removed, rev: tomb.rev + 1 };
    await db.notes.put(back);
    return back;
  });
}

export function notesAboutEntity(entityId: string): Promise<Note[]> {
  return db.notes.where('target.entityId').equals(entityId).toArray();
}

/** the reader's notes about a page, newest first */
export async function pageNotes(pageId: string): Promise<Note[]> {
  const notes = (await db.notes.where('pageId').equals(pageId).toArray()).filter((n) => n.target.kind === 'page');
  return notes.sort((a, b) => (a.updated < b.updated ? 1 : -1));
}
