/**
 * Invisible characters: format characters that render as nothing and never separate words (soft
 * hyphen, zero-width space and joiners, word joiner and invisible operators, bidi marks, embeddings
 * and isolates, byte order mark, combining grapheme joiner, Hangul, Khmer and Mongolian fillers).
 * "Vladi\u00ADmir" is "Vladimir". The one definition for the text extractor, the spotting engine,
 * the marks and the CLI.
 */

/** the invisible characters as UTF-16 code units (all in the Basic Multilingual Plane) */
export const INVISIBLE_CODES: readonly number[] = [
  0x00ad, // soft hyphen
  0x034f, // combining grapheme joiner
  0x061c, // Arabic letter mark
  0x115f, 0x1160, // Hangul choseong and jungseong fillers
  0x17b4, 0x17b5, // Khmer inherent vowels
  0x180e, // Mongolian vowel separator
  0x200b, 0x200c, 0x200d, // zero-width space, non-joiner, joiner
  0x200e, 0x200f, // left-to-right and right-to-left marks
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // bidi embeddings and overrides
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, // word joiner, invisible operators
  0x2066, 0x2067, 0x2068, 0x2069, // bidi isolates
  0xfeff, // zero-width no-break space (byte order mark)
];

const TABLE = new Uint8Array(0x10000);
for (const c of INVISIBLE_CODES) TABLE[c] = 1;

/** true for an invisible character (a UTF-16 code unit) */
export function isInvisible(code: number): boolean {
  return TABLE[code] === 1;
}

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** the invisible characters as the body of a RegExp character class (no brackets) */
export const INVISIBLE_CLASS_BODY = INVISIBLE_CODES.map(hex).join('');

const ALL = new RegExp(`[${INVISIBLE_CLASS_BODY}]`, 'g');
/** `s` without its invisible characters */
export function withoutInvisible(s: string): string {
  return s.replace(ALL, '');
}
