/**
 * A dateline: the place a report is filed from, first in its first paragraph, before the date or the
 * agency and a dash ("Toruń, 21 listopada –", "Berlin, 7. Dezember (dpa) –", "Amsterdam, 6 december
 * –", "Washington, Dec. 5 —"). There the word is the place, whatever it means elsewhere. Pure string
 * work: no DOM, no browser API (month names come from the standard Intl API).
 */
import { Kind, kindOf } from './normalise.ts';
import { blockStart } from './surroundings.ts';

/** the languages whose month names a dateline may give (the pack's press languages) */
const MONTH_LANGS = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'mk', 'ru', 'uk', 'be', 'lt', 'lv', 'et',
  'fi', 'hu', 'ro', 'el', 'tr', 'sq', 'da', 'sv', 'nb', 'is', 'ca',
];

/** lower case, without accents and a final full stop */
const fold = (w: string): string => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/u, '');

let months: ReadonlySet<string> | null = null;
/** month names, long and short, in the nominative and as a date writes them ("listopada", "Dez") */
function monthNames(): ReadonlySet<string> {
  if (months) return months;
  const out = new Set<string>();
  for (const lang of MONTH_LANGS) {
    const formats = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const;
    for (const f of formats) {
      const format = new Intl.DateTimeFormat(lang, { ...f, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) for (const w of format.format(new Date(Date.UTC(2026, m, 21))).match(/\p{L}+\.?/gu) ?? []) out.add(fold(w));
    }
  }
  return (months = out);
}

/** after the place: a comma, then a day and a month (either order); or an agency in brackets */
const AFTER_PLACE = /^(?:,\s*(?:\d{1,2}\.?\s+(\p{L}+\.?)|(\p{L}+\.?)\s+\d{1,2}\b)|,?\s*\(\p{L}[\p{L} .-]*\))/u;
/** the dash that ends the dateline, within this many characters of the place */
const DASH_WITHIN = 40;
const DASH = /[–—-]/u;

/** Is [start, end) the place of a dateline: a block's first word, a date or an agency, a dash? */
export function isDateline(text: string, start: number, end: number, blockBreaks: boolean): boolean {
  for (let j = blockStart(text, start, blockBreaks); j < start; j++) {
    const k = kindOf(text.charCodeAt(j));
    if (k !== Kind.Space && k !== Kind.Break) return false;
  }
  const after = text.slice(end, end + DASH_WITHIN);
  const m = AFTER_PLACE.exec(after);
  if (m === null) return false;
  const month = m[1] ?? m[2];
  if (month !== undefined && !monthNames().has(fold(month))) return false;
  return DASH.test(after.slice(m[0].length));
}
