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
import { CASE_TABLE, INWORD_TABLE, KIND_TABLE, MAP_TABLE, expansionOf, extendOverMarks, kindOf } from './normalise.ts';

/** one whole-word match, before the page-level context rules */
export interface RawHit {
  /** UTF-16 offsets into the original text */
  start: number;
  end: number;
  matcher: Matcher;
  /** indices into matcher.entries that fit the capitalisation */
  entries: number[];
}

// Kind and Case values from normalise.ts, as local constants for the hot loops
const WORD = 1;
const SPACE = 2;
const DROP = 3;
const PUNCT = 4;
const EXPAND = 5;
const MARK = 6;
const UPPER = 1;
const LOWER = 2;
const U = 85; // 'U' in a capitalisation mask
const L = 108; // 'l'
const MAX_DEPTH = 256;
const PRE3_SIZE = 1 << 20;
const DENSE_MIN = 6;
const END = 0x10000; // sentinels outside the UTF-16 range
const MORE = 0x10001;
const pre3 = (a: number, b: number, c: number): number => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & (PRE3_SIZE - 1);
const pre4 = (a: number, b: number, c: number, d: number): number => (Math.imul(pre3(a, b, c) ^ 0x5bd1e995, 0x27d4eb2d) ^ d) & (PRE3_SIZE - 1);

export class Matcher {
  readonly meta: PackMeta;
  readonly entities: readonly Entity[];
  readonly entries: readonly CompiledEntry[];
  private readonly byId = new Map<string, number>();
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Uint16Array;
  private readonly outStart: Int32Array;
  private readonly outCount: Uint16Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  /** child of the root for every UTF-16 unit (-1: none): every word start looks here first */
  private readonly root = new Int32Array(65536).fill(-1);
  /**
   * Per trie node: 1 if some alias in its subtree may start with a lower-case letter. A word that
   * starts in lower case stops walking as soon as it reaches a node without (most words of a page
   * stop at the root or one letter later).
   */
  private readonly lowerOK: Uint8Array;
  /** nodes with many children get a direct table for ASCII units: dense[node] = offset or -1 */
  private readonly dense: Int32Array;
  private readonly denseTable: Int32Array;
  /**
   * Bitsets over a hash of the first three (and four) normalised units of every alias (any alias / one that
   * may start in lower case): a word whose first three letters start no alias is skipped without
   * walking the trie.
   */
  private readonly pre3Any = new Int32Array(PRE3_SIZE >> 5);
  private readonly pre3Lower = new Int32Array(PRE3_SIZE >> 5);
  // scratch for one walk: candidate ends, their nodes, and the original offset of each unit read
  private readonly ends = new Int32Array(MAX_DEPTH);
  private readonly endNodes = new Int32Array(MAX_DEPTH);
  private readonly srcBuf = new Int32Array(MAX_DEPTH + 1);

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
    this.edgeCount = decodeUint16(t.edgeCount);
    this.outStart = decodeInt32(t.outStart);
    this.outCount = decodeUint16(t.outCount);
    this.edgeChar = decodeUint16(t.edgeChar);
    this.edgeTo = decodeInt32(t.edgeTo);
    const tn = t.nodes;
    if (this.edgeStart.length !== tn || this.edgeCount.length !== tn || this.outStart.length !== tn || this.outCount.length !== tn || this.edgeChar.length !== this.edgeTo.length) {
      throw new Error('This compiled pack is damaged (its matcher tables do not fit together). Rebuild the pack.');
    }
    const edges = this.edgeChar.length;
    for (let node = 0; node < tn; node++) {
      const es = this.edgeStart[node]!;
      const ok =
        es >= 0 && es + this.edgeCount[node]! <= edges && this.outStart[node]! >= 0 && this.outStart[node]! + this.outCount[node]! <= this.entries.length;
      let children = ok;
      for (let e = es; children && e < es + this.edgeCount[node]!; e++) children = this.edgeTo[e]! > node && this.edgeTo[e]! < tn;
      if (!children) throw new Error(`This compiled pack is damaged (trie node ${node} points outside its tables). Rebuild the pack.`);
    }
    const s = this.edgeStart[0] ?? 0;
    const n = this.edgeCount[0] ?? 0;
    for (let e = s; e < s + n; e++) this.root[this.edgeChar[e]!] = this.edgeTo[e]!;
    // children have larger ids than their parents (see buildTrie): one backward pass fills lowerOK
    const nodes = this.edgeStart.length;
    const lowerOK = new Uint8Array(nodes);
    for (let node = nodes - 1; node >= 0; node--) {
      let ok = 0;
      const first = this.outStart[node]!;
      for (let k = first; k < first + this.outCount[node]! && !ok; k++) {
        if (this.entries[k]![2].charCodeAt(0) !== U) ok = 1;
      }
      const es = this.edgeStart[node]!;
      for (let e = es; e < es + this.edgeCount[node]! && !ok; e++) ok = lowerOK[this.edgeTo[e]!]!;
      lowerOK[node] = ok;
    }
    this.lowerOK = lowerOK;
    this.dense = new Int32Array(nodes).fill(-1);
    let denseNodes = 0;
    for (let node = 1; node < nodes; node++) if (this.edgeCount[node]! > DENSE_MIN) this.dense[node] = 128 * denseNodes++;
    this.denseTable = new Int32Array(128 * denseNodes).fill(-1);
    for (let node = 1; node < nodes; node++) {
      const d = this.dense[node]!;
      if (d < 0) continue;
      const es = this.edgeStart[node]!;
      for (let e = es; e < es + this.edgeCount[node]!; e++) {
        const u = this.edgeChar[e]!;
        if (u < 128) this.denseTable[d + u] = this.edgeTo[e]!;
      }
    }
    // prefix bitsets: three and four units; two units + END (a two-letter alias) or + MORE (a longer one);
    // one unit + END + END (a one-letter alias)
    const mark = (h: number, node: number): void => {
      this.pre3Any[h >> 5]! |= 1 << (h & 31);
      if (lowerOK[node]) this.pre3Lower[h >> 5]! |= 1 << (h & 31);
    };
    for (let e1 = s; e1 < s + n; e1++) {
      const u1 = this.edgeChar[e1]!;
      const n1 = this.edgeTo[e1]!;
      if (this.outCount[n1]! > 0) mark(pre3(u1, END, END), n1);
      for (let e2 = this.edgeStart[n1]!; e2 < this.edgeStart[n1]! + this.edgeCount[n1]!; e2++) {
        const u2 = this.edgeChar[e2]!;
        const n2 = this.edgeTo[e2]!;
        mark(pre3(u1, u2, MORE), n2);
        if (this.outCount[n2]! > 0) mark(pre3(u1, u2, END), n2);
        for (let e3 = this.edgeStart[n2]!; e3 < this.edgeStart[n2]! + this.edgeCount[n2]!; e3++) {
          const u3 = this.edgeChar[e3]!;
          const n3 = this.edgeTo[e3]!;
          mark(pre3(u1, u2, u3), n3);
          for (let e4 = this.edgeStart[n3]!; e4 < this.edgeStart[n3]! + this.edgeCount[n3]!; e4++) {
            mark(pre4(u1, u2, u3, this.edgeChar[e4]!), this.edgeTo[e4]!);
          }
        }
      }
    }
  }

  /** is the prefix hash h set for a word starting in upper (or lower) case? */
  private prefix(h: number, upper: boolean): boolean {
    return ((upper ? this.pre3Any : this.pre3Lower)[h >> 5]! & (1 << (h & 31))) !== 0;
  }

  entity(id: string): Entity | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }

  private child(node: number, c: number): number {
    const d = this.dense[node]!;
    if (d >= 0 && c < 128) return this.denseTable[d + c]!;
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

  /** entries at `node` whose capitalisation guard passes; srcBuf holds the original offset of each unit */
  private guarded(node: number, text: string): number[] | null {
    const first = this.outStart[node]!;
    const count = this.outCount[node]!;
    const src = this.srcBuf;
    let out: number[] | null = null;
    for (let k = first; k < first + count; k++) {
      const entry = this.entries[k]!;
      const mask = entry[2];
      const strict = (entry[1] & ENTRY_CASE_SENSITIVE) !== 0;
      let ok = true;
      for (let j = 0; j < mask.length; j++) {
        const m = mask.charCodeAt(j);
        if (m === U) {
          if (CASE_TABLE[text.charCodeAt(src[j]!)] !== UPPER) {
            ok = false;
            break;
          }
        } else if (m === L && strict) {
          if (CASE_TABLE[text.charCodeAt(src[j]!)] !== LOWER) {
            ok = false;
            break;
          }
        }
      }
      if (ok) (out ??= []).push(k);
    }
    return out;
  }

  /**
   * Append this pack's leftmost-longest whole-word matches in `text` to `out`. Normalisation
   * happens on the fly: the scan reads the original text once, and only where a word starts with
   * a letter some alias starts with does it walk the trie.
   */
  scan(text: string, out: RawHit[]): void {
    const n = text.length;
    const KIND = KIND_TABLE;
    const INWORD = INWORD_TABLE;
    const MAP = MAP_TABLE;
    const CASE = CASE_TABLE;
    const root = this.root;
    const lowerOK = this.lowerOK;
    let i = 0;
    while (i < n) {
      // between words: find the next word start
      const c = text.charCodeAt(i);
      let k: number = KIND[c]!;
      if (k === 0) k = kindOf(c);
      if (k !== WORD && k !== EXPAND) {
        i++;
        continue;
      }
      const u = k === WORD ? MAP[c]! : expansionOf(c).charCodeAt(0);
      const r = root[u]!;
      const upper = CASE[c] === UPPER;
      if (r >= 0 && (upper || lowerOK[r] === 1)) {
        // first three letters: a bitset look-up rules out most words without walking
        let go = true;
        if (k === WORD && i + 1 < n) {
          const c2 = text.charCodeAt(i + 1);
          const k2 = KIND[c2];
          if (k2 === WORD) {
            const m2 = MAP[c2]!;
            const c3 = i + 2 < n ? text.charCodeAt(i + 2) : 0x20;
            const k3 = KIND[c3];
            if (k3 === WORD) {
              const m3 = MAP[c3]!;
              go = this.prefix(pre3(u, m2, m3), upper);
              // four letters: a second, finer look
              if (go && i + 3 < n) {
                const c4 = text.charCodeAt(i + 3);
                if (KIND[c4] === WORD) go = this.prefix(pre4(u, m2, m3, MAP[c4]!), upper);
              }
            } else if (k3 === SPACE || k3 === PUNCT) {
              go = this.prefix(pre3(u, m2, k3 === SPACE ? 0x20 : MAP[c3]!), upper) || this.prefix(pre3(u, m2, END), upper);
            }
          } else if (k2 === SPACE || k2 === PUNCT) {
            go = this.prefix(pre3(u, END, END), upper) || this.prefix(pre3(u, k2 === SPACE ? 0x20 : MAP[c2]!, MORE), upper);
          }
        }
        if (go) {
          const end = this.walk(text, i, out);
          if (end > 0) {
            i = end;
            continue;
          }
        }
      }
      // no alias starts here: skip the rest of the word
      i++;
      while (i < n && INWORD[text.charCodeAt(i)] === 1) i++;
      // an unclassified unit may still be a letter of this word
      while (i < n && KIND[text.charCodeAt(i)] === 0) {
        if (kindOf(text.charCodeAt(i)) === WORD || INWORD[text.charCodeAt(i)] === 1) {
          i++;
          while (i < n && INWORD[text.charCodeAt(i)] === 1) i++;
        } else break;
      }
    }
  }

  /**
   * Follow the trie from the word starting at original offset i0, normalising as it reads; keep
   * every accepting node that sits on a word boundary, then take the longest whose capitalisation
   * fits. Returns the original end offset of the match, or -1.
   */
  private walk(text: string, i0: number, out: RawHit[]): number {
    const n = text.length;
    const KIND = KIND_TABLE;
    const MAP = MAP_TABLE;
    const outCount = this.outCount;
    const ends = this.ends;
    const endNodes = this.endNodes;
    const src = this.srcBuf;
    let node = -1; // -1 = the root, before the first unit
    let depth = 0;
    const lowerStart = CASE_TABLE[text.charCodeAt(i0)] !== UPPER;
    const lowerOK = this.lowerOK;
    let found = 0;
    let p = i0;
    let lastEnd = i0;
    let exp = '';
    let expI = 0;
    let expAt = 0;
    for (;;) {
      // the next normalised unit u (-1 at the end of the text) and the original offset it comes from
      let u = -1;
      let at = p;
      if (expI > 0) {
        u = exp.charCodeAt(expI++);
        at = expAt;
        if (expI >= exp.length) expI = 0;
      } else if (p < n && KIND[text.charCodeAt(p)] === WORD) {
        // the common case: a plain letter
        u = MAP[text.charCodeAt(p)]!;
        at = p++;
      } else {
        let k = 0;
        while (p < n) {
          const c = text.charCodeAt(p);
          k = KIND[c]!;
          if (k === 0) k = kindOf(c);
          if (k !== DROP && k !== MARK) break;
          p++;
        }
        if (p < n) {
          const c = text.charCodeAt(p);
          at = p++;
          if (k === SPACE) {
            u = 0x20;
            while (p < n) {
              const c2 = text.charCodeAt(p);
              let k2: number = KIND[c2]!;
              if (k2 === 0) k2 = kindOf(c2);
              if (k2 !== SPACE && k2 !== DROP) break;
              p++;
            }
          } else if (k === EXPAND) {
            exp = expansionOf(c);
            u = exp.charCodeAt(0);
            expAt = at;
            expI = exp.length > 1 ? 1 : 0;
          } else {
            u = MAP[c]!;
          }
        }
      }
      if (node >= 0 && outCount[node]! > 0 && (u < 0 || KIND[u] !== WORD) && found < MAX_DEPTH) {
        ends[found] = lastEnd;
        endNodes[found++] = node;
      }
      if (u < 0 || depth >= MAX_DEPTH) break;
      node = node < 0 ? this.root[u]! : this.child(node, u);
      if (node < 0 || (lowerStart && lowerOK[node] === 0)) break;
      src[depth++] = at;
      lastEnd = at + 1;
    }
    for (let f = found - 1; f >= 0; f--) {
      const entries = this.guarded(endNodes[f]!, text);
      if (entries) {
        let end = ends[f]!;
        // the second half of a surrogate pair, then combining marks, belong to the last character
        const last = text.charCodeAt(end - 1);
        if (last >= 0xd800 && last <= 0xdbff && end < n) end++;
        end = extendOverMarks(text, end);
        out.push({ start: i0, end, matcher: this, entries });
        return end;
      }
    }
    return -1;
  }
}
