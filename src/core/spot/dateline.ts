/**
 * A dateline: the place a report is filed from, first in its first paragraph, before the date or the
 * agency and a dash ("Toruń, 21 listopada –", "Berlin, 7. Dezember (dpa) –", "Amsterdam, 6 december
 * –", "Washington, Dec. 5 —"). There the word is the place, whatever it means elsewhere. Pure string
 * work: no DOM, no browser API (month names: calendar-words.ts).
 */
import { firstInBlock } from './surroundings.ts';
import { isMonthName } from './calendar-words.ts';

/** after the place: a comma, then a day and a month (either order); or an agency in brackets */
const AFTER_PLACE = /^(?:,\s*(?:\d{1,2}\.?\s+(\p{L}+\.?)|(\p{L}+\.?)\s+\d{1,2}\b)|,?\s*\(\p{L}[\p{L} .-]*\))/u;
/** the dash that ends the dateline, within this many characters of the place */
const DASH_WITHIN = 40;
const DASH = /[–—-]/u;

/** Is [start, end) the place of a dateline: a block's first word, a date or an agency, a dash? */
export function isDateline(text: string, start: number, end: number, blockBreaks: boolean): boolean {
  if (!firstInBlock(text, start, blockBreaks)) return false;
  const after = text.slice(end, end + DASH_WITHIN);
  const m = AFTER_PLACE.exec(after);
  if (m === null) return false;
  const month = m[1] ?? m[2];
  if (month !== undefined && !isMonthName(month)) return false;
  return DASH.test(after.slice(m[0].length));
}
