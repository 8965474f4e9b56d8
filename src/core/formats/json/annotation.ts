/**
 * The one exported shape of an annotation (ExportedAnnotation) and the records it comes from:
 * a highlight (with its note and tags), or a note about an entity or a page. Keys are written
 * in one fixed order, so two exports of the same data are the same text.
 */
import type { EntitySighting, Highlight, Note, PageRecord, PageRejections, Selector, Tombstone } from '../../model/types.ts';
import type { ExportedAnnotation } from './schema.ts';

const selector = (s: Selector): Selector =>
  s.type === 'TextQuoteSelector'
    ? { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix }
    : { type: s.type, start: s.start, end: s.end };

export function annotationOfHighlight(h: Highlight): ExportedAnnotation {
  return {
    id: h.id,
    pageId: h.pageId,
    target: {
      kind: 'highlight',
      selectors: h.selectors.map(selector),
      colour: h.colour,
      ...(h.placement ? { placement: { state: h.placement.state, checked: h.placement.checked } } : {}),
    },
    body: h.body,
    tags: [...h.tags],
    created: h.created,
    updated: h.updated,
    rev: h.rev,
  };
}

export function annotationOfNote(n: Note): ExportedAnnotation {
  const t = n.target;
  const pageId = t.kind === 'page' ? t.pageId : n.pageId;
  return {
    id: n.id,
    ...(pageId ? { pageId } : {}),
    target: t.kind === 'page'
      ? { kind: 'page' }
      : { kind: 'entity', entityId: t.entityId, entityName: t.entityName, ...(t.entityType ? { entityType: t.entityType } : {}) },
    body: n.body,
    tags: [...n.tags],
    created: n.created,
    updated: n.updated,
    rev: n.rev,
  };
}

/** back to the stored record; a highlight or page annotation must name its page (checked before) */
export function recordOfAnnotation(a: ExportedAnnotation): { kind: 'highlight'; highlight: Highlight } | { kind: 'note'; note: Note } {
  const t = a.target;
  if (t.kind === 'highlight') {
    const highlight: Highlight = {
      id: a.id, pageId: a.pageId!, selectors: t.selectors.map(selector), colour: t.colour, body: a.body, tags: [...a.tags],
      created: a.created, updated: a.updated, rev: a.rev,
      ...(t.placement ? { placement: { ...t.placement } } : {}),
    };
    return { kind: 'highlight', highlight };
  }
  const base = { id: a.id, body: a.body, tags: [...a.tags], created: a.created, updated: a.updated, rev: a.rev };
  if (t.kind === 'page') return { kind: 'note', note: { ...base, target: { kind: 'page', pageId: a.pageId! }, pageId: a.pageId! } };
  return {
    kind: 'note',
    note: { ...base, target: { kind: 'entity', entityId: t.entityId, entityName: t.entityName, ...(t.entityType ? { entityType: t.entityType } : {}) }, ...(a.pageId ? { pageId: a.pageId } : {}) },
  };
}

export const exportedPage = (p: PageRecord): PageRecord => ({
  id: p.id, url: p.url, title: p.title, site: p.site, firstVisit: p.firstVisit, lastVisit: p.lastVisit, aliases: [...p.aliases], rev: p.rev,
});
export const exportedSighting = (s: EntitySighting): EntitySighting => ({
  id: s.id, entityId: s.entityId, pageId: s.pageId, count: s.count, firstSeen: s.firstSeen, lastSeen: s.lastSeen, rev: s.rev,
});
export const exportedRejections = (r: PageRejections): PageRejections => ({ pageId: r.pageId, entityIds: [...r.entityIds], updated: r.updated, rev: r.rev });
export const exportedTombstone = (t: Tombstone): Tombstone => ({ id: t.id, kind: t.kind, deleted: t.deleted, rev: t.rev });
