/**
 * Export as W3C Web Annotation JSON-LD: one AnnotationCollection whose first (and only) page
 * holds every annotation. A highlight is an annotation with motivation "highlighting" whose
 * target is the page with a TextQuoteSelector; its note is a TextualBody with purpose
 * "commenting", each tag one with purpose "tagging"; its colour a CSS class (styleClass) with
 * the annotation's stylesheet. Notes about a page or an entity target the page's address or the
 * entity's IRI (Wikidata for a QID).
 *
 * Left out, on purpose (docs/export-formats.md): TextPositionSelector (Gloss's offsets count
 * UTF-16 units in Gloss's own visible-text model, not code points in the document's text as the
 * W3C model says), page titles, revisions, tombstones, sightings and rejections.
 */
import type { ReaderData } from '../../model/dataset.ts';
import type { Highlight, Note, PageRecord } from '../../model/types.ts';
import { quoteOf } from '../../model/selectors.ts';
import { byKeys } from '../order.ts';
import { stableId } from '../stable-id.ts';
import { ANNO_CONTEXT, COLOUR_CSS, annotationIri, entityIri, styleClassOf } from './vocabulary.ts';

export interface WebAnnotationMeta {
  exported: string;
  generator: string;
}

type Json = Record<string, unknown>;

function bodies(body: string, tags: readonly string[]): Json[] {
  const out: Json[] = [];
  if (body.trim() !== '') out.push({ type: 'TextualBody', value: body, format: 'text/plain', purpose: 'commenting' });
  for (const t of tags) out.push({ type: 'TextualBody', value: t, purpose: 'tagging' });
  return out;
}

function withBodies(a: Json, list: Json[]): Json {
  if (list.length === 1) a['body'] = list[0];
  else if (list.length > 1) a['body'] = list;
  return a;
}

function ofHighlight(h: Highlight, page: PageRecord | undefined): Json | null {
  const q = quoteOf(h.selectors);
  if (!q || !page) return null;
  const selector: Json = { type: 'TextQuoteSelector', exact: q.exact };
  if (q.prefix) selector['prefix'] = q.prefix;
  if (q.suffix) selector['suffix'] = q.suffix;
  const cls = styleClassOf(h.colour);
  const a: Json = {
    id: annotationIri(h.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: h.created,
    modified: h.updated,
    stylesheet: { type: 'CssStylesheet', value: `.${cls} { background-color: ${COLOUR_CSS[h.colour]}; }` },
  };
  withBodies(a, bodies(h.body, h.tags));
  a['target'] = { source: page.url, selector, styleClass: cls };
  return a;
}

function ofNote(n: Note, pages: Map<string, PageRecord>): Json | null {
  const target = n.target.kind === 'entity' ? entityIri(n.target.entityId) : pages.get(n.target.pageId)?.url;
  if (!target) return null;
  const a: Json = { id: annotationIri(n.id), type: 'Annotation', motivation: 'commenting', created: n.created, modified: n.updated };
  withBodies(a, bodies(n.body, n.tags));
  a['target'] = target;
  return a;
}

export function toWebAnnotationCollection(data: ReaderData, meta: WebAnnotationMeta): Json {
  const pages = new Map(data.pages.map((p) => [p.id, p]));
  const records = [
    ...data.highlights.map((h) => ({ created: h.created, id: h.id, json: ofHighlight(h, pages.get(h.pageId)) })),
    ...data.notes.map((n) => ({ created: n.created, id: n.id, json: ofNote(n, pages) })),
  ].sort(byKeys((r) => r.created, (r) => r.id));
  const items = records.map((r) => r.json).filter((j): j is Json => j !== null);
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(stableId(`gloss-collection:${records.map((r) => r.id).join(',')}`)),
    type: 'AnnotationCollection',
    label: 'Gloss notes',
    generator: { type: 'Software', name: meta.generator },
    generated: meta.exported,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function exportWebAnnotation(data: ReaderData, meta: WebAnnotationMeta): string {
  return `${JSON.stringify(toWebAnnotationCollection(data, meta), null, 2)}\n`;
}
