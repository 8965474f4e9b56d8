/**
 * The compiled form of a knowledge pack: what the build writes next to the extension and what
 * the background loads. It holds the pack's metadata, its entities (for the popover) and the
 * matcher (a flattened trie over normalised aliases, typed arrays stored as base64), so loading
 * a pack is a JSON parse plus a few base64 decodes, never a compile.
 */
import type { Entity, PackMeta } from './types.ts';

export const COMPILED_FORMAT = 'gloss-pack-compiled';
/** bump when the matcher layout or the normalisation changes: old compiled packs are refused */
export const COMPILED_FORMAT_VERSION = 3;

/** One alias as the matcher sees it (one per entity and normalised alias text). */
export interface CompiledEntry {
  /** index of the entity in `CompiledPack.entities` */
  entity: number;
  /** ENTRY_* bits */
  flags: number;
  /**
   * capitalisation mask, one character per normalised unit of the alias: "U" must be a capital,
   * "l" a lower-case letter when the entry is case-sensitive (any case otherwise), "." anything
   */
  caseMask: string;
  /** BCP 47 tag of the alias's language, or "" */
  lang: string;
  /** normalised words that count as context for a guarded alias (absent when none) */
  contextWords?: string[];
}

export const ENTRY_CASE_SENSITIVE = 1;
export const ENTRY_REQUIRES_CONTEXT = 2;
/** a surname derived from a person's full name: only valid after that person was named in full */
export const ENTRY_DERIVED_SURNAME = 4;
export const ENTRY_ACRONYM = 8;
/** the alias is declared as a surname in the pack */
export const ENTRY_SURNAME = 16;

export interface CompiledTrie {
  nodes: number;
  /** per node: first edge index (Int32), number of edges (Uint16), first output entry (Int32), number of outputs (Uint16) */
  edgeStart: string;
  edgeCount: string;
  outStart: string;
  outCount: string;
  /** per edge, sorted by character within a node: normalised UTF-16 unit and target node */
  edgeChar: string;
  edgeTo: string;
}

/**
 * The names of a pack word by word, for spellings the trie does not hold (src/core/spot/names.ts):
 * transliterations ("Лукашенко", "Łukaszenka"), spelling variants of people's names
 * ("Vladimir Poutin") and inflected forms ("Москве", "Putins"). Every word is stored as the id of
 * its variant key; typed arrays as base64, like the trie.
 */
export interface CompiledNames {
  /** the variant keys of all alias words and stems, joined by "\n", in key-id order */
  keys: string;
  /** open-addressing hash table over the keys (Int32): key id + 1 per slot, 0 where empty */
  table: string;
  /** per name (an alias as words), Int32: the entry (index into `entries`) it links to */
  nameEntry: string;
  /** per name, Int32: NAME_* bits */
  nameFlags: string;
  /** per name and one more, Int32: index of the name's first word in the word arrays */
  nameStart: string;
  /** per word of a name, Int32: key id of the whole word */
  wordKey: string;
  /** per word of a name, Int32: key ids of its stems for inflected forms (-1 where none), two per word */
  wordStems: string;
  /** per word of a name, Int32: hash of its transliteration key (tells a transliteration from a variant) */
  wordStrict: string;
  /** people's names by the key ids of their first word and its stems (CSR over key ids, Int32): start per key id and one more, then name ids */
  personFirstStart: string;
  personFirstName: string;
  /** the other names, the same way */
  otherFirstStart: string;
  otherFirstName: string;
  /** people by the key ids of their given names and cognates (CSR over key ids, Int32): start per key id and one more, then name ids of their surnames */
  givenStart: string;
  givenSurname: string;
  /** per person's surname name: the key ids of that person's given names (CSR over name ids, Int32) */
  ownGivenStart: string;
  ownGiven: string;
  /** the given names as the pack and the cognates spell them, as sorted hashes of their folded forms (Int32): the scan's cheap first look */
  givenFolds: string;
}

/** the name is an acronym: the page's word must be all capitals ("НАТО") */
export const NAME_ACRONYM = 1;
/** a person's surname (listed or derived): alone it links only after the person was named in full, unless the pack lists it */
export const NAME_SURNAME = 2;
/** a surname the engine derived from a full name (not listed in the pack) */
export const NAME_DERIVED = 4;
/** the entity is a person */
export const NAME_PERSON = 8;
/** the alias is case-sensitive: after its first letter, the page's word has no capitals (unless it is an acronym) */
export const NAME_CASE_SENSITIVE = 32;
/** a one-word name whose stems another person's name shares (spouses, siblings): an inflected form links only after the full name */
export const NAME_SHARED_STEMS = 16;

export interface CompiledPack {
  format: typeof COMPILED_FORMAT;
  formatVersion: number;
  meta: PackMeta;
  entities: Entity[];
  /** alias entries, in trie output order */
  entries: CompiledEntry[];
  trie: CompiledTrie;
  names: CompiledNames;
  stats: { aliases: number; derivedSurnames: number; nodes: number; edges: number; names: number; nameKeys: number };
}

// ---- base64 for typed arrays (little-endian, as on every platform browsers run on) ----

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(BASE64, (c) => c.charCodeAt(0));
const DECODE = new Uint8Array(128).fill(255);
for (let i = 0; i < 64; i++) DECODE[ENCODE[i]!] = i;
const ASCII = new TextDecoder('ascii');

/** base64 of bytes, through a table (large typed arrays: no string per byte, no spread) */
export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(4 * Math.ceil(n / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[v >>> 18]!;
    out[o++] = ENCODE[(v >>> 12) & 63]!;
    out[o++] = ENCODE[(v >>> 6) & 63]!;
    out[o++] = ENCODE[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | ((i + 1 < n ? bytes[i + 1]! : 0) << 8);
    out[o++] = ENCODE[v >>> 18]!;
    out[o++] = ENCODE[(v >>> 12) & 63]!;
    out[o++] = i + 1 < n ? ENCODE[(v >>> 6) & 63]! : 61; // '='
    out[o++] = 61;
  }
  return ASCII.decode(out);
}

/** bytes of a base64 string (throws a sentence on a character that is not base64) */
export function base64ToBytes(b64: string): Uint8Array {
  let len = b64.length;
  while (len > 0 && b64.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const c = b64.charCodeAt(i);
    const v = c < 128 ? DECODE[c]! : 255;
    if (v === 255) throw new Error('This compiled pack is damaged (a table is not base64). Rebuild the pack.');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

export function encodeInt32(a: Int32Array): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}
export function encodeUint16(a: Uint16Array): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}
export function decodeInt32(b64: string): Int32Array {
  const b = base64ToBytes(b64);
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
}
export function decodeUint16(b64: string): Uint16Array {
  const b = base64ToBytes(b64);
  return new Uint16Array(b.buffer, b.byteOffset, b.byteLength >> 1);
}
