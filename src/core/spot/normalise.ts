/**
 * Text normalisation for matching, with an offset map back to the original text.
 *
 * One UTF-16 code unit of input becomes zero, one or several code units of normalised output:
 * - letters and digits: case-folded, diacritics removed ("Lukašenko" → "lukasenko", "ß" → "ss", "ł" → "l")
 * - soft hyphens, zero-width characters, bidi marks and combining marks: dropped
 * - every run of white space (spaces, NBSP, thin spaces, tabs, line breaks): one " "
 * - hyphen and dash variants: "-"; apostrophe variants: "'"; quotation mark variants: '"'
 * - anything else: kept as is (and counts as a word boundary)
 *
 * The classification of each code unit is computed once, on first sight, into flat tables, so
 * the hot loop is a table look-up per character.
 */
import { isInvisible } from '../text/invisible.ts';

/**
 * What a code unit is, for normalisation and word boundaries. Plain numbers (not an enum) so the
 * hot loops compare constants; src/core/spot/matcher.ts mirrors them.
 */
export const Kind = {
  Unknown: 0,
  /** a letter or digit that maps to one code unit (MAP) */
  Word: 1,
  Space: 2,
  /** ignorable: soft hyphen, zero-width, bidi controls */
  Drop: 3,
  /** punctuation and symbols: kept (mapped by MAP), not part of a word */
  Punct: 4,
  /** a letter that maps to several code units (EXPAND) */
  Expand: 5,
  /** a combining mark: dropped, but belongs to the character before it (offsets include it) */
  Mark: 6,
  /**
   * A line break (LF, U+2028, U+2029): white space in normalised text, but a boundary names do not
   * cross when it separates blocks of a page, or when two of them make a blank line.
   */
  Break: 7,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** case of the original character: drives the capitalisation guards */
export const Case = { None: 0, Upper: 1, Lower: 2 } as const;
export type Case = (typeof Case)[keyof typeof Case];

const KIND = new Uint8Array(65536);
/** 1 for units inside a word (letters, digits, soft hyphens, zero-width, combining marks): the scan's skip table */
const INWORD = new Uint8Array(65536);
const MAP = new Uint16Array(65536);
const CASE = new Uint8Array(65536);
/** the lower-case form of each code unit, accents kept (0 until classified) */
const LOWER = new Uint16Array(65536);
const EXPAND = new Map<number, string>();

/** letters that Unicode decomposition does not strip to a base letter */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h', ı: 'i',
  ŀ: 'l', Ŀ: 'l', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ς: 'σ',
  ŉ: 'n', ĸ: 'k', ſ: 's',
  // Azerbaijani's schwa, which the press writes "a" ("Əliyev" is Aliyev), also as the turned e that
  // some sources put in its place ("Şǝki"), and the eng ("ng")
  ə: 'a', Ə: 'a', ǝ: 'a', Ǝ: 'a', ŋ: 'ng', Ŋ: 'ng',
};
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** is every character of `s` ASCII (no letter with a diacritic, no other script)? */
export function isAscii(s: string): boolean {
  return ASCII_ONLY.test(s);
}

const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2bc, 0x2b9, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07]);
const QUOTES = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2039, 0x203a, 0xff02]);
const RE_SPACE = /^\s$/u;
const RE_MARK = /^\p{M}$/u;
const RE_WORD = /^[\p{L}\p{N}]$/u;
const RE_MARKS = /\p{M}/gu;

function classify(c: number): Kind {
  const ch = String.fromCharCode(c);
  let kind: Kind;
  let map = c;
  if (c >= 0xdc00 && c <= 0xdfff) {
    // second half of an astral character: belongs to the first half, like a combining mark
    kind = Kind.Mark;
  } else if (c >= 0xd800 && c <= 0xdbff) {
    // first half: emoji and pictographs (U+1F000–U+1FBFF) separate words; other planes hold letters
    kind = c >= 0xd83c && c <= 0xd83e ? Kind.Punct : Kind.Word;
  } else if (isInvisible(c)) {
    kind = Kind.Drop;
  } else if (c === 0x0a || c === 0x2028 || c === 0x2029) {
    kind = Kind.Break;
    map = 0x20;
  } else if (RE_SPACE.test(ch)) {
    kind = Kind.Space;
    map = 0x20;
  } else if (DASHES.has(c)) {
    kind = Kind.Punct;
    map = 0x2d;
  } else if (APOSTROPHES.has(c)) {
    kind = Kind.Punct;
    map = 0x27;
  } else if (QUOTES.has(c)) {
    kind = Kind.Punct;
    map = 0x22;
  } else if (RE_MARK.test(ch)) {
    kind = Kind.Mark;
  } else if (RE_WORD.test(ch)) {
    const folded = fold(ch);
    if (folded.length === 0) kind = Kind.Drop;
    else if (folded.length === 1) {
      kind = Kind.Word;
      map = folded.charCodeAt(0);
    } else {
      kind = Kind.Expand;
      EXPAND.set(c, folded);
    }
  } else {
    kind = Kind.Punct;
  }
  const lower = ch.toLowerCase();
  CASE[c] = ch !== lower ? Case.Upper : ch !== ch.toUpperCase() ? Case.Lower : Case.None;
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  if (kind === Kind.Expand && CASE[c] === Case.None) CASE[c] = Case.Lower; // ß
  MAP[c] = map;
  KIND[c] = kind;
  INWORD[c] = kind === Kind.Word || kind === Kind.Expand || kind === Kind.Drop || kind === Kind.Mark ? 1 : 0;
  // the units a character maps to must be classified too: the matcher reads KIND on normalised text
  if (kind === Kind.Word && map !== c) kindOf(map);
  if (kind === Kind.Expand) for (const x of EXPAND.get(c)!) kindOf(x.charCodeAt(0));
  return kind;
}

/**
 * fold one letter: special letters, then decomposition without marks, then lower case; a letter that
 * still is not ASCII but whose compatibility form is (a modifier letter "ᵘ", a full-width "Ａ", a
 * ligature "ﬁ") folds to that form
 */
function fold(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  let s = ch.normalize('NFD').replace(RE_MARKS, '').toLowerCase();
  if (!ASCII_ONLY.test(s)) {
    const compat = ch.normalize('NFKD').replace(RE_MARKS, '').toLowerCase();
    if (compat.length > 0 && ASCII_ONLY.test(compat)) s = compat;
  }
  s = s.normalize('NFD').replace(RE_MARKS, '');
  let out = '';
  for (const x of s) out += SPECIAL[x] ?? x;
  return out;
}

export function kindOf(c: number): Kind {
  const k = KIND[c]! as Kind;
  return k === Kind.Unknown ? classify(c) : k;
}

export function caseOf(c: number): Case {
  if (KIND[c] === Kind.Unknown) classify(c);
  return CASE[c]! as Case;
}

/** a capital letter (code unit of the original text) */
export const isUpper = (c: number): boolean => caseOf(c) === Case.Upper;
/** a lower-case letter (code unit of the original text) */
export const isLower = (c: number): boolean => caseOf(c) === Case.Lower;

/** true for a normalised code unit that belongs to a word (letters, digits) */
export function isWordUnit(c: number): boolean {
  return kindOf(c) === Kind.Word;
}

export interface Normalised {
  /** the original text */
  text: string;
  /** normalised code units, `length` of them are used */
  norm: Uint16Array;
  /** for each normalised unit, the offset of the original code unit it came from */
  src: Int32Array;
  length: number;
}

/**
 * Normalise `text`. Leading white space is dropped and white-space runs collapse to one space,
 * so a name split over a line break or by a non-breaking space still matches.
 */
export function normalise(text: string): Normalised {
  const into: Normalised = { text, norm: new Uint16Array(text.length + 16), src: new Int32Array(text.length + 16), length: 0 };
  return normaliseInto(text, into);
}

/**
 * One Normalised whose buffers are reused (grown, never shrunk) by the helpers that return a
 * string (normaliseKey, caseMask): a page's words are folded without a pair of new typed arrays
 * each. The engine is synchronous, so no two callers hold it at once.
 */
const SCRATCH: Normalised = { text: '', norm: new Uint16Array(256), src: new Int32Array(256), length: 0 };
/** a longer text gets buffers of its own, so the scratch never holds a page's worth of memory */
const SCRATCH_MAX = 4096;
const normaliseShort = (s: string): Normalised => (s.length <= SCRATCH_MAX ? normaliseInto(s, SCRATCH) : normalise(s));

/** normalise `text` into `into`'s buffers (grown when too short) */
function normaliseInto(text: string, into: Normalised): Normalised {
  const n = text.length;
  let cap = into.norm.length;
  if (cap < n + 16) {
    cap = n + 16;
    into.norm = new Uint16Array(cap);
    into.src = new Int32Array(cap);
  }
  let norm = into.norm;
  let src = into.src;
  let k = 0;
  let lastSpace = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let kind = KIND[c]! as Kind;
    if (kind === Kind.Unknown) kind = classify(c);
    if (kind === Kind.Word || kind === Kind.Punct) {
      norm[k] = MAP[c]!;
      src[k++] = i;
      lastSpace = false;
    } else if (kind === Kind.Space || kind === Kind.Break) {
      if (!lastSpace) {
        norm[k] = 0x20;
        src[k++] = i;
        lastSpace = true;
      }
    } else if (kind === Kind.Expand) {
      const s = EXPAND.get(c)!;
      if (k + s.length >= cap) {
        cap = cap * 2 + s.length;
        const n2 = new Uint16Array(cap);
        n2.set(norm);
        norm = n2;
        const s2 = new Int32Array(cap);
        s2.set(src);
        src = s2;
      }
      for (let j = 0; j < s.length; j++) {
        norm[k] = s.charCodeAt(j);
        src[k++] = i;
      }
      lastSpace = false;
    }
    // Kind.Drop, Kind.Mark: nothing
  }
  into.text = text;
  into.norm = norm;
  into.src = src;
  into.length = k;
  return into;
}

/** The normalised text as a string. */
export function normalisedString(r: Normalised, len = r.length): string {
  if (len < 64) {
    let out = '';
    for (let i = 0; i < len; i++) out += String.fromCharCode(r.norm[i]!);
    return out;
  }
  return UTF16.decode(r.norm.subarray(0, len));
}
const UTF16 = new TextDecoder('utf-16le');

/** The normalised form of an alias as a string (trailing space removed). */
export function normaliseKey(s: string): string {
  const r = normaliseShort(s);
  let len = r.length;
  if (len > 0 && r.norm[len - 1] === 0x20) len--;
  return normalisedString(r, len);
}

const ASCII_PLAIN = /^[\x00-\x5f\x61-\x7f]*$/;
const SPACES = /\s+/g;
/** normaliseKey with a fast path for plain ASCII text (lower case, one space): no typed arrays */
export function foldKey(s: string): string {
  // the common case: one ASCII word (letters, digits, dots, hyphens): lower case is all it takes
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
  }
  if (plain) return s.toLowerCase();
  return ASCII_PLAIN.test(s) ? s.toLowerCase().replace(SPACES, ' ').trim() : normaliseKey(s);
}

/**
 * The capitalisation pattern of an alias, one character per normalised unit:
 * "U" upper case, "l" lower case, "." neither, and "á" a lower-case Greek vowel with its accent
 * (modern Greek marks the stressed vowel of every word of several syllables, and the accent tells
 * words apart that matching otherwise folds together: "Αθήνα", Athens, and "Αθηνά", Athena). Used
 * by the case guards.
 */
export function caseMask(s: string): string {
  const r = normaliseShort(s);
  let len = r.length;
  if (len > 0 && r.norm[len - 1] === 0x20) len--;
  let out = '';
  for (let i = 0; i < len; i++) {
    const at = r.src[i]!;
    const cs = caseOf(s.charCodeAt(at));
    out += cs === Case.Upper ? 'U' : cs !== Case.Lower ? '.' : greekAccentAt(s, at) ? ACCENTED_MASK : 'l';
  }
  return out;
}

/** the mask character of a lower-case Greek vowel with its accent */
export const ACCENTED_MASK = 'á';

/** a Greek vowel with an accent at offset i: precomposed (tonos, or polytonic), or followed by a combining acute */
export function greekAccentAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 0x3ac || (c >= 0x3ad && c <= 0x3b0) || (c >= 0x3cc && c <= 0x3ce) || c === 0x390) return true;
  if (c >= 0x1f00 && c <= 0x1fff) return true;
  return c >= 0x3b1 && c <= 0x3c9 && (s.charCodeAt(i + 1) === 0x301 || s.charCodeAt(i + 1) === 0x341);
}

/**
 * Original end offset of a match whose last normalised unit is `lastNorm`: just after that
 * character, extended over combining marks that follow it in the original text.
 */
export function originalEnd(nz: Normalised, lastNorm: number): number {
  const text = nz.text;
  let end = nz.src[lastNorm]! + 1;
  // the second half of a surrogate pair belongs to the character
  const c0 = text.charCodeAt(end - 1);
  if (c0 >= 0xd800 && c0 <= 0xdbff && end < text.length) end++;
  return extendOverMarks(text, end);
}

/** `end` moved past any combining marks that follow it */
export function extendOverMarks(text: string, end: number): number {
  while (end < text.length && kindOf(text.charCodeAt(end)) === Kind.Mark) end++;
  return end;
}

export const KIND_TABLE = KIND;
export const INWORD_TABLE = INWORD;
export const CASE_TABLE = CASE;
/** lower case of a code unit with its accents (classified units only: call kindOf first) */
export const LOWER_TABLE = LOWER;
export const MAP_TABLE = MAP;
/** the units a Kind.Expand character folds to ("ß" → "ss") */
export function expansionOf(c: number): string {
  return EXPAND.get(c) ?? String.fromCharCode(c);
}
