/**
 * The words right before a name in the text (a title, a portfolio), read backwards one character at a time (a RegExp
 * anchored at the end of the text before would try every position of it, for every hit).
 */
import { foldKey } from './normalise.ts';

/** a character of a word: a letter, a combining mark, an apostrophe or a hyphen */
const WORD_CHAR = /^[\p{L}\p{M}'’-]$/u;
const SPACE = /^\s$/u;
/** per UTF-16 code unit: 0 not yet classified, else 1 + (word char) + 2 × (space) */
const CLASS = new Uint8Array(0x10000);
const WORD = 1;
const SPACE_BIT = 2;

function classOf(code: number): number {
  let k = CLASS[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = 1 + (WORD_CHAR.test(ch) ? WORD : 0) + (SPACE.test(ch) ? SPACE_BIT : 0);
    CLASS[code] = k;
  }
  return k - 1;
}

/** the length of the word character (a whole surrogate pair too) that ends at `end`, or 0 */
function wordCharBefore(text: string, end: number, floor: number): number {
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= floor) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return classOf(c) & WORD ? 1 : 0;
}

/**
 * Up to `max` words right before `start`, nearest first, each followed by nothing but spaces
 * (folded); read within the 80 characters before `start`.
 */
export function wordsJustBefore(text: string, start: number, max: number): string[] {
  const out: string[] = [];
  const floor = Math.max(0, start - 80);
  let at = start;
  while (out.length < max) {
    let wordEnd = at;
    while (wordEnd > floor && classOf(text.charCodeAt(wordEnd - 1)) & SPACE_BIT) wordEnd--;
    if (wordEnd === at) break;
    let wordStart = wordEnd;
    while (wordStart > floor) {
      const n = wordCharBefore(text, wordStart, floor);
      if (n === 0) break;
      wordStart -= n;
    }
    if (wordStart === wordEnd) break;
    out.push(foldKey(text.slice(wordStart, wordEnd)));
    at = wordStart;
  }
  return out;
}
