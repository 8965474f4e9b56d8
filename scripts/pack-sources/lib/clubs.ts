/**
 * What the football passes share (sports.ts, which writes the clubs, and club-short-names.ts, which
 * gives them the short names the press uses): the words of a club's name that say only that it is a
 * club, and the guard a one-word club name gets.
 */
import type { Alias } from '../../../src/core/pack/types.ts';
import { normaliseKey } from '../../../src/core/spot/normalise.ts';

/**
 * The words of a club's name that say only that it is a club, normalised: its legal or club form
 * ("FC", "AFC", "SV", "SSC", "f.c."), "club", "football", "calcio" (and "de" of "Club de Fútbol").
 * sports.ts leaves them out to find the same club written another way ("Al-Hilal" / "Al Hilal SFC").
 */
export const CLUB_WORDS: ReadonlySet<string> = new Set(['fc', 'cf', 'sc', 'afc', 'ac', 'sk', 'fk', 'kv', 'if', 'bk', 'ff', 'sfc', 'cd', 'ca', 'cr', 'ec', 'se', 'ud', 'rcd', 'rc', 'sv', 'vfl', 'vfb', 'tsg', 'as', 'ss', 'ssc', 'us', 'acf', 'club', 'football', 'de', 'futbol', 'calcio', 'jk', 'nk', 'hnk', 'gnk', 'ks', 'fc.', 'f.c.', 'a.f.c.', 'cp', 'sl', 'ogc', 'losc', 'bc']);

/**
 * Case-sensitive, and linked only with context: the words given, less those the name itself holds
 * (a word of the name, or the name, would be its own evidence: "Football League", "Giro").
 */
export function guard(words: readonly string[], text: string): Pick<Alias, 'caseSensitive' | 'requiresContext' | 'contextWords'> {
  const own = ` ${normaliseKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const kept = words.filter((w) => !own.includes(` ${normaliseKey(w).replace(/[^\p{L}\p{N}]+/gu, ' ')} `));
  return { caseSensitive: true, requiresContext: true, contextWords: [...new Set(kept)] };
}
