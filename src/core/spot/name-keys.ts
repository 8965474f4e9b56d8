/**
 * The keys of one word of a name, in any script: romanised (romanise.ts), read with its language's
 * spelling (spellings.ts), then the transliteration key and the variant key. The same functions
 * serve the pack compiler (alias words) and the scan (page words), so both sides always agree.
 */
import { pinyinOfPalladius } from './palladius.ts';
import { asCyrillicLang, conventionOf, romaniseCyrillic, romaniseGreek, romaniseGreekAsSpoken, scriptOf, type CyrillicLang } from './romanise.ts';
import { readSpelling, sameButVowels, spellingKeys, spellingOf } from './spellings.ts';

export type Script = 'latin' | 'cyrillic' | 'greek';

export interface WordKey {
  /** transliteration key */
  strict: string;
  /** variant key (JRC-Names rules) */
  loose: string;
  /**
   * a Latin word read as English (no other language's spelling changed it): such a key says only
   * that two words look alike ("City" and "Citi"), not that one is the other's transliteration
   */
  plain?: boolean;
}

/** lower-case letters whose presence says a Latin word is spelled with the Czech/Łacinka/ISO 9 conventions */
export const DIACRITIC_LETTERS = 'šžčćŭěřůśźńĺ';
const DIACRITIC_SPELLING = new RegExp(`[${DIACRITIC_LETTERS}]`);

/** the script of a word, by its first letter */
export function wordScript(word: string): Script {
  return scriptOf(word.charCodeAt(0));
}

/** the keys of a lower-case Latin word written with `spelling` */
const keyOf = (word: string, spelling: string): WordKey => spellingKeys(word, spelling);

/**
 * The keys of a lower-case word as it may be read on a page in language `lang` (the page's
 * spelling, the English-press spelling, and, for a word with háčeks or breves, the Czech/Łacinka
 * one). `cyrillic` is the Cyrillic system to romanise with. Distinct keys only, the page's first.
 */
export function pageWordKeys(word: string, lang: string, cyrillic: CyrillicLang, script: Script = wordScript(word)): WordKey[] {
  if (script === 'cyrillic') {
    const keys = [keyOf(romaniseCyrillic(word, cyrillic), conventionOf(cyrillic))];
    // Belarusian writes the soft т and д of other languages' names as ц and дз ("Пуцін", "Уладзімір"):
    // the word is also read with them given back ("Путін", "Уладімір")
    const hard = cyrillic === 'be' ? withoutBelarusianSoftening(word) : word;
    if (hard !== word) keys.push(keyOf(romaniseCyrillic(hard, 'be'), conventionOf('be')));
    // a Chinese name in the Palladius system ("Цзиньпин") is also read as the Pinyin it stands for
    const pinyin = pinyinOfPalladius(word);
    if (pinyin !== null) keys.push(keyOf(pinyin, 'en'));
    return keys.length === 1 ? keys : dedupe(keys);
  }
  // a Greek word by ELOT, and as it sounds (the spelling of many foreign presses: "Iraklio")
  if (script === 'greek') return dedupe([...romaniseGreek(word), romaniseGreekAsSpoken(word)].map((g) => keyOf(g, 'el')));
  const spellings = latinPageSpellings(word, lang);
  const english = keyOf(word, 'en');
  english.plain = true;
  const keys = spellings.map((s) => (s === 'en' ? english : keyOf(word, s)));
  // a key the English reading also gives is plain
  for (const k of keys) if (k.loose === english.loose && k.strict === english.strict) k.plain = true;
  return dedupe(keys);
}

/**
 * Belarusian cekannie and dziekannie: the т and д of Russian and other names become ц and дз before
 * a soft vowel or the soft sign (і, е, ё, ю, я, ь). Given back: "пуцін" → "путін", "дзмітрый" stays
 * (дз before a consonant), "уладзімір" → "уладімір"; ў after a vowel as в.
 */
const BELARUSIAN_SOFTENED = /(дз|ц)(?=[іеёюяь])/gu;
function withoutBelarusianSoftening(word: string): string {
  return word.replace(BELARUSIAN_SOFTENED, (m) => (m === 'ц' ? 'т' : 'д')).replace(BELARUSIAN_FINAL_U, 'в');
}
/** and the в of other languages' names is ў after a vowel ("Аліеў" is Aliyev, "Лаўроў" Lavrov) */
const BELARUSIAN_FINAL_U = /(?<=[аеёіоуыэюя])ў/gu;

/**
 * The spellings a lower-case Latin word of a page in language `lang` is read with (pageWordKeys): the
 * page's, the English-press one, and for a word with háčeks or breves the Czech/Łacinka one.
 */
export function latinPageSpellings(word: string, lang: string): string[] {
  const own = spellingOf(lang);
  const spellings = own === 'en' ? ['en'] : [own, 'en'];
  if (DIACRITIC_SPELLING.test(word) && own !== 'diacritic' && own !== 'cs' && own !== 'be-Latn') spellings.push('diacritic');
  return spellings;
}

function dedupe(keys: WordKey[]): WordKey[] {
  return keys.filter((k, i) => keys.findIndex((x) => x.loose === k.loose && x.strict === k.strict) === i);
}

/**
 * The keys of a lower-case alias word written in `lang` (the alias's language, or the language of
 * the entity's country, or "" for the English-press spelling). A Cyrillic alias is romanised by its
 * own language's system (Russian when it does not say).
 */
export function aliasWordKeys(word: string, lang: string): WordKey[] {
  const script = wordScript(word);
  if (script === 'cyrillic') {
    const cyr = asCyrillicLang(lang.split('-')[0]!) ?? 'ru';
    return [keyOf(romaniseCyrillic(word, cyr), conventionOf(cyr))];
  }
  if (script === 'greek') return dedupe(romaniseGreek(word).map((g) => keyOf(g, 'el')));
  const spelling = lang === '' ? (DIACRITIC_SPELLING.test(word) ? 'diacritic' : 'en') : spellingOf(lang);
  return [keyOf(word, spelling)];
}

/**
 * The words of an alias or a stretch of page text, lower case: split at spaces and hyphens,
 * apostrophes and dots inside a word dropped ("Zelens'kyj", "Khamene'i", "J."), the letters of
 * every script kept.
 */
export function splitNameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-\u2010-\u2015]+/u)
    .map((w) => w.replace(/[^\p{L}\p{M}]/gu, ''))
    .filter((w) => w.length > 0);
}

/** the variant keys of a page word (pageWordKeys) */
export function pageLooseKeys(word: string, lang: string, cyrillic: CyrillicLang): string[] {
  return pageWordKeys(word, lang, cyrillic).map((k) => k.loose);
}

/** the variant keys of a name word as the pack writes it (lower case) */
export function ownWordKeys(own: string): string[] {
  return aliasWordKeys(own, '').map((k) => k.loose);
}

/**
 * The variant keys of a page word and of a name word (as the pack writes it) say they are one word
 * in another spelling: the same key, or keys that differ only in vowels.
 */
export function sameWordKeys(page: readonly string[], own: readonly string[]): boolean {
  return page.some((k) => own.some((m) => m === k || sameButVowels(m, k)));
}

/** does the page's language spell this lower-case Latin word otherwise than English ("jarkiv" in Spanish)? */
export function spelledOtherwise(word: string, lang: string): boolean {
  if (DIACRITIC_SPELLING.test(word)) return true;
  const own = spellingOf(lang);
  return own !== 'en' && readSpelling(word, own) !== readSpelling(word, 'en');
}
