/**
 * Which Wikipedia language edition, and which language Wikidata searches in, for a page's
 * declared language (`<html lang>`). The code ends up in a host name (fr.wikipedia.org), so it
 * is checked strictly: two or three lower-case letters, anything else falls back to English.
 */

export const FALLBACK_LANGUAGE = 'en';

/** BCP 47 primary subtags whose Wikipedia edition has another code */
const WIKI_CODE: Readonly<Record<string, string>> = {
  nb: 'no', // Norwegian Bokmål writes on no.wikipedia.org
  iw: 'he', // deprecated tags still seen in pages
  in: 'id',
  ji: 'yi',
  jw: 'jv',
  mo: 'ro',
};

/** "fr-FR" → "fr", "nb" → "no", "zh-Hant-TW" → "zh", "" / "x-klingon" / undefined → "en" */
export function wikiLanguage(pageLang: string | null | undefined): string {
  const primary = (pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return FALLBACK_LANGUAGE;
  return WIKI_CODE[primary] ?? primary;
}

/** The languages a look-up asks in, best first: the page's, then English (once). */
export function lookupLanguages(pageLang: string | null | undefined): string[] {
  const lang = wikiLanguage(pageLang);
  return lang === FALLBACK_LANGUAGE ? [lang] : [lang, FALLBACK_LANGUAGE];
}

/** Is `code` a language code wikiLanguage could have produced (safe to put in a host name)? */
export function isWikiLanguage(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code);
}
