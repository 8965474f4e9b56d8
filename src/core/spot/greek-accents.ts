/**
 * Greek accents. Modern Greek marks the stressed vowel of every word, and the accent tells words
 * apart that matching otherwise folds together: "Αθήνα" (Athens) and "Αθηνά" (Athena). A Greek
 * alias's case mask marks its accented vowels (ACCENTED_MASK, normalise.ts); the trie's matches are
 * checked against it in the matcher, the other spellings' (stems, other aliases) by the page rules
 * with these helpers.
 */
import { ACCENTED_MASK, Case, caseOf, greekAccentAt, isUpper } from './normalise.ts';
import type { Matcher } from './matcher.ts';

/**
 * Does the text [start, end) have one of the alias's accented letters (by `mask`) without its
 * accent? Capitals carry none, and pass. Word by word when the text has as many words as the
 * alias, since a declined word before the last moves the later letters ("Σαουδικής Αραβίας" ←
 * "Σαουδική Αραβία"); letter for letter from the start otherwise.
 */
export function accentElsewhere(text: string, start: number, end: number, mask: string): boolean {
  const maskWords = wordsOf(mask, 0, mask.length, (i) => mask.charCodeAt(i) !== 0x2e);
  const textWords = wordsOf(text, start, end, (i) => isLetterOrMark(text.charCodeAt(i)));
  if (maskWords.length !== textWords.length) return accentMissing(text, start, end, mask, 0, mask.length);
  return maskWords.some((w, k) => accentMissing(text, textWords[k]!.from, textWords[k]!.to, mask, w.from, w.to));
}

/** an accented letter of mask[maskFrom, maskTo) that text[from, to), aligned at its start, has without accent */
function accentMissing(text: string, from: number, to: number, mask: string, maskFrom: number, maskTo: number): boolean {
  for (let j = mask.indexOf(ACCENTED_MASK, maskFrom); j >= 0 && j < maskTo && from + j - maskFrom < to; j = mask.indexOf(ACCENTED_MASK, j + 1)) {
    const at = from + j - maskFrom;
    if (!isUpper(text.charCodeAt(at)) && !greekAccentAt(text, at)) return true;
  }
  return false;
}

interface Span {
  from: number;
  to: number;
}

/** the runs of s[start, end) whose code units pass `inWord` */
function wordsOf(s: string, start: number, end: number, inWord: (i: number) => boolean): Span[] {
  const out: Span[] = [];
  for (let i = start; i < end; ) {
    if (!inWord(i)) {
      i++;
      continue;
    }
    const from = i;
    while (i < end && inWord(i)) i++;
    out.push({ from, to: i });
  }
  return out;
}

/** a letter, or a combining mark that belongs to the letter before it (a decomposed accent) */
function isLetterOrMark(c: number): boolean {
  return caseOf(c) !== Case.None || (c >= 0x300 && c <= 0x36f);
}

/** the case masks of entity `id`'s Greek aliases, in every pack */
export function greekMasksOf(matchers: readonly Matcher[], id: string): readonly string[] {
  return matchers.length === 1 ? matchers[0]!.aliasMasksIn(id, 'el') : matchers.flatMap((m) => m.aliasMasksIn(id, 'el'));
}
