/**
 * The compiled pack as one file, as the build writes the built-in pack into the extension: a
 * small header, a JSON part (metadata, stats and tables of strings) and every typed array of the
 * pack (trie, entity and entry columns, name index) as raw little-endian bytes, each at an offset aligned to
 * 8. Loading is one JSON parse of a small part and one copy per table (so the file's buffer is not
 * kept alive): no decoding loop, no object per entity or alias.
 *
 *   bytes 0-3   "GLPK"
 *   bytes 4-7   container version (uint32, little-endian)
 *   bytes 8-11  length of the JSON part in bytes (uint32)
 *   then the JSON part (UTF-8), padding to a multiple of 8, then the tables in the order the JSON
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
  const text = new TextEncoder().encode(JSON.stringify(json));
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

/** A compiled pack from a file's bytes; throws a sentence when the bytes are not one. */
export function decodeCompiledPack(bytes: Uint8Array): CompiledPack {
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
    // a copy of the table's bytes, so that the file's buffer can go
    const copy = bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + byteLength);
    target[name] = kind === 'i32' ? new Int32Array(copy) : kind === 'u16' ? new Uint16Array(copy) : new Uint8Array(copy);
    at = pad8(at + byteLength);
  }
  delete json.tables;
  return json as unknown as CompiledPack;
}
