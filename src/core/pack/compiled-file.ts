/**
 * The compiled pack as one file, as the build writes the built-in pack into the extension: a
 * small header, a JSON part (metadata, stats and tables of strings) and every typed array of the
 * pack (trie, entity and entry columns, name index) as raw little-endian bytes, each at an offset aligned to
 * 8. Loading is one JSON parse of a small part, and each table is either a view of the file's buffer
 * (when the caller hands the buffer over: no copying, but the JSON part's bytes stay held) or a
 * copy (so that the file's buffer can go): no decoding loop, no object per entity or alias.
 *
 *   bytes 0-3   "GLPK"
 *   bytes 4-7   container version (uint32, little-endian)
 *   bytes 8-11  length of the JSON part in bytes (uint32)
 *   then the JSON part (UTF-8; written as ASCII only, other characters escaped), padding to a multiple of 8, then the tables in the order the JSON
 *   part's `tables` lists them: [where ("trie.edgeStart", "entities.id.end"), element type,
 *   number of elements]. A string column keeps its text in the JSON part, its ends as a table.
 */
import { COMPILED_FORMAT, type CompiledPack, type StringColumn } from './compiled.ts';

const MAGIC = [0x47, 0x4c, 0x50, 0x4b]; // "GLPK"
const CONTAINER_VERSION = 1;
const HEADER = 12;
/** the parts of a compiled pack that hold typed arrays */
const PARTS = ['trie', 'entities', 'entries', 'names'] as const;

type Kind = 'i32' | 'u16' | 'u8';
const BYTES: Record<Kind, number> = { i32: 4, u16: 2, u8: 1 };
type Typed = Int32Array | Uint16Array | Uint8Array;

function kindOf(a: unknown): Kind | null {
  return a instanceof Int32Array ? 'i32' : a instanceof Uint16Array ? 'u16' : a instanceof Uint8Array ? 'u8' : null;
}

const pad8 = (n: number): number => (n + 7) & ~7;

function isStringColumn(x: unknown): x is StringColumn {
  return typeof x === 'object' && x !== null && typeof (x as StringColumn).text === 'string' && (x as StringColumn).end instanceof Int32Array;
}

/**
 * JSON with every character outside ASCII written as a \u escape: the browser turns ASCII bytes into
 * a string about four times as fast as UTF-8 with a few names in other scripts (6 against 25 ms for
 * the default pack's 2 MB JSON part in Chromium's service worker), and the part grows by 1 %.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The compiled pack as one file's bytes. */
export function encodeCompiledPack(c: CompiledPack): Uint8Array {
  const tables: [string, Kind, number][] = [];
  const arrays: Typed[] = [];
  const json: Record<string, unknown> = { ...c };
  for (const part of PARTS) {
    const rest: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(c[part])) {
      const kind = kindOf(value);
      if (kind) {
        tables.push([`${part}.${name}`, kind, (value as Typed).length]);
        arrays.push(value as Typed);
      } else if (isStringColumn(value)) {
        // a string column: its text in the JSON part, its ends as a table
        tables.push([`${part}.${name}.end`, 'i32', value.end.length]);
        arrays.push(value.end);
        rest[name] = { text: value.text };
      } else rest[name] = value;
    }
    json[part] = rest;
  }
  json.tables = tables;
  const text = new TextEncoder().encode(asciiJson(json));
  let size = pad8(HEADER + text.length);
  for (const a of arrays) size = pad8(size + a.byteLength);
  const out = new Uint8Array(size);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, CONTAINER_VERSION, true);
  view.setUint32(8, text.length, true);
  out.set(text, HEADER);
  let at = pad8(HEADER + text.length);
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = pad8(at + a.byteLength);
  }
  return out;
}

/**
 * What the decoded tables hold: 'copies' of the file's bytes (the caller keeps its buffer and may
 * reuse it), or views that 'share the buffer' (the caller hands the buffer over and never writes to
 * it again; a table whose offset does not suit its element type is copied all the same).
 */
export type TableBytes = 'copies' | 'share the buffer';

/** the table of `length` elements of `kind` at byte `offset` of `bytes`' buffer */
function table(bytes: Uint8Array, offset: number, kind: Kind, length: number, tableBytes: TableBytes): Typed {
  const shared = tableBytes === 'share the buffer' && offset % BYTES[kind] === 0;
  const buffer = shared ? bytes.buffer : bytes.buffer.slice(offset, offset + length * BYTES[kind]);
  const start = shared ? offset : 0;
  return kind === 'i32' ? new Int32Array(buffer, start, length) : kind === 'u16' ? new Uint16Array(buffer, start, length) : new Uint8Array(buffer, start, length);
}

/** A compiled pack from a file's bytes; throws a sentence when the bytes are not one. */
export function decodeCompiledPack(bytes: Uint8Array, tableBytes: TableBytes = 'copies'): CompiledPack {
  const damaged = (why: string) => new Error(`This compiled pack file is damaged (${why}). Rebuild the pack.`);
  if (bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b)) throw damaged('it is not a Gloss compiled pack');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(4, true) !== CONTAINER_VERSION) throw damaged(`container version ${view.getUint32(4, true)}`);
  const textLength = view.getUint32(8, true);
  if (HEADER + textLength > bytes.length) throw damaged('it is cut short');
  let json: Record<string, unknown> & { tables?: [string, Kind, number][] };
  try {
    json = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, HEADER + textLength)));
  } catch (e) {
    throw damaged((e as Error).message);
  }
  if (json?.format !== COMPILED_FORMAT || !Array.isArray(json.tables)) throw damaged('it is not a Gloss compiled pack');
  let at = pad8(HEADER + textLength);
  for (const [where, kind, length] of json.tables) {
    const [part, ...path] = String(where).split('.');
    const name = path.pop();
    let target = json[part ?? ''] as Record<string, unknown> | undefined;
    for (const p of path) target = typeof target === 'object' && target !== null ? (target[p] as Record<string, unknown> | undefined) : undefined;
    const byteLength = length * (BYTES[kind] ?? NaN);
    if (!PARTS.includes(part as (typeof PARTS)[number]) || !name || typeof target !== 'object' || target === null || !(byteLength >= 0) || at + byteLength > bytes.length) {
      throw damaged(`its table ${String(where)} does not fit`);
    }
    target[name] = table(bytes, bytes.byteOffset + at, kind, length, tableBytes);
    at = pad8(at + byteLength);
  }
  delete json.tables;
  return json as unknown as CompiledPack;
}
