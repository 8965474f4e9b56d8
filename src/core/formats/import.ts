/**
 * Read an import file's text, whatever it is: Gloss JSON (any version up to this Gloss's), W3C
 * Web Annotation JSON-LD, or Hypothesis's own JSON export. Refuses, with structured problems, a file that is too large,
 * empty, not JSON (saying where it stops, and whether it ends early), of another kind, or with
 * a record that does not fit (which record, which field). Pure: the background runs it, then
 * plans and writes (src/background/import-handlers.ts).
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ReaderData } from '../model/dataset.ts';
import type { ImportSummary } from '../model/merge.ts';
import { MAX_IMPORT_BYTES, type ImportProblem } from './problems.ts';
import { readNotesFile } from './json/import.ts';
import { NOTES_FORMAT } from './json/schema.ts';
import { looksLikeWebAnnotation, readWebAnnotation } from './web-annotation/import.ts';
import { looksLikeHypothesisExport, readHypothesisExport } from './hypothesis.ts';

export type ImportFormat = 'gloss-json' | 'web-annotation' | 'hypothesis';

export type ReadResult =
  | { ok: true; format: ImportFormat; data: ReaderData; records: number; ignored: number }
  | { ok: false; problems: ImportProblem[] };

/** What the background answers to a preview or an import: what it would do (or did), or why not. */
export type ImportCheck =
  | { ok: true; format: ImportFormat; records: number; ignored: number; summary: ImportSummary; applied: boolean }
  | { ok: false; problems: ImportProblem[] };

/** UTF-8 size of a text without encoding it */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Where a text that JSON.parse refused stops being JSON: the first error of jsonc-parser's
 * scanner (comments and trailing commas refused, as in JSON), as line and column from 1, and
 * whether it is the end of the text (a cut-off file).
 */
export function jsonErrorAt(text: string): { line: number | null; column: number | null; truncated: boolean } {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { line: null, column: null, truncated: false };
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const atEnd = first.offset + first.length >= text.trimEnd().length;
  return { line, column, truncated: atEnd || printParseErrorCode(first.error) === 'UnexpectedEndOfString' };
}

export function readImportFile(text: string): ReadResult {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problems: [{ code: 'too-large', bytes, limit: MAX_IMPORT_BYTES }] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [{ code: 'empty' }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problems: [{ code: 'not-json', ...jsonErrorAt(body) }] };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const format = (value as { format?: unknown }).format;
    if (format === NOTES_FORMAT) {
      const r = readNotesFile(value as Record<string, unknown>);
      if (!r.ok) return r;
      return { ok: true, format: 'gloss-json', data: r.data, records: count(r.data), ignored: 0 };
    }
    if (format === 'gloss-pack') return { ok: false, problems: [{ code: 'foreign', looksLike: 'knowledge-pack' }] };
  }
  if (looksLikeHypothesisExport(value)) {
    const r = readHypothesisExport(value);
    if (!r.ok) return r;
    if (r.annotations === 0) return { ok: false, problems: [{ code: 'nothing-to-import' }] };
    return { ok: true, format: 'hypothesis', data: r.data, records: r.annotations, ignored: r.ignored };
  }
  if (looksLikeWebAnnotation(value)) {
    const r = readWebAnnotation(value);
    if (!r.ok) return r;
    if (r.annotations === 0) return { ok: false, problems: [{ code: 'nothing-to-import' }] };
    return { ok: true, format: 'web-annotation', data: r.data, records: r.annotations, ignored: r.ignored };
  }
  return { ok: false, problems: [{ code: 'foreign', looksLike: 'other-json' }] };
}

const count = (d: ReaderData): number =>
  d.pages.length + d.highlights.length + d.notes.length + d.sightings.length + d.rejections.length + d.tombstones.length;
