/**
 * Greek accents. Modern Greek marks the stressed vowel of every word, and the accent tells words
 * apart that matching otherwise folds together: "Αθήνα" (Athens) and "Αθηνά" (Athena). A Greek
 * alias's case mask marks its accented vowels (ACCENTED_MASK, normalise.ts); the trie's matches are
 * checked against it in the matcher, the other spellings' (stems, other aliases) by the page rules
 * with these helpers.
 */
import { ACCENTED_MASK, greekAccentAt, isUpper } from './normalise.ts';
import type { Matcher } from './matcher.ts';

/**
 * Does the text [start, end) have one of the alias's accented letters (by `mask`, letter for letter
 * from the start) without its accent? Capitals carry none, and pass.
 */
export function accentElsewhere(text: string, start: number, end: number, mask: string): boolean {
  for (let j = mask.indexOf(ACCENTED_MASK); j >= 0 && start + j < end; j = mask.indexOf(ACCENTED_MASK, j + 1)) {
    if (!isUpper(text.charCodeAt(start + j)) && !greekAccentAt(text, start + j)) return true;
  }
  return false;
}

/** the case masks of entity `id`'s Greek aliases, in every pack */
export function greekMasksOf(matchers: readonly Matcher[], id: string): readonly string[] {
  return matchers.length === 1 ? matchers[0]!.aliasMasksIn(id, 'el') : matchers.flatMap((m) => m.aliasMasksIn(id, 'el'));
}
