/**
 * The reader's data: pages, highlights, notes, sightings (issue #6; schema version 4, issue #10).
 *
 * Every handler calls the repository (./repository), never Dexie. Every write runs in one
 * transaction and the handler returns only after it committed, so the reply the content script
 * or page receives is the confirmation shown to the reader. A failed write rejects; the sender
 * shows the error and keeps what the reader typed.
 */
import type { Handlers } from './handlers.ts';
import * as repo from './repository/index.ts';
import type { Highlight } from '../core/model/types.ts';
import type { NotebookEntry } from '../core/model/notebook.ts';
import { byUpdatedDesc, matchesQuery, entryTags, onPage } from '../core/model/notebook.ts';
import { entriesOf } from '../core/model/dataset.ts';

/** the notebook list answers with at most this many entries at once (newest first) */
const NOTEBOOK_LIMIT = 1000;

async function entriesFor(highlights: Highlight[]): Promise<NotebookEntry[]> {
  const pages = await repo.pagesById(highlights.map((h) => h.pageId));
  return highlights.map((highlight) => ({ kind: 'highlight' as const, highlight, page: pages.get(highlight.pageId) ?? null }));
}

export const notesHandlers = {
  'sightings/record': async ({ entities, ...address }) => {
    await repo.recordSightings(address, entities);
    return { ok: true as const };
  },

  'notes/aboutEntity': async ({ entityId }) => {
    const notes = await repo.notesAboutEntity(entityId);
    const latest = notes.reduce<(typeof notes)[number] | null>((a, n) => (!a || n.updated > a.updated ? n : a), null);
    return { count: notes.length, latest, pagesSeen: await repo.pagesSeenCount(entityId) };
  },

  'notes/add': async ({ target, body, tags, url, title, canonical, amp }) =>
    repo.addNote(target, { body, tags }, url ? { url, title: title ?? '', canonical: canonical ?? null, amp: amp === true } : undefined),

  'page/visit': async (addr) => {
    const page = await repo.visitPage(addr);
    if (!page) return { page: null, highlights: [] };
    // the page's content script places and draws them; the note text and tags stay with Gloss's frame
    return { page, highlights: (await repo.highlightsOfPage(page.id)).map(onPage) };
  },

  'highlights/get': async ({ id }) => repo.getHighlight(id),

  'highlights/create': async ({ selectors, colour, note, ...addr }) => repo.createHighlight(addr, selectors, colour, note),
  'highlights/update': async ({ id, colour, note }) => repo.updateHighlight(id, { ...(colour ? { colour } : {}), ...(note ? { note } : {}) }),
  'highlights/delete': async ({ id }) => repo.deleteHighlight(id),
  'highlights/restore': async ({ highlight }) => repo.restoreHighlight(highlight),

  'highlights/placement': async ({ page, placed, orphaned }) => {
    await repo.setPlacement(page, placed, orphaned);
    return { ok: true as const };
  },

  'highlights/orphans': async ({ url }) => {
    if (!url) return { entries: await entriesFor(await repo.orphanedHighlights()) };
    const page = await repo.findPage({ url });
    return { entries: page ? await entriesFor(await repo.orphanedHighlights(page.id)) : [] };
  },

  'notes/update': async ({ id, body, tags }) => repo.updateNote(id, { body, tags }),
  'notes/delete': async ({ id }) => repo.deleteNote(id),
  'notes/restore': async ({ note }) => repo.restoreNote(note),

  'notes/forPage': async ({ url }) => {
    const page = (await repo.findPage({ url })) ?? null;
    if (!page) return { page: null, notes: [] };
    return { page, notes: await repo.pageNotes(page.id) };
  },

  'notebook/list': async (query) => {
    const entries = entriesOf(await repo.readAnnotations()).sort(byUpdatedDesc);
    const tagNames = new Map<string, string>();
    for (const e of entries) for (const t of entryTags(e)) if (!tagNames.has(t.toLowerCase())) tagNames.set(t.toLowerCase(), t);
    const matching = entries.filter((e) => matchesQuery(e, query));
    return {
      entries: matching.slice(0, NOTEBOOK_LIMIT),
      tags: [...tagNames.values()].sort((a, b) => a.localeCompare(b)),
      total: entries.length,
    };
  },
} satisfies Partial<Handlers>;
