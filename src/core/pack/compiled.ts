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

export interface CompiledPack {
  format: typeof COMPILED_FORMAT;
  formatVersion: number;
  meta: PackMeta;
  entities: Entity[];
  /** alias entries, in trie output order */
  entries: CompiledEntry[];
  trie: CompiledTrie;
  stats: { aliases: number; derivedSurnames: number; nodes: number; edges: number };
}

// ---- base64 for typed arrays (little-endian, as on every platform browsers run on) ----

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
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
