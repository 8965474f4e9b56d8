/**
 * Hypothesis's own export file (its sidebar's "Export" as JSON: `export_date`, `client_version`,
 * `annotations` in the shape of its API) read as Web Annotations: each annotation's `text` is the
 * note, `tags` the tags, `target[].selector` the quote, `uri` the page and `document.title` the
 * page's title. Replies (annotations that answer another) are conversations, not the reader's
 * notes on a passage: left out and counted. Ids "https://hypothes.is/a/<id>" give stable UUIDs.
 */
import { normaliseUrl } from '../url/index.ts';
import { readWebAnnotation, type WebAnnotationResult } from './web-annotation/import.ts';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Hypothesis's export: an object with `annotations` whose entries carry `uri` and `target` */
export function looksLikeHypothesisExport(value: unknown): value is { annotations: unknown[] } {
  if (!isObject(value) || !Array.isArray(value['annotations'])) return false;
  const first = value['annotations'][0];
  return ('export_date' in value || 'client_version' in value) || (isObject(first) && 'uri' in first && 'target' in first);
}

export function readHypothesisExport(value: { annotations: unknown[] }): WebAnnotationResult {
  const titles = new Map<string, string>();
  const items: unknown[] = [];
  let replies = 0;
  for (const a of value.annotations) {
    if (!isObject(a)) {
      items.push(a); // refused below with its record number
      continue;
    }
    if (Array.isArray(a['references']) && a['references'].length > 0) {
      replies++;
      continue;
    }
    const doc = a['document'];
    const title = isObject(doc) && Array.isArray(doc['title']) && typeof doc['title'][0] === 'string' ? doc['title'][0] : null;
    const url = typeof a['uri'] === 'string' ? normaliseUrl(a['uri']) : null;
    if (url && title) titles.set(url, title);
    const tags = Array.isArray(a['tags']) ? a['tags'].filter((t): t is string => typeof t === 'string') : [];
    const targets = Array.isArray(a['target']) && a['target'].length ? a['target'] : [{ source: a['uri'] }];
    items.push({
      type: 'Annotation',
      id: typeof a['id'] === 'string' ? `https://hypothes.is/a/${a['id']}` : undefined,
      created: a['created'],
      modified: a['updated'],
      body: [
        ...(typeof a['text'] === 'string' && a['text'].trim() ? [{ type: 'TextualBody', value: a['text'], format: 'text/markdown' }] : []),
        ...tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
      ],
      target: targets,
    });
  }
  return readWebAnnotation(items, { titles, ignored: replies });
}
