/**
 * A dateline: the place a report is filed from, first in its first paragraph, before the date or the
 * agency and a dash ("Toruń, 21 listopada –", "Berlin, 7. Dezember (dpa) –", "Amsterdam, 6 december
 * –", "Washington, Dec. 5 —"). There the word is the place, whatever it means elsewhere. Pure string
 * work: no DOM, no browser API (month names: calendar-words.ts).
 */
import { blockStart, firstInBlock } from './surroundings.ts';
import { isMonthName } from './calendar-words.ts';

/** after the place: a comma, then a day and a month (either order); or an agency in brackets */
const AFTER_PLACE = /^(?:,\s*(?:\d{1,2}\.?\s+(\p{L}+\.?)|(\p{L}+\.?)\s+\d{1,2}\b)|,?\s*\(\p{L}[\p{L} .-]*\))/u;
/** the dash that ends the dateline, within this many characters of the place */
const DASH_WITHIN = 40;
const DASH = /[–—-]/u;

/** a word of a place's name in a dateline: a capital first ("LISBOA", "Toruń", "St.-Denis", "L'Aquila") */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
/** the other places of a report filed from several, joined by slashes: "WOLFSBURG/STUTTGART, 18. November –" */
const MORE_PLACES = new RegExp(`^(?:/${PLACE_WORD})*`, 'u');
const PLACES_BEFORE = new RegExp(String.raw`^\s*(?:${PLACE_WORD}/)+$`, 'u');
/** a dash right after the place and no date, then a sentence: "SEVILLA — El presidente", "ROMA – Il governo" */
const DASH_NEXT = /^\s*[–—-]\s+\p{Lu}/u;
/** a word in capitals: two letters or more, none small */
const IN_CAPITALS = /^(?=(?:\P{L}*\p{L}){2})[^\p{Ll}]*$/u;

/**
 * Is [start, end) the place of a dateline: a block's first word (or one of its first places joined by
 * slashes), a date or an agency, a dash? A place in capitals needs no date: "SEVILLA — El presidente".
 */
export function isDateline(text: string, start: number, end: number, blockBreaks: boolean): boolean {
  if (!firstInBlock(text, start, blockBreaks) && !PLACES_BEFORE.test(text.slice(blockStart(text, start, blockBreaks), start))) return false;
  let after = text.slice(end, end + DASH_WITHIN);
  after = after.slice(MORE_PLACES.exec(after)![0].length);
  if (DASH_NEXT.test(after) && IN_CAPITALS.test(text.slice(start, end))) return true;
  const m = AFTER_PLACE.exec(after);
  if (m === null) return false;
  const month = m[1] ?? m[2];
  if (month !== undefined && !isMonthName(month)) return false;
  return DASH.test(after.slice(m[0].length));
}

/**
 * A dateline's place and date before an agency's brackets: "LISBOA, 18 nov 2026 (", "Berlin, 7.
 * Dezember (", "Washington, Dec. 5, 2026 (", or the place alone ("BRUSSEL ("): the place in up to
 * three capitalised words, then maybe a comma, a day and a month in either order, and a year. The
 * month is checked by isMonthName.
 */
const PLACE_AND_DATE = new RegExp(String.raw`^${PLACE_WORD}(?:[ -]${PLACE_WORD}){0,2}(?:,\s*(?:\d{1,2}\.?\s+(\p{L}+\.?)|(\p{L}+\.?)\s+\d{1,2}\b,?)(?:\s+\d{4})?)?\s*\($`, 'u');

/**
 * Is [start, end) the agency in brackets of a dateline ("LISBOA, 18 nov 2026 (Lusa) –", "BRUSSEL, 3
 * december (Belga) –")? There the word names the agency that filed the report.
 */
export function isDatelineAgency(text: string, start: number, end: number, blockBreaks: boolean): boolean {
  if (start < 1 || text.charCodeAt(start - 1) !== 0x28 || text.charCodeAt(end) !== 0x29) return false;
  if (!DASH.test(text.slice(end + 1, end + 6).trimStart().charAt(0))) return false;
  const from = blockStart(text, start, blockBreaks);
  if (start - from > DASH_WITHIN + 30) return false;
  const m = PLACE_AND_DATE.exec(text.slice(from, start).trimStart());
  if (m === null) return false;
  const month = m[1] ?? m[2];
  return month === undefined || isMonthName(month);
}
