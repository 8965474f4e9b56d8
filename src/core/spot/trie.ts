/**
 * The matcher's trie, built once at compile time with every table the scan needs (compiled.ts,
 * `CompiledTrie`): a path-compressed trie over the sorted normalised alias keys (chains of
 * single-child nodes become one node with a tail of units: about a ninth of the nodes of a plain
 * trie), which nodes may be reached by a word starting in lower case, direct tables for nodes with
 * many children, and the prefix bitsets that let the scan skip most words without a walk. Loading
 * a pack then builds nothing.
 */
import type { CompiledEntry, CompiledTrie } from '../pack/compiled.ts';
import { IntBuffer } from './int-buffer.ts';

/** prefix bitsets: about 8 bits per node of the uncompressed trie (at most 1 in 8 set), between 2^15 and 2^22 bits */
const PREFIX_BITS_MIN = 1 << 15;
const PREFIX_BITS_MAX = 1 << 22;
/** the lower-case bitset folds down to no fewer bits than this */
const LOWER_BITS_MIN = 1 << 12;
/** how many units of an alias's start the bitsets cover */
export const PREFIX_DEPTH = 12;
/** "an alias ends here", outside the UTF-16 range */
export const END = 0x10000;
/** nodes with more children than this get a direct table for ASCII units */
const DENSE_MIN = 6;
/** rolling hash of a unit path (FNV-1a style) and its bit in the prefix bitsets */
export const mix = (h: number, u: number): number => Math.imul(h ^ u, 0x01000193);
export const SEED = 0x811c9dc5 | 0;
export const bitOf = (h: number, mask: number): number => (h ^ (h >>> 15)) & mask;
const U = 85; // 'U' in a capitalisation mask: the unit must be a capital

/** counts fit in 16 bits (they are small); a pack where they do not is refused with a sentence */
function toUint16(a: Int32Array, what: string): Uint16Array {
  for (const v of a) if (v > 0xffff) throw new Error(`This pack has more than 65,535 ${what}; split it into several packs.`);
  return Uint16Array.from(a);
}

/**
 * Build the trie over sorted unique keys. `ranges[2i]`, `ranges[2i + 1]` = first entry and number
 * of entries of key i; `entries` are the alias entries in that order (for the lower-case table).
 */
export function buildTrie(keys: string[], ranges: Int32Array, entries: readonly CompiledEntry[]): CompiledTrie {
  const edgeStart = new IntBuffer();
  const edgeCount = new IntBuffer();
  const edgeChar = new IntBuffer();
  const tailStart = new IntBuffer();
  const tailLen = new IntBuffer();
  const tails = new IntBuffer();
  const outStart = new IntBuffer();
  const outCount = new IntBuffer();
  let nodes = 1;
  tailStart.set(0, 0);
  tailLen.set(0, 0);
  /** units of the uncompressed trie (one node per unit), to size the prefix bitsets as before */
  let plainNodes = 1;
  // explicit stack: node, lo, hi, depth (where the node's tail ends)
  const stack: number[] = [0, 0, keys.length, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const hi = stack.pop()!;
    let i = stack.pop()!;
    const node = stack.pop()!;
    if (i < hi && keys[i]!.length === depth) {
      outStart.set(node, ranges[2 * i]!);
      outCount.set(node, ranges[2 * i + 1]!);
      i++;
    } else {
      outStart.set(node, 0);
      outCount.set(node, 0);
    }
    edgeStart.set(node, edgeChar.n);
    let count = 0;
    while (i < hi) {
      const key = keys[i]!;
      const c = key.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && keys[j]!.charCodeAt(depth) === c) j++;
      // the tail: units all keys of the group share, up to where the shortest one ends
      const last = keys[j - 1]!;
      let end = depth + 1;
      while (end < key.length && key.charCodeAt(end) === last.charCodeAt(end)) end++;
      const child = nodes++;
      edgeChar.push(c);
      tailStart.set(child, tails.n);
      tailLen.set(child, end - depth - 1);
      for (let k = depth + 1; k < end; k++) tails.push(key.charCodeAt(k));
      plainNodes += end - depth;
      count++;
      stack.push(child, i, j, end);
      i = j;
    }
    edgeCount.set(node, count);
  }
  const t = {
    nodes,
    edgeStart: edgeStart.done(),
    edgeCount: toUint16(edgeCount.done(), 'edges of one trie node'),
    edgeChar: Uint16Array.from(edgeChar.done()),
    tailStart: tailStart.done(),
    tailLen: toUint16(tailLen.done(), 'units in one alias'),
    tails: Uint16Array.from(tails.done()),
    outStart: outStart.done(),
    outCount: toUint16(outCount.done(), 'entities sharing one alias'),
  };
  const lowerOK = lowerTable(t, entries);
  const { dense, denseTable } = denseTables(t);
  return { ...t, lowerOK, dense, denseTable, ...prefixBitsets(t, lowerOK, lowerEnds(t, entries), plainNodes) };
}

type Tables = Pick<CompiledTrie, 'nodes' | 'edgeStart' | 'edgeCount' | 'edgeChar' | 'tailStart' | 'tailLen' | 'tails' | 'outStart' | 'outCount'>;

/** per node: 1 if an alias ending there may start in lower case (its capitalisation mask does not begin with "U") */
function lowerEnds(t: Tables, entries: readonly CompiledEntry[]): Uint8Array {
  const ends = new Uint8Array(t.nodes);
  for (let node = 0; node < t.nodes; node++) {
    const first = t.outStart[node]!;
    for (let k = first; k < first + t.outCount[node]!; k++) {
      if (entries[k]!.caseMask.charCodeAt(0) !== U) {
        ends[node] = 1;
        break;
      }
    }
  }
  return ends;
}

/** per node: 1 if an alias in its subtree may start in lower case (children have larger ids: one backward pass) */
function lowerTable(t: Tables, entries: readonly CompiledEntry[]): Uint8Array {
  const lowerOK = new Uint8Array(t.nodes);
  for (let node = t.nodes - 1; node >= 0; node--) {
    let ok = 0;
    const first = t.outStart[node]!;
    for (let k = first; k < first + t.outCount[node]! && !ok; k++) {
      if (entries[k]!.caseMask.charCodeAt(0) !== U) ok = 1;
    }
    const es = t.edgeStart[node]!;
    for (let e = es; e < es + t.edgeCount[node]! && !ok; e++) ok = lowerOK[e + 1]!;
    lowerOK[node] = ok;
  }
  return lowerOK;
}

/** direct child tables (ASCII units) for nodes with many children, the root aside (it has its own) */
function denseTables(t: Tables): { dense: Int32Array; denseTable: Int32Array } {
  const dense = new Int32Array(t.nodes).fill(-1);
  let count = 0;
  for (let node = 1; node < t.nodes; node++) if (t.edgeCount[node]! > DENSE_MIN) dense[node] = 128 * count++;
  const denseTable = new Int32Array(128 * count).fill(-1);
  for (let node = 1; node < t.nodes; node++) {
    const d = dense[node]!;
    if (d < 0) continue;
    const es = t.edgeStart[node]!;
    for (let e = es; e < es + t.edgeCount[node]!; e++) {
      const u = t.edgeChar[e]!;
      if (u < 128) denseTable[d + u] = e + 1;
    }
  }
  return { dense, denseTable };
}

/**
 * The prefix bitsets: the hash of every path of 1..PREFIX_DEPTH units from the root, and of "an
 * alias ends here" after every alias that short; the lower-case set only for paths an alias
 * starting in lower case can take, and ends of such aliases.
 */
function prefixBitsets(t: Tables, lowerOK: Uint8Array, lowerEnd: Uint8Array, plainNodes: number): Pick<CompiledTrie, 'prefixAny' | 'prefixLower'> {
  let size = PREFIX_BITS_MIN;
  while (size < plainNodes * 8 && size < PREFIX_BITS_MAX) size *= 2;
  const mask = size - 1;
  const prefixAny = new Int32Array(size >> 5);
  const prefixLower = new Int32Array(size >> 5);
  const mark = (h: number, lower: number): void => {
    const bit = bitOf(h, mask);
    prefixAny[bit >> 5]! |= 1 << (bit & 31);
    if (lower) prefixLower[bit >> 5]! |= 1 << (bit & 31);
  };
  // node, depth at the node's end, hash there
  const stack: number[] = [0, 0, SEED];
  while (stack.length > 0) {
    const h = stack.pop()!;
    const depth = stack.pop()!;
    const node = stack.pop()!;
    // "an alias ends here" for a word starting in lower case only where such an alias ends: a
    // lower-case "is" or "an" walks nowhere because the acronyms IS and AN end there
    if (node > 0 && t.outCount[node]! > 0) mark(mix(h, END), lowerEnd[node]!);
    if (depth >= PREFIX_DEPTH) continue;
    const es = t.edgeStart[node]!;
    for (let e = es; e < es + t.edgeCount[node]!; e++) {
      const child = e + 1;
      let d = depth + 1;
      let hc = mix(h, t.edgeChar[e]!);
      mark(hc, lowerOK[child]!);
      const ts = t.tailStart[child]!;
      const tl = t.tailLen[child]!;
      for (let k = 0; k < tl && d < PREFIX_DEPTH; k++, d++) {
        hc = mix(hc, t.tails[ts + k]!);
        mark(hc, lowerOK[child]!);
      }
      // below the bitset depth nothing more is marked (an end there is beyond it too)
      if (d === depth + 1 + tl) stack.push(child, d, hc);
    }
  }
  return { prefixAny, prefixLower: folded(prefixLower) };
}

/**
 * The lower-case bitset folded to a size for the few bits it has (about 1 in 16 set): most words of
 * a page start in lower case, and a small bitset stays in the processor's cache. A bit's index is
 * the hash's low bits (bitOf), so folding keeps every bit a smaller mask would give.
 */
function folded(bits: Int32Array): Int32Array {
  let set = 0;
  for (const w of bits) for (let v = w >>> 0; v !== 0; v &= v - 1) set++;
  let size = LOWER_BITS_MIN;
  while (size < set * 16 && size < bits.length * 32) size *= 2;
  const out = new Int32Array(size >> 5);
  const words = out.length;
  for (let j = 0; j < bits.length; j++) out[j % words]! |= bits[j]!;
  return out;
}
