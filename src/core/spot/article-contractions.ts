/**
 * Place names that begin with an article ("L'Aia", "La Spezia", "Il Cairo", "Le Havre", "A Haia"),
 * after a preposition the article merges with: Italian "all'Aia", "della Spezia", "al Cairo"; French
 * "au Havre", "du Caire"; Portuguese "na Haia", "do Cairo". The name is then written without its
 * article, which the trie cannot find by the name itself. The forms, for the compiler to add as case
 * forms of the name (compile.ts), each made of the preposition with the article and the rest of the
 * name as written.
 */

interface Contraction {
  /** the article the name begins with, as written there ("L'", "La ") */
  article: string;
  /** the preposition merged with it, as written before the rest of the name */
  merged: readonly string[];
}

/** by language: the articles names begin with, and what prepositions make of them */
const CONTRACTIONS: Readonly<Record<string, readonly Contraction[]>> = {
  it: [
    { article: "L'", merged: ["all'", "dell'", "nell'", "dall'", "sull'"] },
    { article: 'L’', merged: ['all’', 'dell’', 'nell’', 'dall’', 'sull’'] },
    { article: 'La ', merged: ['alla ', 'della ', 'nella ', 'dalla ', 'sulla '] },
    { article: 'Il ', merged: ['al ', 'del ', 'nel ', 'dal ', 'sul '] },
    { article: 'Lo ', merged: ['allo ', 'dello ', 'nello ', 'dallo ', 'sullo '] },
  ],
  // French merges only "le" and "les" ("au Havre", "du Mans"); "à La Rochelle" keeps its article
  fr: [{ article: 'Le ', merged: ['au ', 'du '] }],
  pt: [
    { article: 'A ', merged: ['à ', 'da ', 'na ', 'pela '] },
    { article: 'O ', merged: ['ao ', 'do ', 'no ', 'pelo '] },
  ],
};

/** the article's word is followed by a capitalised rest of the name ("La Spezia", not "La città") */
const REST = /^\p{Lu}/u;

/** The forms of place name `name` in language `lang` after a preposition merged with its article; none when it starts with none. */
export function articleContractions(name: string, lang: string): string[] {
  for (const c of CONTRACTIONS[lang] ?? []) {
    if (!name.startsWith(c.article)) continue;
    const rest = name.slice(c.article.length);
    if (!REST.test(rest)) return [];
    return c.merged.map((m) => m + rest);
  }
  return [];
}

/**
 * How many characters of a mention found by one of those forms (`text`, in language `lang`) are the
 * preposition with the article ("all'" of "all'Aia"): the mark starts after them. 0 for any other text.
 */
export function mergedPrefixLength(text: string, lang: string): number {
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  for (const c of CONTRACTIONS[lang] ?? []) {
    for (const m of c.merged) if (lower.startsWith(m) && REST.test(text.slice(m.length))) return m.length;
  }
  return 0;
}

/** the languages whose place names may begin with an article that merges with a preposition */
export const CONTRACTING_LANGS: ReadonlySet<string> = new Set(Object.keys(CONTRACTIONS));
