/**
 * Romanisation of Cyrillic and Greek words by the standard systems, as data:
 * - Russian: BGN/PCGN 1947 (the system of the English-language press), without its optional dots
 *   and with "ë" kept as a letter (folded to "e" later, as the press writes "Gorbachev");
 * - Ukrainian: the national system (Cabinet of Ministers resolution 55 of 2010, adopted by BGN/PCGN
 *   in 2019): "Зеленський" → "Zelenskyi", "Київ" → "Kyiv";
 * - Belarusian: the national system (Instruction on transliteration, 2007/2023, adopted by the UN):
 *   "Лукашэнка" → "Lukašenka", "Ціханоўская" → "Cichanoŭskaja" (read later with the
 *   Łacinka/Czech spelling conventions, see spellings.ts);
 * - Bulgarian: the official Streamlined System (Transliteration Act 2009): "Щ" → "sht", "Ъ" → "a";
 * - Serbian: the Serbian Latin alphabet (Gaj), one letter for one; Macedonian: the official
 *   romanisation (2008);
 * - Greek: ELOT 743 / ISO 843 transcription. Inside a word ELOT reads "μπ", "ντ", "γκ" as mp, nt,
 *   gk; in foreign names Greek writes b, d, g ("Βλαντιμίρ" is Vladimir) or mb, nd, ng ("Αλεξάντερ"
 *   is Alexander) with them, so those two readings are returned too.
 * Input and output are lower case. Pure functions, no state.
 */

export type CyrillicLang = 'ru' | 'uk' | 'be' | 'bg' | 'sr' | 'mk';

/** how the romanised text spells: read by spellings.ts with these conventions */
export type RomanConvention = 'en' | 'diacritic' | 'el';

type Table = Record<string, string>;

/** Russian, BGN/PCGN 1947 (е, ё handled by position below) */
const RU: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

/** Ukrainian national system 2010 (є, ї, й, ю, я: the first form at the start of a word) */
const UK: Table = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'y', і: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '',
  "'": '', '’': '', 'ʼ': '',
};
const UK_INITIAL: Table = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const UK_MEDIAL: Table = { є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' };

/** Belarusian national system (е, ё, ю, я: "j…" at the start and after vowels, "i…" after consonants) */
const BE: Table = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', ж: 'ž', з: 'z', і: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'ŭ', ф: 'f', х: 'ch', ц: 'c', ч: 'č', ш: 'š', ы: 'y', ь: '',
  э: 'e', "'": '', '’': '', 'ʼ': '',
};
const BE_IOTATED: Record<string, [string, string]> = { е: ['je', 'ie'], ё: ['jo', 'io'], ю: ['ju', 'iu'], я: ['ja', 'ia'] };

/** Bulgarian, Streamlined System 2009 */
const BG: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y',
  ю: 'yu', я: 'ya',
};

/** Serbian Cyrillic → Serbian Latin (Gaj) */
const SR: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č',
  џ: 'dž', ш: 'š',
};

/** Macedonian, official romanisation (ж ч ш as in the Macedonian Latin alphabet) */
const MK: Table = {
  ...SR, ѓ: 'gj', ѕ: 'dz', ќ: 'kj', ж: 'ž', ч: 'č', ш: 'š', ц: 'c', џ: 'dž', х: 'h',
};

/**
 * A letter the chosen system does not have (a Ukrainian "ї" on a page read as Russian, a Belarusian
 * "ў" in a stem read with the Russian system) is read as a system that has it reads it: Russian
 * first, then Ukrainian (in the middle of a word), Belarusian, Bulgarian, Serbian, Macedonian.
 * Without this the letter stayed Cyrillic inside a Latin key, and no Latin spelling could reach it.
 */
const ANY_SYSTEM: Table = { ...MK, ...SR, ...BG, ...BE, ...UK_MEDIAL, ...UK, ...RU, е: 'e', ё: 'ë' };

/** a letter by the system's table, else as any system reads it (ANY_SYSTEM), else as it is */
const letter = (table: Table, ch: string): string => table[ch] ?? ANY_SYSTEM[ch] ?? ch;

const CYRILLIC_VOWELS = new Set([...'аеёиоуыэюяіїєў']);

/** Which Cyrillic language a word (or text) is most likely in, from letters only one language uses (null: no sign). */
export function cyrillicLangOf(s: string): CyrillicLang | null {
  const has = (re: RegExp): boolean => re.test(s);
  if (has(/[ѓќѕЃЌЅ]/u)) return 'mk';
  if (has(/[ђјљњћџЂЈЉЊЋЏ]/u)) return 'sr';
  if (has(/[ўЎ]/u)) return 'be';
  if (has(/[іІ]/u)) return has(/[ыэёЫЭЁ]/u) ? 'be' : 'uk';
  if (has(/[їєґЇЄҐ]/u)) return 'uk';
  if (has(/[ыэёЫЭЁ]/u)) return 'ru';
  return null;
}

const CYRILLIC_LANGS = new Set<string>(['ru', 'uk', 'be', 'bg', 'sr', 'mk']);
/** languages whose names are written in Greek or Cyrillic letters only (Serbian writes both alphabets) */
const NON_LATIN_LANGS = new Set<string>(['el', ...[...CYRILLIC_LANGS].filter((l) => l !== 'sr')]);
/** is an alias in language `lang` (a BCP 47 tag) written in Greek or Cyrillic letters, whatever its text? */
export function writtenInOtherScript(lang: string): boolean {
  return NON_LATIN_LANGS.has(lang.split('-')[0]!);
}
/** a page language that names a Cyrillic romanisation, or null */
export function asCyrillicLang(lang: string): CyrillicLang | null {
  return CYRILLIC_LANGS.has(lang) ? (lang as CyrillicLang) : null;
}

/** the convention each Cyrillic system spells with */
export function conventionOf(lang: CyrillicLang): RomanConvention {
  return lang === 'be' || lang === 'sr' || lang === 'mk' ? 'diacritic' : 'en';
}

/** Romanise one lower-case Cyrillic word by the system of `lang`. */
export function romaniseCyrillic(word: string, lang: CyrillicLang): string {
  let out = '';
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word[i]!;
    const prev = i > 0 ? word[i - 1]! : '';
    const start = i === 0 || prev === "'" || prev === '’' || prev === 'ʼ';
    const afterVowel = start || CYRILLIC_VOWELS.has(prev) || prev === 'ь' || prev === 'ъ' || prev === 'й';
    switch (lang) {
      case 'ru':
        if (ch === 'е') out += afterVowel ? 'ye' : 'e';
        else if (ch === 'ё') out += afterVowel ? 'yë' : 'ë';
        else out += letter(RU, ch);
        break;
      case 'uk':
        if (UK_INITIAL[ch] !== undefined) out += start ? UK_INITIAL[ch] : UK_MEDIAL[ch];
        else if (ch === 'г' && prev === 'з') out += 'gh'; // "зг" → "zgh"
        else out += letter(UK, ch);
        break;
      case 'be': {
        const io = BE_IOTATED[ch];
        if (io) out += afterVowel || prev === 'ў' ? io[0] : io[1];
        else out += letter(BE, ch);
        break;
      }
      case 'bg':
        if (ch === 'я' && i === n - 1 && prev === 'и') out += 'a'; // "-ия" → "-ia"
        else out += letter(BG, ch);
        break;
      case 'sr':
        out += letter(SR, ch);
        break;
      case 'mk':
        out += letter(MK, ch);
        break;
    }
  }
  return out;
}

// ---- Greek, ELOT 743 ----

const GREEK_BASE: Table = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** letters after which αυ, ευ, ηυ are read av, ev, iv (vowels and voiced consonants); otherwise af, ef, if */
const GREEK_VOICED_NEXT = new Set([...'αεηιουωβγδζλμνρ']);

/** Greek lower case without accents and diaeresis kept apart: "ϊ" stays a vowel of its own */
function greekPlain(word: string): string {
  // drop tonos and other accents, keep the diaeresis as a separate mark we read below
  return word.normalize('NFD').replace(/[\u0300-\u0307\u0309-\u036f]/g, '').normalize('NFC');
}

/** how "μπ", "ντ", "γκ" inside a word are read: ELOT's mp/nt/gk, or b/d/g, or mb/nd/ng (foreign names) */
type Medial = 'elot' | 'voiced' | 'nasal';
const MEDIAL: Record<string, Record<Medial, string>> = {
  μπ: { elot: 'mp', voiced: 'b', nasal: 'mb' },
  ντ: { elot: 'nt', voiced: 'd', nasal: 'nd' },
  γκ: { elot: 'gk', voiced: 'g', nasal: 'ng' },
};

/**
 * Romanise one lower-case Greek word: the ELOT 743 reading, and, when "μπ", "ντ" or "γκ" occur inside
 * the word, also the readings of foreign names. The first is the standard one.
 */
export function romaniseGreek(word: string): string[] {
  const w = greekPlain(word);
  const standard = greekPass(w, 'elot');
  if (!/.(μπ|ντ|γκ)/.test(w)) return [standard];
  return [...new Set([standard, greekPass(w, 'voiced'), greekPass(w, 'nasal')])];
}

/**
 * The Greek word as it sounds, as most foreign presses write Greek places and people ("Ηράκλειο" is
 * Iraklio, "Πειραιάς" Pireas, "Κηφισιά" Kifisia): ει, οι and υ read i, αι reads e, and μπ, ντ, γκ
 * b, d, g. Read for page words beside romaniseGreek's ELOT readings, which keep the spelling ("Irakleio").
 */
export function romaniseGreekAsSpoken(word: string): string {
  return greekPass(greekPlain(word), 'voiced', true);
}

function greekPass(w: string, medial: Medial, spoken = false): string {
  let out = '';
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const ch = w[i]!;
    const next = w[i + 1] ?? '';
    const diaeresisNext = next === 'ϊ' || next === 'ϋ' || w[i + 2] === '\u0308';
    const start = i === 0;
    if (ch === '\u0308') continue;
    if (ch === 'ϊ' || ch === 'ΐ') {
      out += 'i';
      continue;
    }
    if (ch === 'ϋ' || ch === 'ΰ') {
      out += 'y';
      continue;
    }
    // digraphs
    const pair = MEDIAL[ch + next];
    if (pair) {
      out += start ? pair.voiced : pair[medial];
      i++;
      continue;
    }
    if (ch === 'γ' && (next === 'γ' || next === 'ξ' || next === 'χ')) {
      out += 'n';
      continue;
    }
    if (ch === 'ο' && next === 'υ' && !diaeresisNext) {
      out += 'ou';
      i++;
      continue;
    }
    if ((ch === 'α' || ch === 'ε' || ch === 'η') && next === 'υ' && !diaeresisNext) {
      const after = w[i + 2] ?? '';
      const v = after !== '' && GREEK_VOICED_NEXT.has(after) ? 'v' : 'f';
      out += (ch === 'α' ? 'a' : ch === 'ε' ? 'e' : 'i') + v;
      i++;
      continue;
    }
    if (spoken && !diaeresisNext && ((ch === 'ε' || ch === 'ο' || ch === 'υ') && next === 'ι')) {
      out += 'i';
      i++;
      continue;
    }
    if (spoken && !diaeresisNext && ch === 'α' && next === 'ι') {
      out += 'e';
      i++;
      continue;
    }
    if (spoken && ch === 'υ') {
      out += 'i';
      continue;
    }
    if (ch === 'τ' && next === 'ζ') {
      out += 'tz';
      i++;
      continue;
    }
    out += GREEK_BASE[ch] ?? ch;
  }
  return out;
}

/** the script of a letter: 'cyrillic', 'greek', or 'latin' for everything else */
export function scriptOf(code: number): 'cyrillic' | 'greek' | 'latin' {
  if (code >= 0x0400 && code <= 0x052f) return 'cyrillic';
  if ((code >= 0x0370 && code <= 0x03ff) || (code >= 0x1f00 && code <= 0x1fff)) return 'greek';
  return 'latin';
}
