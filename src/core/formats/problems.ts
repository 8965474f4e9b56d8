/**
 * Why an import file is refused, as structured objects: what is wrong and where (the collection,
 * the record number counted from 1, the field). The notebook turns each into a sentence for the
 * reader (src/ui/notebook/import-problems.ts); nothing here is meant to be parsed as text.
 */
export type ImportProblem =
  /** the file is larger than Gloss imports */
  | { code: 'too-large'; bytes: number; limit: number }
  /** the file is empty (or only white space) */
  | { code: 'empty' }
  /** not JSON: where the reader of the file stopped; `truncated` when the text ends early */
  | { code: 'not-json'; line: number | null; column: number | null; truncated: boolean }
  /** JSON, but neither a Gloss export nor Web Annotations; `looksLike` names what it seems to be */
  | { code: 'foreign'; looksLike: 'knowledge-pack' | 'other-json' }
  /** a Gloss export from a newer Gloss than this one */
  | { code: 'newer-version'; version: number; supported: number }
  /** one field of one record does not fit the format */
  | { code: 'invalid-field'; collection: string | null; record: number | null; id: string | null; field: string; message: string }
  /** a list longer than Gloss imports at once */
  | { code: 'too-many-records'; collection: string; count: number; limit: number }
  /** two records of one kind share an id (or a page address, or an entity on one page) */
  | { code: 'duplicate'; collection: string; record: number; id: string; firstRecord: number; what: 'id' | 'address' | 'entity-on-page' }
  /** a record refers to a page the file does not contain */
  | { code: 'missing-page'; collection: string; record: number; id: string; pageId: string }
  /** the file is valid but holds nothing Gloss keeps */
  | { code: 'nothing-to-import' };

export type ImportProblemCode = ImportProblem['code'];

/** Files larger than this are refused before they are read (a 10,000-highlight export is about 8 MB). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
/** Records of one kind in one file. */
export const MAX_RECORDS = 200_000;
