/**
 * Names the press writes in sentence case: French, Italian, Spanish, Portuguese, Catalan, Galician
 * and Romanian papers write an institution's name with one capital whatever the official form
 * ("Banca centrale europea", "Istituto nazionale di fisica nucleare"). The compiler lets such an
 * alias's later words go without their capital (compile.ts); the pack generators mark generated
 * names of this kind case-free (scripts/pack-sources/lib/claims.ts).
 */
export const SENTENCE_CASE_LANGS = new Set(['fr', 'it', 'es', 'pt', 'ca', 'gl', 'ro']);
/** names of fewer words stay as written: "Casa Blanca", "Estado Islámico" in lower case are ordinary words */
export const SENTENCE_CASE_MIN_WORDS = 3;
/** a word that joins the words of a name in those languages ("di", "de", "y" …) */
const ROMANCE_CONNECTOR = /\s(di|de|del|della|delle|dei|degli|des|du|do|da|dos|das|y|e)\s/i;

/** Is this a name of SENTENCE_CASE_MIN_WORDS words or more in one of those languages (by its `lang`, or by a connector between its words)? */
export function inSentenceCaseLanguage(text: string, lang: string | undefined): boolean {
  if (text.trim().split(/\s+/).length < SENTENCE_CASE_MIN_WORDS) return false;
  return (lang !== undefined && SENTENCE_CASE_LANGS.has(lang.split('-')[0]!.toLowerCase())) || ROMANCE_CONNECTOR.test(text);
}
