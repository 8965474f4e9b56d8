/**
 * A club named after its town, or the town ("el Sevilla empató" / "En Sevilla"): Spanish, Italian,
 * Portuguese and French name a town without an article and a club with one, and a town is meant
 * after a preposition of place. Used where one span names both (page-rules.ts, resolveReal), and
 * for a town's name after its club was named in full (ClubsNamed).
 */
import type { Candidate } from './hits.ts';

/** articles a town's name does not take in these languages: after one, the club is meant */
const TEAM_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['el', 'del', 'al']),
  // Italian clubs named after a town are mostly masculine ("il Napoli", "il 3-1 sul Bologna"), some feminine ("la Roma", "la Lazio")
  it: new Set(['il', 'del', 'al', 'dal', 'nel', 'col', 'sul', 'la', 'della', 'alla', 'dalla', 'nella', 'sulla', 'lo', 'dello', 'allo']),
  pt: new Set(['o', 'do', 'ao', 'pelo']),
  fr: new Set(['le', 'du', 'au']),
};

/**
 * Towns that take the article their language gives clubs (folded): after it, the town may be meant
 * ("o Porto", "do Rio de Janeiro", "no Recife", "o Funchal"). Portuguese gives a few towns one;
 * the others of Portugal and Brazil take none ("o Santos venceu", "do Cruzeiro" are the clubs).
 */
const TOWNS_WITH_ARTICLE: Readonly<Record<string, ReadonlySet<string>>> = {
  pt: new Set([
    'porto', 'rio de janeiro', 'rio', 'recife', 'crato', 'cabo', 'funchal', 'barreiro', 'seixal', 'montijo', 'cartaxo', 'entroncamento',
    'fundao', 'sabugal', 'bombarral', 'cadaval', 'redondo', 'alandroal', 'gama', 'lobito', 'huambo', 'lubango', 'namibe', 'uige', 'mindelo',
  ]),
};

/** does the town (its name folded) take the article `lang` gives clubs, so that after it the town may be meant? */
export function townTakesTeamArticle(lang: string, town: string): boolean {
  return TOWNS_WITH_ARTICLE[lang]?.has(town) ?? false;
}

/** whether `lang` names a club with an article its towns do not take (so that teamOrTown may say "firmly") */
export function hasTeamArticles(lang: string): boolean {
  return TEAM_ARTICLES[lang] !== undefined;
}

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
  cs: new Set(['v', 've', 'do', 'z', 'ze']),
  sk: new Set(['v', 'vo', 'do', 'z', 'zo']),
  sl: new Set(['v', 'iz']),
  hr: new Set(['u', 'iz']),
  bs: new Set(['u', 'iz']),
  sr: new Set(['u', 'iz', 'у', 'из']),
  ru: new Set(['в', 'во', 'из']),
  uk: new Set(['в', 'у', 'з', 'із']),
  be: new Set(['у', 'з']),
  bg: new Set(['в', 'във', 'от']),
  mk: new Set(['во', 'од']),
  el: new Set(['στη', 'στην', 'στο', 'στον', 'απο']),
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
  // Portuguese gives a qualified town the feminine article ("a Lisboa de Pessoa"): "o Santos de Neymar" is the club
  if (TEAM_ARTICLES[lang]?.has(before)) return { side: 'team', firmly: lang === 'pt' || !QUALIFYING_OF.has(next) };
  if (TOWN_PREPOSITIONS[lang]?.has(before)) return { side: 'town', firmly: false };
  if (TEAM_VERBS[lang]?.has(next)) return { side: 'team', firmly: false };
  return null;
}

/** a football club's id (gloss:club:…, the clubs of sports.ts and world-extra.ts) */
const isClubId = (id: string): boolean => id.includes(':club:');

/** the forms before or after a club's town in its name, folded ("VfB Stuttgart", "AC Milan", "Ajax FC") */
const CLUB_FORMS: ReadonlySet<string> = new Set(['fc', 'vfb', 'vfl', 'ac', 'as', 'ss', 'ssc', 'sv', 'tsg', 'cf', 'afc', 'sc', 'rc', 'rcd', 'ud', 'cd', 'fk', 'nk', 'sk', 'bk']);

/**
 * The clubs a page named in full, by the words of four letters or more of their names as written
 * ("Borussia Dortmund" → "Borussia", "Dortmund"), each to its club, or to none when two clubs have
 * it. A club: an entity with a club's id, or written with a club's form ("VfB Stuttgart").
 */
export class ClubsNamed {
  private readonly byWord = new Map<string, Candidate | null>();

  /** an organisation linked at a mention written so */
  note(c: Candidate, written: string): void {
    const words = written.split(/\s+/u);
    if (words.length < 2 || !(isClubId(c.id) || words.some((w) => CLUB_FORMS.has(w.toLowerCase())))) return;
    for (const w of words) {
      if (w.length < 4 || !/^\p{Lu}/u.test(w)) continue;
      const had = this.byWord.get(w);
      this.byWord.set(w, had === undefined || had?.id === c.id ? c : null);
    }
  }

  /** the one club whose name has this word, or, `declined`, a word the word declines ("Stuttgarts" ← "Stuttgart") */
  ofTown(word: string, declined: boolean): Candidate | null {
    if (this.byWord.size === 0) return null;
    const club = this.byWord.get(word);
    if (club !== undefined || !declined) return club ?? null;
    for (const [w, c] of this.byWord) if (c && word.length > w.length && word.length - w.length <= 3 && word.startsWith(w)) return c;
    return null;
  }
}

/** a preposition of place or "of" of `lang` before a town's name (`before`, normalised): the town is meant */
export function townPreposition(lang: string, before: string): boolean {
  return TOWN_PREPOSITIONS[lang]?.has(before) ?? false;
}
