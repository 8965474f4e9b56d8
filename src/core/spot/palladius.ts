/**
 * Chinese names in Cyrillic: the Russian and Ukrainian press write them in the Palladius system
 * ("Си Цзиньпин", "Ли Цян", "Мао Цзэдун", "Сі Цзіньпін"), the English-language press in Hanyu
 * Pinyin ("Xi Jinping", "Li Qiang", "Mao Zedong"). A Cyrillic word that reads whole as Palladius
 * syllables is given its Pinyin reading, so that it meets the pack's Pinyin aliases.
 *
 * The table is the Palladius system's correspondence of initials and finals (as in the standard
 * Russian–Pinyin tables); a syllable is an initial (or none) and a final, and the word must be
 * cut into syllables with nothing left over. Pinyin's j/q/x and z/c/s are one Cyrillic initial
 * each (цз, ц, с): before a final with i or ü (и, я, е, ю…) they are j, q, x. Input is lower case.
 */

/** Palladius initials, longest first, with their Pinyin (j/q/x chosen by the final below) */
const INITIALS: readonly (readonly [string, string])[] = [
  ['чж', 'zh'], ['цз', 'z'], ['ч', 'ch'], ['ш', 'sh'], ['ж', 'r'], ['ц', 'c'], ['с', 's'],
  ['б', 'b'], ['п', 'p'], ['м', 'm'], ['ф', 'f'], ['д', 'd'], ['т', 't'], ['н', 'n'], ['л', 'l'],
  ['г', 'g'], ['к', 'k'], ['х', 'h'],
];
/** z, c, s before a final that starts with i or ü are j, q, x */
const PALATAL: Readonly<Record<string, string>> = { z: 'j', c: 'q', s: 'x' };

/** finals after an initial, longest first: Palladius, Pinyin, and whether the Pinyin starts with i or ü */
const FINALS: readonly (readonly [string, string, boolean])[] = [
  ['юань', 'uan', true], ['уань', 'uan', false], ['уай', 'uai', false], ['уан', 'uang', false],
  ['янь', 'ian', true], ['ян', 'iang', true], ['яо', 'iao', true], ['юнь', 'un', true], ['юэ', 'ue', true], ['юй', 'u', true],
  ['юн', 'iong', true], ['инь', 'in', true], ['ин', 'ing', true], ['энь', 'en', false], ['эн', 'eng', false], ['эй', 'ei', false],
  ['эр', 'er', false], ['ань', 'an', false], ['ан', 'ang', false], ['ай', 'ai', false], ['ао', 'ao', false], ['оу', 'ou', false],
  ['унь', 'un', false], ['ун', 'ong', false], ['уй', 'ui', false], ['уэй', 'ui', false], ['уа', 'ua', false],
  ['я', 'ia', true], ['е', 'ie', true], ['ю', 'iu', true], ['и', 'i', true], ['ы', 'i', false], ['а', 'a', false],
  ['э', 'e', false], ['о', 'uo', false], ['у', 'u', false],
];
/** syllables without an initial, longest first */
const ALONE: readonly (readonly [string, string])[] = [
  ['юань', 'yuan'], ['вань', 'wan'], ['вэнь', 'wen'], ['вэй', 'wei'], ['вэн', 'weng'], ['ван', 'wang'], ['вай', 'wai'],
  ['янь', 'yan'], ['ян', 'yang'], ['яо', 'yao'], ['юнь', 'yun'], ['юэ', 'yue'], ['юй', 'yu'], ['юн', 'yong'],
  ['инь', 'yin'], ['ин', 'ying'], ['энь', 'en'], ['эр', 'er'], ['ань', 'an'], ['ан', 'ang'], ['ай', 'ai'], ['ао', 'ao'],
  ['оу', 'ou'], ['ва', 'wa'], ['во', 'wo'], ['я', 'ya'], ['е', 'ye'], ['ю', 'you'], ['и', 'yi'], ['а', 'a'], ['э', 'e'],
  ['у', 'wu'], ['о', 'o'],
];
const DENTAL = new Set(['z', 'c', 's']);
const RETROFLEX = new Set(['zh', 'ch', 'sh', 'r']);
/** b, p, m, f are followed by o where other initials take uo */
const LABIAL = new Set(['b', 'p', 'm', 'f']);

/** Ukrainian writes і for и (and ї, є at a syllable's start): read as the Russian letters */
const UKRAINIAN: Readonly<Record<string, string>> = { і: 'и', ї: 'и', є: 'е' };

/** the Pinyin of one syllable starting at `at`, longest first, and where it ends; none: [] */
function syllablesAt(word: string, at: number): { pinyin: string; end: number }[] {
  const out: { pinyin: string; end: number }[] = [];
  for (const [cyr, pin] of ALONE) if (word.startsWith(cyr, at)) out.push({ pinyin: pin, end: at + cyr.length });
  for (const [ci, pi] of INITIALS) {
    if (!word.startsWith(ci, at)) continue;
    const f0 = at + ci.length;
    for (const [cf, pf, front] of FINALS) {
      if (!word.startsWith(cf, f0)) continue;
      const end = f0 + cf.length;
      // zi, ci, si are цзы, цы, сы; zhi, chi, shi, ri are чжи, чи, ши, жи, and no other front final follows those
      if (cf === 'ы') {
        if (DENTAL.has(pi)) out.push({ pinyin: pi + 'i', end });
      } else if (RETROFLEX.has(pi)) {
        if (cf === 'и') out.push({ pinyin: pi + 'i', end });
        else if (!front) out.push({ pinyin: pi + pf, end });
      } else {
        const initial = front ? (PALATAL[pi] ?? pi) : pi;
        out.push({ pinyin: initial + (cf === 'о' && LABIAL.has(pi) ? 'o' : pf), end });
      }
    }
  }
  return out;
}

/** the longest reading of word[at…] as syllables, or null */
function readFrom(word: string, at: number, depth: number): string | null {
  if (at === word.length) return '';
  if (depth > 6) return null;
  for (const s of syllablesAt(word, at)) {
    const rest = readFrom(word, s.end, depth + 1);
    if (rest !== null) return s.pinyin + rest;
  }
  return null;
}

/**
 * The Pinyin reading of a lower-case Cyrillic word written in the Palladius system ("цзиньпин" →
 * "jinping", "сяопин" → "xiaoping"), or null when the word is no run of Palladius syllables.
 */
export function pinyinOfPalladius(word: string): string | null {
  const w = word.replace(/[іїє]/gu, (c) => UKRAINIAN[c]!);
  if (w.length === 0 || w.length > 24) return null;
  return readFrom(w, 0, 0);
}
