/**
 * A loaded compiled pack: the trie as typed arrays and the scan that finds leftmost-longest,
 * whole-word alias matches in normalised text. The scan only starts at word starts, follows the
 * trie as far as the text allows, and keeps the longest end that sits on a word boundary and
 * passes the capitalisation guard; then it continues after that match (no overlaps). Every table
 * is built at compile time (trie.ts): loading checks the tables fit together and builds nothing
 * but the root's direct table. A second pass (`scanNames`) reads the capitalised words the trie
 * left for names in other spellings (names.ts).
 */
import { ENTITY_TYPES, type PackMeta } from '../pack/types.ts';
import {
  COMPILED_FORMAT,
  COMPILED_FORMAT_VERSION,
  ENTRY_ACRONYM,
  ENTRY_CASE_SENSITIVE,
  ENTRY_DERIVED_SURNAME,
  ENTRY_SURNAME,
  type CompiledEntry,
  type CompiledPack,
  type EntityColumns,
  type EntityCore,
  type EntryColumns,
  type StringColumn,
} from '../pack/compiled.ts';
import { ACCENTED_MASK, CASE_TABLE, INWORD_TABLE, KIND_TABLE, MAP_TABLE, expansionOf, extendOverMarks, greekAccentAt, kindOf } from './normalise.ts';
import { END, PREFIX_DEPTH, SEED, bitOf, mix } from './trie.ts';
import { coreAt, entryAt, indexOfId, itemOf } from './columns.ts';
import { isSmallInts, noneIn } from './small-ints.ts';
import { NameIndex, type NameHit, type NameScanOptions } from './names.ts';
import type { CapitalWords } from './capital-words.ts';
import { isFunctionWord } from './function-words.ts';
import { startsSentence } from './surroundings.ts';
import { isDateline } from './dateline.ts';
import type { Candidate } from './hits.ts';

/** one whole-word match, before the page-level context rules */
export interface RawHit {
  /** UTF-16 offsets into the original text */
  start: number;
  end: number;
  matcher: Matcher;
  /** indices of the matcher's entries (Matcher.entry) that fit the capitalisation */
  entries: number[];
  /** found by the name index (names.ts) rather than letter for letter by the trie, on a page in `pageLang` (primary subtag, "" if unknown) */
  name?: Pick<NameHit, 'waiting' | 'via' | 'fullName' | 'lookAround' | 'declined'> & { pageLang: string };
}

// Kind and Case values from normalise.ts, as local constants for the hot loops
const WORD = 1;
const SPACE = 2;
const BREAK = 7;
const DROP = 3;
const PUNCT = 4;
const EXPAND = 5;
const MARK = 6;
const UPPER = 1;
const LOWER = 2;
const U = 85; // 'U' in a capitalisation mask
const L = 108; // 'l'
const ACCENTED = ACCENTED_MASK.charCodeAt(0); // a Greek vowel with its accent

/** which masks of the column mark an accented Greek vowel; null when none does */
function accentedMasks(masks: EntryColumns['masks']): Uint8Array | null {
  if (!masks.text.includes(ACCENTED_MASK)) return null;
  const out = new Uint8Array(masks.end.length);
  for (let mi = 0; mi < masks.end.length; mi++) out[mi] = itemOf(masks, mi).includes(ACCENTED_MASK) ? 1 : 0;
  return out;
}

/** the page's word has its accent where the alias's mask marks one (a word in capitals carries none) */
function accentsFit(maskText: string, from: number, length: number, text: string, src: Int32Array | Uint32Array): boolean {
  for (let j = 0; j < length; j++) {
    if (maskText.charCodeAt(from + j) !== ACCENTED) continue;
    const at = src[j]!;
    if (CASE_TABLE[text.charCodeAt(at)] !== UPPER && !greekAccentAt(text, at)) return false;
  }
  return true;
}
const NO_MASKS: readonly string[] = [];
const NO_ALIASES: readonly AliasKey[] = [];

/** an alias of the pack: its normalised key, the entity it names and its entry (for `candidate`) */
export interface AliasKey {
  key: string;
  entity: number;
  entry: number;
}
const MAX_DEPTH = 256;

/** how a Matcher takes its pack (see its constructor) */
export interface MatcherOptions {
  checked?: 'when built';
}

export class Matcher {
  readonly meta: PackMeta;
  readonly stats: CompiledPack['stats'];
  /** what spotting needs of each entity, as columns; the popover's details are loaded apart (compiled.ts) */
  private readonly entityColumns: EntityColumns;
  private readonly entryColumns: EntryColumns;
  /** per case mask: 1 if it marks an accented Greek vowel (ACCENTED_MASK); null when none does (most packs) */
  private readonly accented: Uint8Array | null;
  /** the names word by word, for other spellings (names.ts) */
  private readonly names: NameIndex;
  /** the cores and entries spotting asked for, made once */
  private readonly cores = new Map<number, EntityCore>();
  private readonly madeEntries = new Map<number, CompiledEntry>();
  private readonly madeCandidates = new Map<number, Candidate>();
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Uint16Array;
  private readonly edgeChar: Uint16Array;
  private readonly tailStart: Int32Array;
  private readonly tailLen: Uint16Array;
  private readonly tails: Uint16Array;
  private readonly outStart: Int32Array;
  private readonly outCount: Uint16Array;
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
   * Bitsets over hashes of the first PREFIX_DEPTH normalised units of every alias, and of "an alias
   * ends here" (for any alias / for one that may start in lower case): a word whose first letters
   * start no alias is skipped without walking the trie.
   */
  private readonly prefixAny: Int32Array;
  private readonly prefixLower: Int32Array;
  /** the number of bits in each prefix bitset, minus one (the lower-case one is smaller: trie.ts, `folded`) */
  private readonly prefixMask: number;
  private readonly lowerMask: number;
  // scratch for one walk: candidate ends, their nodes, and the original offset of each unit read
  private readonly ends = new Int32Array(MAX_DEPTH);
  private readonly endNodes = new Int32Array(MAX_DEPTH);
  private readonly srcBuf = new Int32Array(MAX_DEPTH + 1);
  /** during a scan: the page's language when its press writes acronyms in title case ("Nato", "Onu", "Ue": TITLE_CASE_ACRONYMS), else '' */
  private titleCaseAcronyms = '';
  /** during a scan: its blockBreaks */
  private scanBlockBreaks = false;

  /**
   * `checked: 'when built'`: the pack is the extension's own, whose tables the build checked (it
   * loads each file it writes through this constructor) and whose bytes the gzip checksum vouches
   * for; only the checks that cost nothing are made again. Any other pack is checked table by table.
   */
  constructor(compiled: CompiledPack, options: MatcherOptions = {}) {
    if (compiled?.format !== COMPILED_FORMAT || compiled.formatVersion !== COMPILED_FORMAT_VERSION) {
      throw new Error(
        `This compiled pack has format ${String(compiled?.format)} v${String(compiled?.formatVersion)}; Gloss reads ${COMPILED_FORMAT} v${COMPILED_FORMAT_VERSION}. Rebuild the pack.`,
      );
    }
    this.meta = compiled.meta;
    this.entityColumns = compiled.entities;
    this.entryColumns = compiled.entries;
    this.accented = accentedMasks(compiled.entries.masks);
    this.stats = compiled.stats;
    const t = compiled.trie;
    this.edgeStart = t.edgeStart;
    this.edgeCount = t.edgeCount;
    this.edgeChar = t.edgeChar;
    this.tailStart = t.tailStart;
    this.tailLen = t.tailLen;
    this.tails = t.tails;
    this.outStart = t.outStart;
    this.outCount = t.outCount;
    this.lowerOK = t.lowerOK;
    this.dense = t.dense;
    this.denseTable = t.denseTable;
    this.prefixAny = t.prefixAny;
    this.prefixLower = t.prefixLower;
    this.prefixMask = (t.prefixAny?.length ?? 0) * 32 - 1;
    this.lowerMask = (t.prefixLower?.length ?? 0) * 32 - 1;
    const everyValue = options.checked !== 'when built';
    this.check(t.nodes, everyValue);
    this.names = new NameIndex(compiled.names, this.entryColumns.entity.length, everyValue);
    const s = this.edgeStart[0] ?? 0;
    const n = this.edgeCount[0] ?? 0;
    for (let e = s; e < s + n; e++) this.root[this.edgeChar[e]!] = e + 1;
  }

  /**
   * The tables fit together and point inside each other: a damaged pack is refused here, never a
   * crash later. `everyValue` false: their types and sizes only.
   */
  private check(nodes: number, everyValue: boolean): void {
    const typed = [this.edgeStart, this.edgeCount, this.edgeChar, this.tailStart, this.tailLen, this.tails, this.outStart, this.outCount, this.lowerOK, this.dense, this.denseTable, this.prefixAny, this.prefixLower];
    const bits = this.prefixAny?.length ?? 0;
    const lowerBits = this.prefixLower?.length ?? 0;
    if (
      !typed.every((a) => ArrayBuffer.isView(a)) ||
      nodes < 1 || this.edgeStart.length !== nodes || this.edgeCount.length !== nodes || this.edgeChar.length !== nodes - 1 ||
      this.tailStart.length !== nodes || this.tailLen.length !== nodes || this.outStart.length !== nodes || this.outCount.length !== nodes ||
      this.lowerOK.length !== nodes || this.dense.length !== nodes || this.denseTable.length % 128 !== 0 ||
      bits < 1 || (bits & (bits - 1)) !== 0 || lowerBits < 1 || (lowerBits & (lowerBits - 1)) !== 0 || lowerBits > bits
    ) {
      throw new Error('This compiled pack is damaged (its matcher tables do not fit together). Rebuild the pack.');
    }
    this.checkColumns(everyValue);
    if (!everyValue) return;
    const edges = nodes - 1;
    const entries = this.entryColumns?.entity?.length ?? 0;
    const tails = this.tails.length;
    for (let node = 0; node < nodes; node++) {
      const es = this.edgeStart[node]!;
      const os = this.outStart[node]!;
      const ts = this.tailStart[node]!;
      // children come after their parent (edge e leads to node e + 1)
      const ok = es >= node && es + this.edgeCount[node]! <= edges && os >= 0 && os + this.outCount[node]! <= entries && ts >= 0 && ts + this.tailLen[node]! <= tails && this.dense[node]! < this.denseTable.length;
      if (!ok) throw new Error(`This compiled pack is damaged (trie node ${node} points outside its tables). Rebuild the pack.`);
    }
    for (let d = 0; d < this.denseTable.length; d++) {
      if (this.denseTable[d]! > nodes - 1) throw new Error('This compiled pack is damaged (a trie table points outside it). Rebuild the pack.');
    }
  }

  /** the entity and entry columns fit together: every entry points to an entity, a mask, a language (`everyValue` false: sizes only) */
  private checkColumns(everyValue: boolean): void {
    const e = this.entityColumns;
    const x = this.entryColumns;
    const n = e?.id?.end?.length ?? -1;
    const damaged = () => new Error('This compiled pack is damaged (its entities and aliases do not fit together). Rebuild the pack.');
    const column = (c: StringColumn | undefined, length: number): boolean => {
      if (typeof c?.text !== 'string' || !(c.end instanceof Int32Array) || c.end.length !== length) return false;
      if (everyValue) for (let i = 0; i < length; i++) if (!(c.end[i]! >= (i > 0 ? c.end[i - 1]! : 0))) return false;
      return length === 0 || c.end[length - 1] === c.text.length;
    };
    if (
      !(n >= 0) || !column(e.id, n) || !column(e.name, n) || !column(e.nameWords, n) || e.type?.length !== n || e.byId?.length !== n ||
      !isSmallInts(e.byId) || !isSmallInts(e.relatedStart) || !isSmallInts(e.related) || e.relatedStart.length !== n + 1 || !Array.isArray(e.relatedTable)
    ) throw damaged();
    if (e.relatedStart[0] !== 0 || e.relatedStart[n] !== e.related.length) throw damaged();
    const m = x?.entity?.length ?? -1;
    const masks = x?.masks?.end?.length ?? -1;
    const entryLists = isSmallInts(x?.entity) && isSmallInts(x.mask) && isSmallInts(x.words);
    if (!entryLists || !(m >= 0) || x.flags?.length !== m || x.mask.length !== m || x.lang?.length !== m || x.words.length !== m || !column(x.masks, masks) || !Array.isArray(x.langs) || !Array.isArray(x.wordLists)) {
      throw damaged();
    }
    if (!everyValue) return;
    for (let i = 0; i < n; i++) {
      if (!(e.relatedStart[i]! <= e.relatedStart[i + 1]!) || !(e.byId[i]! >= 0 && e.byId[i]! < n) || !(e.type[i]! < ENTITY_TYPES.length)) throw damaged();
    }
    for (const r of e.related) if (!(r >= 0 && r < e.relatedTable.length)) throw damaged();
    const noWords = noneIn(x.words);
    for (let k = 0; k < m; k++) {
      const words = x.words[k]!;
      if (!(x.entity[k]! >= 0 && x.entity[k]! < n) || !(x.mask[k]! >= 0 && x.mask[k]! < masks) || !(x.lang[k]! < x.langs.length) || !(words === noWords || (words >= 0 && words < x.wordLists.length))) throw damaged();
    }
  }

  /** how many entities the pack has */
  get entityCount(): number {
    return this.entityColumns.id.end.length;
  }

  /** the core of entity i (0 ≤ i < entityCount) */
  entityAt(i: number): EntityCore {
    let core = this.cores.get(i);
    if (!core) this.cores.set(i, (core = coreAt(this.entityColumns, i)));
    return core;
  }

  /** the id, name and type of entity i, made afresh (for going through every entity once) */
  entityRef(i: number): { id: string; name: string; type: EntityCore['type'] } {
    const c = this.entityColumns;
    return { id: itemOf(c.id, i), name: itemOf(c.name, i), type: ENTITY_TYPES[c.type[i]!]! };
  }

  /** alias entry k as a candidate of a hit: its entity's id and core, and the entry (made once, shared by every hit: never changed) */
  candidate(k: number): Candidate {
    let c = this.madeCandidates.get(k);
    if (!c) {
      const entry = this.entry(k);
      const entity = this.entityAt(entry.entity);
      this.madeCandidates.set(k, (c = { id: entity.id, entity, entry }));
    }
    return c;
  }

  /** per language: the case masks of each entity's aliases in it, by entity id, worked out on first use */
  private readonly masksIn = new Map<string, Map<string, string[]>>();

  /** the case masks (caseMask) of the aliases this pack gives entity `id` in language `lang` (a primary subtag) */
  aliasMasksIn(id: string, lang: string): readonly string[] {
    let byId = this.masksIn.get(lang);
    if (!byId) {
      byId = new Map();
      const { entity: entities, lang: langOf, langs, mask, masks } = this.entryColumns;
      const wanted = new Set(langs.map((l, i) => (l.split('-')[0] === lang ? i : -1)).filter((i) => i >= 0));
      for (let k = 0; wanted.size > 0 && k < entities.length; k++) {
        if (!wanted.has(langOf[k]!)) continue;
        const entityId = this.entityAt(entities[k]!).id;
        const text = itemOf(masks, mask[k]!);
        const list = byId.get(entityId);
        if (!list) byId.set(entityId, [text]);
        else if (!list.includes(text)) list.push(text);
      }
      this.masksIn.set(lang, byId);
    }
    return byId.get(id) ?? NO_MASKS;
  }

  /** alias entry k (an index from a RawHit) */
  entry(k: number): CompiledEntry {
    let entry = this.madeEntries.get(k);
    if (!entry) this.madeEntries.set(k, (entry = entryAt(this.entryColumns, k)));
    return entry;
  }

  /**
   * Could an alias start at the word at i (first unit u)? Follows the prefix bitsets over the next
   * units of plain text; anything unusual (soft hyphen, expansion, double space) says maybe and lets
   * the walk decide. Never says no to a word that matches. Returns -1 for maybe, or for no the
   * offset from which the rest of the word is still to be skipped (the units read so far are not
   * read again).
   */
  private mayStart(text: string, i: number, u: number, upper: boolean): number {
    const KIND = KIND_TABLE;
    const MAP = MAP_TABLE;
    const bits = upper ? this.prefixAny : this.prefixLower;
    const mask = upper ? this.prefixMask : this.lowerMask;
    const n = text.length;
    let h = mix(SEED, u);
    let p = i + 1;
    /** where the first word ended, once the prefix runs past it */
    let wordEnd = -1;
    for (let d = 1; d < PREFIX_DEPTH; d++, p++) {
      if (p >= n) {
        const e = bitOf(mix(h, END), mask);
        return (bits[e >> 5]! & (1 << (e & 31))) !== 0 ? -1 : n;
      }
      const c = text.charCodeAt(p);
      const k = KIND[c];
      let v = 0;
      if (k === WORD) v = MAP[c]!;
      else {
        if (k === PUNCT) v = MAP[c]!;
        else if (k === SPACE) {
          const next = p + 1 < n ? KIND[text.charCodeAt(p + 1)] : PUNCT;
          if (next !== WORD && next !== PUNCT) return -1;
          v = 0x20;
        } else return -1;
        // at a boundary an alias may end here
        const e = bitOf(mix(h, END), mask);
        if ((bits[e >> 5]! & (1 << (e & 31))) !== 0) return -1;
        if (wordEnd < 0) wordEnd = p;
      }
      h = mix(h, v);
      const b = bitOf(h, mask);
      if ((bits[b >> 5]! & (1 << (b & 31))) === 0) return wordEnd < 0 ? p + 1 : wordEnd;
    }
    return -1;
  }

  /**
   * Append the names found in other spellings (transliterations, variants, inflected forms) outside
   * `covered` (the trie's hits of every pack, sorted by start) to `out`.
   */
  scanNames(text: string, capitals: CapitalWords, covered: readonly RawHit[], out: RawHit[], opts: NameScanOptions): void {
    const found: NameHit[] = [];
    // the trie's one-word hits that are a person's surname: a given name before them makes a full name
    const surnames = new Set<number>();
    const { flags, entity } = this.entryColumns;
    const person = ENTITY_TYPES.indexOf('person');
    for (const h of covered) {
      if (h.matcher !== this) continue;
      for (const k of h.entries) {
        if (flags[k]! & (ENTRY_SURNAME | ENTRY_DERIVED_SURNAME) && this.entityColumns.type[entity[k]!] === person) {
          surnames.add(h.start);
          break;
        }
      }
    }
    this.names.scan(text, capitals, covered, surnames, found, opts);
    for (const { start, end, entries, waiting, via, fullName, lookAround, declined } of found) out.push({ start, end, matcher: this, entries, name: { waiting, via, fullName, lookAround, pageLang: opts.lang, ...(declined ? { declined } : {}) } });
  }

  /** is `word` a given name of a person in this pack ("Viktor" in "Viktor Lukashenko")? */
  isGivenName(word: string, opts: NameScanOptions): boolean {
    return word.length > 1 && this.names.isGivenName(word, opts);
  }

  /** the core of the entity with this id (its details are loaded apart), if this pack has it */
  entity(id: string): EntityCore | undefined {
    const i = indexOfId(this.entityColumns, id);
    return i < 0 ? undefined : this.entityAt(i);
  }

  /** the position of the entity with this id (in the pack's entities and details), or -1 */
  indexOf(id: string): number {
    return indexOfId(this.entityColumns, id);
  }

  /**
   * Every alias of the pack (its names, not the surnames derived from them) as its normalised key
   * with the entity it names and its entry: what the checks on a pack brought in compare against.
   * With `firstUnit`, only the keys whose first unit passes it (the Greek ones: greekAliasesOf).
   */
  aliasKeys(firstUnit: (unit: number) => boolean = () => true): AliasKey[] {
    const out: AliasKey[] = [];
    // depth first: each node with the key that leads to its end
    const stack: { node: number; key: string }[] = [];
    const rootEdges = this.edgeStart[0]!;
    for (let e = rootEdges; e < rootEdges + this.edgeCount[0]!; e++) {
      if (!firstUnit(this.edgeChar[e]!)) continue;
      const ts = this.tailStart[e + 1]!;
      stack.push({ node: e + 1, key: String.fromCharCode(this.edgeChar[e]!, ...this.tails.subarray(ts, ts + this.tailLen[e + 1]!)) });
    }
    while (stack.length > 0) {
      const { node, key } = stack.pop()!;
      const first = this.outStart[node]!;
      const { flags, entity } = this.entryColumns;
      for (let k = first; k < first + this.outCount[node]!; k++) {
        if (!(flags[k]! & ENTRY_DERIVED_SURNAME)) out.push({ key, entity: entity[k]!, entry: k });
      }
      const es = this.edgeStart[node]!;
      for (let e = es; e < es + this.edgeCount[node]!; e++) {
        const ts = this.tailStart[e + 1]!;
        const tail = String.fromCharCode(...this.tails.subarray(ts, ts + this.tailLen[e + 1]!));
        stack.push({ node: e + 1, key: key + String.fromCharCode(this.edgeChar[e]!) + tail });
      }
    }
    return out;
  }

  /** the entries (for `entry`, `candidate`) of the aliases whose normalised key is exactly `key` */
  entriesAtKey(key: string): number[] {
    let node = 0;
    for (let i = 0; i < key.length; ) {
      const next = this.child(node, key.charCodeAt(i++));
      if (next < 0) return [];
      const ts = this.tailStart[next]!;
      const tl = this.tailLen[next]!;
      for (let j = 0; j < tl; j++, i++) if (i >= key.length || this.tails[ts + j] !== key.charCodeAt(i)) return [];
      node = next;
    }
    const first = this.outStart[node]!;
    const out: number[] = [];
    for (let k = first; k < first + this.outCount[node]!; k++) out.push(k);
    return out;
  }

  /** per entity index, its aliases in Greek letters, worked out on first use */
  private greekAliases: Map<number, AliasKey[]> | null = null;

  /** the aliases (normalised keys, entries) this pack gives entity `id` in Greek letters */
  greekAliasesOf(id: string): readonly AliasKey[] {
    if (!this.greekAliases) {
      this.greekAliases = new Map();
      for (const alias of this.aliasKeys((unit) => unit >= 0x370 && unit <= 0x3ff)) {
        const list = this.greekAliases.get(alias.entity);
        if (list) list.push(alias);
        else this.greekAliases.set(alias.entity, [alias]);
      }
    }
    const i = this.indexOf(id);
    return i < 0 ? NO_ALIASES : (this.greekAliases.get(i) ?? NO_ALIASES);
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
        if (x === c) return e + 1;
        if (x > c) return -1;
      }
      return -1;
    }
    let hi = lo + n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = chars[mid]!;
      if (x === c) return mid + 1;
      if (x < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** the `length` units at src (offsets in `text`) are a word in capitals, the place of a dateline */
  private inCapitalsDateline(text: string, src: Int32Array, length: number): boolean {
    if (length < 3) return false;
    for (let j = 0; j < length; j++) if (CASE_TABLE[text.charCodeAt(src[j]!)] === LOWER) return false;
    return isDateline(text, src[0]!, src[length - 1]! + 1, this.scanBlockBreaks);
  }

  /** entries at `node` whose capitalisation guard passes; srcBuf holds the original offset of each unit */
  private guarded(node: number, text: string): number[] | null {
    const first = this.outStart[node]!;
    const count = this.outCount[node]!;
    const src = this.srcBuf;
    // most nodes have one entry that fits: an array of one, made only then
    let fits = -1;
    let more: number[] | null = null;
    const { flags, masks } = this.entryColumns;
    const maskOf = this.entryColumns.mask;
    const maskText = masks.text;
    for (let k = first; k < first + count; k++) {
      // the entry's capitalisation mask, read in place in the column of masks
      const mi = maskOf[k]!;
      const from = mi > 0 ? masks.end[mi - 1]! : 0;
      const length = masks.end[mi]! - from;
      const strict = (flags[k]! & ENTRY_CASE_SENSITIVE) !== 0;
      let ok = true;
      for (let j = 0; j < length; j++) {
        const m = maskText.charCodeAt(from + j);
        if (m === U) {
          if (CASE_TABLE[text.charCodeAt(src[j]!)] !== UPPER) {
            ok = false;
            break;
          }
        } else if (m === L && strict) {
          // after a hyphen, a compound's next part may take a capital or not ("Nord-ouest", "Nord-Ouest");
          // a dateline writes its place in capitals ("KASSEL, 3. Dezember (dpa) –")
          if (CASE_TABLE[text.charCodeAt(src[j]!)] !== LOWER && !(j > 0 && text.charCodeAt(src[j]! - 1) === 0x2d) && !this.inCapitalsDateline(text, src, length)) {
            ok = false;
            break;
          }
        }
      }
      // an acronym in title case, where the press writes it so, mid-sentence ("della Nato"; "Nato a Roma" is "born")
      // (not a function word there: "secondo La Stampa" is no LA)
      if (!ok && this.titleCaseAcronyms !== '' && (flags[k]! & ENTRY_ACRONYM) !== 0) {
        ok = titleCaseWord(text, src, length) && !startsSentence(text, src[0]!, this.scanBlockBreaks) && !isFunctionWord(text.slice(src[0]!, src[length - 1]! + 1), this.titleCaseAcronyms);
      }
      if (!ok || (this.accented !== null && this.accented[mi] === 1 && !accentsFit(maskText, from, length, text, src))) continue;
      if (fits < 0) fits = k;
      else (more ??= [fits]).push(k);
    }
    return more ?? (fits >= 0 ? [fits] : null);
  }

  /**
   * Append this pack's leftmost-longest whole-word matches in `text` to `out`. With `blockBreaks`,
   * every line break separates blocks (text extracted from a page) and names never span one;
   * otherwise only a blank line does. With `capitals`, every word that begins with a capital
   * letter is noted there too (for the name index's pass, which reads only those).
   * Normalisation happens on the fly: the scan reads the original text once, and walks the trie
   * only where a word's first letters can start an alias.
   */
  scan(text: string, out: RawHit[], blockBreaks = false, capitals?: CapitalWords, lang = ''): void {
    this.titleCaseAcronyms = TITLE_CASE_ACRONYMS.has(lang) ? lang : '';
    this.scanBlockBreaks = blockBreaks;
    const n = text.length;
    const KIND = KIND_TABLE;
    const INWORD = INWORD_TABLE;
    const MAP = MAP_TABLE;
    const CASE = CASE_TABLE;
    const root = this.root;
    const lowerOK = this.lowerOK;
    const prefixAny = this.prefixAny;
    const prefixLower = this.prefixLower;
    const anyMask = this.prefixMask;
    const lowerMask = this.lowerMask;
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
      /** a capitalised word to note for the name pass, once the fast path below has read it (or at once) */
      let note = upper && capitals !== undefined;
      if (r >= 0 && (upper || lowerOK[r] === 1)) {
        /** the word, whole, may be an alias: walk the trie at once (mayStart would say maybe) */
        let mayEnd = false;
        if (k === WORD) {
          // fast path: read the word once, hashing its units as the prefix bitsets do; one look-up
          // at its end rules out most words (no alias starts with them, none ends or goes on there)
          const bits = upper ? prefixAny : prefixLower;
          const mask = upper ? anyMask : lowerMask;
          let h = mix(SEED, u);
          let p = i + 1;
          let c2 = -1;
          let k2 = SPACE; // the end of the text ends the word like a space
          let wide = c;
          while (p < n) {
            c2 = text.charCodeAt(p);
            k2 = KIND[c2]!;
            if (k2 !== WORD) break;
            if (p - i < PREFIX_DEPTH) h = mix(h, MAP[c2]!);
            wide |= c2;
            p++;
          }
          if (p >= n) {
            c2 = -1;
            k2 = SPACE;
          }
          if (note) {
            // the name pass need not read its letters again
            capitals!.note(i, p, wide);
            note = false;
          }
          if (k2 === SPACE || k2 === PUNCT) {
            const b = bitOf(h, mask);
            let no = (bits[b >> 5]! & (1 << (b & 31))) === 0;
            if (!no && p - i < PREFIX_DEPTH) {
              // the word is a whole prefix: an alias must end here or go on with the unit after it
              const e = bitOf(mix(h, END), mask);
              const g = bitOf(mix(h, k2 === SPACE ? 0x20 : MAP[c2]!), mask);
              mayEnd = (bits[e >> 5]! & (1 << (e & 31))) !== 0;
              no = !mayEnd && (c2 < 0 || (bits[g >> 5]! & (1 << (g & 31))) === 0);
            }
            if (no) {
              // a space after it is between words: step over it too
              i = k2 === SPACE ? p + 1 : p;
              continue;
            }
          }
        }
        if (note) capitals!.note(i);
        // the first letters: bitset look-ups rule out most words without walking the trie
        const resume = k === WORD && !mayEnd ? this.mayStart(text, i, u, upper) : -1;
        if (resume < 0) {
          const end = this.walk(text, i, out, blockBreaks);
          if (end > 0) {
            i = end;
            continue;
          }
          i++;
        } else i = resume;
      } else {
        if (note) capitals!.note(i);
        i++;
      }
      // no alias starts here: skip the rest of the word
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
  private walk(text: string, i0: number, out: RawHit[], blockBreaks: boolean): number {
    const n = text.length;
    const KIND = KIND_TABLE;
    const MAP = MAP_TABLE;
    const outCount = this.outCount;
    const ends = this.ends;
    const endNodes = this.endNodes;
    const src = this.srcBuf;
    let node = -1; // -1 = the root, before the first unit
    let pos = 0; // units of the node's tail read so far
    let depth = 0;
    const tailLen = this.tailLen;
    const tails = this.tails;
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
          if (k === SPACE || k === BREAK) {
            // one run of white space: a space, or a line break names do not cross
            let breaks = k === BREAK ? 1 : 0;
            while (p < n) {
              const c2 = text.charCodeAt(p);
              let k2: number = KIND[c2]!;
              if (k2 === 0) k2 = kindOf(c2);
              if (k2 === BREAK) breaks++;
              else if (k2 !== SPACE && k2 !== DROP) break;
              p++;
            }
            u = breaks > 1 || (breaks === 1 && blockBreaks) ? 0x0a : 0x20;
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
      if (node >= 0 && pos === tailLen[node] && outCount[node]! > 0 && (u < 0 || KIND[u] !== WORD) && found < MAX_DEPTH) {
        ends[found] = lastEnd;
        endNodes[found++] = node;
      }
      if (u < 0 || depth >= MAX_DEPTH) break;
      if (node >= 0 && pos < tailLen[node]!) {
        // inside the node's tail: the text must follow it unit by unit
        if (tails[this.tailStart[node]! + pos] !== u) break;
        pos++;
      } else {
        node = node < 0 ? this.root[u]! : this.child(node, u);
        if (node < 0 || (lowerStart && lowerOK[node] === 0)) break;
        pos = 0;
      }
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

/**
 * The languages whose press writes acronyms that are read as words in title case: Italian ("la Nato",
 * "l'Onu", "la Ue", "il Pd"). Acronyms spelled out letter by letter stay in capitals there too.
 */
export const TITLE_CASE_ACRONYMS: ReadonlySet<string> = new Set(['it']);

/** the `length` units at src (offsets in `text`) are a capital, then lower-case letters only */
function titleCaseWord(text: string, src: Int32Array, length: number): boolean {
  if (length < 2 || CASE_TABLE[text.charCodeAt(src[0]!)] !== UPPER) return false;
  for (let j = 1; j < length; j++) if (CASE_TABLE[text.charCodeAt(src[j]!)] !== LOWER) return false;
  return true;
}
