/**
 * Irish changes a name's first letter after certain words (initial mutations): eclipsis writes a
 * letter before it ("i gCorcaigh", "i mBaile Átha Cliath", "i dTegucigalpa", "i nGaillimh"), a
 * vowel may take h- or n- ("na hÉireann", "i nÉirinn"), a vowel or s takes t- after the article
 * ("an tAontas Eorpach", "an tSín"), and lenition writes h after the first consonant ("Mhicheál
 * Martin", "ceannaire Fhianna Fáil"). The page text is read with these undone, offsets unchanged:
 * an eclipsing prefix before a capital becomes a space (it cannot be anything else), and a
 * lenition's h an invisible soft hyphen, which the matcher reads through (normalise.ts), in a
 * second reading only, since a name may have h there of its own ("Thomas", "Shannon").
 */

/** the eclipsing letters before a name's capital, with the capitals each goes before */
const ECLIPSIS = /(?<!\p{L})(?:m(?=B)|g(?=C)|n(?=[DG])|bh(?=F)|b(?=P)|d(?=T)|[nh](?=[AEIOUÁÉÍÓÚ])|t(?=[AEIOUÁÉÍÓÚS]))(?=\p{Lu}\p{Ll})/gu;
/** lenition's h after a name's first consonant, before a lower-case letter */
const LENITION = /(?<!\p{L})([BCDFGMPST])h(?=\p{Ll})/gu;
const SOFT_HYPHEN = '\u00ad';

/** `text` with Irish eclipsis and the h-, n- and t- prefixes of capitals blanked (same length), or null if it has none */
export function withoutIrishPrefixes(text: string): string | null {
  ECLIPSIS.lastIndex = 0;
  if (!ECLIPSIS.test(text)) return null;
  return text.replace(ECLIPSIS, (prefix) => ' '.repeat(prefix.length));
}

/** `text` with lenition's h after a capital made invisible (same length), or null if it has none */
export function withoutIrishLenition(text: string): string | null {
  LENITION.lastIndex = 0;
  if (!LENITION.test(text)) return null;
  return text.replace(LENITION, (_, consonant: string) => consonant + SOFT_HYPHEN);
}
