/**
 * The second pass of the scan: names the trie does not hold letter for letter. Each capitalised
 * word of the page that no alias covers is read into its keys (name-keys.ts) and looked up word by
 * word in the pack's name index (names-compile.ts):
 * - a whole alias in another script or romanisation ("Лукашенко", "Łukaszenka") → `transliteration`;
 * - words that are the stem of an alias word plus a case ending of the page's language
 *   ("Москве", "Putins", "Donalda Tuska") → `inflection`;
 * - a person's full name by the variant key, or a given name (or its cognate) before the person's
 *   surname ("Vladimir Poutin", "Uladzimir Putin") → `variant`.
 * What each may link is decided here and in page-rules.ts (see docs/knowledge-packs.md, "Other spellings").
 */
import {
  NAME_ACRONYM,
  NAME_CASE_SENSITIVE,
  NAME_DERIVED,
  NAME_PERSON,
  NAME_SHARED_STEMS,
  NAME_SURNAME,
  NAME_INDEX_LISTS,
  FORM_STRICT_BITS,
  type CompiledNames,
  type SmallInts,
} from '../pack/compiled.ts';
import { CASE_TABLE, INWORD_TABLE, KIND_TABLE, LOWER_TABLE, MAP_TABLE, kindOf } from './normalise.ts';
import { MAX_WORD, keyCodes, looseKeyCodes, strictKeyCodes } from './spellings.ts';
import { DIACRITIC_LETTERS, latinPageSpellings, pageWordKeys, spelledOtherwise, wordScript, type Script, type WordKey } from './name-keys.ts';
import { adjectiveEndingLetters, adjectiveStemsOf, endingLetters, stemsOf, womansSurnameStems } from './inflection.ts';
import { hashCodes, hashKey, KeyTable, shapeOf, shapeOfCodes } from './names-table.ts';
import { inAscending, indexInAscending } from './ascending.ts';
import { isSmallInts } from './small-ints.ts';
import { isSplitIntsParts, SplitInts } from './split-ints.ts';
import { isPackedIntsParts, PackedInts } from './packed-ints.ts';
import { isFunctionWord } from './function-words.ts';
import { foldHash, nameWordEnd, type CapitalWords } from './capital-words.ts';
import { sameButVowels } from './spellings.ts';
import { romaniseCyrillic, romaniseGreek, scriptOf, type CyrillicLang } from './romanise.ts';
import { cyrillicSoundKeys, greekSoundKeys } from './sound-keys.ts';
import { MIN_GIVEN_NAME_STEM_KEY, MIN_STEM_KEY, STRICT_STEM } from './names-compile.ts';

/** 'plain': the same transliteration key, but only as English (see WordKey.plain) */
type WordMatch = 'strict' | 'plain' | 'loose' | 'nominative' | 'stem';

/** how a name was found when not letter for letter */
export type NameVia = 'transliteration' | 'variant' | 'inflection';

/** one name found by the name index, before the page rules */
export interface NameHit {
  start: number;
  end: number;
  /** the name of the index (internal) */
  name: number;
  /** indices into the matcher's entries */
  entries: number[];
  /** entries that link only after their person was named in full (a surname found by its variant key or a shared stem) */
  waiting: number[];
  via: NameVia;
  /** a person's full name (given name and surname): links without a guard */
  fullName: boolean;
  /** one word found by a stem or a variant key: the look-around of guarded words applies */
  lookAround: boolean;
  /** how many of its words were found only by cutting an ending: of two hits alike, fewer is closer */
  stemWords: number;
  /**
   * The entries of a reading of the same word by a case ending, where another spelling's reading
   * was kept: the page rules fall back on it when they find the other spelling is none ("του Καναδά",
   * Canada's genitive, also reads as a Greek transliteration of German "Kanada")
   */
  declined?: number[];
}

export interface NameScanOptions {
  /** the page language (primary subtag), "" if unknown */
  lang: string;
  /** how the page's language spells (spellings.ts) */
  spelling: string;
  /** the page's language has case endings, in each script */
  declines: Record<Script, boolean>;
  /** the Cyrillic system to romanise with */
  cyrillic: CyrillicLang;
  /** the page's language makes women's surnames with an ending (Czech, Slovak -ová: womansSurnameStems) */
  womansSurnames?: boolean;
  blockBreaks: boolean;
}

/** the words from a name's first word on, read once for all the names tried there */
interface Cursor {
  text: string;
  memo: Map<string, WordInfo>;
  opts: NameScanOptions;
  start: number[];
  end: number[];
  info: WordInfo[];
  /** no word follows the last one read */
  last: boolean;
}

/** a page word read into key ids */
interface WordInfo {
  /** key ids of the whole word, one per reading (-1 where the key is unknown) */
  ids: number[];
  /** the word in lower case ("" until asked for: wordOf), and the page's options: its variant keys are made from these when needed */
  word: string;
  /** where the word is in the page's text, for wordOf */
  text: string;
  start: number;
  end: number;
  opts: NameScanOptions;
  /** the variant keys, once asked for (looseKeys) */
  looseKeys?: string[];
  /** the shapes of its variant keys, one per reading (names-table.ts, shapeOf): a cheap first test for vowel variants */
  shapes: number[];
  /** some key or stem is in the index */
  known: boolean;
  /** hashes of the transliteration keys, one per reading */
  strict: number[];
  /** the reading is the English one (see WordKey.plain) */
  plain: boolean[];
  /** key ids of the word's stems (inflected forms) */
  stems: number[];
  /** key ids of the nominatives the word may come from as an adjective declined inside a name: they fit only before a name's last word (adjectiveStemsOf) */
  adjectiveStems: number[];
  /** key ids of the surname a Czech or Slovak woman's surname is made from ("Meloniovou" ← Meloni): only a full name's surname (womansSurnameStems) */
  womanStems: number[];
  script: Script;
  /** some key or stem is a given-name key (hasGivenKey), once asked */
  givenKey?: boolean;
}

const UPPER = 1;
const LOWER = 2;
const WORD = 1;
const SPACE = 2;
const BREAK = 7;
const PUNCT = 4;
const EXPAND = 5;
const HYPHEN = 0x2d;
/** a name has at most this many words before its surname (given and middle names) */
const MAX_GIVEN = 3;


export class NameIndex {
  private readonly keys: KeyTable;
  private readonly nameEntry: PackedInts;
  private readonly nameFlags: SmallInts;
  private readonly nameStart: PackedInts;
  private readonly wordForm: SplitInts;
  private readonly formKey: PackedInts;
  private readonly formStems: SplitInts;
  private readonly formStrict: Uint16Array;
  private readonly personFirstStart: PackedInts;
  private readonly personFirstName: SplitInts;
  private readonly otherFirstStart: PackedInts;
  private readonly otherFirstName: SplitInts;
  private readonly givenStart: PackedInts;
  private readonly givenSurname: SplitInts;
  private readonly ownGivenName: Int32Array;
  private readonly ownGivenStart: PackedInts;
  private readonly ownGiven: SplitInts;
  private readonly givenFolds: Int32Array;
  /** a bitset over the low bits of givenFolds: most words are ruled out without a binary search */
  private readonly givenFilter = new Int32Array((GIVEN_FILTER_MASK + 1) >> 5);
  /** per key: what names it may start (STARTS_PERSON | STARTS_GIVEN | STARTS_OTHER), from the tables above */
  private readonly starts: Uint8Array;
  /** the shapes of the keys, filled in as they are asked for (shapeOfKey) */
  private keyShapes: Int32Array | null = null;

  /** `everyValue` false: the tables' types and sizes are checked, not each value (Matcher's `checked`) */
  constructor(c: CompiledNames, entryCount: number, everyValue = true) {
    const smallOk = NAME_INDEX_LISTS.small.every((k) => isSmallInts(c?.[k]));
    const wideOk = NAME_INDEX_LISTS.wide.every((k) => c?.[k] instanceof Int32Array) && NAME_INDEX_LISTS.half.every((k) => c?.[k] instanceof Uint16Array);
    const packedOk = NAME_INDEX_LISTS.packed.every((k) => isPackedIntsParts(c?.[`${k}Base`], c?.[`${k}Low`], c?.[`${k}Shift`]));
    const splitOk = NAME_INDEX_LISTS.split.every((k) => isSplitIntsParts(c?.[`${k}Low`], c?.[`${k}High`]));
    if (typeof c?.keys !== 'string' || !smallOk || !wideOk || !packedOk || !splitOk) throw new Error('This compiled pack is damaged (its name index is missing or incomplete). Rebuild the pack.');
    this.keys = new KeyTable(c.keys, new PackedInts({ base: c.keyBucketBase, low: c.keyBucketLow, shift: c.keyBucketShift }));
    this.nameEntry = new PackedInts({ base: c.nameEntryBase, low: c.nameEntryLow, shift: c.nameEntryShift });
    this.nameFlags = c.nameFlags;
    this.nameStart = new PackedInts({ base: c.nameStartBase, low: c.nameStartLow, shift: c.nameStartShift });
    this.wordForm = new SplitInts({ low: c.wordFormLow, high: c.wordFormHigh });
    this.formKey = new PackedInts({ base: c.formKeyBase, low: c.formKeyLow, shift: c.formKeyShift });
    this.formStems = new SplitInts({ low: c.formStemsLow, high: c.formStemsHigh });
    this.formStrict = c.formStrict;
    this.personFirstStart = new PackedInts({ base: c.personFirstStartBase, low: c.personFirstStartLow, shift: c.personFirstStartShift });
    this.personFirstName = new SplitInts({ low: c.personFirstNameLow, high: c.personFirstNameHigh });
    this.otherFirstStart = new PackedInts({ base: c.otherFirstStartBase, low: c.otherFirstStartLow, shift: c.otherFirstStartShift });
    this.otherFirstName = new SplitInts({ low: c.otherFirstNameLow, high: c.otherFirstNameHigh });
    this.givenStart = new PackedInts({ base: c.givenStartBase, low: c.givenStartLow, shift: c.givenStartShift });
    this.givenSurname = new SplitInts({ low: c.givenSurnameLow, high: c.givenSurnameHigh });
    this.ownGivenName = c.ownGivenName;
    this.ownGivenStart = new PackedInts({ base: c.ownGivenStartBase, low: c.ownGivenStartLow, shift: c.ownGivenStartShift });
    this.ownGiven = new SplitInts({ low: c.ownGivenLow, high: c.ownGivenHigh });
    this.givenFolds = c.givenFolds;
    const names = this.nameEntry.length;
    const keyCount = this.keys.size;
    const noStem = this.formStems.none;
    const ok =
      this.nameFlags.length === names && this.nameStart.length === names + 1 && this.nameStart.at(names) === this.wordForm.length &&
      this.formStems.length === 2 * this.formKey.length && this.formStrict.length === this.formKey.length &&
      this.personFirstStart.length === keyCount + 1 && this.otherFirstStart.length === keyCount + 1 && this.givenStart.length === keyCount + 1 &&
      this.ownGivenStart.length === this.ownGivenName.length + 1 &&
      keyCount < noStem &&
      (!everyValue || this.everyValueFits(entryCount, keyCount, noStem)) &&
      this.personFirstStart.at(keyCount) === this.personFirstName.length && this.otherFirstStart.at(keyCount) === this.otherFirstName.length &&
      this.givenStart.at(keyCount) === this.givenSurname.length &&
      this.ownGivenStart.at(this.ownGivenName.length) === this.ownGiven.length;
    if (!ok) throw new Error('This compiled pack is damaged (its name index does not fit together). Rebuild the pack.');
    for (const h of this.givenFolds) {
      const bit = h & GIVEN_FILTER_MASK;
      this.givenFilter[bit >> 5]! |= 1 << (bit & 31);
    }
    this.starts = new Uint8Array(keyCount);
    for (let id = 0; id < keyCount; id++) {
      const person = this.personFirstStart.at(id + 1) > this.personFirstStart.at(id) ? STARTS_PERSON : 0;
      const given = this.givenStart.at(id + 1) > this.givenStart.at(id) ? STARTS_GIVEN : 0;
      const other = this.otherFirstStart.at(id + 1) > this.otherFirstStart.at(id) ? STARTS_OTHER : 0;
      this.starts[id] = person | given | other;
    }
  }

  /** every value of the lists points inside the tables it indexes */
  private everyValueFits(entryCount: number, keyCount: number, noStem: number): boolean {
    const names = this.nameEntry.length;
    return (
      this.nameEntry.every((e) => e >= 0 && e < entryCount) && this.wordForm.every((f) => f >= 0 && f < this.formKey.length) &&
      this.formKey.every((k) => k >= 0 && k < keyCount) && this.keys.everyKeyInItsBucket() &&
      this.formStems.every((k) => k === noStem || (k >= 0 && k < keyCount)) && this.personFirstName.every((n) => n >= 0 && n < names) &&
      this.otherFirstName.every((n) => n >= 0 && n < names) &&
      this.givenSurname.every((n) => n >= 0 && n < names) && this.ownGiven.every((k) => k >= 0 && k < keyCount) &&
      this.ownGivenName.every((n, i) => n >= 0 && n < names && (i === 0 || n > this.ownGivenName[i - 1]!))
    );
  }

  /**
   * Is `word` (a page word) a given name of a person in this pack? The variant keys of its readings
   * (pageWordKeys); a Latin word's are made in the scratch buffers, without strings.
   */
  isGivenName(word: string, opts: Pick<NameScanOptions, 'lang' | 'cyrillic'>): boolean {
    const lower = word.toLowerCase();
    if (wordScript(lower) !== 'latin') {
      for (const k of pageWordKeys(lower, opts.lang, cyrillicFor(opts, wordScript(lower)))) if (this.isGivenKey(this.keys.id(k.loose))) return true;
      return false;
    }
    const n = Math.min(lower.length, MAX_WORD);
    for (let j = 0; j < n; j++) WORD_BUF[j] = lower.charCodeAt(j);
    for (const spelling of latinPageSpellings(lower, opts.lang)) {
      if (this.isGivenKey(this.keys.idOfCodes(looseKeyCodes(), keyCodes(WORD_BUF, n, spelling) & 0xffff))) return true;
    }
    return false;
  }

  /** some key or stem of the word is a given name of someone in the index (worked out once per word) */
  private hasGivenKey(info: WordInfo): boolean {
    if (info.givenKey === undefined) info.givenKey = info.ids.some((id) => this.isGivenKey(id)) || info.stems.some((id) => this.isGivenKey(id));
    return info.givenKey;
  }

  /** key `id` (-1: none) is a given name of someone in the index */
  private isGivenKey(id: number): boolean {
    return id >= 0 && (this.starts[id]! & STARTS_GIVEN) !== 0;
  }

  /**
   * Find the names of this index in `text` that start at one of `capitals` (the capitalised words,
   * in order) outside the trie's hits (`covered`, sorted by start), and append them to `out`.
   */
  scan(text: string, capitals: CapitalWords, covered: readonly { start: number; end: number }[], surnames: ReadonlySet<number>, out: NameHit[], opts: NameScanOptions): void {
    const memo = new Map<string, WordInfo>();
    const look: Look = { surnames, variantSurnames: new Set(), fullNameSurnames: new Map(), endings: opts.declines.latin ? endingLetters(opts.lang, 'latin') : null, adjectiveEndings: opts.declines.latin ? adjectiveEndingLetters(opts.lang) : null };
    let cover = 0;
    /** where the last name found or trie hit passed ends: a name is not extended back over it */
    let floor = 0;
    let i = 0;
    const starts = capitals.start.a;
    const count = capitals.count;
    for (let c = 0; c < count; c++) {
      const at = starts[c]!;
      if (at < i) continue; // inside the word or name before
      while (cover < covered.length && covered[cover]!.end <= at) cover++;
      const hit = cover < covered.length ? covered[cover]! : null;
      if (cover > 0) floor = Math.max(floor, covered[cover - 1]!.end);
      if (hit !== null && hit.start < at) continue; // inside a trie hit
      capitals.read(text, c);
      const thisEnd = capitals.end;
      i = thisEnd;
      // a trie hit of more than this word; one of this word alone may start a longer name ("Xi Jinpings")
      if (hit !== null && hit.start === at && hit.end > thisEnd) continue;
      const nextAt = c + 1 < count ? starts[c + 1]! : -1;
      if (!this.wanted(text, at, thisEnd, nextAt, capitals, opts, look)) continue;
      const first = this.info(text, at, thisEnd, memo, opts);
      // the surname of a full name found above in another spelling, as written there ("Τραμπ" after "Ντόναλντ Τραμπ")
      const alone = look.fullNameSurnames.size > 0 && !(hit !== null && hit.start === at) ? this.surnameAsWritten(text, at, thisEnd, capitals.fold, look) : null;
      if (!first.known || !this.mayStartName(first, opts.declines.latin)) {
        if (alone && !notANameAlone(text, alone, opts)) out.push(alone);
        continue;
      }
      const cur: Cursor = { text, memo, opts, start: [at], end: [thisEnd], info: [first], last: false };
      // on a word the trie found alone, only a name of several words can be longer
      const found = this.longestAt(cur, floor, opts.declines.latin, hit !== null && hit.start === at ? 2 : 1);
      // a name that overlaps a trie hit without covering it whole is not taken, nor one no longer than it
      if (found && this.fitsAround(found, covered, cover) && !(hit !== null && hit.start === at && found.end <= hit.end) && !notANameAlone(text, found, opts)) {
        out.push(found);
        i = floor = found.end;
        // a person named in another spelling: that spelling of the surname alone may follow ("Poutin");
        // not after a surname alone that waits for its full name ("The" read as "Te" would make every "The" read)
        if (this.nameFlags[found.name]! & NAME_PERSON && found.entries.length > 0) {
          const last = this.lastWordStart(text, found.start, found.end);
          const fold = foldHash(text, last, found.end);
          look.variantSurnames.add(fold);
          if (found.fullName) look.fullNameSurnames.set(fold, { name: found.name, word: text.slice(last, found.end).toLowerCase() });
        }
      } else if (alone && !notANameAlone(text, alone, opts)) out.push(alone);
    }
  }

  /**
   * The word is written as the surname of a full name found on this page in another spelling,
   * which the index may not hold (the surname matched by its vowels only: "Τραμπ", "Tramp"): it
   * waits for that person's full name before it, like a surname found by its variant key
   * ("Poutin" after "Vladimir Poutin").
   */
  private surnameAsWritten(text: string, start: number, end: number, fold: number, look: Look): NameHit | null {
    const seen = look.fullNameSurnames.get(fold);
    if (!seen || text.slice(start, end).toLowerCase() !== seen.word) return null;
    const via: NameVia = wordScript(text.slice(start, start + 1)) === 'latin' ? 'variant' : 'transliteration';
    return { start, end, name: seen.name, entries: [], waiting: [this.nameEntry.at(seen.name)], via, fullName: false, lookAround: true, stemWords: 0 };
  }

  /**
   * Which capitalised words can start a name the trie did not find (in another script, every one
   * can). A word read as English finds only people's names in other spellings, and reading words
   * costs, so only these are read:
   * - in a language with case endings, a word that ends like one of them;
   * - a given name (as the pack or the cognates spell it) or the first word of a person's name of
   *   several words, with a capitalised word after it ("Vladimir Poutin", "Kim Dzong Un");
   * - the word before a surname the trie found ("Binyamin Netanyahu", "Vladimir Zelensky");
   * - a surname spelled as in a full name found in another spelling before ("Poutin" after
   *   "Vladimir Poutin");
   * - a word with accents ("Andrí", "Cichanoŭskaja") or one the page's language spells otherwise
   *   than English ("Jarkiv" in Spanish).
   * `nextAt` is the start of the next capitalised word.
   */
  private wanted(text: string, at: number, end: number, nextAt: number, word: CapitalWords, opts: NameScanOptions, look: Look): boolean {
    const notAscii = word.notAscii;
    if (notAscii && scriptOf(text.charCodeAt(at)) !== 'latin') return true;
    // in a language with case endings, a word that may end in one ("Putins", "Kijowie")
    if (look.endings !== null && look.endings.has(LOWER_TABLE[text.charCodeAt(end - 1)]!)) return true;
    if (nextAt >= 0 && joins(text, end, nextAt, opts.blockBreaks)) {
      if (look.surnames.has(nextAt) || this.isGivenFold(word.fold)) return true;
      // an adjective declined before another word of a name ("Europäischen Weltraumorganisation")
      if (look.adjectiveEndings !== null && look.adjectiveEndings.has(LOWER_TABLE[text.charCodeAt(end - 1)]!)) return true;
      if (look.endings !== null || look.adjectiveEndings !== null) {
        const nextLast = LOWER_TABLE[text.charCodeAt(nameWordEnd(text, nextAt, opts.lang) - 1)]!;
        // the first word of a name whose last word may take the case ending ("Novo Nordisks", "Magyar
        // Telekomnál"), or the word before a declined adjective ("Frankfurter Allgemeinen Zeitung")
        if (look.endings?.has(nextLast) || look.adjectiveEndings?.has(nextLast)) return true;
      }
    } else if (nextAt >= 0 && nextAt - end <= MAX_PARTICLES_GAP && this.isGivenFold(word.fold) && particlesBetween(text, end, nextAt)) {
      // a given name before a surname that starts with particles ("Ursula von der Leyens")
      return true;
    }
    if (look.variantSurnames.size > 0 && look.variantSurnames.has(word.fold)) return true;
    // letters with accents say the word is spelled otherwise ("Andrí", "Cichanoŭskaja"); in English, only they do
    if (notAscii) return true;
    return opts.spelling !== 'en' && spelledOtherwise(text.slice(at, end).toLowerCase(), opts.lang);
  }

  /** is `fold` (a foldHash) the hash of a given name as spelled: the filter, then the sorted hashes */
  private isGivenFold(fold: number): boolean {
    const bit = fold & GIVEN_FILTER_MASK;
    return (this.givenFilter[bit >> 5]! & (1 << (bit & 31))) !== 0 && inAscending(this.givenFolds, fold);
  }

  /** the start of the last word of [start, end) */
  private lastWordStart(text: string, start: number, end: number): number {
    let j = end;
    while (j > start && INWORD_TABLE[text.charCodeAt(j - 1)] === 1) j--;
    return j;
  }

  /** the hit covers every trie hit it overlaps */
  private fitsAround(hit: NameHit, covered: readonly { start: number; end: number }[], from: number): boolean {
    for (let j = from; j < covered.length && covered[j]!.start < hit.end; j++) {
      const h = covered[j]!;
      if (h.end > hit.start && (h.start < hit.start || h.end > hit.end)) return false;
    }
    return true;
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

  /** make word `k` of the cursor read (k = 0 is the first); false when the text has no such word */
  private read(cur: Cursor, k: number): boolean {
    while (cur.info.length <= k) {
      if (cur.last) return false;
      const next = this.nextWord(cur.text, cur.end[cur.end.length - 1]!, cur.opts.blockBreaks);
      if (next < 0) {
        cur.last = true;
        return false;
      }
      const end = nameWordEnd(cur.text, next, cur.opts.lang);
      cur.start.push(next);
      cur.end.push(end);
      cur.info.push(this.info(cur.text, next, end, cur.memo, cur.opts));
    }
    return true;
  }

  private info(text: string, start: number, end: number, memo: Map<string, WordInfo>, opts: NameScanOptions): WordInfo {
    const raw = text.slice(start, end);
    let info = memo.get(raw);
    if (info) return info;
    info = scriptOf(text.charCodeAt(start)) === 'latin' ? this.latinInfo(text, start, end, opts) : this.anyInfo(raw, opts);
    memo.set(raw, info);
    return info;
  }

  /**
   * The keys of a Latin word on a page without case endings, straight from the text's code units
   * through the scratch buffers (no strings: most words are in no name). The same keys as anyInfo.
   */
  private latinInfo(text: string, start: number, end: number, opts: NameScanOptions): WordInfo {
    const buf = WORD_BUF;
    let n = 0;
    let diacritic = false;
    for (let j = start; j < end && n < MAX_WORD; j++) {
      const c = text.charCodeAt(j);
      const k = kindOf(c);
      if (k !== WORD && k !== EXPAND) continue; // apostrophes, invisible characters, combining marks
      const lower = LOWER_TABLE[c]!;
      buf[n++] = lower;
      if (lower >= 0x100 && DIACRITIC_CODES.has(lower)) diacritic = true;
    }
    // one reading per spelling the word is read with: the English one first, in lists made at its
    // size (most words have no other: an empty list pushed to would take room for seventeen)
    const read = this.readKeys(n, 'en');
    const info: WordInfo = {
      ids: [read.id],
      strict: [read.strict],
      plain: [true],
      stems: [],
      adjectiveStems: [],
      womanStems: [],
      script: 'latin',
      known: false,
      word: '',
      text,
      start,
      end,
      opts,
      shapes: [read.shape],
    };
    if (opts.spelling !== 'en') this.readLatin(info, n, opts.spelling, false);
    if (diacritic && opts.spelling !== 'diacritic' && opts.spelling !== 'cs' && opts.spelling !== 'be-Latn') this.readLatin(info, n, 'diacritic', false);
    if (opts.declines.latin) this.addStems(info, wordOf(info), opts);
    info.known = info.stems.length > 0 || info.adjectiveStems.length > 0 || info.ids.some(isKnown);
    return info;
  }

  /** add the keys of the word in WORD_BUF read with `spelling` (unless they are there already); `plain`: the English reading */
  private readLatin(info: Readings, n: number, spelling: string, plain: boolean): void {
    const { id, strict, shape } = this.readKeys(n, spelling);
    for (let j = 0; j < info.ids.length; j++) if (info.ids[j] === id && info.strict[j] === strict) return; // the same keys: the English reading came first, so they are plain
    info.shapes.push(shape);
    info.ids.push(id);
    info.strict.push(strict);
    info.plain.push(plain);
  }

  /** one reading's keys, kept for the caller to copy (the engine is synchronous): no object per word */
  private readonly reading = { id: -1, strict: 0, shape: 0 };

  /** the keys of the `n` codes in WORD_BUF read with `spelling`: the variant key's id and shape, the transliteration key's hash */
  private readKeys(n: number, spelling: string): { readonly id: number; readonly strict: number; readonly shape: number } {
    const lengths = keyCodes(WORD_BUF, n, spelling);
    const r = this.reading;
    r.strict = hashCodes(strictKeyCodes(), lengths >> 16);
    r.id = this.keys.idOfCodes(looseKeyCodes(), lengths & 0xffff);
    r.shape = shapeOfCodes(looseKeyCodes(), lengths & 0xffff);
    return r;
  }

  private anyInfo(raw: string, opts: NameScanOptions): WordInfo {
    const word = raw.toLowerCase();
    const script = wordScript(word);
    const ids: number[] = [];
    const strict: number[] = [];
    const plain: boolean[] = [];
    const shapes: number[] = [];
    for (const k of pageWordKeys(word, opts.lang, cyrillicFor(opts, script), script)) {
      ids.push(this.keys.id(k.loose));
      shapes.push(shapeOf(k.loose));
      strict.push(hashKey(k.strict));
      plain.push(k.plain === true);
    }
    // a full name from a Latin-letter language, written as it sounds (sound-keys.ts): these keys
    // match only the sound keys of such names, and count as variant keys there
    for (const k of pageSoundKeys(word, script, cyrillicFor(opts, script))) {
      ids.push(this.keys.id(k));
      shapes.push(0);
      strict.push(hashKey(k) ^ 1);
      plain.push(false);
    }
    const info: WordInfo = { ids, strict, plain, stems: [], adjectiveStems: [], womanStems: [], script, known: false, word, text: '', start: 0, end: 0, opts, shapes };
    if (opts.declines[script]) this.addStems(info, word, opts);
    info.known = info.stems.length > 0 || info.adjectiveStems.length > 0 || ids.some(isKnown);
    return info;
  }

  /** the key ids of the stems the word may have in the page's language (inflection.ts) */
  private addStems(info: WordInfo, word: string, opts: NameScanOptions): void {
    /** a given name is not a form without ending of a place ("Maciej" is no Polish genitive plural) */
    const givenName = info.ids.some((id) => this.isGivenKey(id));
    for (const stem of stemsOf(word, opts.lang, info.script)) {
      if (stem === word && givenName) continue;
      for (const k of pageWordKeys(stem, opts.lang, cyrillicFor(opts, info.script), info.script)) {
        if (k.loose.length < MIN_GIVEN_NAME_STEM_KEY) continue; // a given name's stem may have 2 letters, a surname's 3 (names-compile.ts)
        const id = this.keys.id(k.loose);
        if (id >= 0 && !info.stems.includes(id)) info.stems.push(id);
        // a stem two names share by their variant key is kept under its transliteration key (names-compile.ts)
        const strict = this.keys.id(STRICT_STEM + k.strict);
        if (strict >= 0 && !info.stems.includes(strict)) info.stems.push(strict);
      }
      for (const k of pageSoundKeys(stem, info.script, cyrillicFor(opts, info.script))) {
        const id = k.length >= 2 ? this.keys.id(k) : -1;
        if (id >= 0 && !info.stems.includes(id)) info.stems.push(id);
      }
    }
    for (const stem of womansSurnameStems(word, opts.lang)) {
      for (const k of pageWordKeys(stem, opts.lang, 'ru', info.script)) {
        const id = k.loose.length >= MIN_STEM_KEY - 1 ? this.keys.id(k.loose) : -1;
        if (id >= 0 && !info.womanStems.includes(id)) info.womanStems.push(id);
      }
    }
    for (const stem of adjectiveStemsOf(word, opts.lang, info.script)) {
      for (const k of pageWordKeys(stem, opts.lang, cyrillicFor(opts, info.script), info.script)) {
        const id = this.keys.id(k.loose);
        if (id >= 0 && !info.stems.includes(id) && !info.adjectiveStems.includes(id)) info.adjectiveStems.push(id);
      }
    }
  }



  /**
   * Can a name start with this word: is one of its keys or stems the first word of a person's name,
   * a given name, or (where longestAt tries them) the first word of another name? Most words read
   * are in the index only as later words of names, and longestAt would find nothing.
   */
  private mayStartName(first: WordInfo, latinOthers: boolean): boolean {
    const others = othersMayStart(first, latinOthers);
    const wanted = others ? STARTS_PERSON | STARTS_GIVEN | STARTS_OTHER : STARTS_PERSON | STARTS_GIVEN;
    const starts = this.starts;
    for (const id of first.ids) if (id >= 0 && (starts[id]! & wanted) !== 0) return true;
    for (const id of first.stems) if ((starts[id]! & wanted) !== 0) return true;
    // an adjective starts only a name of several words, never a person's
    for (const id of first.adjectiveStems) if ((starts[id]! & STARTS_OTHER) !== 0 && others) return true;
    return false;
  }

  /** the longest name that starts with the cursor's first word */
  private longestAt(cur: Cursor, floor: number, latinOthers: boolean, minWords: number): NameHit | null {
    const first = cur.info[0]!;
    if (!first.known) return null;
    const others = othersMayStart(first, latinOthers);
    const best: Best = { hit: null, name: -1, alike: [], bySound: false };
    const ids = first.stems.length > 0 ? [...first.ids, ...first.stems] : first.ids;
    const tried: Set<number> | null = ids.length > 1 ? new Set() : null;
    for (const id of ids) {
      if (id < 0) continue;
      this.tryNames(cur, best, tried, this.personFirstName, this.personFirstStart.at(id), this.personFirstStart.at(id + 1), minWords);
      if (others) this.tryNames(cur, best, tried, this.otherFirstName, this.otherFirstStart.at(id), this.otherFirstStart.at(id + 1), minWords);
      // a given name (or its cognate) before a person's surname: read the next word first; one
      // that is no key of the index and no vowel variant of any matches no surname
      if (this.isGivenKey(id) && this.read(cur, 1)) {
        const next = cur.info[1]!;
        if (!next.known && !next.shapes.some(isShape) && next.womanStems.length === 0) continue;
        // a surname (or a middle name) has a capital: after the given name, a word without one starts none
        if (CASE_TABLE[cur.text.charCodeAt(cur.start[1]!)] !== UPPER) continue;
        // most given names precede many surnames: a surname the next word cannot start is not tried
        const any = this.mayFollowAnyGiven(cur, next);
        // a given name next may be the person's middle name, and the surname come after it (isOwnGiven)
        const middle = next.known && this.hasGivenKey(next);
        for (let p = this.givenStart.at(id), to = this.givenStart.at(id + 1); p < to; p++) {
          const surname = this.givenSurname.at(p);
          if (!any && !this.maySurnameStart(next, surname) && !(middle && this.isOwnGiven(surname, next, false))) continue;
          this.keep(best, this.matchFullName(cur, surname), surname);
        }
      }
    }
    // an adjective declined inside a name starts only a name of several words, never a person's
    if (others) {
      for (const id of first.adjectiveStems) this.tryNames(cur, best, tried, this.otherFirstName, this.otherFirstStart.at(id), this.otherFirstStart.at(id + 1), Math.max(minWords, 2));
    }
    return best.hit !== null ? this.withGivensBefore(cur, best, floor) : null;
  }

  /**
   * May the word after a given name start a full name's surname whatever the surname (so that
   * maySurnameStart cannot rule any out)? When it is a Czech or Slovak woman's form, or a word of a
   * language whose case endings let a stem spell a surname with other vowels ("Donalda Trampa").
   */
  private mayFollowAnyGiven(cur: Cursor, next: WordInfo): boolean {
    return cur.opts.declines[next.script] === true || (cur.opts.womansSurnames === true && next.womanStems.length > 0);
  }

  /**
   * Could the word (after a given name) start surname `name` in matchFullName: its first word's
   * key or stem (mayBe), or for a one-word surname the same shape with other vowels (vowelVariant)?
   * A cheap test that never says no where matchFullName would find the name.
   */
  private maySurnameStart(next: WordInfo, name: number): boolean {
    if (next.known && this.mayBe(next, this.nameStart.at(name))) return true;
    const id = this.oneWordKey(name);
    return id >= 0 && this.shapeFits(next, id);
  }

  /**
   * The best hit, reaching back over given names before it (withGivenBefore). Of several surnames
   * alike ("Klitschko", of two brothers), only those whose person has that given name reach back,
   * and the hit then names only them ("Vitalij Klicsko" is Vitali).
   */
  private withGivensBefore(cur: Cursor, best: Best, floor: number): NameHit {
    if (best.alike.length <= 1) return this.withGivenBefore(cur, best.hit!, best.name, floor);
    const reached = best.alike.map((a) => this.withGivenBefore(cur, a.hit, a.name, floor));
    const start = Math.min(...reached.map((h) => h.start));
    if (start === best.hit!.start) return best.hit!;
    return reached.filter((h) => h.start === start).reduce(mergedHits);
  }

  /** match the names list[from, to) of at least `minWords` words at the cursor, each once (`tried`), keeping the longest in `best` */
  private tryNames(cur: Cursor, best: Best, tried: Set<number> | null, list: SplitInts, from: number, to: number, minWords: number): void {
    for (let p = from; p < to; p++) {
      const name = list.at(p);
      const words = this.nameStart.at(name + 1) - this.nameStart.at(name);
      if (words < minWords) continue;
      // a name of several words needs the next word to be one its second word may be (read once)
      if (words > 1 && !(this.read(cur, 1) && this.mayBe(cur.info[1]!, this.nameStart.at(name) + 1))) continue;
      if (tried) {
        if (tried.has(name)) continue;
        tried.add(name);
      }
      this.keep(best, this.matchName(cur, name, 0), name);
    }
  }

  /** keepLongest, asking how the name was read only for a hit (most tries find none) */
  private keep(best: Best, hit: NameHit | null, name: number): void {
    if (hit) keepLongest(best, hit, name, this.readBySound(name));
  }

  /** is the name one of the sound-key names (a Latin full name as other alphabets write it by sound, sound-keys.ts) */
  private readBySound(name: number): boolean {
    return this.keys.isSoundKey(this.formKey.at(this.wordForm.at(this.nameStart.at(name))));
  }

  /** could the word match word `w` of a name (wordMatch not null)? Key ids only, the cheap test first */
  private mayBe(info: WordInfo, w: number): boolean {
    const form = this.wordForm.at(w);
    const key = this.formKey.at(form);
    if (info.ids.includes(key) || info.adjectiveStems.includes(key)) return true;
    if (info.stems.length === 0) return false;
    const s1 = this.formStems.at(2 * form);
    const s2 = this.formStems.at(2 * form + 1);
    return info.stems.some((s) => s === key || s === s1 || s === s2);
  }

  /**
   * How the word matches word `w` of a name: 'strict' (the same transliteration key), 'loose' (the
   * same variant key), 'nominative' (a case ending off, the word's nominative is the name's word:
   * "Zelenského" ← "Zelenský"; an adjective declined before the name's last word, `beforeLast`:
   * "Europäischen" ← "Europäische"), 'stem' (a case ending off, the stem is the name word's stem), or null.
   */
  private wordMatch(info: WordInfo, w: number, beforeLast: boolean): WordMatch | null {
    const form = this.wordForm.at(w);
    const key = this.formKey.at(form);
    const strict = this.formStrict[form]!;
    let loose = false;
    let plain = false;
    for (let j = 0; j < info.ids.length; j++) {
      if (info.ids[j] !== key) continue;
      const same = (info.strict[j]! & FORM_STRICT_BITS) === strict;
      if (same && !info.plain[j]) return 'strict';
      if (same) plain = true;
      else loose = true;
    }
    if (plain) return 'plain';
    if (loose) return 'loose';
    if (beforeLast && info.adjectiveStems.includes(key)) return 'nominative';
    if (info.stems.length === 0) return null;
    const s1 = this.formStems.at(2 * form);
    const s2 = this.formStems.at(2 * form + 1);
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

  /** match name `name` word by word from the cursor's word `k0` */
  private matchName(cur: Cursor, name: number, k0: number): NameHit | null {
    const from = this.nameStart.at(name);
    const to = this.nameStart.at(name + 1);
    let strict = true;
    let stem = false;
    let sharedStem = false;
    let plainOnly = true;
    let stemWords = 0;
    for (let w = from; w < to; w++) {
      const k = k0 + w - from;
      if (!this.read(cur, k)) return null;
      const m = this.wordMatch(cur.info[k]!, w, w < to - 1) ?? (w === to - 1 && w > from ? this.womansFormMatch(cur, name, k, w) : null);
      if (!m) return null;
      if (!this.caseFits(cur.text, cur.start[k]!, cur.end[k]!, name, w - from)) return null;
      // an English-looking word alike to a one-word name is no transliteration of it ("City", "Citi")
      if (m === 'loose' || (m === 'plain' && to - from === 1)) strict = false;
      if (m === 'stem' || m === 'nominative') {
        stem = true;
        stemWords++;
      }
      if (m === 'stem') sharedStem = true;
      if (m !== 'plain') plainOnly = false;
    }
    const k = k0 + to - from - 1;
    return this.decide(name, cur.start[k0]!, cur.end[k]!, to - from, strict, stem, sharedStem, plainOnly, cur.info[k0]!.script, false, stemWords);
  }

  /** a given name of a person (the cursor's first word), maybe more given names, then surname `name` */
  private matchFullName(cur: Cursor, name: number): NameHit | null {
    const script = cur.info[0]!.script;
    for (let k = 1; k <= MAX_GIVEN; k++) {
      if (!this.read(cur, k) || CASE_TABLE[cur.text.charCodeAt(cur.start[k]!)] !== UPPER) return null;
      const info = cur.info[k]!;
      const surname = (info.known ? this.matchName(cur, name, k) : null) ?? this.matchWomansSurname(cur, name, k);
      if (surname) return this.decide(name, cur.start[0]!, surname.end, 2, false, surname.via === 'inflection', false, false, script, true, surname.stemWords);
      // the given name matches, the surname differs only in vowels ("Donald Tramp")
      if (this.isOneWordVowelVariant(name, info)) return this.decide(name, cur.start[0]!, cur.end[k]!, 2, false, false, false, false, script, true);
      // and in a case ending ("Donaldu Trampu", Latvian)
      if (cur.opts.declines[info.script] && this.isInflectedVowelVariant(name, info)) return this.decide(name, cur.start[0]!, cur.end[k]!, 2, false, true, false, false, script, true, 1);
      // a middle name of the same person ("Kassym-Zhomart Tokayev", "Donald John Trump")
      if (!info.known || !this.isOwnGiven(name, info, false)) return null;
    }
    return null;
  }

  /**
   * Surname `name` from the cursor's word `k`, its last word read as a Czech or Slovak woman's form
   * of it ("Giorgiou Meloniovou", "Ursulou von der Leyenovou"): only after the person's own given
   * name (matchFullName), since alone the form names another person ("Babišová" is not Babiš).
   */
  private matchWomansSurname(cur: Cursor, name: number, k: number): NameHit | null {
    if (!cur.opts.womansSurnames) return null;
    const last = k + this.nameStart.at(name + 1) - this.nameStart.at(name) - 1;
    if (!this.read(cur, last)) return null;
    const info = cur.info[last]!;
    if (info.womanStems.length === 0) return null;
    cur.info[last] = { ...info, stems: [...info.stems, ...info.womanStems], known: true };
    try {
      return this.matchName(cur, name, k);
    } finally {
      cur.info[last] = info;
    }
  }

  /**
   * The last word of a person's full name of several words, read as a Czech or Slovak woman's form of
   * it ("Ursulou von der Leyenovou"): the full name holds her given name, so the form is hers.
   */
  private womansFormMatch(cur: Cursor, name: number, k: number, w: number): WordMatch | null {
    const info = cur.info[k]!;
    if (!cur.opts.womansSurnames || info.womanStems.length === 0) return null;
    const flags = this.nameFlags[name]!;
    if (!(flags & NAME_PERSON) || flags & NAME_SURNAME) return null;
    return this.wordMatch({ ...info, stems: [...info.stems, ...info.womanStems], known: true }, w, false);
  }

  /** the word is one of the given names of the person whose surname is `name` (or, with `vowels`, differs from one only in vowels) */
  private isOwnGiven(name: number, info: WordInfo, vowels: boolean): boolean {
    // own given names are given-name keys: a word with none matches no person's without its vowels
    if (!vowels && !this.hasGivenKey(info)) return false;
    const i = indexInAscending(this.ownGivenName, name);
    if (i < 0) return false;
    for (let p = this.ownGivenStart.at(i), to = this.ownGivenStart.at(i + 1); p < to; p++) {
      const g = this.ownGiven.at(p);
      if (info.ids.includes(g) || info.stems.includes(g)) return true;
      if (vowels && this.vowelVariant(info, g)) return true;
    }
    return false;
  }

  /**
   * a one-word surname `name` that a stem of the word spells with other vowels only: Latvian writes
   * foreign names as they sound and declines them ("Donalda Trampa" ← "Tramps", Trump)
   */
  private isInflectedVowelVariant(name: number, info: WordInfo): boolean {
    const id = this.oneWordKey(name);
    if (id < 0) return false;
    const key = this.keys.key(id);
    const word = wordOf(info);
    for (const stem of stemsOf(word, info.opts.lang, info.script)) {
      for (const k of pageWordKeys(stem, info.opts.lang, cyrillicFor(info.opts, info.script), info.script)) if (sameButVowels(k.loose, key)) return true;
    }
    return false;
  }

  /**
   * a one-word surname `name` that the word spells with other vowels only, in any script: the
   * press of other alphabets writes foreign names as they sound ("Τραμπ", "Трамп" for Trump)
   */
  private isOneWordVowelVariant(name: number, info: WordInfo): boolean {
    const id = this.oneWordKey(name);
    return id >= 0 && this.vowelVariant(info, id);
  }

  /** the key id of name `name`'s one word, or -1 for a name of several words */
  private oneWordKey(name: number): number {
    const from = this.nameStart.at(name);
    return this.nameStart.at(name + 1) - from === 1 ? this.formKey.at(this.wordForm.at(from)) : -1;
  }

  /** the word has a reading of key `id`'s shape, not 0 (the cheap first test for a vowel variant) */
  private shapeFits(info: WordInfo, id: number): boolean {
    const shape = this.shapeOfKey(id);
    return shape !== 0 && info.shapes.includes(shape);
  }

  /** the shape of key `id` (names-table.ts, shapeOf), worked out once per key on first use */
  private shapeOfKey(id: number): number {
    const shapes = (this.keyShapes ??= new Int32Array(this.keys.size).fill(NO_SHAPE_YET));
    let s = shapes[id]!;
    if (s === NO_SHAPE_YET) shapes[id] = s = this.keys.shape(id);
    return s;
  }

  /** the word spells key `id` with other vowels only: its shape first, then the keys themselves */
  private vowelVariant(info: WordInfo, id: number): boolean {
    if (!this.shapeFits(info, id)) return false;
    const key = this.keys.key(id);
    for (const k of looseKeys(info)) if (sameButVowels(k, key)) return true;
    return false;
  }

  /**
   * A person's surname found alone, after a word that is one of their given names in a spelling
   * the index does not hold, with other vowels only ("Binyamin Netanyahu" for Benjamin): the full name.
   */
  private withGivenBefore(cur: Cursor, hit: NameHit, name: number, floor: number): NameHit {
    const flags = this.nameFlags[name]!;
    if (hit.fullName || !(flags & NAME_PERSON) || !(flags & NAME_SURNAME) || this.nameStart.at(name + 1) - this.nameStart.at(name) !== 1) return hit;
    const text = cur.text;
    let start = hit.start;
    for (let k = 0; k < MAX_GIVEN; k++) {
      const prevEnd = this.previousWordEnd(text, start, cur.opts.blockBreaks);
      if (prevEnd < 0) break;
      let prevStart = prevEnd;
      while (prevStart > 0 && INWORD_TABLE[text.charCodeAt(prevStart - 1)] === 1) prevStart--;
      if (prevStart < floor || CASE_TABLE[text.charCodeAt(prevStart)] !== UPPER) break;
      if (!this.isOwnGiven(name, this.info(text, prevStart, prevEnd, cur.memo, cur.opts), true)) break;
      start = prevStart;
    }
    if (start === hit.start) return hit;
    const entries = [...hit.entries, ...hit.waiting];
    return { ...hit, start, entries, waiting: [], via: hit.via === 'inflection' ? 'inflection' : wordScript(text.slice(start, start + 1)) === 'latin' ? 'variant' : 'transliteration', fullName: true, lookAround: false };
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

  /** what a match may link: see docs/knowledge-packs.md, "Other spellings" */
  private decide(name: number, start: number, end: number, words: number, strict: boolean, stem: boolean, sharedStem: boolean, plainOnly: boolean, script: Script, fullName: boolean, stemWords = 0): NameHit | null {
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
    // several words found by their variant keys: only a person's name, whose given name is evidence;
    // several English-looking words are the trie's to find, unless they are a person's name
    if (!person && words > 1 && latin && ((!strict && !stem) || plainOnly)) return null;
    const lookAround = !fullName && words === 1 && (stem || !strict);
    const entry = [this.nameEntry.at(name)];
    return { start, end, name, entries: afterFullName ? [] : entry, waiting: afterFullName ? entry : [], via, fullName, lookAround, stemWords };
  }
}

/**
 * The Cyrillic system to read a word of `script` with: the page's only for a Cyrillic word (the
 * others never use it, and working it out looks through the page's text for Cyrillic letters).
 */
function cyrillicFor(opts: Pick<NameScanOptions, 'cyrillic'>, script: Script): CyrillicLang {
  return script === 'cyrillic' ? opts.cyrillic : 'ru';
}

/** the sound keys of a lower-case Cyrillic or Greek page word (none for a Latin one) */
function pageSoundKeys(word: string, script: Script, cyrillic: CyrillicLang): string[] {
  if (script === 'cyrillic') return cyrillicSoundKeys(romaniseCyrillic(word, cyrillic)).filter((k) => k !== '');
  if (script === 'greek') return [...new Set(romaniseGreek(word).flatMap(greekSoundKeys))].filter((k) => k !== '');
  return [];
}

/** the bits of the filter over givenFolds, minus one (2^16 bits, 8 kB) */
const GIVEN_FILTER_MASK = 0xffff;

/** what a key of the index starts (NameIndex.starts): the first word of a person's name, a given name, the first word of another name */
const STARTS_PERSON = 1;
const STARTS_GIVEN = 2;
const STARTS_OTHER = 4;

/** in a language without case endings, an English-looking first word starts only people's names */
function othersMayStart(first: WordInfo, latinOthers: boolean): boolean {
  return first.script !== 'latin' || latinOthers || first.plain.some((p) => !p);
}

/** the variant keys of a page word (for the rare comparisons by vowels), made once */
function looseKeys(info: WordInfo): string[] {
  if (info.looseKeys === undefined) info.looseKeys = pageWordKeys(wordOf(info), info.opts.lang, cyrillicFor(info.opts, info.script), info.script).map(looseOf);
  return info.looseKeys;
}

/** the page word in lower case, made once when first needed */
function wordOf(info: WordInfo): string {
  if (info.word === '') info.word = info.text.slice(info.start, info.end).toLowerCase();
  return info.word;
}
const looseOf = (k: WordKey): string => k.loose;

/**
 * A name found as one word that is no name: a single letter (an initial, or a word like "О", whose
 * reading is also the key "Oyo" folds to), or a function word of the page's language or of its
 * Cyrillic system's ("Вона", "Seines")
 */
function notANameAlone(text: string, found: NameHit, opts: NameScanOptions): boolean {
  const word = text.slice(found.start, found.end);
  if (/\s/u.test(word)) return false;
  return /^\p{L}\p{M}*$/u.test(word) || isFunctionWord(word, opts.lang) || (wordScript(word) === 'cyrillic' && isFunctionWord(word, opts.cyrillic));
}

const WORD_BUF = new Uint16Array(MAX_WORD);
/** a word's readings (latinInfo): one key per reading */
type Readings = Pick<WordInfo, 'ids' | 'strict' | 'plain' | 'shapes'>;
/** shapes are odd or 0 (shapeOf): 2 says "not worked out yet" */
const NO_SHAPE_YET = 2;
const isShape = (s: number): boolean => s !== 0;
const isKnown = (id: number): boolean => id >= 0;
/** lower-case letters that say a Latin word is spelled with háčeks, breves and acutes (name-keys.ts) */
const DIACRITIC_CODES = new Set([...DIACRITIC_LETTERS].map((c) => c.charCodeAt(0)));

/** between `from` and `to` there is only one space (a line break where it joins names) or one hyphen */
function joins(text: string, from: number, to: number, blockBreaks: boolean): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let j = from; j < to; j++) {
    const k = KIND_TABLE[text.charCodeAt(j)];
    if (k === SPACE || (k === BREAK && !blockBreaks)) continue;
    if (k === PUNCT && MAP_TABLE[text.charCodeAt(j)] === HYPHEN && to - from === 1) continue;
    return false;
  }
  return true;
}

/** the particles that start surnames, written in lower case ("von der Leyen", "van Gaal", "de Gaulle", "da Silva") */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'di', 'da', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'ter', 'zu', 'af']);
/** the longest stretch of particles between a given name and the rest of the surname (" von der ") */
const MAX_PARTICLES_GAP = 12;

/** text[from, to) is one or more name particles between single spaces */
function particlesBetween(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).split(' ');
  if (words.length < 3 || words[0] !== '' || words[words.length - 1] !== '') return false;
  for (let j = 1; j < words.length - 1; j++) if (!NAME_PARTICLES.has(words[j]!)) return false;
  return true;
}

/** what the scan looks at to decide which words to read (see NameIndex.wanted) */
interface Look {
  /** starts of the trie's one-word hits that are a person's surname */
  surnames: ReadonlySet<number>;
  /** folded hashes of the surnames of people found in another spelling on this page */
  variantSurnames: Set<number>;
  /** of those found in a full name, the name and the surname as written (lower case), by folded hash */
  fullNameSurnames: Map<number, { name: number; word: string }>;
  /** the last letters of the page language's case endings, or null when it has none */
  endings: Set<number> | null;
  /** the last letters of its endings of adjectives inside names (inflection.ts, ADJECTIVES), or null */
  adjectiveEndings: Set<number> | null;
}

interface Best {
  /** the longest hit, with the candidates of every hit as long found the same way */
  hit: NameHit | null;
  name: number;
  /** those hits one by one, each with its name */
  alike: { hit: NameHit; name: number }[];
  /** the hit was read by its sound keys only */
  bySound: boolean;
}

/**
 * Keep the longer hit; one as long, found the same way, adds its entities. Of two hits of the same
 * words, one read by its letters beats one read by its sound alone ("Роберта Мецола" is Roberta
 * Metsola, whose keys it has, not Robert Musil, whose consonants it shares).
 */
function keepLongest(best: Best, hit: NameHit, name: number, bySound: boolean): void {
  const sameWords = best.hit !== null && hit.start === best.hit.start && hit.end === best.hit.end;
  if (sameWords && bySound !== best.bySound) {
    if (best.bySound) {
      best.hit = hit;
      best.name = name;
      best.alike = [{ hit, name }];
      best.bySound = false;
    }
    return;
  }
  // the same words read by a case ending, after another spelling's reading of them: kept beside that one
  if (sameWords && hit.via === 'inflection' && best.hit!.via !== 'inflection' && !best.hit!.fullName && !onlyWaiting(hit) && !onlyWaiting(best.hit!)) {
    best.hit = { ...best.hit!, declined: [...new Set([...(best.hit!.declined ?? []), ...hit.entries])] };
    return;
  }
  if (best.hit === null || hit.end > best.hit.end) {
    best.hit = hit;
    best.name = name;
    best.alike = [{ hit, name }];
    best.bySound = bySound;
  } else if (sameWords && hit.via !== best.hit.via && onlyWaiting(best.hit) !== onlyWaiting(hit)) {
    // the same words, found another way: a surname that waits for its person's full name does not
    // hide another entity's name ("Rosji" is Russia's by its ending, and reads like "Rossi"): the
    // hit that links now, with the waiting surname kept for a page that names that person
    const [now, waits] = onlyWaiting(hit) ? [best.hit, hit] : [hit, best.hit];
    best.hit = { ...now, waiting: [...now.waiting, ...waits.waiting.filter((e) => !now.waiting.includes(e))] };
    if (now === hit) {
      best.name = name;
      best.alike = [{ hit, name }];
      best.bySound = bySound;
    }
  } else if (hit.end === best.hit.end && hit.via === best.hit.via) {
    // as long, and one found with fewer words cut: that one ("Sanna Marinin" is Sanna Marin's, whose
    // "Sanna" is as written, not San Marino's, whose "San" is cut from it)
    if (hit.start === best.hit.start && hit.stemWords !== best.hit.stemWords) {
      if (hit.stemWords < best.hit.stemWords) {
        best.hit = hit;
        best.name = name;
        best.alike = [{ hit, name }];
        best.bySound = bySound;
      }
      return;
    }
    // as long and found the same way: the candidates of both (the page decides between them)
    best.alike.push({ hit, name });
    best.hit = mergedHits(best.hit, hit);
  }
}

/** the hit links only after a person's full name: it has waiting surnames and no other entry */
const onlyWaiting = (h: NameHit): boolean => h.entries.length === 0 && h.waiting.length > 0;

/** hit `a` with the candidates of `b` added (a new hit: `a` stays as it was) */
function mergedHits(a: NameHit, b: NameHit): NameHit {
  const entries = [...a.entries];
  const waiting = [...a.waiting];
  for (const e of b.entries) if (!entries.includes(e)) entries.push(e);
  for (const e of b.waiting) if (!waiting.includes(e)) waiting.push(e);
  return { ...a, entries, waiting };
}

function isLetterAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  let k: number = KIND_TABLE[c]!;
  if (k === 0) k = kindOf(c);
  return k === WORD || k === EXPAND;
}
