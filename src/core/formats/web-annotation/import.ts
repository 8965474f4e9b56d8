/**
 * Read W3C Web Annotation JSON-LD (from Gloss, Hypothesis or another tool) as highlights with
 * notes: an annotation whose target has a TextQuoteSelector becomes a highlight on the target's
 * page (its comment bodies the note, its tagging bodies the tags, a gloss-<colour> styleClass
 * its colour); one whose target is a web page without a quote becomes a note about that page;
 * one whose target is an entity's IRI (Wikidata or Gloss) a note about that entity.
 *
 * Accepted shapes: an Annotation, a list of them, an AnnotationPage (`items`), or an
 * AnnotationCollection whose `first` page is embedded. Positions (TextPositionSelector) and
 * other selectors are not taken: they count characters in another tool's text model.
 * Ids: "urn:uuid:…" keeps its UUID; any other IRI gives a stable UUID derived from it, so
 * importing the same file twice adds nothing. The pages made for these annotations only fill
 * a gap: a page already filed here keeps its title and history (planMerge's `stubPages`).
 */
import type { ReaderData } from '../../model/dataset.ts';
import { emptyReaderData } from '../../model/dataset.ts';
import type { Highlight, HighlightColour, Note, PageRecord } from '../../model/types.ts';
import { HIGHLIGHT_COLOURS } from '../../model/types.ts';
import { parseTags } from '../../model/notebook.ts';
import { normaliseUrl, siteOf } from '../../url/index.ts';
import type { ImportProblem } from '../problems.ts';
import { MAX_RECORDS } from '../problems.ts';
import { isUuid, stableId } from '../stable-id.ts';
import { entityIdOfIri } from './vocabulary.ts';

type Json = Record<string, unknown>;

export type WebAnnotationResult =
  | { ok: true; data: ReaderData; annotations: number; ignored: number }
  | { ok: false; problems: ImportProblem[] };

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const asList = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
const hasType = (x: Json, type: string): boolean => asList(x['type'] ?? x['@type']).includes(type);
const EPOCH = '1970-01-01T00:00:00.000Z';

/** Whether a parsed JSON value looks like Web Annotations (so the import reads it as such). */
export function looksLikeWebAnnotation(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isObject(first)) return false;
  const ctx = asList(first['@context']).some((c) => typeof c === 'string' && /w3\.org\/ns\/anno\.jsonld/.test(c));
  return ctx || hasType(first, 'Annotation') || hasType(first, 'AnnotationCollection') || hasType(first, 'AnnotationPage');
}

/** the annotations of the file, or why they cannot be found */
function itemsOf(value: unknown): { items: unknown[]; collection: string; generated: string | null } | ImportProblem {
  if (Array.isArray(value)) return { items: value, collection: 'annotations', generated: null };
  if (!isObject(value)) return { code: 'foreign', looksLike: 'other-json' };
  const generated = typeof value['generated'] === 'string' ? value['generated'] : null;
  if (hasType(value, 'Annotation')) return { items: [value], collection: 'annotations', generated };
  if (hasType(value, 'AnnotationPage')) return { items: asList(value['items']), collection: 'items', generated };
  if (hasType(value, 'AnnotationCollection')) {
    const first = value['first'];
    if (isObject(first)) {
      if (first['next'] !== undefined && first['next'] !== null) {
        return { code: 'invalid-field', collection: null, record: null, id: null, field: 'first.next', message: 'points to more pages of annotations: Gloss reads a collection whose annotations are all in the file (export it as one page)' };
      }
      return { items: asList(first['items']), collection: 'first.items', generated };
    }
    if (Array.isArray(value['items'])) return { items: value['items'], collection: 'items', generated };
    const total = typeof value['total'] === 'number' ? value['total'] : null;
    if (total === 0) return { items: [], collection: 'items', generated };
    return { code: 'invalid-field', collection: null, record: null, id: null, field: 'first', message: 'is not in the file: the collection only links to its annotations' };
  }
  return { code: 'foreign', looksLike: 'other-json' };
}

function isoOf(x: unknown): string | null {
  if (typeof x !== 'string') return null;
  const t = Date.parse(x);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

interface TargetInfo {
  source: string | null;
  quote: Quote | null;
  colour: HighlightColour | null;
}

function targetInfo(t: unknown): TargetInfo {
  if (typeof t === 'string') return { source: t, quote: null, colour: null };
  if (!isObject(t)) return { source: null, quote: null, colour: null };
  const src = t['source'];
  const source = typeof src === 'string' ? src : isObject(src) && typeof src['id'] === 'string' ? src['id'] : typeof t['id'] === 'string' ? t['id'] : null;
  let quote: Quote | null = null;
  for (const s of asList(t['selector'])) {
    if (isObject(s) && hasType(s, 'TextQuoteSelector') && typeof s['exact'] === 'string' && s['exact'].trim() !== '') {
      quote = { exact: s['exact'], prefix: typeof s['prefix'] === 'string' ? s['prefix'] : '', suffix: typeof s['suffix'] === 'string' ? s['suffix'] : '' };
      break;
    }
  }
  const cls = asList(t['styleClass']).find((c): c is string => typeof c === 'string' && /^gloss-/.test(c));
  const colour = cls ? (HIGHLIGHT_COLOURS as readonly string[]).find((c) => `gloss-${c}` === cls) as HighlightColour | undefined : undefined;
  return { source, quote, colour: colour ?? null };
}

/** the note text and the tags an annotation's bodies carry */
function textOf(a: Json): { body: string; tags: string[] } {
  const comments: string[] = [];
  const tags: string[] = [];
  if (typeof a['bodyValue'] === 'string') comments.push(a['bodyValue']);
  for (const b of asList(a['body'])) {
    if (!isObject(b) || typeof b['value'] !== 'string') continue;
    if (asList(b['purpose']).includes('tagging')) tags.push(b['value']);
    else comments.push(b['value']);
  }
  return { body: comments.filter((c) => c.trim() !== '').join('\n\n'), tags: parseTags(tags) };
}

function idOf(a: Json): string {
  const iri = typeof a['id'] === 'string' ? a['id'] : typeof a['@id'] === 'string' ? a['@id'] : null;
  if (iri) {
    const uuid = iri.replace(/^urn:uuid:/i, '');
    return isUuid(uuid) ? uuid.toLowerCase() : stableId(`annotation:${iri}`);
  }
  return stableId(`annotation:${JSON.stringify(a)}`);
}

export interface ReadOptions {
  /** page titles by address, when the file carries them (Hypothesis's own export does) */
  titles?: ReadonlyMap<string, string>;
  /** annotations the caller left out already (e.g. replies), added to `ignored` */
  ignored?: number;
}

export function readWebAnnotation(value: unknown, opts: ReadOptions = {}): WebAnnotationResult {
  const found = itemsOf(value);
  if ('code' in found) return { ok: false, problems: [found] };
  const { items, collection } = found;
  if (items.length > MAX_RECORDS) return { ok: false, problems: [{ code: 'too-many-records', collection, count: items.length, limit: MAX_RECORDS }] };
  const fallbackTime = isoOf(found.generated) ?? EPOCH;
  const data = emptyReaderData();
  const pages = new Map<string, PageRecord>();
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  let ignored = opts.ignored ?? 0;

  const pageFor = (url: string, created: string, updated: string): PageRecord => {
    let p = pages.get(url);
    if (!p) {
      const title = opts.titles?.get(url)?.trim() || url;
      p = { id: stableId(`page:${url}`), url, title, site: siteOf(url), firstVisit: created, lastVisit: updated, aliases: [], rev: 1 };
      pages.set(url, p);
    }
    if (created < p.firstVisit) p.firstVisit = created;
    if (updated > p.lastVisit) p.lastVisit = updated;
    return p;
  };

  items.forEach((item, i) => {
    const record = i + 1;
    const bad = (field: string, message: string, id: string | null = null) =>
      problems.push({ code: 'invalid-field', collection, record, id, field, message });
    if (!isObject(item)) return bad('(the record itself)', 'is not an annotation object');
    const iri = typeof item['id'] === 'string' ? item['id'] : null;
    if (!hasType(item, 'Annotation')) return bad('type', 'must be "Annotation"', iri);
    if (item['target'] === undefined) return bad('target', 'is missing', iri);
    for (const f of ['created', 'modified'] as const) {
      if (item[f] !== undefined && !isoOf(item[f])) return bad(f, 'must be a date and time (ISO 8601)', iri);
    }
    const id = idOf(item);
    const first = seen.get(id);
    if (first !== undefined) return void problems.push({ code: 'duplicate', collection, record, id: iri ?? id, firstRecord: first, what: 'id' });
    seen.set(id, record);
    const created = isoOf(item['created']) ?? isoOf(item['modified']) ?? fallbackTime;
    const updated = isoOf(item['modified']) ?? created;
    const { body, tags } = textOf(item);
    const targets = asList(item['target']).map(targetInfo);
    const quoted = targets.find((t) => t.quote && t.source);
    if (quoted) {
      const url = normaliseUrl(quoted.source!);
      if (!url) return void ignored++; // a PDF, a file or an app page: Gloss keeps web pages only
      const highlight: Highlight = {
        id, pageId: pageFor(url, created, updated).id,
        selectors: [{ type: 'TextQuoteSelector', ...quoted.quote! }],
        colour: quoted.colour ?? 'yellow', body, tags, created, updated, rev: 1,
      };
      data.highlights.push(highlight);
      return;
    }
    if (body === '' && tags.length === 0) return void ignored++; // nothing written and nothing quoted
    const source = targets.find((t) => t.source)?.source ?? null;
    const entityId = source ? entityIdOfIri(source) : null;
    if (entityId) {
      data.notes.push({ id, target: { kind: 'entity', entityId, entityName: entityId }, body, tags, created, updated, rev: 1 });
      return;
    }
    const url = source ? normaliseUrl(source) : null;
    if (!url) return void ignored++;
    const pageId = pageFor(url, created, updated).id;
    const note: Note = { id, target: { kind: 'page', pageId }, pageId, body, tags, created, updated, rev: 1 };
    data.notes.push(note);
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
  data.pages = [...pages.values()];
  return { ok: true, data, annotations: data.highlights.length + data.notes.length, ignored };
}
