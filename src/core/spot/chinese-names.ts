/**
 * Chinese names as other languages' press writes them. The pack lists Chinese people in Hanyu
 * Pinyin ("Xi Jinping", "Li Qiang"); the Czech and Slovak press writes them in the Czech
 * transcription ("Si Ťin-pching", "Li Čchiang"), the Hungarian press in the Hungarian popular
 * transcription ("Hszi Csin-ping", "Li Csiang"), the Turkish press with Turkish letters ("Şi
 * Cinping"), the Serbian press with Serbian ones ("Si Đinping", Cyrillic "Си Ђинпинг"), the Greek
 * press in Greek letters ("Σι Τζινπίνγκ"). The Russian and Ukrainian press is read by palladius.ts.
 *
 * A name whose every word reads whole as Pinyin syllables is written syllable by syllable in each
 * system, from the systems' tables of initials and finals (Czech: Švarný's popular transcription;
 * Hungarian: the popular transcription of the Hungarian orthography, as in its published table;
 * Turkish, Serbian and Greek: the letters their press uses for Pinyin's). The compiler lists the
 * results as the person's names in those languages (compile.ts). Pure: no browser API.
 */

/** one Pinyin syllable: its initial ('' for none) and its final, ü written "v" after l and n */
interface Syllable {
  initial: string;
  final: string;
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];
/** finals, longest first */
const FINALS = [
  'iang', 'iong', 'uang', 'ueng', 'ang', 'eng', 'ong', 'ing', 'iao', 'ian', 'uai', 'uan', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'er',
  'ia', 'ie', 'iu', 'in', 'ua', 'uo', 'ui', 'un', 'ue', 'a', 'o', 'e', 'i', 'u', 'v',
];
/** finals that stand without an initial (the others are written with y or w) */
const ALONE = new Set(['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'er']);
/** finals y and w take ("ya", "you", "yuan"; "wu", "wei") */
const AFTER_Y = new Set(['a', 'e', 'ao', 'ou', 'an', 'ang', 'i', 'in', 'ing', 'ong', 'u', 'ue', 'uan', 'un']);
const AFTER_W = new Set(['a', 'o', 'ai', 'ei', 'an', 'en', 'ang', 'eng', 'u']);
/** initials after which u is ü */
const PALATAL = new Set(['j', 'q', 'x', 'y']);
/** initials after which i is the "buzzed" vowel of zhi, chi, shi, ri, zi, ci, si */
const BUZZED = new Set(['zh', 'ch', 'sh', 'r', 'z', 'c', 's']);
/** finals j, q, x take (with i or ü) */
const FRONT = new Set(['i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'iong', 'u', 'ue', 'uan', 'un']);

function fits(initial: string, final: string): boolean {
  if (initial === '') return ALONE.has(final);
  if (initial === 'y') return AFTER_Y.has(final);
  if (initial === 'w') return AFTER_W.has(final);
  if (initial === 'j' || initial === 'q' || initial === 'x') return FRONT.has(final);
  if (final === 'v') return initial === 'n' || initial === 'l';
  return final !== 'er';
}

/** the syllables of a lower-case Pinyin word without tone marks, or null when it is none */
function syllablesOf(word: string, at = 0, depth = 0): Syllable[] | null {
  if (at === word.length) return [];
  if (depth > 5) return null;
  const initials = ['', ...INITIALS.filter((i) => word.startsWith(i, at))];
  // a longer initial first (zh before z), then no initial
  initials.sort((a, b) => b.length - a.length);
  for (const initial of initials) {
    for (const final of FINALS) {
      if (!word.startsWith(final, at + initial.length) || !fits(initial, final)) continue;
      const rest = syllablesOf(word, at + initial.length + final.length, depth + 1);
      if (rest) return [{ initial, final }, ...rest];
    }
  }
  return null;
}

/** how one transcription writes a syllable */
interface System {
  /** the language the press writes it in */
  lang: string;
  initials: Readonly<Record<string, string>>;
  /** finals that it writes otherwise, and where the initial changes the final */
  final(s: Syllable): string;
  /** the syllables of one word: joined, or with hyphens between ("Ťin-pching") */
  hyphens: boolean;
  /** a whole syllable written otherwise ("yi" is "i" in Czech) */
  whole?: Readonly<Record<string, string>>;
}

/** Pinyin u after j, q, x and y is ü */
const umlaut = (s: Syllable, final: string): string => (PALATAL.has(s.initial) && final.startsWith('u') ? 'ü' + final.slice(1) : final);

const CZECH: System = {
  lang: 'cs',
  hyphens: true,
  initials: { b: 'p', p: 'pch', d: 't', t: 'tch', g: 'k', k: 'kch', h: 'ch', j: 'ť', q: 'čch', x: 's', zh: 'č', ch: 'čch', sh: 'š', r: 'ž', z: 'c', c: 'cch', y: 'j' },
  whole: { yi: 'i', yan: 'jen' },
  final(s) {
    if (s.final === 'i' && BUZZED.has(s.initial)) return '';
    const f = { ai: 'aj', ei: 'ej', ong: 'ung', iu: 'iou', ian: 'ien', iong: 'iung', uai: 'uaj', ui: 'uej', ue: 'üe', v: 'ü' }[s.final] ?? s.final;
    return umlaut(s, f);
  },
};

const HUNGARIAN: System = {
  lang: 'hu',
  hyphens: true,
  initials: { b: 'p', d: 't', g: 'k', j: 'cs', q: 'cs', x: 'hsz', zh: 'cs', ch: 'cs', sh: 's', r: 'zs', z: 'c', s: 'sz', y: 'j', w: 'v' },
  whole: { yan: 'jen', you: 'ju' },
  final(s) {
    if (s.final === 'i' && BUZZED.has(s.initial)) return 'e';
    if (s.final === 'e') return s.initial === '' || s.initial === 'g' || s.initial === 'h' || s.initial === 'k' ? 'o' : s.initial === 'y' ? 'e' : 'ö';
    const f = { ai: 'aj', ei: 'ej', ong: 'ung', ian: 'ien', iong: 'iung', uai: 'uaj', ui: 'uj', ue: 'üe', v: 'ü' }[s.final] ?? s.final;
    return umlaut(s, f);
  },
};

const TURKISH: System = {
  lang: 'tr',
  hyphens: false,
  initials: { j: 'c', q: 'ç', x: 'ş', zh: 'c', ch: 'ç', sh: 'ş', w: 'v' },
  final(s) {
    return { ai: 'ay', ei: 'ey', ui: 'uey', v: 'ü' }[s.final] ?? s.final;
  },
};

const SERBIAN: System = {
  lang: 'sr-Latn',
  hyphens: false,
  initials: { j: 'đ', q: 'ć', x: 's', zh: 'dž', ch: 'č', sh: 'š', r: 'ž', z: 'c', y: 'j', w: 'v' },
  final(s) {
    // "Сјаопинг", "Мао Цедунг"
    if (s.initial === 'x' && /^i[aeou]/.test(s.final)) return 'j' + s.final.slice(1);
    return { ai: 'aj', ei: 'ej', ui: 'uej', ong: 'ung', v: 'i' }[s.final] ?? s.final;
  },
};

const GREEK: System = {
  lang: 'el',
  hyphens: false,
  initials: {
    b: 'μπ', p: 'π', m: 'μ', f: 'φ', d: 'ντ', t: 'τ', n: 'ν', l: 'λ', g: 'γκ', k: 'κ', h: 'χ', j: 'τζ', q: 'τσ', x: 'σ',
    zh: 'τζ', ch: 'τσ', sh: 'σ', r: 'ρ', z: 'τζ', c: 'τσ', s: 'σ', y: 'γ', w: 'ου',
  },
  final(s) {
    let f = s.final.replace(/ng$/, 'νγκ').replace(/ou$/, 'ου').replace(/ui$/, 'ουέι').replace(/^u/, 'ου').replace(/v$/, 'ι');
    f = f.replace(/ai$/, 'άι').replace(/ei$/, 'έι').replace(/ao$/, 'άο');
    return [...f].map((c) => GREEK_LETTER[c] ?? c).join('');
  },
};
const GREEK_LETTER: Readonly<Record<string, string>> = { a: 'α', o: 'ο', e: 'ε', i: 'ι', u: 'ου', n: 'ν', r: 'ρ' };

const SYSTEMS: readonly System[] = [CZECH, HUNGARIAN, TURKISH, SERBIAN, GREEK];

function writeSyllable(s: Syllable, system: System): string {
  const whole = system.whole?.[s.initial + s.final];
  if (whole !== undefined) return whole;
  return (system.initials[s.initial] ?? s.initial) + system.final(s);
}

/** the word's first letter as a capital */
const capitalised = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);

/** the lower-case Pinyin of a word: tone marks dropped, ü as v; null for a word with other letters */
function plainPinyin(word: string): string | null {
  const w = word
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '');
  return /^[a-z]+$/.test(w) ? w : null;
}

export interface ChineseSpelling {
  text: string;
  lang: string;
}

/**
 * A name in Pinyin ("Xi Jinping") as each system writes it ({ text: "Si Ťin-pching", lang: "cs" },
 * …), or [] when a word of it is no Pinyin.
 */
export function chineseSpellings(name: string): ChineseSpelling[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  const parsed: Syllable[][] = [];
  for (const w of words) {
    const plain = plainPinyin(w);
    const syllables = plain === null ? null : syllablesOf(plain);
    if (!syllables || syllables.length === 0) return [];
    parsed.push(syllables);
  }
  return SYSTEMS.map((system) => ({
    lang: system.lang,
    text: parsed.map((syllables) => capitalised(syllables.map((s) => writeSyllable(s, system)).join(system.hyphens ? '-' : ''))).join(' '),
  }));
}
