/**
 * The capitalised words of a page, noted by the trie's scan as it passes them (matcher.ts) for the
 * name index's pass (names.ts), which reads only those: each word it does not skip is read once for
 * where it ends and whether it has letters outside ASCII (and, when the pass asks, a hash of its
 * folded letters), and the pass decides which words to look up from these numbers alone.
 */
import { INWORD_TABLE, KIND_TABLE, Kind, MAP_TABLE, expansionOf, kindOf } from './normalise.ts';
import { IntBuffer } from './int-buffer.ts';

const APOSTROPHE = 0x27;

function isLetterAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  let k: number = KIND_TABLE[c]!;
  if (k === 0) k = kindOf(c);
  return k === Kind.Word || k === Kind.Expand;
}

/** languages that join a case ending to a proper name with an apostrophe ("Erdoğan'ın", "Konya'da") */
const APOSTROPHE_SUFFIX_LANGS: ReadonlySet<string> = new Set(['tr', 'az']);

/**
 * A case ending follows the name that ends at `end`, after an apostrophe ("Konya'da"): Turkish and
 * Azerbaijani write one only after a proper name, so the word is a name even first in a sentence.
 */
export function suffixAfterApostrophe(text: string, end: number, lang: string): boolean {
  return APOSTROPHE_SUFFIX_LANGS.has(lang) && apostropheBeforeLetter(text, end);
}

/** an apostrophe at offset j, with a letter after it */
function apostropheBeforeLetter(text: string, j: number): boolean {
  return j + 1 < text.length && KIND_TABLE[text.charCodeAt(j)] === Kind.Punct && MAP_TABLE[text.charCodeAt(j)] === APOSTROPHE && isLetterAt(text, j + 1);
}

/**
 * The end of the name word starting at `start`: letters, marks, invisible characters, and an
 * apostrophe between letters ("Zelens'kyj"), but not a possessive ("Putin's") nor, in Turkish and
 * Azerbaijani, a suffix ("Erdoğan'ın").
 */
export function nameWordEnd(text: string, start: number, lang: string): number {
  const n = text.length;
  let j = start;
  for (;;) {
    while (j < n && INWORD_TABLE[text.charCodeAt(j)] === 1) j++;
    while (j < n && KIND_TABLE[text.charCodeAt(j)] === 0) {
      if (INWORD_TABLE[text.charCodeAt(j)] === 1 || kindOf(text.charCodeAt(j)) === Kind.Word) j++;
      else break;
      while (j < n && INWORD_TABLE[text.charCodeAt(j)] === 1) j++;
    }
    if (apostropheBeforeLetter(text, j)) {
      if (APOSTROPHE_SUFFIX_LANGS.has(lang)) return j;
      const s = text.charCodeAt(j + 1) | 0x20;
      if (s === 0x73 && !isLetterAt(text, j + 2)) return j; // possessive 's
      j++;
      continue;
    }
    return j;
  }
}

/**
 * A hash of a word as the trie sees it (folded: lower case, no accents), doubled letters once
 * ("Emmanuel" and "Emanuel" alike), over the letters of text[start, end).
 */
export function foldHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  let last = -1;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    const k = kindOf(c);
    if (k === Kind.Word) {
      const u = MAP_TABLE[c]!;
      if (u !== last) h = Math.imul(h ^ u, 0x01000193);
      last = u;
    } else if (k === Kind.Expand) {
      for (const x of expansionOf(c)) h = Math.imul(h ^ x.charCodeAt(0), 0x01000193);
      last = -1;
    }
  }
  return h ^ (h >>> 15);
}

export class CapitalWords {
  /** where each word starts */
  readonly start = new IntBuffer();
  /** what `read` found of the last word it read: its end (nameWordEnd), whether it has a letter outside ASCII */
  end = 0;
  notAscii = false;
  /** the last word read: its text and start, for its foldHash (worked out when asked: most words never need it) */
  private text = '';
  private at = 0;
  private folded: number | null = null;

  /** the page's language (primary subtag), which decides where a word ends */
  private lang = '';

  /**
   * Start a page in language `lang`, forgetting the last page's words. The engine is synchronous,
   * so one CapitalWords serves every page (forCapitalWords): its buffers are kept, not made anew.
   */
  begin(lang: string): this {
    this.lang = lang;
    this.start.n = 0;
    this.plain.n = 0;
    this.text = '';
    this.folded = null;
    return this;
  }

  get count(): number {
    return this.start.n;
  }

  /**
   * Note the capitalised word starting at `i` (the scan passes it). `plainEnd`: where its plain
   * letters (Kind.Word) end, if the scan read that far (-1 if not), and `wide`: those letters OR-ed together.
   */
  note(i: number, plainEnd = -1, wide = 0): void {
    this.start.push(i);
    this.plain.push(plainEnd < 0 ? -1 : plainEnd * 2 + (wide >= 0x80 ? 1 : 0));
  }

  /** per word: where its plain letters end, times two, plus one if one is outside ASCII; -1 if the scan did not say */
  private readonly plain = new IntBuffer();

  /** Read word `c` once for its end and its letters (into `end`, `notAscii`). */
  read(text: string, c: number): void {
    const i = this.start.a[c]!;
    const n = text.length;
    let wide = 0;
    let j = i;
    const plain = this.plain.a[c]!;
    if (plain >= 0) {
      // the scan read the plain letters already
      j = plain >> 1;
      wide = plain & 1 ? 0x80 : 0;
    } else {
      // the common case: plain letters up to a space or punctuation
      for (; j < n; j++) {
        const ch = text.charCodeAt(j);
        if (KIND_TABLE[ch] !== Kind.Word) break;
        wide |= ch;
      }
    }
    this.end = j;
    if (j < n && (INWORD_TABLE[text.charCodeAt(j)] === 1 || KIND_TABLE[text.charCodeAt(j)] === 0 || MAP_TABLE[text.charCodeAt(j)] === APOSTROPHE)) {
      // marks, invisible characters, expansions, an apostrophe inside the word: the full rules
      this.end = nameWordEnd(text, i, this.lang);
      for (let x = j; x < this.end; x++) wide |= text.charCodeAt(x);
    }
    this.notAscii = wide >= 0x80;
    this.text = text;
    this.at = i;
    this.folded = null;
  }

  /** the foldHash of the last word read */
  get fold(): number {
    return (this.folded ??= foldHash(this.text, this.at, this.end));
  }
}

const shared = new CapitalWords();
/** the capitalised words of a page in language `lang`, in the one CapitalWords the engine reuses */
export function forCapitalWords(lang: string): CapitalWords {
  return shared.begin(lang);
}
