/**
 * The names of the months and the days of the week in the languages of the pack's press, long and
 * short, in the nominative and as a date writes them ("listopada", "Dez", "Giovedì"), from the
 * standard Intl API: a dateline's month ("Toruń, 21 listopada –"), and a sentence's first word that
 * is no one's given name ("Giovedì Tajani tornerà a Roma"). Pure: no DOM, no browser API.
 */

/** the languages of the pack's press */
const LANGS = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'mk', 'ru', 'uk', 'be', 'lt', 'lv', 'et',
  'fi', 'hu', 'ro', 'el', 'tr', 'sq', 'da', 'sv', 'nb', 'is', 'ca',
];

/** lower case, without accents and a final full stop */
const foldCalendarWord = (w: string): string => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/u, '');

/** every word of `format` for the dates given, folded, into `out` */
function addWords(out: Set<string>, lang: string, options: Intl.DateTimeFormatOptions, dates: Date[]): void {
  const format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
  for (const d of dates) for (const w of format.format(d).match(/\p{L}+\.?/gu) ?? []) out.add(foldCalendarWord(w));
}

let months: ReadonlySet<string> | null = null;
let weekdays: ReadonlySet<string> | null = null;

/** is the word (as written) a month's name in one of the press's languages? */
export function isMonthName(word: string): boolean {
  if (!months) {
    const out = new Set<string>();
    const dates = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 21)));
    for (const lang of LANGS) {
      for (const f of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const) addWords(out, lang, f, dates);
    }
    months = out;
  }
  return months.has(foldCalendarWord(word));
}

/** is the word (as written) a day of the week in one of the press's languages? */
export function isWeekdayName(word: string): boolean {
  if (!weekdays) {
    const out = new Set<string>();
    // 2026-12-07 is a Monday
    const dates = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 11, 7 + d)));
    for (const lang of LANGS) for (const f of [{ weekday: 'long' }, { weekday: 'short' }] as const) addWords(out, lang, f, dates);
    weekdays = out;
  }
  return weekdays.has(foldCalendarWord(word));
}
