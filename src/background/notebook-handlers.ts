/**
 * The notebook's views and exports (issue #10): all annotations for the views and the search
 * index, a snapshot of one scope for an export, the entities the reader met or wrote about,
 * and one entity's dossier. Data from the repository; entity background from the loaded packs;
 * "highlights that mention it" by running the matcher over the highlights' quotes.
 */
import type { Handlers } from './handlers.ts';
import * as repo from './repository/index.ts';
import { loadedPacks } from './packs.ts';
import { spot } from '../core/spot/spot.ts';
import type { Matcher } from '../core/spot/matcher.ts';
import type { ReaderData, ExportScope } from '../core/model/dataset.ts';
import { entriesOf, subset } from '../core/model/dataset.ts';
import { byUpdatedDesc } from '../core/model/notebook.ts';
import { quoteText } from '../core/model/selectors.ts';
import { mentionsInHighlights, type Dossier, type EntityListing } from '../core/model/dossier.ts';
import type { Highlight } from '../core/model/types.ts';
import type { EntityCore } from '../core/pack/compiled.ts';
import { loadedEntity } from './pack-details.ts';

/** the last answer, kept while the highlights and the loaded packs are the same (the notebook asks on every load) */
let lastMentions: { key: string; packs: readonly Matcher[]; result: Map<string, Set<string>> } | null = null;

async function mentions(highlights: readonly Highlight[]): Promise<Map<string, Set<string>>> {
  const packs = await loadedPacks();
  const key = highlights.map((h) => `${h.id}@${h.updated}`).join('|');
  const samePacks = lastMentions?.packs.length === packs.length && packs.every((m, i) => m === lastMentions!.packs[i]);
  if (lastMentions && samePacks && lastMentions.key === key) return lastMentions.result;
  const quotes = highlights.map((h) => ({ id: h.id, pageId: h.pageId, quote: quoteText(h.selectors) }));
  const result = mentionsInHighlights(quotes, (text) => spot(text, packs, { blockBreaks: true }).mentions);
  lastMentions = { key, packs, result };
  return result;
}

/** the name and type of an entity of the loaded packs (its details are read only for a dossier) */
function entityCoreIn(packs: readonly Matcher[], id: string): EntityCore | undefined {
  for (const m of packs) {
    const entity = m.entity(id);
    if (entity) return entity;
  }
  return undefined;
}

/** the ids of one entity's dossier: its notes, the highlights that mention it, its sightings */
async function dossierIds(data: ReaderData, entityId: string): Promise<{ highlightIds: Set<string>; noteIds: Set<string> }> {
  const mentioned = (await mentions(data.highlights)).get(entityId) ?? new Set<string>();
  const noteIds = new Set(data.notes.filter((n) => n.target.kind === 'entity' && n.target.entityId === entityId).map((n) => n.id));
  return { highlightIds: mentioned, noteIds };
}

export async function snapshot(scope: ExportScope): Promise<ReaderData> {
  const data = await repo.readAll();
  switch (scope.kind) {
    case 'all':
      return data;
    case 'annotations': {
      const ids = new Set(scope.ids);
      return subset(data, { highlightIds: ids, noteIds: ids });
    }
    case 'page':
      return subset(data, {
        highlightIds: new Set(data.highlights.filter((h) => h.pageId === scope.pageId).map((h) => h.id)),
        noteIds: new Set(data.notes.filter((n) => n.pageId === scope.pageId || (n.target.kind === 'page' && n.target.pageId === scope.pageId)).map((n) => n.id)),
        pageIds: new Set([scope.pageId]),
      });
    case 'entity':
      return subset(data, { ...(await dossierIds(data, scope.entityId)), entityId: scope.entityId });
  }
}

export const notebookHandlers = {
  'notebook/data': async () => repo.readAnnotations(),

  'notebook/snapshot': async ({ scope }) => snapshot(scope),

  'notebook/entities': async () => {
    const [data, packs] = await Promise.all([repo.readAll(), loadedPacks()]);
    const found = await mentions(data.highlights);
    const byId = new Map<string, EntityListing>();
    const item = (entityId: string, name?: string) => {
      let e = byId.get(entityId);
      if (!e) {
        const known = entityCoreIn(packs, entityId);
        e = { entityId, name: known?.name ?? name ?? entityId, type: known?.type ?? null, pagesSeen: 0, highlights: 0, notes: 0, last: '' };
        byId.set(entityId, e);
      }
      return e;
    };
    for (const s of data.sightings) {
      const e = item(s.entityId);
      e.pagesSeen++;
      if (s.lastSeen > e.last) e.last = s.lastSeen;
    }
    for (const n of data.notes) {
      if (n.target.kind !== 'entity') continue;
      const e = item(n.target.entityId, n.target.entityName);
      if (n.target.entityType && !e.type) e.type = n.target.entityType;
      e.notes++;
      if (n.updated > e.last) e.last = n.updated;
    }
    for (const [entityId, ids] of found) item(entityId).highlights = ids.size;
    const entities = [...byId.values()].sort((a, b) => (b.notes - a.notes) || (b.highlights - a.highlights) || (b.pagesSeen - a.pagesSeen) || a.name.localeCompare(b.name));
    return { entities };
  },

  'notebook/dossier': async ({ entityId }) => {
    const [data, packs] = await Promise.all([repo.readAll(), loadedPacks()]);
    const ids = await dossierIds(data, entityId);
    const entries = entriesOf(data);
    const pages = new Map(data.pages.map((p) => [p.id, p]));
    const known = await loadedEntity(packs, entityId);
    const notes = entries.filter((e) => e.kind === 'note' && ids.noteIds.has(e.note.id)).sort(byUpdatedDesc);
    const noteName = notes.map((e) => (e.kind === 'note' && e.note.target.kind === 'entity' ? e.note.target.entityName : '')).find(Boolean);
    const sightings = data.sightings
      .filter((s) => s.entityId === entityId && pages.has(s.pageId))
      .map((s) => ({ page: pages.get(s.pageId)!, count: s.count, firstSeen: s.firstSeen, lastSeen: s.lastSeen }))
      .sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0));
    return {
      entityId,
      name: known?.entity.name ?? noteName ?? entityId,
      entity: known?.entity ?? null,
      pack: known?.pack ?? null,
      sightings,
      highlights: entries.filter((e) => e.kind === 'highlight' && ids.highlightIds.has(e.highlight.id)).sort(byUpdatedDesc),
      notes,
    } satisfies Dossier;
  },
} satisfies Partial<Handlers>;
