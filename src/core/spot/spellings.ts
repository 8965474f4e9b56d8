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
 * vowel/consonant; `vowelBefore`/`consonantBefore`: only after one; `notBefore`: not before one of these letters;
 * `minWord`: only in a word of at least this many letters.
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
  minWord?: number;
}

const r = (from: string, to: string, opts: Omit<Rule, 'from' | 'to'> = {}): Rule => ({ from, to, ...opts });

/** letters whose reading is the same in every language that uses them */
const SHARED: Rule[] = [
  r('š', 'sh'), r('ş', 'sh'), r('ș', 'sh'), r('ž', 'zh'), r('č', 'ch'), r('ć', 'ch'), r('ç', 's'), r('ŭ', 'v', { vowelBefore: true }), r('ŭ', 'u'), r('ż', 'zh'),
  r('ś', 's'), r('ź', 'z'), r('ń', 'n'), r('ĺ', 'l'), r('đ', 'dj'), r('ñ', 'ny'), r('ț', 'ts'), r('ţ', 'ts'), r('ř', 'rzh'), r('ŝ', 'shch'),
  r('ĵ', 'zh'), r('ǆ', 'j'),
];

/** English and the international press (BGN/PCGN spellings); also the reading for languages without a table */
const EN: Rule[] = [r('c', 'k', { notBefore: 'eiyhzs' }), r('j', 'y', { end: true }), r('j', 'y', { consonantBefore: true, vowelNext: true })];

/**
 * German (Duden transcription of Russian): sch = ш, tsch = ч, dsch = дж, ch = х, z = ц, s- = з, w = в, j = й;
 * and German names as other alphabets write them by sound: ei/ey = ай, v = ф ("von der Leyen" is
 * "фон дер Ляйен", "Steinmeier" "Штайнмайер")
 */
const DE: Rule[] = [
  r('dsch', 'j'), r('tsch', 'ch'), r('sch', 'sh'), r('ch', 'kh'), r('tz', 'ts'), r('z', 'ts'), r('w', 'v'), r('j', 'y'), r('ß', 's'), r('ck', 'k'),
  r('s', 'z', { start: true, vowelNext: true }), r('ei', 'ay'), r('ey', 'ay'), r('v', 'f'),
];

/**
 * French: ch = ш, tch = ч, ou = у, j = ж, dj = дж, a final -ine for -ин ("Poutine", "Lénine"); and
 * French names as other alphabets write them by sound: chr/chl = кр/кл, a final -e or -es after a
 * consonant is silent ("Christine Lagarde" is "Кристин Лагард", "Jacques" "Жак")
 */
const FR: Rule[] = [
  r('tch', 'ch'), r('chr', 'kr'), r('chl', 'kl'), r('ch', 'sh'), r('dj', 'j'), r('j', 'zh'), r('ou', 'u'), r('qu', 'k'), r('gue', 'ge'),
  r('gui', 'gi'), r('ç', 's'), r('ine', 'in', { end: true }), r('es', '', { end: true, consonantBefore: true, minWord: 5 }),
  r('e', '', { end: true, consonantBefore: true, minWord: 4 }),
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

/**
 * Serbian, Croatian, Bosnian, Slovenian (Gaj's Latin alphabet): c = ц, dž = џ, j = ј, h = х, and lj/nj
 * for the soft л and н that the English press writes without their softness ("Navaljni" is Navalny)
 */
const SR: Rule[] = [r('dž', 'j'), r('c', 'ts'), r('lj', 'l'), r('nj', 'n'), r('j', 'y'), r('h', 'kh')];

/** Hungarian: s = ш, sz = с, cs = ч, zs = ж, c = ц, j = й, ty/gy/ny palatal */
const HU: Rule[] = [r('cs', 'ch'), r('sz', 's'), r('zs', 'zh'), r('s', 'sh'), r('c', 'ts'), r('j', 'y'), r('ty', 't'), r('gy', 'd')];

/** Turkish, Azerbaijani: c = дж, ç = ч, ş = ш, j = ж, h = х, ı = ы */
const TR: Rule[] = [r('ç', 'ch'), r('c', 'j'), r('j', 'zh'), r('h', 'kh'), r('ı', 'y')];

/**
 * Spanish: j = х, ll = й-like, qu = к, gu- = г; and Spanish names as other alphabets write them by
 * sound: z, and c before e or i, = с ("Sánchez" is "Санчес", "Cecilia" "Сесилия")
 */
const ES: Rule[] = [r('j', 'kh'), r('qu', 'k'), r('gue', 'ge'), r('gui', 'gi'), r('z', 's'), r('ce', 'se'), r('ci', 'si')];

/**
 * Italian press: j for й ("Zaluzhnyj", "Andrij"), c and g before e/i for ч and дж ("Gorbaciov");
 * and Italian names as other alphabets write them by sound: gi/ci before a vowel = дж/ч, ch/gh = к/г,
 * sc before e/i = ш, gn = нь, gli = ль, z = ц ("Giorgia Meloni" is "Джорджа Мелони", "Renzi" "Ренци")
 */
const IT: Rule[] = [
  r('j', 'y'), r('sci', 'sh', { vowelNext: true }), r('sce', 'she'), r('sci', 'shi'), r('gli', 'ly', { vowelNext: true }), r('gli', 'li'),
  r('gi', 'j', { vowelNext: true }), r('ci', 'ch', { vowelNext: true }), r('ge', 'je'), r('gi', 'ji'), r('ce', 'che'), r('ci', 'chi'),
  r('ch', 'k'), r('gh', 'g'), r('gn', 'ny'), r('zz', 'ts'), r('z', 'ts'),
];

/** Portuguese: ch = ш, nh, lh */
const PT: Rule[] = [r('ch', 'sh'), r('nh', 'ny'), r('lh', 'ly'), r('ç', 's')];

/** Greek romanised by ELOT 743 (romanise.ts): ch = χ, ou = ου, υ = i, τζ = дж, γ before e/i = й */
const EL: Rule[] = [r('ch', 'kh'), r('ou', 'u'), r('tz', 'j'), r('ge', 'ye'), r('gi', 'yi'), r('y', 'i')];

/**
 * Finnish and Estonian (SFS 4900, the Estonian transcription of Russian): j = й, tš = ч
 * ("Jeltsin", "Tšernomyrdin"; "Kaja" is "Кая", "Jens" is "Йенс")
 */
const NORDIC: Rule[] = [r('tš', 'ch'), r('j', 'y')];
/**
 * Swedish, Norwegian, Danish: the Scandinavian transcription of Cyrillic, sj = ш, zj = ж, tj and tsj
 * = ч, sjtj = щ, j = й ("Kassym-Zjomart Tokajev", "Sjojgu", "Tjernysjenko"); Swedish ch = х
 */
const SCANDINAVIAN: Rule[] = [r('sjtj', 'shch'), r('tsj', 'ch'), r('tj', 'ch'), r('zj', 'zh'), r('sj', 'sh'), r('j', 'y')];
const SWEDISH: Rule[] = [r('sjtj', 'shch'), r('tsj', 'ch'), r('tj', 'ch'), r('zj', 'zh'), r('sj', 'sh'), r('ch', 'kh'), r('j', 'y')];

const TABLES: Record<string, Rule[]> = {
  en: EN, de: DE, fr: FR, nl: NL, pl: PL, cs: CS, sk: CS, 'be-Latn': BE_LATN, diacritic: CS, lt: LT, lv: LT, sr: SR,
  'sr-Latn': SR, hr: SR, bs: SR, sl: SR, mk: SR, hu: HU, tr: TR, az: TR, es: ES, it: IT, pt: PT, el: EL,
  fi: NORDIC, et: NORDIC, sv: SWEDISH, no: SCANDINAVIAN, nb: SCANDINAVIAN, nn: SCANDINAVIAN, da: SCANDINAVIAN,
};

/** the languages that have their own table ("en" is the reading of every other) */
export function spellingOf(lang: string): string {
  if (TABLES[lang] !== undefined) return lang;
  const primary = lang.split('-')[0]!;
  // Belarusian in Latin letters is Łacinka or the national romanisation
  if (primary === 'be') return 'be-Latn';
  return TABLES[primary] !== undefined ? primary : 'en';
}

/**
 * A rule set compiled for char codes: the rules that start with each code (Latin letters and
 * marks, below U+0250), longest first. The engine works on Uint16Array buffers, so a page word is
 * read into its keys without building strings on the way.
 */
interface CodeRule {
  from: Uint16Array;
  to: Uint16Array;
  rule: Rule;
  notBefore: Set<number> | null;
}
type RuleSet = (CodeRule[] | undefined)[];
const FIRST_CODES = 0x250;

const codes = (s: string): Uint16Array => Uint16Array.from(s, (ch) => ch.charCodeAt(0));

function ruleSet(rules: Rule[]): RuleSet {
  const byFirst: RuleSet = new Array(FIRST_CODES);
  for (const rule of rules) {
    const k = rule.from.charCodeAt(0);
    const list = byFirst[k] ?? [];
    // the first rule for a string wins (a language's own before the shared one)
    if (!list.some((x) => x.rule.from === rule.from && sameConditions(x.rule, rule))) {
      list.push({ from: codes(rule.from), to: codes(rule.to), rule, notBefore: rule.notBefore ? new Set(codes(rule.notBefore)) : null });
    }
    byFirst[k] = list;
  }
  for (const list of byFirst) list?.sort((a, b) => b.from.length - a.from.length);
  return byFirst;
}

const sameConditions = (a: Rule, b: Rule): boolean =>
  !!a.start === !!b.start && !!a.end === !!b.end && !!a.vowelNext === !!b.vowelNext && !!a.consonantNext === !!b.consonantNext &&
  !!a.vowelBefore === !!b.vowelBefore && !!a.consonantBefore === !!b.consonantBefore && a.notBefore === b.notBefore && a.minWord === b.minWord;

const VOWEL = new Uint8Array(FIRST_CODES);
for (const ch of 'aeiouyáéíóúýàèìòùâêîôûäëïöüåæœøąęėįųūěůőűãõ') VOWEL[ch.charCodeAt(0)] = 1;
const isVowel = (c: number): boolean => c >= 0 && c < FIRST_CODES && VOWEL[c] === 1;
const isLetter = (c: number): boolean => {
  if (c < 0) return false;
  const k = kindOf(c);
  return k === Kind.Word || k === Kind.Expand;
};

/** the longest words the keys are made for; longer ones are not names */
export const MAX_WORD = 64;
const BUF_SIZE = MAX_WORD * 4;

/**
 * Rewrite `n` codes of `src` into `dst` left to right, the longest rule that fits at each place,
 * every code read once. Returns the number of codes written.
 */
function rewrite(src: Uint16Array, n: number, rules: RuleSet, dst: Uint16Array): number {
  let o = 0;
  let i = 0;
  while (i < n && o < BUF_SIZE - 8) {
    const c = src[i]!;
    const list = c < FIRST_CODES ? rules[c] : undefined;
    let done = false;
    if (list !== undefined) {
      for (let r = 0; r < list.length; r++) {
        const cr = list[r]!;
        const len = cr.from.length;
        if (i + len > n) continue;
        let same = true;
        for (let j = 1; j < len && same; j++) same = src[i + j] === cr.from[j];
        if (!same) continue;
        const rule = cr.rule;
        if (rule.start && i !== 0) continue;
        if (rule.end && i + len !== n) continue;
        if (rule.minWord !== undefined && n < rule.minWord) continue;
        const next = i + len < n ? src[i + len]! : -1;
        if (rule.vowelNext && !isVowel(next)) continue;
        if (rule.consonantNext && (!isLetter(next) || isVowel(next))) continue;
        if (cr.notBefore !== null && next >= 0 && cr.notBefore.has(next)) continue;
        const prev = i > 0 ? src[i - 1]! : -1;
        if (rule.consonantBefore && (!isLetter(prev) || isVowel(prev))) continue;
        if (rule.vowelBefore && !isVowel(prev)) continue;
        for (let j = 0; j < cr.to.length; j++) dst[o++] = cr.to[j]!;
        i += len;
        done = true;
        break;
      }
    }
    if (!done) {
      dst[o++] = c;
      i++;
    }
  }
  return o;
}

const readers = new Map<string, RuleSet>();
function reader(spelling: string): RuleSet {
  let rules = readers.get(spelling);
  if (!rules) readers.set(spelling, (rules = ruleSet([...(TABLES[spelling] ?? EN), ...SHARED])));
  return rules;
}

/** lower case without accents, letters only: the engine's own folding (normalise.ts) */
function fold(src: Uint16Array, n: number, dst: Uint16Array): number {
  let o = 0;
  for (let i = 0; i < n && o < BUF_SIZE - 4; i++) {
    const c = src[i]!;
    const k = kindOf(c);
    if (k === Kind.Word) dst[o++] = MAP_TABLE[c]!;
    else if (k === Kind.Expand) for (const x of expansionOf(c)) dst[o++] = x.charCodeAt(0);
  }
  return o;
}

const I = 0x69;
const Y = 0x79;
const KEY_VOWEL = new Uint8Array(128);
for (const ch of 'aeiou') KEY_VOWEL[ch.charCodeAt(0)] = 1;

/** "i"/"y" before a vowel one "y", every other "y" an "i", doubled letters single (in place) */
function transliterationPass(buf: Uint16Array, n: number): number {
  let o = 0;
  for (let i = 0; i < n; i++) {
    let c = buf[i]!;
    if (c === I || c === Y) {
      // a run of i/y: before a vowel it is the "y" of ya/ye/yo/yu, otherwise a vowel "i"
      let j = i;
      while (j < n && (buf[j] === I || buf[j] === Y)) j++;
      c = j < n && buf[j]! < 128 && KEY_VOWEL[buf[j]!] === 1 ? Y : I;
      i = j - 1;
    }
    if (o === 0 || buf[o - 1] !== c) buf[o++] = c;
  }
  return o;
}

/** doubled letters single (in place) */
function single(buf: Uint16Array, n: number): number {
  let o = 0;
  for (let i = 0; i < n; i++) if (o === 0 || buf[o - 1] !== buf[i]) buf[o++] = buf[i]!;
  return o;
}

/** JRC-Names style rewrites of a transliteration key, as one left-to-right pass */
const LOOSE = ruleSet([
  r('shch', 's'), r('sch', 's'), r('tch', 'c'), r('dzh', 'j'), r('dj', 'j'), r('dz', 'j', { start: true, vowelNext: true }),
  r('zh', 'j'), r('sh', 's'), r('ch', 'c'), r('kh', 'g'), r('ts', 'c'), r('tz', 'c'), r('ph', 'f'), r('th', 't'), r('gh', 'g'),
  r('ck', 'k'), r('q', 'k'), r('x', 'ks'), r('w', 'v'), r('ou', 'u'), r('h', 'g'),
  // the softening "y" of ya/ye/yo/yu after a consonant, and a "y" between vowels ("Tokayev", "Еманюел")
  r('ye', 'e', { start: true }), r('y', '', { consonantBefore: true, vowelNext: true }), r('y', '', { vowelBefore: true, vowelNext: true }),
  // j/y before a vowel at the start of a name: "Yuri" / "Juri", "Yanukovych" / "Janukowytsch", and the Spanish "Yomart" for "Jomart"
  r('y', 'j', { start: true, vowelNext: true }),
  r('ov', 'u', { consonantNext: true }), r('ow', 'u', { consonantNext: true }),
  r('ev', 'ov', { end: true }), r('ew', 'ov', { end: true }), r('ow', 'ov', { end: true }), r('off', 'ov', { end: true }), r('eff', 'ov', { end: true }),
]);

// scratch buffers: one word at a time (the engine is synchronous)
const BUF_A = new Uint16Array(BUF_SIZE);
const BUF_B = new Uint16Array(BUF_SIZE);
const BUF_C = new Uint16Array(BUF_SIZE);
const BUF_D = new Uint16Array(BUF_SIZE);

const toString = (buf: Uint16Array, n: number): string => String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);

function load(word: string, dst: Uint16Array): number {
  const n = Math.min(word.length, MAX_WORD);
  for (let i = 0; i < n; i++) dst[i] = word.charCodeAt(i);
  return n;
}

/**
 * Read a lower-case Latin word with the spelling of `spelling` (a value of spellingOf) into the
 * English-press spelling. Accents are kept here (they go with the keys).
 */
export function readSpelling(word: string, spelling: string): string {
  const n = rewrite(BUF_A, load(word, BUF_A), reader(spelling), BUF_B);
  return toString(BUF_B, n);
}

/** The transliteration key of a word already read into the English-press spelling (readSpelling). */
export function transliterationKey(spelled: string): string {
  const n = transliterationPass(BUF_C, fold(BUF_A, load(spelled, BUF_A), BUF_C));
  return toString(BUF_C, n);
}

/** The variant key of a transliteration key (JRC-Names rules). */
export function variantKey(tkey: string): string {
  const n = single(BUF_B, rewrite(BUF_A, load(tkey, BUF_A), LOOSE, BUF_B));
  return toString(BUF_B, n);
}

/**
 * Both keys of a lower-case Latin word read with `spelling`, in one go through the scratch buffers:
 * readSpelling, then transliterationKey, then variantKey.
 */
export function spellingKeys(word: string, spelling: string): { strict: string; loose: string } {
  const n = keyCodes(BUF_D, load(word, BUF_D), spelling);
  return { strict: toString(BUF_C, n >> 16), loose: toString(BUF_A, n & 0xffff) };
}

/**
 * The keys of `n` lower-case codes in `src` read with `spelling`, left in the scratch buffers: the
 * transliteration key in `strictKeyCodes`, the variant key in `looseKeyCodes`. Returns their lengths
 * as (strict << 16) | loose. No strings: the scan reads page words through this.
 */
export function keyCodes(src: Uint16Array, n: number, spelling: string): number {
  const read = rewrite(src, n, reader(spelling), BUF_B);
  const strict = transliterationPass(BUF_C, fold(BUF_B, read, BUF_C));
  const loose = single(BUF_A, rewrite(BUF_C, strict, LOOSE, BUF_A));
  return (strict << 16) | loose;
}

/** where keyCodes leaves the keys */
export const strictKeyCodes = (): Uint16Array => BUF_C;
export const looseKeyCodes = (): Uint16Array => BUF_A;

const KEY_VOWEL_RE = /[aeiou]/;
/**
 * Two variant keys of five letters or more that differ only in their vowels, letter for letter
 * ("tramp" and "trump", "binyamin" and "benyamin"): the same first letter, the same consonants in
 * the same places.
 * Used only where the other half of a full name matches (see names.ts).
 */
export function sameButVowels(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a[0] !== b[0]) return false;
  for (let i = 0; i < a.length; i++) {
    const va = KEY_VOWEL_RE.test(a[i]!);
    if (va !== KEY_VOWEL_RE.test(b[i]!) || (!va && a[i] !== b[i])) return false;
  }
  return true;
}
