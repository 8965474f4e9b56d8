/**
 * The second pass of the scan: names the trie does not hold letter for letter. Each capitalised
 * word of the page that no alias covers is read into its keys (name-keys.ts) and looked up word by
 * word in the pack's name index (names-compile.ts):
 * - a whole alias in another script or romanisation ("Лукашенко", "Łukaszenka") → `transliteration`;
 * - words that are the stem of an alias word plus a case ending of the page's language
 *   ("Москве", "Putins", "Donalda Tuska") → `inflection`;
 * - a person's full name by the variant key, or a given name (or its cognate) before the person's
 *   surname ("Vladimir Poutin", "Uladzimir Putin") → `variant`.
 * What each may link is decided here and in spot.ts (see docs/knowledge-packs.md, "Other spellings").
 */
import {
  NAME_ACRONYM,
  NAME_CASE_SENSITIVE,
  NAME_DERIVED,
  NAME_PERSON,
  NAME_SHARED_STEMS,
  NAME_SURNAME,
  decodeInt32,
  type CompiledNames,
} from '../pack/compiled.ts';
import { CASE_TABLE, INWORD_TABLE, KIND_TABLE, MAP_TABLE, kindOf } from './normalise.ts';
import { pageWordKeys, wordScript, type Script } from './name-keys.ts';
import { declines, stemsOf } from './inflection.ts';
import { hashKey, KeyTable } from './names-table.ts';
import { sameButVowels } from './spellings.ts';
import type { CyrillicLang } from './romanise.ts';
import { MIN_STEM_KEY } from './names-compile.ts';

/** 'plain': the same transliteration key, but only as English (see WordKey.plain) */
type WordMatch = 'strict' | 'plain' | 'loose' | 'nominative' | 'stem';

/** how a name was found when not letter for letter */
export type NameVia = 'transliteration' | 'variant' | 'inflection';

/** one name found by the name index, before the page rules */
export interface NameHit {
  start: number;
  end: number;
  /** indices into the matcher's entries */
  entries: number[];
  via: NameVia;
  /** a surname found by its variant key: links only after the person was named in full */
  afterFullName: boolean;
  /** a person's full name (given name and surname): links without a guard */
  fullName: boolean;
  /** one word found by a stem or a variant key: the look-around of guarded words applies */
  lookAround: boolean;
}

export interface NameScanOptions {
  /** the page language (primary subtag), "" if unknown */
  lang: string;
  /** the Cyrillic system to romanise with */
  cyrillic: CyrillicLang;
  blockBreaks: boolean;
}

/** a page word read into key ids */
interface WordInfo {
  /** key ids of the whole word, one per reading (-1 where the key is unknown) */
  ids: number[];
  /** the variant keys, one per reading */
  loose: string[];
  /** hashes of the transliteration keys, one per reading */
  strict: number[];
  /** the reading is the English one (see WordKey.plain) */
  plain: boolean[];
  /** key ids of the word's stems (inflected forms) */
  stems: number[];
  script: Script;
}

const UPPER = 1;
const LOWER = 2;
const WORD = 1;
const SPACE = 2;
const BREAK = 7;
const PUNCT = 4;
const EXPAND = 5;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
/** a name has at most this many words before its surname (given and middle names) */
const MAX_GIVEN = 3;


export class NameIndex {
  private readonly keys: KeyTable;
  private readonly nameEntry: Int32Array;
  private readonly nameFlags: Int32Array;
  private readonly nameStart: Int32Array;
  private readonly wordKey: Int32Array;
  private readonly wordStems: Int32Array;
  private readonly wordStrict: Int32Array;
  private readonly firstStart: Int32Array;
  private readonly firstName: Int32Array;
  private readonly givenStart: Int32Array;
  private readonly givenSurname: Int32Array;
  private readonly ownGivenStart: Int32Array;
  private readonly ownGiven: Int32Array;

  constructor(c: CompiledNames, entryCount: number) {
    this.keys = new KeyTable(c.keys, decodeInt32(c.table));
    this.nameEntry = decodeInt32(c.nameEntry);
    this.nameFlags = decodeInt32(c.nameFlags);
    this.nameStart = decodeInt32(c.nameStart);
    this.wordKey = decodeInt32(c.wordKey);
    this.wordStems = decodeInt32(c.wordStems);
    this.wordStrict = decodeInt32(c.wordStrict);
    this.firstStart = decodeInt32(c.firstStart);
    this.firstName = decodeInt32(c.firstName);
    this.givenStart = decodeInt32(c.givenStart);
    this.givenSurname = decodeInt32(c.givenSurname);
    this.ownGivenStart = decodeInt32(c.ownGivenStart);
    this.ownGiven = decodeInt32(c.ownGiven);
    const names = this.nameEntry.length;
    const keyCount = this.keys.size;
    const ok =
      this.nameFlags.length === names && this.nameStart.length === names + 1 && this.wordStems.length === 2 * this.wordKey.length &&
      this.wordStrict.length === this.wordKey.length && this.nameStart[names] === this.wordKey.length &&
      this.firstStart.length === keyCount + 1 && this.givenStart.length === keyCount + 1 && this.ownGivenStart.length === names + 1 &&
      this.nameEntry.every((e) => e >= 0 && e < entryCount) && this.wordKey.every((k) => k >= 0 && k < keyCount) &&
      this.wordStems.every((k) => k >= -1 && k < keyCount) && this.firstName.every((n) => n >= 0 && n < names) &&
      this.givenSurname.every((n) => n >= 0 && n < names) && this.ownGiven.every((k) => k >= 0 && k < keyCount) &&
      this.firstStart[keyCount] === this.firstName.length && this.givenStart[keyCount] === this.givenSurname.length &&
      this.ownGivenStart[names] === this.ownGiven.length;
    if (!ok) throw new Error('This compiled pack is damaged (its name index does not fit together). Rebuild the pack.');
  }

  /** is `word` (a page word) a given name of a person in this pack? */
  isGivenName(word: string, lang: string, cyrillic: CyrillicLang): boolean {
    for (const k of pageWordKeys(word.toLowerCase(), lang, cyrillic)) {
      const id = this.keys.id(k.loose);
      if (id >= 0 && this.givenStart[id + 1]! > this.givenStart[id]!) return true;
    }
    return false;
  }

  /** Find the names of this index in `text` outside the trie's hits (`covered`, sorted by start) and append them to `out`. */
  scan(text: string, covered: readonly { start: number; end: number }[], out: NameHit[], opts: NameScanOptions): void {
    const memo = new Map<string, WordInfo>();
    const n = text.length;
    let cover = 0;
    /** where the last name found or trie hit passed ends: a name is not extended back over it */
    let floor = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let k: number = KIND_TABLE[c]!;
      if (k === 0) k = kindOf(c);
      if (k !== WORD && k !== EXPAND) {
        i++;
        continue;
      }
      const end = this.wordEnd(text, i, opts.lang);
      while (cover < covered.length && covered[cover]!.end <= i) cover++;
      // inside a trie hit, unless it is this one word (a longer name may start with it: "Xi Jinpings")
      const hit = cover < covered.length ? covered[cover]! : null;
      const inside = hit !== null && hit.start <= i && !(hit.start === i && hit.end <= end);
      if (cover > 0) floor = Math.max(floor, covered[cover - 1]!.end);
      if (!inside && CASE_TABLE[c] === UPPER) {
        const found = this.longestAt(text, i, end, memo, opts, floor);
        // a name that overlaps a trie hit without covering it whole is not taken, nor one no longer than it
        if (found && this.fitsAround(found, covered, cover) && !(hit !== null && hit.start === i && found.end <= hit.end)) {
          out.push(found);
          i = floor = found.end;
          continue;
        }
      }
      i = end;
    }
  }

  /** the hit covers every trie hit it overlaps */
  private fitsAround(hit: NameHit, covered: readonly { start: number; end: number }[], from: number): boolean {
    for (let j = from; j < covered.length && covered[j]!.start < hit.end; j++) {
      const h = covered[j]!;
      if (h.end > hit.start && (h.start < hit.start || h.end > hit.end)) return false;
    }
    return true;
  }

  /** end of the word at `start`: letters, marks, invisible characters, and an apostrophe between letters ("Zelens'kyj") but not a possessive or a Turkish suffix */
  private wordEnd(text: string, start: number, lang: string): number {
    const n = text.length;
    let j = start;
    for (;;) {
      while (j < n && INWORD_TABLE[text.charCodeAt(j)] === 1) j++;
      while (j < n && KIND_TABLE[text.charCodeAt(j)] === 0) {
        if (INWORD_TABLE[text.charCodeAt(j)] === 1 || kindOf(text.charCodeAt(j)) === WORD) j++;
        else break;
        while (j < n && INWORD_TABLE[text.charCodeAt(j)] === 1) j++;
      }
      if (j + 1 < n && KIND_TABLE[text.charCodeAt(j)] === PUNCT && MAP_TABLE[text.charCodeAt(j)] === APOSTROPHE && isLetterAt(text, j + 1)) {
        if (lang === 'tr' || lang === 'az') return j;
        const s = text.charCodeAt(j + 1) | 0x20;
        if (s === 0x73 && !isLetterAt(text, j + 2)) return j; // possessive 's
        j++;
        continue;
      }
      return j;
    }
  }

  /** the start of the word after the one ending at `end`, across one space or one hyphen; -1 if none */
  private nextWord(text: string, end: number, blockBreaks: boolean): number {
    const n = text.length;
    let j = end;
    const c = text.charCodeAt(j);
    if (j < n && KIND_TABLE[c] === PUNCT && MAP_TABLE[c] === HYPHEN) j++;
    else {
      let breaks = 0;
      let spaces = 0;
      while (j < n) {
        const k = KIND_TABLE[text.charCodeAt(j)];
        if (k === BREAK) breaks++;
        else if (k !== SPACE) break;
        spaces++;
        j++;
      }
      if (spaces === 0 || breaks > 1 || (breaks === 1 && blockBreaks)) return -1;
    }
    return j < n && isLetterAt(text, j) ? j : -1;
  }

  private info(text: string, start: number, end: number, memo: Map<string, WordInfo>, opts: NameScanOptions): WordInfo {
    const raw = text.slice(start, end);
    let info = memo.get(raw);
    if (info) return info;
    const word = raw.toLowerCase();
    const script = wordScript(word);
    const ids: number[] = [];
    const loose: string[] = [];
    const strict: number[] = [];
    const plain: boolean[] = [];
    for (const k of pageWordKeys(word, opts.lang, opts.cyrillic, script)) {
      ids.push(this.keys.id(k.loose));
      loose.push(k.loose);
      strict.push(hashKey(k.strict));
      plain.push(k.plain === true);
    }
    let stems: number[] = [];
    if (declines(opts.lang, script)) {
      for (const stem of stemsOf(word, opts.lang, script)) {
        for (const k of pageWordKeys(stem, opts.lang, opts.cyrillic, script)) {
          if (k.loose.length < MIN_STEM_KEY - 1) continue; // surnames' stems may have 3 letters
          const id = this.keys.id(k.loose);
          if (id >= 0 && !stems.includes(id)) stems.push(id);
        }
      }
    }
    info = { ids, loose, strict, plain, stems, script };
    memo.set(raw, info);
    return info;
  }

  /** the longest name that starts with the word [start, end) */
  private longestAt(text: string, start: number, end: number, memo: Map<string, WordInfo>, opts: NameScanOptions, floor: number): NameHit | null {
    const first = this.info(text, start, end, memo, opts);
    if (first.stems.length === 0 && first.ids.every((x) => x < 0)) return null;
    let best: NameHit | null = null;
    let bestName = -1;
    const consider = (hit: NameHit | null, name: number): void => {
      if (!hit) return;
      if (!best || hit.end > best.end) {
        best = hit;
        bestName = name;
      } else if (hit.end === best.end && hit.via === best.via) for (const e of hit.entries) if (!best.entries.includes(e)) best.entries.push(e);
    };
    const tried = new Set<number>();
    for (const id of [...first.ids, ...first.stems]) {
      if (id < 0) continue;
      for (let p = this.firstStart[id]!; p < this.firstStart[id + 1]!; p++) {
        const name = this.firstName[p]!;
        if (tried.has(name)) continue;
        tried.add(name);
        consider(this.matchName(text, name, start, end, first, memo, opts), name);
      }
      // a given name (or its cognate) before a person's surname
      for (let p = this.givenStart[id]!; p < this.givenStart[id + 1]!; p++) {
        const surname = this.givenSurname[p]!;
        consider(this.matchFullName(text, surname, start, end, memo, opts), surname);
      }
    }
    if (best !== null && bestName >= 0) return this.withGivenBefore(text, best, bestName, memo, opts, floor);
    return best;
  }

  /**
   * A person's surname found alone, after a word that is one of their given names in a spelling
   * the index does not hold, with other vowels only ("Binyamin Netanyahu" for Benjamin): the full name.
   */
  private withGivenBefore(text: string, hit: NameHit, name: number, memo: Map<string, WordInfo>, opts: NameScanOptions, floor: number): NameHit {
    const flags = this.nameFlags[name]!;
    if (hit.fullName || !(flags & NAME_PERSON) || !(flags & NAME_SURNAME) || this.nameStart[name + 1]! - this.nameStart[name]! !== 1) return hit;
    let start = hit.start;
    for (let k = 0; k < MAX_GIVEN; k++) {
      const prevEnd = this.previousWordEnd(text, start, opts.blockBreaks);
      if (prevEnd < 0) break;
      let prevStart = prevEnd;
      while (prevStart > 0 && INWORD_TABLE[text.charCodeAt(prevStart - 1)] === 1) prevStart--;
      if (prevStart < floor || CASE_TABLE[text.charCodeAt(prevStart)] !== UPPER) break;
      if (!this.isOwnGiven(name, this.info(text, prevStart, prevEnd, memo, opts), true)) break;
      start = prevStart;
    }
    if (start === hit.start) return hit;
    return { ...hit, start, via: hit.via === 'inflection' ? 'inflection' : wordScript(text.slice(start, start + 1)) === 'latin' ? 'variant' : 'transliteration', afterFullName: false, fullName: true, lookAround: false };
  }

  /** the end of the word before the one starting at `start`, across one space or one hyphen; -1 if none */
  private previousWordEnd(text: string, start: number, blockBreaks: boolean): number {
    let j = start - 1;
    if (j < 1) return -1;
    const c = text.charCodeAt(j);
    if (KIND_TABLE[c] === PUNCT && MAP_TABLE[c] === HYPHEN) j--;
    else {
      let breaks = 0;
      let spaces = 0;
      while (j >= 0) {
        const k = KIND_TABLE[text.charCodeAt(j)];
        if (k === BREAK) breaks++;
        else if (k !== SPACE) break;
        spaces++;
        j--;
      }
      if (spaces === 0 || breaks > 1 || (breaks === 1 && blockBreaks)) return -1;
    }
    return j >= 0 && isLetterAt(text, j) ? j + 1 : -1;
  }

  /**
   * How the word matches word `w` of a name: 'strict' (the same transliteration key), 'loose' (the
   * same variant key), 'nominative' (a case ending off, the word's nominative is the name's word:
   * "Zelenského" ← "Zelenský"), 'stem' (a case ending off, the stem is the name word's stem), or null.
   */
  private wordMatch(info: WordInfo, w: number): WordMatch | null {
    const key = this.wordKey[w]!;
    let loose = false;
    let plain = false;
    for (let j = 0; j < info.ids.length; j++) {
      if (info.ids[j] !== key) continue;
      if (info.strict[j] === this.wordStrict[w] && !info.plain[j]) return 'strict';
      if (info.strict[j] === this.wordStrict[w]) plain = true;
      else loose = true;
    }
    if (plain) return 'plain';
    if (loose) return 'loose';
    const s1 = this.wordStems[2 * w]!;
    const s2 = this.wordStems[2 * w + 1]!;
    let stem = false;
    for (const s of info.stems) {
      if (s === key) return 'nominative';
      if (s === s1 || s === s2) stem = true;
    }
    return stem ? 'stem' : null;
  }

  /** capitalisation: a capital where the alias word has one; an acronym all in capitals */
  private caseFits(text: string, start: number, end: number, name: number, wordIndex: number): boolean {
    const flags = this.nameFlags[name]!;
    const capital = wordIndex < 23 && (flags >> (8 + wordIndex)) & 1;
    if (capital && CASE_TABLE[text.charCodeAt(start)] !== UPPER) return false;
    if (flags & NAME_ACRONYM) {
      // an acronym in Latin letters is the trie's ("LA" is not "LLA"); in another script, all capitals ("НАТО")
      if (wordScript(text.slice(start, start + 1)) === 'latin') return false;
      for (let j = start; j < end; j++) if (CASE_TABLE[text.charCodeAt(j)] === LOWER) return false;
    } else if (flags & NAME_CASE_SENSITIVE) {
      for (let j = start + 1; j < end; j++) if (CASE_TABLE[text.charCodeAt(j)] === UPPER) return false;
    }
    return true;
  }

  /** match name `name` word by word from the word [start, end) */
  private matchName(text: string, name: number, start: number, end: number, first: WordInfo, memo: Map<string, WordInfo>, opts: NameScanOptions): NameHit | null {
    const from = this.nameStart[name]!;
    const to = this.nameStart[name + 1]!;
    let strict = true;
    let stem = false;
    let sharedStem = false;
    let wordEnd = end;
    let info = first;
    let wordStart = start;
    for (let w = from; w < to; w++) {
      if (w > from) {
        const next = this.nextWord(text, wordEnd, opts.blockBreaks);
        if (next < 0) return null;
        wordStart = next;
        wordEnd = this.wordEnd(text, next, opts.lang);
        info = this.info(text, wordStart, wordEnd, memo, opts);
      }
      const m = this.wordMatch(info, w);
      if (!m) return null;
      if (!this.caseFits(text, wordStart, wordEnd, name, w - from)) return null;
      // an English-looking word alike to a one-word name is no transliteration of it ("City", "Citi")
      if (m === 'loose' || (m === 'plain' && to - from === 1)) strict = false;
      if (m === 'stem' || m === 'nominative') stem = true;
      if (m === 'stem') sharedStem = true;
    }
    return this.decide(name, start, wordEnd, to - from, strict, stem, sharedStem, first.script, false);
  }

  /** a given name of a person at [start, end), maybe more given names, then surname `name` */
  private matchFullName(text: string, name: number, start: number, end: number, memo: Map<string, WordInfo>, opts: NameScanOptions): NameHit | null {
    let wordEnd = end;
    for (let extra = 0; extra <= MAX_GIVEN; extra++) {
      const next = this.nextWord(text, wordEnd, opts.blockBreaks);
      if (next < 0 || CASE_TABLE[text.charCodeAt(next)] !== UPPER) return null;
      const nextEnd = this.wordEnd(text, next, opts.lang);
      const surname = this.matchName(text, name, next, nextEnd, this.info(text, next, nextEnd, memo, opts), memo, opts);
      if (surname) return this.decide(name, start, surname.end, 2, false, surname.via === 'inflection', false, wordScript(text.slice(start, start + 1)), true);
      // the given name matches, the surname differs only in vowels ("Donald Tramp")
      const info = this.info(text, next, nextEnd, memo, opts);
      if (this.isOneWordVowelVariant(name, info)) return this.decide(name, start, nextEnd, 2, false, false, false, wordScript(text.slice(start, start + 1)), true);
      // a middle name of the same person ("Kassym-Zhomart Tokayev", "Donald John Trump")
      if (!this.isOwnGiven(name, info, false)) return null;
      wordEnd = nextEnd;
    }
    return null;
  }

  /** the word is one of the given names of the person whose surname is `name` (or, with `vowels`, differs from one only in vowels) */
  private isOwnGiven(name: number, info: WordInfo, vowels: boolean): boolean {
    for (let p = this.ownGivenStart[name]!; p < this.ownGivenStart[name + 1]!; p++) {
      const g = this.ownGiven[p]!;
      if (info.ids.includes(g) || info.stems.includes(g)) return true;
      if (vowels) {
        const key = this.keys.key(g);
        if (info.loose.some((k) => sameButVowels(k, key))) return true;
      }
    }
    return false;
  }

  /** a one-word surname `name` that the word spells with other vowels only */
  private isOneWordVowelVariant(name: number, info: WordInfo): boolean {
    if (this.nameStart[name + 1]! - this.nameStart[name]! !== 1) return false;
    const key = this.keys.key(this.wordKey[this.nameStart[name]!]!);
    return info.loose.some((k) => sameButVowels(k, key));
  }

  /** what a match may link: see docs/knowledge-packs.md, "Other spellings" */
  private decide(name: number, start: number, end: number, words: number, strict: boolean, stem: boolean, sharedStem: boolean, script: Script, fullName: boolean): NameHit | null {
    const flags = this.nameFlags[name]!;
    const person = (flags & NAME_PERSON) !== 0;
    const latin = script === 'latin';
    // a full name by given name and surname is a variant in Latin letters, a transliteration in others
    const via: NameVia = stem ? 'inflection' : (strict && !fullName) || !latin ? 'transliteration' : 'variant';
    let afterFullName = false;
    if (!fullName && words === 1) {
      if (flags & NAME_DERIVED || (sharedStem && flags & NAME_SHARED_STEMS)) afterFullName = true;
      else if (!strict && !stem) {
        // one word found only by its variant key: a person's name after their full name, and in
        // Latin letters nothing else ("never a single common word by similarity alone")
        if (person) afterFullName = true;
        else if (latin) return null;
      }
    }
    // several words found by their variant keys: only a person's name, whose given name is evidence
    if (!person && words > 1 && !strict && !stem && latin) return null;
    const lookAround = !fullName && words === 1 && (stem || !strict);
    return { start, end, entries: [this.nameEntry[name]!], via, afterFullName, fullName, lookAround };
  }
}

function isLetterAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  let k: number = KIND_TABLE[c]!;
  if (k === 0) k = kindOf(c);
  return k === WORD || k === EXPAND;
}
