/**
 * A loaded compiled pack: the trie as typed arrays and the scan that finds leftmost-longest,
 * whole-word alias matches in normalised text. The scan only starts at word starts, follows the
 * trie as far as the text allows, and keeps the longest end that sits on a word boundary and
 * passes the capitalisation guard; then it continues after that match (no overlaps).
 */
import type { Entity, PackMeta } from '../pack/types.ts';
import {
  COMPILED_FORMAT,
  COMPILED_FORMAT_VERSION,
  ENTRY_CASE_SENSITIVE,
  decodeInt32,
  decodeUint16,
  type CompiledEntry,
  type CompiledPack,
} from '../pack/compiled.ts';
import { CASE_TABLE, Case, KIND_TABLE, Kind, type Normalised } from './normalise.ts';

/** one whole-word match in normalised text, before context rules */
export interface RawHit {
  /** normalised range [a, b) */
  a: number;
  b: number;
  matcher: Matcher;
  /** indices into matcher.entries that fit the capitalisation */
  entries: number[];
}

const U = 85; // 'U'
const L = 108; // 'l'
const MAX_DEPTH = 256;

export class Matcher {
  readonly meta: PackMeta;
  readonly entities: readonly Entity[];
  readonly entries: readonly CompiledEntry[];
  private readonly byId = new Map<string, number>();
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outCount: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  /** child of the root for every UTF-16 unit (-1: none): every word start looks here first */
  private readonly root = new Int32Array(65536).fill(-1);
  private readonly ends = new Int32Array(MAX_DEPTH);
  private readonly endNodes = new Int32Array(MAX_DEPTH);

  constructor(compiled: CompiledPack) {
    if (compiled?.format !== COMPILED_FORMAT || compiled.formatVersion !== COMPILED_FORMAT_VERSION) {
      throw new Error(
        `This compiled pack has format ${String(compiled?.format)} v${String(compiled?.formatVersion)}; Gloss reads ${COMPILED_FORMAT} v${COMPILED_FORMAT_VERSION}. Rebuild the pack.`,
      );
    }
    this.meta = compiled.meta;
    this.entities = compiled.entities;
    this.entries = compiled.entries;
    compiled.entities.forEach((e, i) => {
      if (!this.byId.has(e.id)) this.byId.set(e.id, i);
    });
    const t = compiled.trie;
    this.edgeStart = decodeInt32(t.edgeStart);
    this.edgeCount = decodeInt32(t.edgeCount);
    this.outStart = decodeInt32(t.outStart);
    this.outCount = decodeInt32(t.outCount);
    this.edgeChar = decodeUint16(t.edgeChar);
    this.edgeTo = decodeInt32(t.edgeTo);
    if (this.edgeStart.length !== t.nodes || this.outCount.length !== t.nodes || this.edgeChar.length !== this.edgeTo.length) {
      throw new Error('This compiled pack is damaged (its matcher tables do not fit together). Rebuild the pack.');
    }
    const s = this.edgeStart[0] ?? 0;
    const n = this.edgeCount[0] ?? 0;
    for (let e = s; e < s + n; e++) this.root[this.edgeChar[e]!] = this.edgeTo[e]!;
  }

  entity(id: string): Entity | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }

  private child(node: number, c: number): number {
    let lo = this.edgeStart[node]!;
    const n = this.edgeCount[node]!;
    const chars = this.edgeChar;
    if (n <= 8) {
      for (let e = lo; e < lo + n; e++) {
        const x = chars[e]!;
        if (x === c) return this.edgeTo[e]!;
        if (x > c) return -1;
      }
      return -1;
    }
    let hi = lo + n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = chars[mid]!;
      if (x === c) return this.edgeTo[mid]!;
      if (x < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** entries at `node` whose capitalisation guard passes for the text at normalised offset a */
  private guarded(node: number, nz: Normalised, a: number): number[] | null {
    const first = this.outStart[node]!;
    const count = this.outCount[node]!;
    const text = nz.text;
    const src = nz.src;
    let out: number[] | null = null;
    for (let k = first; k < first + count; k++) {
      const entry = this.entries[k]!;
      const mask = entry[2];
      const strict = (entry[1] & ENTRY_CASE_SENSITIVE) !== 0;
      let ok = true;
      for (let j = 0; j < mask.length; j++) {
        const m = mask.charCodeAt(j);
        if (m === U) {
          if (CASE_TABLE[text.charCodeAt(src[a + j]!)] !== Case.Upper) {
            ok = false;
            break;
          }
        } else if (m === L && strict) {
          if (CASE_TABLE[text.charCodeAt(src[a + j]!)] !== Case.Lower) {
            ok = false;
            break;
          }
        }
      }
      if (ok) (out ??= []).push(k);
    }
    return out;
  }

  /** Append this pack's leftmost-longest whole-word matches in `nz` to `out`. */
  scan(nz: Normalised, out: RawHit[]): void {
    const norm = nz.norm;
    const n = nz.length;
    const kind = KIND_TABLE;
    const root = this.root;
    const outCount = this.outCount;
    const ends = this.ends;
    const endNodes = this.endNodes;
    let i = 0;
    while (i < n) {
      // here norm[i - 1] is not a word unit (or i = 0)
      const c = norm[i]!;
      if (kind[c] !== Kind.Word) {
        i++;
        continue;
      }
      let node = root[c]!;
      let found = 0;
      let j = i + 1;
      while (node >= 0) {
        const next = j < n ? norm[j]! : 0x20;
        if (outCount[node]! > 0 && kind[next] !== Kind.Word && found < MAX_DEPTH) {
          ends[found] = j;
          endNodes[found++] = node;
        }
        if (j >= n) break;
        node = this.child(node, next);
        j++;
      }
      let matched = -1;
      for (let f = found - 1; f >= 0; f--) {
        const entries = this.guarded(endNodes[f]!, nz, i);
        if (entries) {
          matched = ends[f]!;
          out.push({ a: i, b: matched, matcher: this, entries });
          break;
        }
      }
      if (matched >= 0) {
        i = matched;
      } else {
        // skip the rest of this word: matches start only at word starts
        i++;
        while (i < n && kind[norm[i]!] === Kind.Word) i++;
      }
    }
  }
}
