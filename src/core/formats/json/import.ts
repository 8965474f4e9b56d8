/**
 * Read a Gloss JSON export (any version up to this Gloss's): upgraded to the current version,
 * validated with the valibot schema, then checked across records (unique ids and addresses,
 * every page a record names is in the file). Every problem names the collection, the record
 * number (from 1), its id and the field. Nothing here writes; the result is ReaderData.
 */
import * as v from 'valibot';
import type { ReaderData } from '../../model/dataset.ts';
import { emptyReaderData } from '../../model/dataset.ts';
import type { ImportProblem } from '../problems.ts';
import { MAX_RECORDS } from '../problems.ts';
import { recordOfAnnotation } from './annotation.ts';
import { COLLECTIONS, NOTES_FORMAT_VERSION, NotesFileSchema, type NotesFile } from './schema.ts';
import { upgradeToCurrent } from './versions.ts';

/** at most this many problems are listed for one file (the first ones, in file order) */
export const MAX_PROBLEMS = 20;

export type ParseResult = { ok: true; data: ReaderData; file: NotesFile } | { ok: false; problems: ImportProblem[] };

export function readNotesFile(value: Record<string, unknown>): ParseResult {
  const upgraded = upgradeToCurrent(value);
  if (!upgraded.ok) {
    if ('newer' in upgraded) return { ok: false, problems: [{ code: 'newer-version', version: upgraded.newer, supported: NOTES_FORMAT_VERSION }] };
    return { ok: false, problems: [{ code: 'invalid-field', collection: null, record: null, id: null, field: 'formatVersion', message: upgraded.invalid }] };
  }
  const file = upgraded.file;
  for (const c of COLLECTIONS) {
    const list = file[c];
    if (Array.isArray(list) && list.length > MAX_RECORDS) return { ok: false, problems: [{ code: 'too-many-records', collection: c, count: list.length, limit: MAX_RECORDS }] };
  }
  const parsed = v.safeParse(NotesFileSchema, file);
  if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, MAX_PROBLEMS).map((i) => problemOfIssue(file, i)) };
  const problems = crossCheck(parsed.output);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, data: toReaderData(parsed.output), file: parsed.output };
}

function toReaderData(f: NotesFile): ReaderData {
  const data = emptyReaderData();
  data.pages = f.pages.map((p) => ({ ...p, aliases: [...p.aliases] }));
  for (const a of f.annotations) {
    const r = recordOfAnnotation(a);
    if (r.kind === 'highlight') data.highlights.push(r.highlight);
    else data.notes.push(r.note);
  }
  data.sightings = f.sightings.map((s) => ({ ...s }));
  data.rejections = f.rejections.map((r) => ({ ...r, entityIds: [...r.entityIds] }));
  data.tombstones = f.tombstones.map((t) => ({ ...t }));
  return data;
}

/** "target.selectors[0].exact" from a valibot issue path below the record */
function fieldOf(path: v.IssuePathItem[]): string {
  let out = '';
  for (const p of path) {
    const key = p.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : String(key);
  }
  return out;
}

function problemOf(file: Record<string, unknown>, path: v.IssuePathItem[], message: string): ImportProblem {
  const keys = path.map((p) => p.key as string | number);
  if (typeof keys[0] === 'string' && (COLLECTIONS as readonly string[]).includes(keys[0]) && typeof keys[1] === 'number') {
    const record = (file[keys[0]] as unknown[])[keys[1]] as { id?: unknown; pageId?: unknown } | undefined;
    const rid = typeof record?.id === 'string' ? record.id : typeof record?.pageId === 'string' ? record.pageId : null;
    return { code: 'invalid-field', collection: keys[0], record: keys[1] + 1, id: rid, field: fieldOf(path.slice(2)) || '(the record itself)', message };
  }
  return { code: 'invalid-field', collection: null, record: null, id: null, field: fieldOf(path) || '(the file)', message };
}

function problemOfIssue(file: Record<string, unknown>, issue: v.BaseIssue<unknown>): ImportProblem {
  // a missing key: valibot says "Invalid key"; say which field is missing
  const message = issue.kind === 'schema' && issue.received === 'undefined' ? 'is missing' : issue.message;
  return problemOf(file, issue.path ?? [], message);
}

function crossCheck(f: NotesFile): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const unique = (collection: string, items: { key: string; id: string }[], what: 'id' | 'address' | 'entity-on-page') => {
    const first = new Map<string, number>();
    items.forEach(({ key, id }, i) => {
      const seen = first.get(key);
      if (seen === undefined) first.set(key, i + 1);
      else problems.push({ code: 'duplicate', collection, record: i + 1, id, firstRecord: seen, what });
    });
  };
  unique('pages', f.pages.map((p) => ({ key: p.id, id: p.id })), 'id');
  unique('pages', f.pages.map((p) => ({ key: p.url, id: p.id })), 'address');
  unique('annotations', f.annotations.map((a) => ({ key: a.id, id: a.id })), 'id');
  unique('sightings', f.sightings.map((s) => ({ key: s.id, id: s.id })), 'id');
  unique('sightings', f.sightings.map((s) => ({ key: `${s.entityId}\u0000${s.pageId}`, id: s.id })), 'entity-on-page');
  unique('rejections', f.rejections.map((r) => ({ key: r.pageId, id: r.pageId })), 'id');
  unique('tombstones', f.tombstones.map((t) => ({ key: t.id, id: t.id })), 'id');

  const pageIds = new Set(f.pages.map((p) => p.id));
  const needPage = (collection: string, record: number, id: string, pageId: string | undefined, field: string) => {
    if (pageId === undefined) problems.push({ code: 'invalid-field', collection, record, id, field, message: 'is missing' });
    else if (!pageIds.has(pageId)) problems.push({ code: 'missing-page', collection, record, id, pageId });
  };
  f.annotations.forEach((a, i) => {
    if (a.target.kind !== 'entity' || a.pageId !== undefined) needPage('annotations', i + 1, a.id, a.pageId, 'pageId');
    if (a.target.kind === 'highlight') {
      a.target.selectors.forEach((s, j) => {
        if (s.type === 'TextPositionSelector' && s.end < s.start) {
          problems.push({ code: 'invalid-field', collection: 'annotations', record: i + 1, id: a.id, field: `target.selectors[${j}].end`, message: 'is before start' });
        }
      });
      if (!a.target.selectors.some((s) => s.type === 'TextQuoteSelector')) {
        problems.push({ code: 'invalid-field', collection: 'annotations', record: i + 1, id: a.id, field: 'target.selectors', message: 'has no TextQuoteSelector (the quoted text)' });
      }
    }
  });
  f.sightings.forEach((s, i) => needPage('sightings', i + 1, s.id, s.pageId, 'pageId'));
  f.rejections.forEach((r, i) => needPage('rejections', i + 1, r.pageId, r.pageId, 'pageId'));
  return problems;
}
