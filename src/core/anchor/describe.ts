/**
 * W3C Web Annotation selectors from a range of the page's visible text.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 *
 * Offsets are UTF-16 code unit offsets into the visible text (the same text model the content
 * script builds in src/core/text), so a selector made here re-anchors against that text.
 */
import { isWordUnit } from '../spot/normalise.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../model/types.ts';

/** how much text before and after the quote is kept to tell repeated quotes apart */
export const CONTEXT_CHARS = 32;

export interface TextRange {
  start: number;
  end: number;
}

export interface RangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Throws on an empty or out-of-bounds range: a highlight of nothing is a caller bug. */
export function describeRange(text: string, range: TextRange, contextChars = CONTEXT_CHARS): RangeSelectors {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Gloss cannot describe the text range ${start}–${end} of a ${text.length}-character text.`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextChars), start),
      suffix: text.slice(end, Math.min(text.length, end + contextChars)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Trim whitespace off both ends of a range (selections often include a trailing space or newline). */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * A selection widened to whole words: a start or end that falls inside a word moves to that
 * word's edge ("foreig|n policy" → "foreign policy"), so a highlight never cuts a word. A
 * selection inside one word (a reader marking part of a long compound) stays as it is. Word
 * characters are the spotting engine's (letters and digits of any script).
 */
export function snapToWords(text: string, range: TextRange): TextRange {
  const inWord = (i: number) => i >= 0 && i < text.length && isWordUnit(text.charCodeAt(i));
  let { start, end } = range;
  let oneWord = true;
  for (let i = start; i < end && oneWord; i++) oneWord = inWord(i);
  if (oneWord) return { start, end };
  while (inWord(start) && inWord(start - 1)) start--;
  while (inWord(end - 1) && inWord(end)) end++;
  return { start, end };
}

