/**
 * A club named after its town, or the town ("el Sevilla empató" / "En Sevilla"): Spanish, Italian,
 * Portuguese and French name a town without an article and a club with one, and a town is meant
 * after a preposition of place. Used where one span names both (page-rules.ts, resolveReal).
 */

/** articles a town's name does not take in these languages: after one, the club is meant */
const TEAM_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['el', 'del', 'al']),
  // Italian clubs named after a town are mostly masculine ("il Napoli"), some feminine ("la Roma", "la Lazio")
  it: new Set(['il', 'del', 'al', 'dal', 'nel', 'col', 'la', 'della', 'alla', 'dalla', 'nella', 'lo', 'dello', 'allo']),
  pt: new Set(['o', 'do', 'ao', 'pelo']),
  fr: new Set(['le', 'du', 'au']),
};

/** prepositions of place and "of": after one, the town is meant ("in Liverpool", "en Sevilla", "el alcalde de Sevilla", "à Barcelone") */
const TOWN_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in', 'at', 'to', 'from', 'of']),
  de: new Set(['in', 'nach', 'aus', 'bei', 'von']),
  nl: new Set(['in', 'naar', 'uit', 'van']),
  pl: new Set(['w', 'we', 'do', 'z', 'ze', 'pod']),
  es: new Set(['en', 'a', 'de']),
  it: new Set(['a', 'in', 'di']),
  pt: new Set(['em', 'de']),
  fr: new Set(['a', 'en', 'de']),
};

/** British English gives a team a plural verb ("Liverpool were held", "Chelsea have won"); a town takes a singular one */
const TEAM_VERBS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['were', 'are', 'have']),
};

/** "of" after a name: a town with an article and a qualifier ("El Sevilla de los años sesenta", "la Roma dei papi") */
const QUALIFYING_OF: ReadonlySet<string> = new Set(['de', 'del', 'di', 'della', 'dei', 'degli', 'delle', 'do', 'da', 'dos', 'das', 'des', 'du']);

/**
 * What the words around say: the club or the town, and whether `firmly`: an article a town does not
 * take with no "of" after the name says club even when the club is not otherwise named on the page
 * ("La Roma ha battuto il Lecce"); a preposition of place or a plural verb only leans.
 */
export interface TeamOrTown {
  side: 'team' | 'town';
  firmly: boolean;
}

/**
 * What the words around a name that may be a club or its town say, in `lang` (a primary subtag), or
 * null when they say nothing: `before` is the word before (normalised), `next` the word after in
 * lower case ("" if none).
 */
export function teamOrTown(lang: string, before: string, next: string): TeamOrTown | null {
  if (TEAM_ARTICLES[lang]?.has(before)) return { side: 'team', firmly: !QUALIFYING_OF.has(next) };
  if (TOWN_PREPOSITIONS[lang]?.has(before)) return { side: 'town', firmly: false };
  if (TEAM_VERBS[lang]?.has(next)) return { side: 'team', firmly: false };
  return null;
}

/** a football club's id (gloss:club:…, the clubs of sports.ts and world-extra.ts) */
export const isClubId = (id: string): boolean => id.includes(':club:');

/** the forms before or after a club's town in its name, folded ("VfB Stuttgart", "AC Milan", "Ajax FC") */
const CLUB_FORMS: ReadonlySet<string> = new Set(['fc', 'vfb', 'vfl', 'ac', 'as', 'ss', 'ssc', 'sv', 'tsg', 'cf', 'afc', 'sc', 'rc', 'rcd', 'ud', 'cd', 'fk', 'nk', 'sk', 'bk']);

/** a club's name as written: one of these forms is a word of it ("VfB Stuttgart") */
export function writtenAsClub(written: string): boolean {
  return written.split(/\s+/u).some((w) => CLUB_FORMS.has(w.toLowerCase()));
}

/** a preposition of place or "of" of `lang` before a town's name (`before`, normalised): the town is meant */
export function townPreposition(lang: string, before: string): boolean {
  return TOWN_PREPOSITIONS[lang]?.has(before) ?? false;
}
