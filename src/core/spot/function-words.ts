/**
 * The function words of a page's language (articles, pronouns, prepositions, conjunctions, forms of
 * "to be"), from the `stopword` package's lists. A page word that is one of them is never a
 * one-word name found in another spelling, even where a name's transliteration or stem reads the
 * same: the Russian "О" and the Greek article "Ο" are not Oyo, the Ukrainian "Вона" ("she") is not
 * Lindsey Vonn, the German "Seines" is not the Seine, the Polish "Mogą" is not Moga. Names the pack
 * lists letter for letter are the trie's and are not affected.
 */
import * as stopword from 'stopword';
import { bul, ces, deu, ell, fra, hrv, lav, lit, pol, rus, slk, tur, ukr } from 'stopword';
import { romaniseCyrillic, scriptOf } from './romanise.ts';

/** lists in the package but not in its type declarations (Slovenian, and the languages of Western Europe and Hungarian, Finnish, Estonian) */
const untyped = (code: string): readonly string[] => (stopword as unknown as Record<string, readonly string[] | undefined>)[code] ?? [];
const slv = untyped('slv');

/** the lists by primary language subtag (Serbian reads as Croatian, its Cyrillic romanised) */
const LISTS: Readonly<Record<string, readonly string[]>> = {
  bg: bul, cs: ces, de: deu, el: ell, fr: fra, hr: hrv, sr: hrv, lt: lit, lv: lav, pl: pol, ru: rus, sk: slk, sl: slv, tr: tur, uk: ukr,
  ca: untyped('cat'), da: untyped('dan'), es: untyped('spa'), et: untyped('est'), fi: untyped('fin'), hu: untyped('hun'), it: untyped('ita'),
  nl: untyped('nld'), nb: untyped('nob'), no: untyped('nob'), pt: untyped('por'), ro: untyped('ron'), sv: untyped('swe'),
};

const made = new Map<string, ReadonlySet<string>>();

/** lower case, without accents, the final sigma as σ (the lists are written so) */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ς/gu, 'σ');
}

function listOf(lang: string): ReadonlySet<string> | null {
  let set = made.get(lang);
  if (set === undefined) {
    const list = LISTS[lang];
    if (list === undefined) return null;
    set = new Set(list.map(fold));
    made.set(lang, set);
  }
  return set;
}

/** `word` (as the page writes it) is a function word of the language `lang` (primary subtag) */
export function isFunctionWord(word: string, lang: string): boolean {
  const set = listOf(lang);
  if (set === null) return false;
  if (set.has(fold(word))) return true;
  // Serbian in Cyrillic letters: its words as Serbian writes them in Latin ones ("Са" is "sa")
  return lang === 'sr' && word !== '' && scriptOf(word.charCodeAt(0)) === 'cyrillic' && set.has(fold(romaniseCyrillic(word.toLowerCase(), 'sr')));
}
