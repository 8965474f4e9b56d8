/**
 * Names no pack knows, for the optional faint marks ("Look up online" on a name Gloss cannot
 * explain): runs of capitalised words in running text that are likely the name of someone or
 * something. Precision first: a faint mark that is no name is noise on every page, while a name
 * left out can still be selected and looked up. The rule, measured on ../shared/pages
 * (scripts/unknown-names-report.ts):
 *
 *  - only in running text: blocks of at least MIN_BLOCK_WORDS words that are not in title case
 *    (headlines, menus, captions and bylines are left alone);
 *  - two to MAX_WORDS capitalised words in a row ("Ilse Vandermeer", "Jean-Luc Mélenchon",
 *    "J. K. Rowling"), joined only by spaces, with at most one particle between two of them
 *    ("Bank of England", "Ursula von der Leyen" has two: "von der" counts as one);
 *  - leading titles ("President", "Mr.") and function words ("The") are dropped, and a sentence's
 *    first word when the page also writes it in lower case ("Officials", "Despite"); a possessive
 *    ends a name ("Parry’s death"); two words run together by the page ("CreditChang") are none;
 *  - not a title of a work: none with a capitalised function word inside ("Though It Were
 *    Written"), none in a quotation of four words or more mostly capitalised ("You Loved Me Like a
 *    Distant Star");
 *  - at least two whole words: initials ("J. K.") do not count;
 *  - never overlapping a name a pack knows (an existing mark); a month or a weekday is no part of one;
 *  - each name once per page (its first place; a shorter form of one already marked counts as it),
 *    at most MAX_PER_PAGE.
 * Pure: plain strings, no DOM.
 */
import { normaliseKey } from '../spot/normalise.ts';
import { PERSON_TITLES } from '../spot/titles.ts';

export interface UnknownName {
  /** UTF-16 offsets into the text: text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
}

export const MIN_BLOCK_WORDS = 8;
export const MAX_WORDS = 5;
export const MAX_PER_PAGE = 40;

/** a word, with inner apostrophes and hyphens ("O'Brien", "Jean-Luc", "al-Assad") */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*\.?/gu;
const CAPITALISED = /^\p{Lu}(?:[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*)?\.?$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** a capital after four or more lower-case letters: two words run together ("CreditChang"), not "McHugh" or "LaGuardia" */
const RUN_TOGETHER = /\p{Ll}{4,}\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;

/** lower-case words that may stand between two capitalised ones inside a name */
const PARTICLES: ReadonlySet<string> = new Set([
  'of', 'for', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'des', 'du', 'dos', 'das', 'do', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'y', 'e', 'und',
]);

/** words that start sentences and never a name, in the languages of the bench pages (normalised) */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // English
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'by', 'to', 'for', 'from', 'of', 'with', 'and', 'but', 'or', 'so', 'if', 'when', 'while',
  'after', 'before', 'since', 'because', 'although', 'though', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she',
  'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'my', 'your', 'what', 'who', 'how', 'why', 'where', 'which', 'some', 'many',
  'most', 'more', 'all', 'no', 'not', 'one', 'two', 'every', 'each', 'both', 'few', 'other', 'another', 'yet', 'still', 'also', 'even',
  'then', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'according', 'under', 'over', 'about', 'despite', 'during', 'without',
  'than', 'such', 'like', 'unlike', 'just', 'only', 'instead', 'meanwhile', 'however', 'yes', 'mr', 'mrs', 'ms', 'dr',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should',
  'me', 'him', 'us', 'them', 'let', 'get', 'got',
  // French, Spanish, Portuguese, Italian
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'en', 'et', 'mais', 'pour', 'par', 'avec', 'dans', 'sur', 'ce', 'cette', 'il', 'elle',
  'ils', 'elles', 'nous', 'selon', 'apres', 'avant', 'lors', 'el', 'los', 'las', 'una', 'unos', 'y', 'pero', 'para', 'por', 'con', 'sin',
  'segun', 'tras', 'desde', 'este', 'esta', 'ese', 'esa', 'o', 'os', 'as', 'um', 'uma', 'com', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'se',
  'ele', 'ela', 'lo', 'gli', 'i', 'il', 'nel', 'nella', 'per', 'che', 'ma', 'dopo',
  // German, Czech
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'und', 'aber', 'mit', 'von', 'im', 'am', 'auf', 'fur', 'nach', 'bei', 'wie',
  'auch', 'es', 'er', 'sie', 'wir', 'ich', 'dieser', 'diese', 'dieses', 'laut', 'seit', 'v', 've', 'na', 'a', 'je', 'to', 'ale', 'podle',
]);

/** months and weekdays (normalised): "Monday's Senate vote", "Last January" are not names */
const CALENDAR: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'januar', 'februar', 'marz', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  'janeiro', 'fevereiro', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'segunda', 'terca', 'quarta', 'quinta', 'sexta',
]);

interface Word {
  start: number;
  end: number;
  text: string;
  key: string;
  capitalised: boolean;
  /** "Parry’s": a name ends here (the possessive is left out of it) */
  possessive: boolean;
  /** a sentence starts with this word */
  sentenceStart: boolean;
  /** only a single space between the previous word and this one */
  joined: boolean;
}

/** the words of one block, with where sentences start */
function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  let prevEnd = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let raw = m[0];
    // a full stop belongs to an initial ("J.") or a short title ("Dr."), else it ends the sentence
    if (raw.endsWith('.') && !INITIAL.test(raw) && !PERSON_TITLES.has(normaliseKey(raw.slice(0, -1)))) raw = raw.slice(0, -1);
    const start = m.index;
    const end = start + raw.length;
    WORD.lastIndex = end;
    const gap = text.slice(prevEnd, start);
    const prev = words[words.length - 1];
    const sentenceStart = !prev || /[.!?:;"“”«»„(\[—–]|\s-\s/.test(gap) || (prev.text.endsWith('.') && !INITIAL.test(prev.text) && !PERSON_TITLES.has(prev.key));
    const possessive = POSSESSIVE.test(raw);
    const bare = possessive ? raw.slice(0, -2) : raw;
    words.push({
      start, end: possessive ? end - 2 : end, text: bare, key: normaliseKey(bare.replace(/\.$/, '')), possessive,
      // a month or weekday is no part of a name: it ends one ("Monday Joe Biden" is "Joe Biden")
      capitalised: CAPITALISED.test(bare) && !/^\p{Lu}{2,}/u.test(bare) && !RUN_TOGETHER.test(bare) && !CALENDAR.has(normaliseKey(bare.replace(/\.$/, ''))),
      sentenceStart,
      joined: gap === ' ' || (gap === '' && prev !== undefined && prev.text.endsWith('.')),
    });
    prevEnd = end;
  }
  return words;
}

/** a headline, a menu, a caption: too short, or most of its longer words capitalised */
function isRunningText(words: readonly Word[]): boolean {
  if (words.length < MIN_BLOCK_WORDS) return false;
  const long = words.filter((w) => w.text.length >= 4 && !w.sentenceStart);
  return long.length === 0 || long.filter((w) => w.capitalised).length / long.length < 0.5;
}

const OPENING = /[“"«„‘]/;
const CLOSING = /[”"»“’]/;

/**
 * Is `w` inside a quotation of four words or more, most of them capitalised: the title of a book,
 * song or work ("You Loved Me Like a Distant Star"), not a name to look up.
 */
function inTitledQuote(words: readonly Word[], w: Word): boolean {
  return titledQuotes.get(words)?.some((q) => q.start <= w.start && w.end <= q.end) ?? false;
}
const titledQuotes = new WeakMap<readonly Word[], { start: number; end: number }[]>();

function findTitledQuotes(text: string, words: readonly Word[]): void {
  const found: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < words.length; i++) {
    const before = text.slice(i === 0 ? words[0]!.start - 1 : words[i - 1]!.end, words[i]!.start);
    if (open >= 0 && CLOSING.test(before)) {
      const quoted = words.slice(open, i);
      if (quoted.length >= 4 && quoted.filter((q) => q.capitalised).length / quoted.length >= 0.6) found.push({ start: quoted[0]!.start, end: quoted[quoted.length - 1]!.end });
      open = -1;
    }
    if (OPENING.test(before.slice(-1))) open = i;
  }
  titledQuotes.set(words, found);
}

/** runs of capitalised words (with particles between them) in one block */
function runsOf(words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1]!.capitalised) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const w of words) {
    const continues = run.length > 0 && w.joined && !w.sentenceStart;
    if (w.capitalised && (continues || run.length === 0)) {
      run.push(w);
      if (w.possessive) close();
    } else if (w.capitalised) {
      close();
      run.push(w);
      if (w.possessive) close();
    } else if (continues && PARTICLES.has(w.text.toLowerCase())) {
      // at most two particles in a row ("von der")
      const particles = run.length >= 2 && !run[run.length - 1]!.capitalised && !run[run.length - 2]!.capitalised;
      if (particles) close();
      else run.push(w);
    } else {
      close();
    }
  }
  close();
  return runs;
}

/**
 * The names in `text` (page text: one "\n" between blocks) that are not already marked (`taken`,
 * the packs' mentions), first place of each, in text order.
 */
export function unknownNames(text: string, taken: readonly { start: number; end: number }[]): UnknownName[] {
  const lowerWords = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}'’-]*/gu)) lowerWords.add(normaliseKey(m[0]));
  const marks = [...taken].sort((a, b) => a.start - b.start);
  const overlapsMark = (start: number, end: number) => marks.some((m) => m.start < end && start < m.end);
  const seen = new Set<string>();
  const earlier: Set<string>[] = [];
  const out: UnknownName[] = [];

  let from = 0;
  while (from <= text.length && out.length < MAX_PER_PAGE) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const words = wordsOf(text, from, to);
    if (isRunningText(words)) {
      findTitledQuotes(text, words);
      for (let run of runsOf(words)) {
        // titles ("President", "Mr."), function words ("The"), and a sentence's first word that the page also writes in lower case
        for (let first = run[0]; first; first = run[0]) {
          const drop = PERSON_TITLES.has(first.key) || FUNCTION_WORDS.has(first.key) || !first.capitalised || (first.sentenceStart && lowerWords.has(first.key));
          if (!drop) break;
          run = run.slice(1);
        }
        const names = run.filter((w) => w.capitalised);
        const full = names.filter((w) => !INITIAL.test(w.text));
        if (full.length < 2 || names.length > MAX_WORDS) continue;
        if (inTitledQuote(words, run[0]!)) continue;
        // a capitalised "It", "Was", "My" inside: the title of a work ("Though It Were Written"), not a name
        if (run.slice(1).some((w) => w.capitalised && FUNCTION_WORDS.has(w.key))) continue;
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        if (overlapsMark(start, end)) continue;
        const name = text.slice(start, end);
        const key = normaliseKey(name);
        // once per page; a shorter form of a name already marked ("Te Kaurinui" after "Te Kaurinui Parata") is the same one
        const parts = names.map((w) => w.key);
        if (seen.has(key) || earlier.some((e) => parts.every((p) => e.has(p)))) continue;
        seen.add(key);
        earlier.push(new Set(parts));
        out.push({ start, end, text: name });
        if (out.length >= MAX_PER_PAGE) break;
      }
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}
