import { Kind, MAP_TABLE, expansionOf, kindOf } from './normalise.ts';

/**
 * How each language spells names from other alphabets, read back into one spelling, and the two
 * keys that names are compared by.
 *
 * A name from Cyrillic reaches a French page as "Loukachenko", a German one as "Lukaschenko", a
 * Polish one as "Łukaszenka", a Dutch one as "Loekasjenko", a Czech one as "Lukašenko": the
 * national transcription systems write the same sounds with their own letters (ш is "ch" in French,
 * "sch" in German, "sz" in Polish, "sj" in Dutch, "š" in Czech; х is "kh" in English, "ch" in German,
 * Polish and Czech, "j" in Spanish, "h" in Turkish). Each table below says how one language writes
 * them, and reading a word with its language's table gives the English-press spelling
 * (BGN/PCGN-like: sh, ch, zh, kh, ts, y). Letters with diacritics say the same in every language
 * (š, ž, č, ŭ), so one shared table reads them.
 *
 * Then two keys (both lower case, without accents):
 * - the transliteration key: that spelling with what only differs between romanisation systems
 *   made equal: "i"/"j"/"y" before a vowel (ya, ia, ja), a final -y/-iy/-yi/-ij, doubled letters.
 *   "Лукашенко", "Lukaschenko", "Loukachenko", "Lukašenko" and "Lukashenko" have one key.
 * - the variant key: the transliteration key with the language-independent rules of JRC-Names
 *   (Steinberger and Pouliquen): sh/š → s, zh/ž → j, ch/č → c, kh/h → g, ts → c, ph → f, th → t,
 *   x → ks, w → v, ou → u, an initial "ye" → "e", a final -ev/-ow/-off → -ov, doubled letters.
 *   It groups spellings that are not one system's transliteration of another ("Yevgeny",
 *   "Evgeni"; "Gorbatschow", "Gorbachev"), so the engine links a name by it only with more evidence
 *   (see variants.ts).
 */

/**
 * One rewrite: `from` becomes `to` where the conditions hold (in the word as read, before rewriting):
 * `start`/`end`: only at the start/end of the word; `vowelNext`/`consonantNext`: only before a
 * vowel/consonant; `vowelBefore`/`consonantBefore`: only after one; `notBefore`: not before one of these letters.
 */
interface Rule {
  from: string;
  to: string;
  start?: boolean;
  end?: boolean;
  vowelNext?: boolean;
  consonantNext?: boolean;
  vowelBefore?: boolean;
  consonantBefore?: boolean;
  notBefore?: string;
}

const r = (from: string, to: string, opts: Omit<Rule, 'from' | 'to'> = {}): Rule => ({ from, to, ...opts });

/** letters whose reading is the same in every language that uses them */
const SHARED: Rule[] = [
  r('š', 'sh'), r('ş', 'sh'), r('ș', 'sh'), r('ž', 'zh'), r('č', 'ch'), r('ć', 'ch'), r('ç', 's'), r('ŭ', 'u'), r('ż', 'zh'),
  r('ś', 's'), r('ź', 'z'), r('ń', 'n'), r('ĺ', 'l'), r('đ', 'dj'), r('ñ', 'ny'), r('ț', 'ts'), r('ř', 'rzh'), r('ŝ', 'shch'),
  r('ĵ', 'zh'), r('ǆ', 'j'),
];

/** English and the international press (BGN/PCGN spellings); also the reading for languages without a table */
const EN: Rule[] = [r('c', 'k', { notBefore: 'eiyhzs' }), r('j', 'y', { end: true }), r('j', 'y', { consonantBefore: true, vowelNext: true })];

/** German (Duden transcription of Russian): sch = ш, tsch = ч, ch = х, z = ц, s- = з, w = в, j = й */
const DE: Rule[] = [
  r('tsch', 'ch'), r('sch', 'sh'), r('ch', 'kh'), r('tz', 'ts'), r('z', 'ts'), r('w', 'v'), r('j', 'y'), r('ß', 's'), r('ck', 'k'),
  r('s', 'z', { start: true, vowelNext: true }),
];

/** French: ch = ш, tch = ч, ou = у, j = ж, dj = дж, a final -ine for -ин ("Poutine", "Lénine") */
const FR: Rule[] = [
  r('tch', 'ch'), r('ch', 'sh'), r('dj', 'j'), r('j', 'zh'), r('ou', 'u'), r('qu', 'k'), r('gue', 'ge'), r('gui', 'gi'), r('ç', 's'),
  r('ine', 'in', { end: true }),
];

/** Dutch: sj = ш, tsj = ч, zj = ж, oe = у, ch = х, j = й, w = в */
const NL: Rule[] = [r('tsj', 'ch'), r('sj', 'sh'), r('zj', 'zh'), r('oe', 'u'), r('ch', 'kh'), r('j', 'y'), r('w', 'v'), r('ie', 'i')];

/** Polish: sz = ш, cz = ч, szcz = щ, rz = ż = ж, ch = х, c = ц, w = в, j = й, ie/ia/io/iu after a consonant = е/я/ё/ю */
const PL: Rule[] = [
  r('szcz', 'shch'), r('sz', 'sh'), r('cz', 'ch'), r('rz', 'zh'), r('ch', 'kh'), r('dż', 'j'), r('dź', 'j'), r('ć', 'ts'),
  r('c', 'ts'), r('w', 'v'), r('j', 'y'), r('ó', 'u'),
  r('ie', 'e', { consonantBefore: true }), r('i', 'y', { consonantBefore: true, vowelNext: true }),
];

/** Czech, Slovak (and the scholarly system, ISO 9): ch = х, c = ц, j = й */
const CS: Rule[] = [r('ch', 'kh'), r('c', 'ts'), r('j', 'y'), r('ů', 'u')];

/** Belarusian Łacinka and the national romanisation: as Czech, and ie/ia/io/iu after a consonant = е/я/ё/ю, ć = ць */
const BE_LATN: Rule[] = [
  r('ch', 'kh'), r('c', 'ts'), r('ć', 'ts'), r('j', 'y'), r('ie', 'e', { consonantBefore: true }), r('i', 'y', { consonantBefore: true, vowelNext: true }),
];

/** Lithuanian, Latvian: c = ц, j = й, ch = х */
const LT: Rule[] = [r('ch', 'kh'), r('c', 'ts'), r('j', 'y')];

/** Serbian, Croatian, Bosnian, Slovenian (Gaj's Latin alphabet): c = ц, dž = џ, j = ј, h = х */
const SR: Rule[] = [r('dž', 'j'), r('c', 'ts'), r('j', 'y'), r('h', 'kh')];

/** Hungarian: s = ш, sz = с, cs = ч, zs = ж, c = ц, j = й, ty/gy/ny palatal */
const HU: Rule[] = [r('cs', 'ch'), r('sz', 's'), r('zs', 'zh'), r('s', 'sh'), r('c', 'ts'), r('j', 'y'), r('ty', 't'), r('gy', 'd')];

/** Turkish, Azerbaijani: c = дж, ç = ч, ş = ш, j = ж, h = х, ı = ы */
const TR: Rule[] = [r('ç', 'ch'), r('c', 'j'), r('j', 'zh'), r('h', 'kh'), r('ı', 'y')];

/** Spanish: j = х, ll = й-like, qu = к, gu- = г */
const ES: Rule[] = [r('j', 'kh'), r('qu', 'k'), r('gue', 'ge'), r('gui', 'gi')];

/** Italian press: j for й ("Zaluzhnyj", "Andrij") */
const IT: Rule[] = [r('j', 'y')];

/** Portuguese: ch = ш, nh, lh */
const PT: Rule[] = [r('ch', 'sh'), r('nh', 'ny'), r('lh', 'ly'), r('ç', 's')];

/** Greek romanised by ELOT 743 (romanise.ts): ch = χ, ou = ου, υ = i, τζ = дж, γ before e/i = й */
const EL: Rule[] = [r('ch', 'kh'), r('ou', 'u'), r('tz', 'j'), r('ge', 'ye'), r('gi', 'yi'), r('y', 'i')];

const TABLES: Record<string, Rule[]> = {
  en: EN, de: DE, fr: FR, nl: NL, pl: PL, cs: CS, sk: CS, 'be-Latn': BE_LATN, diacritic: CS, lt: LT, lv: LT, sr: SR,
  'sr-Latn': SR, hr: SR, bs: SR, sl: SR, mk: SR, hu: HU, tr: TR, az: TR, es: ES, it: IT, pt: PT, el: EL,
};

/** the languages that have their own table ("en" is the reading of every other) */
export function spellingOf(lang: string): string {
  if (TABLES[lang] !== undefined) return lang;
  const primary = lang.split('-')[0]!;
  // Belarusian in Latin letters is Łacinka or the national romanisation
  if (primary === 'be') return 'be-Latn';
  return TABLES[primary] !== undefined ? primary : 'en';
}

/** rules by their first character, longest first */
type RuleSet = Map<string, Rule[]>;

function ruleSet(rules: Rule[]): RuleSet {
  const byFirst: RuleSet = new Map();
  for (const rule of rules) {
    const k = rule.from[0]!;
    const list = byFirst.get(k) ?? [];
    // the first rule for a string wins (a language's own before the shared one)
    if (!list.some((x) => x.from === rule.from && sameConditions(x, rule))) list.push(rule);
    byFirst.set(k, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
  return byFirst;
}

const sameConditions = (a: Rule, b: Rule): boolean =>
  !!a.start === !!b.start && !!a.end === !!b.end && !!a.vowelNext === !!b.vowelNext && !!a.consonantNext === !!b.consonantNext &&
  !!a.vowelBefore === !!b.vowelBefore && !!a.consonantBefore === !!b.consonantBefore && a.notBefore === b.notBefore;

const VOWELS = new Set([...'aeiouyáéíóúýàèìòùâêîôûäëïöüåæœøąęėįųūěůőűãõ']);
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

/** Rewrite `word` left to right, the longest rule that fits at each place, every character read once. */
function rewrite(word: string, rules: RuleSet): string {
  let out = '';
  const n = word.length;
  let i = 0;
  while (i < n) {
    const ch = word[i]!;
    const list = rules.get(ch);
    let done = false;
    if (list) {
      for (const rule of list) {
        const len = rule.from.length;
        if (len > 1 && !word.startsWith(rule.from, i)) continue;
        if (rule.start && i !== 0) continue;
        if (rule.end && i + len !== n) continue;
        const next = word[i + len];
        if (rule.vowelNext && !isVowel(next)) continue;
        if (rule.consonantNext && (!isLetter(next) || isVowel(next))) continue;
        if (rule.notBefore !== undefined && next !== undefined && rule.notBefore.includes(next)) continue;
        const prev = i > 0 ? word[i - 1] : undefined;
        if (rule.consonantBefore && (!isLetter(prev) || isVowel(prev))) continue;
        if (rule.vowelBefore && !isVowel(prev)) continue;
        out += rule.to;
        i += len;
        done = true;
        break;
      }
    }
    if (!done) {
      out += ch;
      i++;
    }
  }
  return out;
}

const readers = new Map<string, RuleSet>();

/**
 * Read a lower-case Latin word with the spelling of `spelling` (a value of spellingOf) into the
 * English-press spelling. Accents are kept here (they go with the keys).
 */
export function readSpelling(word: string, spelling: string): string {
  let rules = readers.get(spelling);
  if (!rules) readers.set(spelling, (rules = ruleSet([...(TABLES[spelling] ?? EN), ...SHARED])));
  return rewrite(word, rules);
}

/** lower case without accents, letters only: the engine's own folding (normalise.ts) */
function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = kindOf(c);
    if (k === Kind.Word) out += String.fromCharCode(MAP_TABLE[c]!);
    else if (k === Kind.Expand) out += expansionOf(c);
  }
  return out;
}

const KEY_VOWELS = new Set([...'aeiou']);

/**
 * The transliteration key of a word already read into the English-press spelling (readSpelling):
 * folded, "i"/"y" before a vowel one "y", every other "y" an "i", doubled letters single.
 */
export function transliterationKey(spelled: string): string {
  const s = fold(spelled);
  let out = '';
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const ch = s[i]!;
    if (ch === 'i' || ch === 'y') {
      // a run of i/y: before a vowel it is the "y" of ya/ye/yo/yu, otherwise a vowel "i"
      let j = i;
      while (j < n && (s[j] === 'i' || s[j] === 'y')) j++;
      const beforeVowel = j < n && KEY_VOWELS.has(s[j]!);
      out += beforeVowel ? 'y' : 'i';
      i = j - 1;
      continue;
    }
    out += ch;
  }
  return single(out);
}

function single(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

/** JRC-Names style rewrites of a transliteration key, as one left-to-right pass */
const LOOSE = ruleSet([
  r('shch', 's'), r('sch', 's'), r('tch', 'c'), r('dzh', 'j'), r('dj', 'j'), r('dz', 'j', { start: true, vowelNext: true }),
  r('zh', 'j'), r('sh', 's'), r('ch', 'c'), r('kh', 'g'), r('ts', 'c'), r('tz', 'c'), r('ph', 'f'), r('th', 't'), r('gh', 'g'),
  r('ck', 'k'), r('q', 'k'), r('x', 'ks'), r('w', 'v'), r('ou', 'u'), r('h', 'g'),
  // the softening "y" of ya/ye/yo/yu after a consonant, and a "y" between vowels ("Tokayev", "Еманюел")
  r('ye', 'e', { start: true }), r('y', '', { consonantBefore: true, vowelNext: true }), r('y', '', { vowelBefore: true, vowelNext: true }),
  r('ov', 'u', { consonantNext: true }), r('ow', 'u', { consonantNext: true }),
  r('ev', 'ov', { end: true }), r('ew', 'ov', { end: true }), r('ow', 'ov', { end: true }), r('off', 'ov', { end: true }), r('eff', 'ov', { end: true }),
]);

/** The variant key of a transliteration key (JRC-Names rules). */
export function variantKey(tkey: string): string {
  return single(rewrite(tkey, LOOSE));
}

const KEY_VOWEL = /[aeiou]/;
/**
 * Two variant keys that differ only in their vowels, letter for letter ("tramp" and "trump",
 * "binyamin" and "benyamin"): the same first letter, the same consonants in the same places.
 * Used only where the other half of a full name matches (see names.ts).
 */
export function sameButVowels(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a[0] !== b[0]) return false;
  for (let i = 0; i < a.length; i++) {
    const va = KEY_VOWEL.test(a[i]!);
    if (va !== KEY_VOWEL.test(b[i]!) || (!va && a[i] !== b[i])) return false;
  }
  return true;
}
