/**
 * The reader's data: pages, highlights, notes, sightings (issue #6).
 *
 * Every write runs in one Dexie transaction and the handler returns only after it committed, so
 * the reply the content script or page receives is the confirmation shown to the reader. A
 * failed write rejects; the sender shows the error and keeps what the reader typed.
 */
import { Refusal } from './refusal.ts';
import { db } from './db.ts';
import type { Handlers } from './handlers.ts';
import type { PageAddress } from '../protocol.ts';
import type { Highlight, Note, PageRecord } from '../core/model/types.ts';
import { matchesQuery, parseTags, type HighlightWithNote, type NoteDraft, type NotebookEntry, type PageHighlight } from '../core/model/notebook.ts';
import { normaliseUrl, pageIdentity, siteOf } from '../core/url/index.ts';

const now = () => new Date().toISOString();
const uuid = () => crypto.randomUUID();
/** the notebook shows at most this many entries at once (newest first) */
const NOTEBOOK_LIMIT = 1000;

const isEmptyDraft = (d: NoteDraft) => d.body.trim() === '' && parseTags(d.tags).length === 0;

const noteHasText = (n: Note | null) => !!n && (n.body.trim() !== '' || n.tags.length > 0);

async function pageByAddress(address: string): Promise<PageRecord | undefined> {
  return (await db.pages.where('url').equals(address).first()) ?? (await db.pages.where('aliases').equals(address).first());
}

/** Find or create the page a visit belongs to, and stamp the visit. Call inside a rw transaction on pages. */
async function filePage(addr: PageAddress): Promise<PageRecord | null> {
  const id = pageIdentity(addr.url, { canonical: addr.canonical ?? null, amp: addr.amp === true });
  if (!id) return null;
  const t = now();
  const found = (await pageByAddress(id.url)) ?? (id.alias ? await pageByAddress(id.alias) : undefined);
  if (!found) {
    const page: PageRecord = {
      id: uuid(),
      url: id.url,
      title: addr.title.trim() || id.url,
      site: siteOf(id.url),
      firstVisit: t,
      lastVisit: t,
      aliases: id.alias ? [id.alias] : [],
    };
    await db.pages.add(page);
    return page;
  }
  const aliases = new Set(found.aliases ?? []);
  for (const a of [id.url, id.alias]) if (a && a !== found.url) aliases.add(a);
  const page: PageRecord = { ...found, title: addr.title.trim() || found.title, lastVisit: t, aliases: [...aliases] };
  await db.pages.put(page);
  return page;
}

async function noteOnHighlight(highlightId: string): Promise<Note | null> {
  return (await db.notes.where('target.highlightId').equals(highlightId).first()) ?? null;
}

async function requireHighlight(id: string): Promise<Highlight> {
  const h = await db.highlights.get(id);
  if (!h) throw new Refusal('This highlight is no longer in your notebook (it was deleted, perhaps in another tab). Reload the page.');
  return h;
}

async function withNotes(highlights: Highlight[]): Promise<HighlightWithNote[]> {
  const notes = await db.notes.where('target.highlightId').anyOf(highlights.map((h) => h.id)).toArray();
  const byHighlight = new Map(notes.map((n) => [(n.target as { highlightId: string }).highlightId, n]));
  return highlights.map((highlight) => ({ highlight, note: byHighlight.get(highlight.id) ?? null }));
}

async function entriesFor(highlights: Highlight[]): Promise<NotebookEntry[]> {
  const items = await withNotes(highlights);
  const pages = new Map((await db.pages.bulkGet([...new Set(highlights.map((h) => h.pageId))])).filter((p): p is PageRecord => !!p).map((p) => [p.id, p]));
  return items.map(({ highlight, note }) => ({ kind: 'highlight' as const, highlight, note, page: pages.get(highlight.pageId) ?? null }));
}

/** put, update or remove the note on a highlight; inside a rw transaction on notes */
async function saveHighlightNote(h: Highlight, draft: NoteDraft, t: string): Promise<Note | null> {
  const existing = await noteOnHighlight(h.id);
  if (isEmptyDraft(draft)) {
    if (existing) await db.notes.delete(existing.id);
    return null;
  }
  const note: Note = existing
    ? { ...existing, body: draft.body, tags: parseTags(draft.tags), updated: t }
    : { id: uuid(), target: { kind: 'highlight', highlightId: h.id }, pageId: h.pageId, body: draft.body, tags: parseTags(draft.tags), created: t, updated: t };
  await db.notes.put(note);
  return note;
}

export const notesHandlers = {
  'sightings/record': async ({ url, title, entities }) => {
    await db.transaction('rw', db.pages, db.sightings, async () => {
      const page = await filePage({ url, title });
      if (!page) return;
      const t = now();
      for (const { id: entityId, count } of entities) {
        const existing = await db.sightings.where('[entityId+pageId]').equals([entityId, page.id]).first();
        // a reload shows the same mentions again: keep the largest count seen on this page, not a sum
        if (existing) await db.sightings.put({ ...existing, count: Math.max(existing.count, count), lastSeen: t });
        else await db.sightings.add({ id: uuid(), entityId, pageId: page.id, count, firstSeen: t, lastSeen: t });
      }
    });
    return { ok: true as const };
  },

  'notes/aboutEntity': async ({ entityId }) => {
    const notes = await db.notes.where('target.entityId').equals(entityId).toArray();
    const latest = notes.reduce<Note | null>((a, n) => (!a || n.updated > a.updated ? n : a), null);
    const pagesSeen = await db.sightings.where('entityId').equals(entityId).count();
    return { count: notes.length, latest, pagesSeen };
  },

  'notes/add': async ({ target, body, tags, url, title }) => {
    if (isEmptyDraft({ body, tags })) throw new Refusal('The note is empty: type something before saving it.');
    return db.transaction('rw', db.pages, db.notes, db.highlights, async () => {
      let pageId: string | undefined;
      if (target.kind === 'page') pageId = target.pageId;
      else if (target.kind === 'highlight') pageId = (await requireHighlight(target.highlightId)).pageId;
      else if (url) pageId = (await filePage({ url, title: title ?? '' }))?.id;
      const t = now();
      const note: Note = { id: uuid(), target, body, tags: parseTags(tags), created: t, updated: t, ...(pageId ? { pageId } : {}) };
      await db.notes.add(note);
      return note;
    });
  },

  'page/visit': async (addr) => {
    const page = await db.transaction('rw', db.pages, () => filePage(addr));
    if (!page) return { page: null, highlights: [] };
    const highlights = await db.highlights.where('pageId').equals(page.id).sortBy('created');
    // the page's content script places and draws them; the note text stays with Gloss's frame
    const items: PageHighlight[] = (await withNotes(highlights)).map(({ highlight, note }) => ({ highlight, hasNote: noteHasText(note) }));
    return { page, highlights: items };
  },

  'highlights/get': async ({ id }) => {
    const highlight = await requireHighlight(id);
    return { highlight, note: await noteOnHighlight(id) };
  },

  'highlights/create': async ({ selectors, colour, note: draft, ...addr }) => {
    if (!selectors.some((s) => s.type === 'TextQuoteSelector' && s.exact.trim())) {
      throw new Refusal('Gloss could not read the selected text. Select the passage again and retry.');
    }
    return db.transaction('rw', db.pages, db.highlights, db.notes, async () => {
      const page = await filePage(addr);
      if (!page) throw new Refusal('Gloss keeps highlights only on web pages (http or https addresses).');
      const t = now();
      const highlight: Highlight = {
        id: uuid(),
        pageId: page.id,
        url: page.url,
        pageTitle: page.title,
        selectors,
        colour,
        created: t,
        updated: t,
        placement: { state: 'placed', checked: t },
      };
      await db.highlights.add(highlight);
      const note = draft ? await saveHighlightNote(highlight, draft, t) : null;
      return { highlight, note, page };
    });
  },

  'highlights/update': async ({ id, colour, note: draft }) =>
    db.transaction('rw', db.highlights, db.notes, async () => {
      const t = now();
      let highlight = await requireHighlight(id);
      if (colour && colour !== highlight.colour) {
        highlight = { ...highlight, colour, updated: t };
        await db.highlights.put(highlight);
      }
      const note = draft ? await saveHighlightNote(highlight, draft, t) : await noteOnHighlight(id);
      return { highlight, note };
    }),

  'highlights/delete': async ({ id }) =>
    db.transaction('rw', db.highlights, db.notes, async () => {
      const highlight = await requireHighlight(id);
      const note = await noteOnHighlight(id);
      await db.highlights.delete(id);
      if (note) await db.notes.delete(note.id);
      return { highlight, note };
    }),

  'highlights/restore': async ({ highlight, note }) =>
    db.transaction('rw', db.highlights, db.notes, async () => {
      await db.highlights.put(highlight);
      if (note) await db.notes.put(note);
      return { highlight, note };
    }),

  'highlights/placement': async ({ page: addr, placed, orphaned }) => {
    await db.transaction('rw', db.pages, db.highlights, async () => {
      const checked = now();
      const id = pageIdentity(addr.url, { canonical: addr.canonical ?? null });
      const page = id ? (await pageByAddress(id.url)) ?? (id.alias ? await pageByAddress(id.alias) : undefined) : undefined;
      if (!page) return;
      const want = new Map<string, 'placed' | 'orphaned'>([...placed.map((id) => [id, 'placed'] as const), ...orphaned.map((id) => [id, 'orphaned'] as const)]);
      // only highlights of the page this report is about: a tab cannot change another page's records
      const rows = (await db.highlights.bulkGet([...want.keys()])).filter((h): h is Highlight => !!h && h.pageId === page.id);
      await db.highlights.bulkPut(rows.map((h) => ({ ...h, placement: { state: want.get(h.id)!, checked } })));
    });
    return { ok: true as const };
  },

  'highlights/orphans': async ({ url }) => {
    let rows: Highlight[];
    if (url) {
      const address = normaliseUrl(url);
      const page = address ? await pageByAddress(address) : undefined;
      rows = page ? await db.highlights.where('pageId').equals(page.id).toArray() : [];
      rows = rows.filter((h) => h.placement?.state === 'orphaned');
    } else {
      rows = await db.highlights.where('placement.state').equals('orphaned').toArray();
    }
    rows.sort((a, b) => (a.created < b.created ? 1 : -1));
    return { entries: await entriesFor(rows) };
  },

  'notes/update': async ({ id, body, tags }) =>
    db.transaction('rw', db.notes, async () => {
      const note = await db.notes.get(id);
      if (!note) throw new Refusal('This note is no longer in your notebook. Reload the page.');
      const next: Note = { ...note, body, tags: parseTags(tags), updated: now() };
      await db.notes.put(next);
      return next;
    }),

  'notes/delete': async ({ id }) => {
    await db.notes.delete(id);
    return { ok: true as const };
  },

  'notes/forPage': async ({ url }) => {
    const address = normaliseUrl(url);
    const page = (address ? await pageByAddress(address) : undefined) ?? null;
    if (!page) return { page: null, notes: [] };
    const notes = (await db.notes.where('pageId').equals(page.id).toArray()).filter((n) => n.target.kind === 'page');
    notes.sort((a, b) => (a.updated < b.updated ? 1 : -1));
    return { page, notes };
  },

  'notebook/list': async (query) => {
    const [highlights, notes, pages] = await Promise.all([db.highlights.toArray(), db.notes.toArray(), db.pages.toArray()]);
    const pageById = new Map(pages.map((p) => [p.id, p]));
    const noteByHighlight = new Map<string, Note>();
    const entries: NotebookEntry[] = [];
    for (const n of notes) {
      if (n.target.kind === 'highlight') noteByHighlight.set(n.target.highlightId, n);
      else entries.push({ kind: 'note', note: n, page: n.pageId ? pageById.get(n.pageId) ?? null : null });
    }
    for (const h of highlights) entries.push({ kind: 'highlight', highlight: h, note: noteByHighlight.get(h.id) ?? null, page: pageById.get(h.pageId) ?? null });
    const updated = (e: NotebookEntry) => (e.kind === 'highlight' ? (e.note && e.note.updated > e.highlight.updated ? e.note.updated : e.highlight.updated) : e.note.updated);
    entries.sort((a, b) => (updated(a) < updated(b) ? 1 : -1));
    const tagCounts = new Map<string, string>();
    for (const n of notes) for (const t of n.tags) if (!tagCounts.has(t.toLowerCase())) tagCounts.set(t.toLowerCase(), t);
    const matching = entries.filter((e) => matchesQuery(e, query));
    return {
      entries: matching.slice(0, NOTEBOOK_LIMIT),
      tags: [...tagCounts.values()].sort((a, b) => a.localeCompare(b)),
      total: entries.length,
    };
  },
} satisfies Partial<Handlers>;
