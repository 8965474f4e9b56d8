/**
 * Schema version 3 → 4 of the reader's data, as a pure function over the records (the Dexie
 * upgrade in src/background/db.ts reads the tables, calls this, and writes the result). Nothing
 * the reader wrote is dropped; docs/data-model.md lists each change:
 *  - every record gets `rev: 1`; pages always have `aliases`;
 *  - a note on a highlight moves into the highlight (`body`, `tags`; `updated` is the later of
 *    the two), so tags can sit on a highlight without a note and one annotation is one record;
 *  - a highlight's stale copies of its page's address and title (`url`, `pageTitle`) go: the page
 *    record holds them. A highlight whose page record is missing gets one made from those copies;
 *  - a note on a highlight that no longer exists becomes a note about its page;
 *  - "not this one here" rejections move from kv rows (`marks/rejected:<url>`) into the
 *    `rejections` table, keyed by the id of the page at that address (made if there is none).
 */
import type { EntitySighting, Highlight, HighlightPlacement, Note, PageRecord, PageRejections, Selector } from './types.ts';
import type { EntityType } from '../pack/types.ts';
import { normaliseUrl, siteOf } from '../url/index.ts';

/** the records as schema version 3 stored them */
export interface V3Page {
  id: string;
  url: string;
  title: string;
  site: string;
  firstVisit: string;
  lastVisit: string;
  aliases?: string[];
}
export interface V3Highlight {
  id: string;
  pageId: string;
  url: string;
  pageTitle: string;
  selectors: Selector[];
  colour: Highlight['colour'];
  created: string;
  updated: string;
  placement?: HighlightPlacement;
}
export type V3NoteTarget =
  | { kind: 'highlight'; highlightId: string }
  | { kind: 'entity'; entityId: string; entityName: string; entityType?: EntityType }
  | { kind: 'page'; pageId: string };
export interface V3Note {
  id: string;
  target: V3NoteTarget;
  pageId?: string;
  body: string;
  tags: string[];
  created: string;
  updated: string;
}
export type V3Sighting = Omit<EntitySighting, 'rev'>;
export interface KvRow {
  key: string;
  value: string;
}

/** the kv key prefix version 3 filed rejections under, followed by the normalised page address */
export const V3_REJECTED_PREFIX = 'marks/rejected:';

export interface V3Data {
  pages: V3Page[];
  highlights: V3Highlight[];
  notes: V3Note[];
  sightings: V3Sighting[];
  /** the kv rows whose key starts with V3_REJECTED_PREFIX */
  rejectedRows: KvRow[];
}

export interface V4Data {
  /** every page, with the ones made for highlights or rejections that had none */
  pages: PageRecord[];
  highlights: Highlight[];
  /** the notes about entities and pages (notes on highlights are now in `highlights`) */
  notes: Note[];
  sightings: EntitySighting[];
  rejections: PageRejections[];
  /** notes merged into their highlight: delete these from the notes table */
  mergedNoteIds: string[];
  /** kv rows moved into `rejections`: delete these keys */
  movedKvKeys: string[];
}

/** where a note whose highlight and page are both unknown is filed (cannot happen with Gloss's own code, kept lossless anyway) */
export const UNFILED_URL = 'gloss:unfiled';

export function upgradeToV4(v3: V3Data, env: { now: string; newId: () => string }): V4Data {
  const pages = new Map<string, PageRecord>();
  const pageByUrl = new Map<string, PageRecord>();
  const addPage = (p: PageRecord) => {
    pages.set(p.id, p);
    pageByUrl.set(p.url, p);
    for (const a of p.aliases) if (!pageByUrl.has(a)) pageByUrl.set(a, p);
  };
  for (const p of v3.pages) addPage({ ...p, aliases: p.aliases ?? [], rev: 1 });

  /** the page at an address, made if there is none */
  const pageAt = (url: string, make: () => Omit<PageRecord, 'id' | 'url' | 'rev' | 'aliases'>, id = env.newId()): PageRecord => {
    const found = pageByUrl.get(url);
    if (found) return found;
    const page: PageRecord = { id, url, aliases: [], rev: 1, ...make() };
    addPage(page);
    return page;
  };

  // notes on highlights, grouped by highlight, oldest first
  const onHighlight = new Map<string, V3Note[]>();
  const notes: Note[] = [];
  for (const n of v3.notes) {
    if (n.target.kind !== 'highlight') {
      notes.push({ ...n, target: n.target, rev: 1 });
      continue;
    }
    const list = onHighlight.get(n.target.highlightId) ?? [];
    list.push(n);
    onHighlight.set(n.target.highlightId, list);
  }

  const highlights: Highlight[] = [];
  const mergedNoteIds: string[] = [];
  for (const h of v3.highlights) {
    let pageId = h.pageId;
    if (!pages.has(pageId)) {
      const url = normaliseUrl(h.url) ?? h.url;
      pageId = pageAt(url, () => ({ title: h.pageTitle || url, site: siteOf(url), firstVisit: h.created, lastVisit: h.updated }), h.pageId).id;
    }
    const own = (onHighlight.get(h.id) ?? []).sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
    onHighlight.delete(h.id);
    const tags: string[] = [];
    const seen = new Set<string>();
    for (const n of own) {
      for (const t of n.tags) {
        if (seen.has(t.toLowerCase())) continue;
        seen.add(t.toLowerCase());
        tags.push(t);
      }
      mergedNoteIds.push(n.id);
    }
    const updated = own.reduce((u, n) => (n.updated > u ? n.updated : u), h.updated);
    const { url: _url, pageTitle: _title, ...rest } = h;
    highlights.push({
      ...rest,
      pageId,
      body: own.map((n) => n.body).filter((b) => b.trim() !== '').join('\n\n'),
      tags,
      updated,
      rev: 1,
    });
  }

  // notes left on highlights that no longer exist: about their page
  for (const list of onHighlight.values()) {
    for (const n of list) {
      let pageId = n.pageId && pages.has(n.pageId) ? n.pageId : undefined;
      pageId ??= pageAt(UNFILED_URL, () => ({ title: 'Notes whose page is unknown', site: '', firstVisit: n.created, lastVisit: n.updated })).id;
      notes.push({ id: n.id, target: { kind: 'page', pageId }, pageId, body: n.body, tags: n.tags, created: n.created, updated: n.updated, rev: 1 });
    }
  }

  const rejections = new Map<string, PageRejections>();
  const movedKvKeys: string[] = [];
  for (const row of v3.rejectedRows) {
    const ids = parseIdList(row.value);
    if (!ids) continue; // unreadable: left in kv untouched
    const url = row.key.slice(V3_REJECTED_PREFIX.length);
    const page = pageAt(url, () => ({ title: url, site: siteOf(url), firstVisit: env.now, lastVisit: env.now }));
    const previous = rejections.get(page.id);
    const entityIds = [...new Set([...(previous?.entityIds ?? []), ...ids])];
    rejections.set(page.id, { pageId: page.id, entityIds, updated: env.now, rev: 1 });
    movedKvKeys.push(row.key);
  }

  return {
    pages: [...pages.values()],
    highlights,
    notes,
    sightings: v3.sightings.map((s) => ({ ...s, rev: 1 })),
    rejections: [...rejections.values()],
    mergedNoteIds,
    movedKvKeys,
  };
}

function parseIdList(value: string): string[] | null {
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : null;
  } catch {
    return null;
  }
}
