/**
 * What surrounds a mention in the original text, for the rules on guarded (common-word) aliases:
 * does it start a sentence, is it part of a longer capitalised name ("Labour Force Survey",
 * "Statute of Westminster", "Richard Wagner"), is it hyphen-joined to another name ("ABC-CLIO"),
 * is it a month after a time preposition ("in May")? Pure string work on the original text.
 */
import { Kind, foldKey, isLower, isUpper, kindOf } from './normalise.ts';
import { isPersonTitle } from './titles.ts';

/**
 * Capitalised words that begin a sentence or a clause without being names: articles, pronouns,
 * conjunctions, prepositions and sentence adverbs (en, fr, de, es, it, pt). Normalised.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // English
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'when', 'while', 'if', 'as', 'after', 'before',
  'since', 'until', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'of', 'into', 'over', 'under', 'about', 'against',
  'between', 'during', 'without', 'within', 'then', 'than', 'also', 'now', 'today', 'yesterday', 'tomorrow', 'later',
  'earlier', 'meanwhile', 'however', 'still', 'even', 'only', 'just', 'both', 'either', 'neither', 'this', 'that',
  'these', 'those', 'there', 'here', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'we', 'they', 'he', 'she',
  'it', 'i', 'you', 'who', 'what', 'which', 'where', 'why', 'how', 'not', 'no', 'all', 'some', 'many', 'most', 'every',
  'each', 'such', 'like', 'although', 'though', 'because', 'whether', 'once', 'instead', 'indeed', 'thus', 'last', 'next',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'did', 'does', 'do', 'is', 'was', 'will', 'would', 'could', 'should', 'can', 'has', 'had', 'have', 'why', 'whose',
  // French
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'mais', 'ou', 'donc', 'or', 'ni', 'car', 'quand',
  'si', 'en', 'dans', 'pour', 'par', 'avec', 'sans', 'sur', 'sous', 'chez', 'selon', 'depuis', 'pendant', 'apres',
  'avant', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre', 'il', 'elle', 'ils',
  'elles', 'nous', 'vous', 'qui', 'que', 'dont', 'aussi', 'puis', 'alors', 'mardi', 'hier', 'aujourd',
  // German
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'aber', 'oder', 'denn', 'wenn',
  'als', 'wie', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit', 'von', 'vor', 'zu', 'zum', 'zur', 'fur',
  'uber', 'unter', 'auch', 'noch', 'nun', 'dann', 'heute', 'gestern', 'doch', 'dass', 'weil',
  // Spanish, Italian, Portuguese
  'el', 'los', 'las', 'unos', 'unas', 'y', 'e', 'o', 'u', 'pero', 'cuando', 'con', 'por', 'para', 'sin', 'sobre',
  'desde', 'hasta', 'del', 'al', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'su', 'sus', 'hoy', 'ayer', 'tambien',
  'lo', 'gli', 'ma', 'se', 'per', 'da', 'di', 'della', 'nel', 'nella', 'anche', 'oggi', 'ieri', 'os', 'as', 'um', 'uma',
  'mas', 'em', 'com', 'sem', 'ate', 'do', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao', 'hoje', 'ontem',
  // Polish, Czech, Slovak (folded: "že" is "ze"; one-letter prepositions are no given name anyway)
  'we', 'ze', 'od', 'po', 'przy', 'dla', 'pod', 'nad', 'przez', 'ale', 'lub', 'czy', 'jak', 'gdy', 've', 'ke', 'pri', 'pro',
  'pres', 'nebo', 'kdyz', 'jako', 'ten', 'ta', 'to', 'tento',
  // Russian, Ukrainian, Belarusian, Bulgarian, Serbian (Cyrillic)
  'во', 'на', 'со', 'ко', 'об', 'по', 'из', 'за', 'от', 'до', 'при', 'для', 'под', 'над', 'но', 'или', 'как', 'когда', 'что',
  'это', 'із', 'зі', 'та', 'ад', 'да', 'ля', 'пры', 'във', 'със', 'през',
  // Greek (folded: no accents)
  'το', 'οι', 'τα', 'του', 'της', 'των', 'τον', 'την', 'στο', 'στη', 'στην', 'στον', 'στα', 'στις', 'στους', 'σε', 'και', 'με',
  'απο', 'για', 'ενα', 'μια', 'ενας',
  // Turkish
  've', 'bir', 'bu', 'ile', 'icin', 'ama', 'veya',
  // Dutch
  'het', 'een', 'en', 'maar', 'of', 'op', 'met', 'van', 'voor', 'door', 'naar', 'bij', 'uit', 'om', 'tot', 'toen', 'dat',
  'dit', 'deze', 'ook', 'nog', 'volgens', 'tijdens', 'zonder', 'tegen', 'vandaag', 'gisteren',
  // "according to" and other prepositions that start sentences before a name, in the other languages read
  'segun', 'secondo', 'segundo', 'podle', 'wedlug', 'prema', 'pasak', 'pagal', 'saskana', 'pec', 'glede', 'nakon', 'poslije',
  'posle', 'tokom', 'согласно', 'после', 'перед', 'според', 'след', 'преди', 'като', 'когато', 'відповідно', 'після',
  'паводле', 'пасля', 'према', 'након', 'συμφωνα', 'μετα', 'πριν', 'gore', 'sonra', 'once',
]);

/** words that join the parts of one long name: "Statute of Westminster", "Department of Labour" */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'de', 'del', 'della', 'di', 'des', 'du', 'do', 'da', 'dos', 'das', 'der', 'von', 'van']);
/**
 * Connectors that are ordinary words in a page's language, so that a capitalised word before them
 * and a name after them make no longer name: the preposition "do" (to, into) of the West and South
 * Slavic languages ("Przyszedł do Niemiec", "Cesta do Prahy"), the "da" (that) of the South Slavic
 * ones, the Polish, Czech and Slovak "on" (he).
 */
const NOT_CONNECTORS_IN: Readonly<Record<string, ReadonlySet<string>>> = (() => {
  const westSlavic = new Set(['do', 'on']);
  const southSlavic = new Set(['do', 'da']);
  return { pl: westSlavic, cs: westSlavic, sk: westSlavic, sl: southSlavic, hr: southSlavic, sr: southSlavic, bs: southSlavic };
})();

/** is `word` (folded) a connector inside names in `lang` */
function isConnector(word: string, lang: string): boolean {
  return CONNECTORS.has(word) && !(NOT_CONNECTORS_IN[lang]?.has(word) ?? false);
}

/**
 * Capitalised words that may follow an organisation's or person's name without making it a
 * different name ("Labour Government", "Bush Administration").
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'government', 'governments', 'administration', 'cabinet', 'leader', 'leaders', 'leadership', 'mp', 'mps', 'minister',
  'ministers', 'caucus', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chair', 'candidate', 'candidates',
  'member', 'members', 'voters', 'supporters', 'conference', 'councillor', 'councillors', 'senator', 'senators',
  'democrat', 'democrats', 'republican', 'republicans',
]);

/** month names that are also names ("May", "June", "Mai"): after a time word they are dates */
const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'marz', 'juni', 'juli', 'mayo', 'marzo', 'abril', 'junio', 'julio',
  'agosto', 'maggio', 'aprile', 'giugno', 'luglio', 'maio', 'marco', 'junho', 'julho',
]);
/** words that put a month after them ("in May", "since June", "early August", "seit Mai") */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'through',
  'throughout', 'en', 'depuis', 'jusqu', 'fin', 'debut', 'im', 'seit', 'bis', 'ab', 'anfang', 'ende', 'desde', 'hasta',
  'em', 'a', 'di', 'dal', 'nel', 'entre', 'between', 'of',
]);

const OPENERS = new Set([0x22, 0x27, 0x28, 0x5b, 0xab, 0xbb, 0xbf, 0xa1, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2039, 0x203a, 0x2a]);
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3a, 0x2022, 0xb7, 0x7c, 0x25aa, 0x25cf]);
/** the hyphens that join words: hyphen-minus, hyphen, non-breaking hyphen */
export const HYPHENS: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011]);
/** is code unit `c` one of HYPHENS (most characters are ruled out by one comparison) */
const isHyphen = (c: number): boolean => (c === 0x2d || c >= 0x2010) && HYPHENS.has(c);
/** a hyphen inside [start, end) ("Humboldt-Universität"): most words have none, so the callers look before making strings */
export function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) if (isHyphen(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The mention [start, end) is joined to another word by an ampersand or a slash, or by a hyphen to a
 * capitalised word ("CD&V", "S&D", "GL-PvdA"): part of a longer name. A hyphen before a word in small
 * letters starts a compound about the name ("SDP-johtaja", the SDP's leader).
 */
export function joinedToWord(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  const before = text.charCodeAt(start - 1);
  const joinsAfter = ((after === 0x26 || after === 0x2f) && inWordAt(text, end + 1)) || (isHyphen(after) && isUpperAt(text, end + 1));
  const joinsBefore = ((before === 0x26 || before === 0x2f) && inWordAt(text, start - 2)) || (isHyphen(before) && isUpperAt(text, start - 2));
  return joinsAfter || joinsBefore;
}
const isUpperAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isUpper(text.charCodeAt(i));

export const isWordKind = (k: number): boolean => k === Kind.Word || k === Kind.Expand || k === Kind.Drop || k === Kind.Mark;
/** the unit at offset i of `text` belongs to a word (none before the text's start or after its end) */
export const inWordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isWordKind(kindOf(text.charCodeAt(i)));

export interface Surroundings {
  /** the mention starts a sentence, a block, a list item or the text: its capital says nothing */
  sentenceStart: boolean;
  /** the word just before (normalised), "" after punctuation or at a sentence start */
  before: string;
  /** the word before is capitalised and is not a title, an article or another word that starts clauses */
  namedBefore: boolean;
  /** the word before starts a sentence (so its capital may say nothing) */
  beforeStartsSentence: boolean;
  /** the capitalised word just after (normalised), "" if none */
  after: string;
  /** where that word starts, -1 if none */
  afterAt: number;
  /** part of a longer capitalised name: "Labour Force Survey", "Statute of Westminster", "ABC-CLIO" */
  longerName: boolean;
  /**
   * hyphen-joined to a capitalised word that goes on in lower case ("Anglo-Wagner", "ESA-Geldgeber"):
   * part of a longer name, except in German, where it is a compound noun about the name (see
   * PageRules.inLongerName)
   */
  compoundAfter: boolean;
  /** longerName because of a capitalised word and a connector before it ("Statute of Westminster"; in German any noun: "Mehrheit des Bundestags") */
  afterOf: boolean;
  /** longerName because of what follows it: a hyphen and a capital ("ABC-CLIO"), or a small word and hyphens ("Louvain-la-Neuve") */
  goesOn: boolean;
  /** a month name after a time word ("in May", "seit Mai") */
  month: boolean;
  /** followed by a connector word ("Reform of", "Chega de") */
  connectorAfter: boolean;
}

/** nothing but white space in [from, to) */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const k = kindOf(text.charCodeAt(i));
    if (k !== Kind.Space && k !== Kind.Break && k !== Kind.Drop) return false;
  }
  return true;
}

/** start offset of the word that ends just before `end` (end exclusive), skipping nothing */
export function wordStart(text: string, end: number): number {
  let j = end - 1;
  while (j >= 0 && isWordKind(kindOf(text.charCodeAt(j)))) j--;
  return j + 1;
}

/** offset just after the word starting at `start` */
export function wordEnd(text: string, start: number): number {
  let j = start;
  while (j < text.length && isWordKind(kindOf(text.charCodeAt(j)))) j++;
  return j;
}

/**
 * Walk back from `i` (exclusive) over white space and opening quotes. Returns the offset of the
 * last character before them (-1 at the text start), or -2 when a block boundary comes first.
 */
function backOverSpace(text: string, i: number, blockBreaks: boolean): number {
  let breaks = 0;
  let j = i - 1;
  for (; j >= 0; j--) {
    const c = text.charCodeAt(j);
    const k = kindOf(c);
    if (k === Kind.Break) {
      breaks++;
      if (blockBreaks || breaks > 1) return -2;
    } else if (k !== Kind.Space && k !== Kind.Drop && !OPENERS.has(c)) break;
  }
  return j;
}

/** the character at j ends a sentence (a full stop after an abbreviation or an initial does not) */
function endsSentence(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (!SENTENCE_END.has(c)) return false;
  if (c !== 0x2e) return true;
  const s = wordStart(text, j);
  if (s === j) return true; // "..." or ". ."
  const w = text.slice(s, j);
  if (s > 0 && text.charCodeAt(s - 1) === 0x2e) return false; // "U.S."
  if (w.length <= 2 && isUpper(w.charCodeAt(0))) return false; // "J.", "St."
  return !isPersonTitle(foldKey(w));
}

/** the word at `start` starts a sentence or a block (what `Surroundings.sentenceStart` says) */
export function startsSentence(text: string, start: number, blockBreaks: boolean): boolean {
  const j = backOverSpace(text, start, blockBreaks);
  return j < 0 || endsSentence(text, j);
}

/**
 * Nothing but white space stands between the start of its block (blockStart) and offset `i`: the
 * word there is the block's first. Reads back over the white space only, not the whole block.
 */
export function firstInBlock(text: string, i: number, blockBreaks: boolean): boolean {
  let breaks = 0;
  for (let j = i - 1; j >= 0; j--) {
    const k = kindOf(text.charCodeAt(j));
    if (k === Kind.Break) {
      if (blockBreaks || ++breaks > 1) return true;
    } else if (k !== Kind.Space) return false;
  }
  return true;
}

/**
 * Where the block that holds offset `i` starts: after the last block boundary before it (a line break
 * with `blockBreaks`, else an empty line, as sentenceAround reads them), or 0.
 */
export function blockStart(text: string, i: number, blockBreaks: boolean): number {
  let breaks = 0;
  for (let j = i - 1; j >= 0; j--) {
    const k = kindOf(text.charCodeAt(j));
    if (k === Kind.Break) {
      if (blockBreaks || ++breaks > 1) return j + 1;
    } else if (k !== Kind.Space) breaks = 0;
  }
  return 0;
}

/**
 * The sentence around [start, end), looked for at most `reach` characters each way: it ends at a
 * full stop, "!", "?" or "…" that `endsSentence` accepts and that no letter or digit follows ("3.5",
 * "U.S.", "Mr.", "M. Loukachenko" do not end one; a colon does not either) or at a bullet; it
 * starts after such a mark or at a block boundary (a line break with `blockBreaks`, else an empty
 * line). A block that ends without one (a headline) reads on into the next block's first sentence.
 * Returns [from, to).
 */
export function sentenceAround(text: string, start: number, end: number, blockBreaks: boolean, reach: number): [number, number] {
  const boundary = (j: number): boolean => {
    const c = text.charCodeAt(j);
    if (c === 0x3a || !endsSentence(text, j)) return false;
    return j + 1 >= text.length || !isWordKind(kindOf(text.charCodeAt(j + 1)));
  };
  let from = Math.max(0, start - reach);
  let breaks = 0;
  for (let j = start - 1; j >= from; j--) {
    const k = kindOf(text.charCodeAt(j));
    if (k === Kind.Break) {
      if (blockBreaks || ++breaks > 1) { from = j + 1; break; }
    } else if (k !== Kind.Space) {
      breaks = 0;
      if (boundary(j)) { from = j + 1; break; }
    }
  }
  // forwards a block break is no end: a block without a closing full stop is a headline, and it is
  // read with the first sentence below it ("Senate Republicans split …" / "Republican leaders in Congress …")
  let to = Math.min(text.length, end + reach);
  for (let j = end; j < to; j++) {
    if (boundary(j)) { to = j + 1; break; }
  }
  return [from, to];
}

/**
 * at `end`: a hyphen, a small lower-case word (one to four letters), a hyphen and a capital, or an
 * elided article and a capital ("-la-Neuve", "-sur-Mer", "-en-Champagne", "-sur-l'Oder")
 */
export function linkedByLowerWord(text: string, end: number): boolean {
  if (!HYPHENS.has(text.charCodeAt(end))) return false;
  let q = end + 1;
  while (q < text.length && q - end <= 5 && isLower(text.charCodeAt(q))) q++;
  if (!(q > end + 1 && q - end <= 5 && HYPHENS.has(text.charCodeAt(q)))) return false;
  const elided = (text.charCodeAt(q + 1) | 0x20) === 0x6c && (text.charCodeAt(q + 2) === 0x27 || text.charCodeAt(q + 2) === 0x2019);
  return isUpper(text.charCodeAt(elided ? q + 3 : q + 1));
}

/** Look around the mention [start, end) of `key` (its normalised text). */
export function surroundings(text: string, start: number, end: number, key: string, blockBreaks: boolean, lang = ''): Surroundings {
  const r: Surroundings = { sentenceStart: false, before: '', namedBefore: false, beforeStartsSentence: false, after: '', afterAt: -1, longerName: false, compoundAfter: false, afterOf: false, goesOn: false, month: false, connectorAfter: false };
  // ---- before
  const p = start - 1;
  if (p >= 1 && HYPHENS.has(text.charCodeAt(p)) && isWordKind(kindOf(text.charCodeAt(p - 1)))) {
    // "Anglo-Wagner": hyphen-joined to a capitalised word is part of another name; "pro-Wagner" is not
    const s = wordStart(text, p);
    if (isUpper(text.charCodeAt(s))) r.longerName = true;
  } else {
    const j = backOverSpace(text, start, blockBreaks);
    r.sentenceStart = j < 0 || endsSentence(text, j);
    if (!r.sentenceStart && j >= 0 && isWordKind(kindOf(text.charCodeAt(j)))) {
      const s = wordStart(text, j + 1);
      const word = foldKey(text.slice(s, j + 1));
      const plainSpace = onlySpace(text, j + 1, start); // no quote or bracket in between
      r.before = word;
      const original = text.slice(s, j + 1);
      // an acronym before is a modifier, not a given name: "UK Labour", "US Congress"
      const acronym = original.length <= 4 && original === original.toUpperCase();
      if (plainSpace && isUpper(text.charCodeAt(s)) && !acronym && !FUNCTION_WORDS.has(word) && !isPersonTitle(word)) {
        r.namedBefore = true;
        const k = backOverSpace(text, s, blockBreaks);
        r.beforeStartsSentence = k < 0 || endsSentence(text, k);
      }
      if (plainSpace && isConnector(word, lang)) {
        // "Statute of Westminster": a capitalised word before the connector
        const k = backOverSpace(text, s, blockBreaks);
        if (k >= 0 && isWordKind(kindOf(text.charCodeAt(k))) && onlySpace(text, k + 1, s)) {
          const s2 = wordStart(text, k + 1);
          const w2 = foldKey(text.slice(s2, k + 1));
          if (isUpper(text.charCodeAt(s2)) && !FUNCTION_WORDS.has(w2) && !isPersonTitle(w2)) r.longerName = r.afterOf = true;
        }
      }
      if (MONTHS.has(key) && TIME_WORDS.has(word)) r.month = true;
    }
  }
  // ---- after
  if (end + 1 < text.length && HYPHENS.has(text.charCodeAt(end)) && isUpper(text.charCodeAt(end + 1))) {
    // "ABC-CLIO" is a longer name; "Anglo-Wagner" too, or a compound ("ESA-Geldgeber")
    if (end + 2 < text.length && isLower(text.charCodeAt(end + 2))) r.compoundAfter = true;
    else r.longerName = r.goesOn = true;
  } else if (linkedByLowerWord(text, end)) {
    // a town's name joined to more by a small word and hyphens is another town ("Louvain-la-Neuve", "Boulogne-sur-Mer")
    r.longerName = r.goesOn = true;
  } else if (end < text.length && kindOf(text.charCodeAt(end)) === Kind.Space) {
    let q = end;
    while (q < text.length && kindOf(text.charCodeAt(q)) === Kind.Space) q++;
    const e = wordEnd(text, q);
    if (e > q) {
      const w = foldKey(text.slice(q, e));
      if (isUpper(text.charCodeAt(q))) {
        r.after = w;
        r.afterAt = q;
      }
      else if (isConnector(w, lang)) r.connectorAfter = true;
    }
  }
  return r;
}

/** a capitalised word after the mention that makes it part of a longer name ("Labour Force", "May Day") */
export function longerNameAfter(after: string): boolean {
  return after !== '' && !GENERIC_HEADS.has(after);
}

/** words that join the last item of a list ("and", "&" and their French, German, Spanish, Italian, Portuguese, Polish, Russian and Ukrainian forms) */
const LIST_JOIN = '(?:and|&|und|et|y|e|i|и|і)';
/** the next item of a list after a mention: ", Mathematics", " and Science", ", and Science" */
const NEXT_ITEM = new RegExp(`(?:, (?:${LIST_JOIN} )?| ${LIST_JOIN} )(\\p{Lu}\\p{Ll}[\\p{L}-]*)`, 'uy');
/** the item of a list before a mention: "Mathematics, ", "Writing and " */
const ITEM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}[\\p{L}-]*)(?:,| ${LIST_JOIN}|, ${LIST_JOIN}) $`, 'u');
/** the words of LIST_JOIN, for the quick test before ITEM_BEFORE */
const LIST_JOIN_WORDS: ReadonlySet<string> = new Set(LIST_JOIN.slice(3, -1).split('|'));
const LONGEST_LIST_JOIN = Math.max(...[...LIST_JOIN_WORDS].map((w) => w.length));

/**
 * What ITEM_BEFORE needs at the end of the text before `q`, tested without a regular expression (most
 * mentions have none): a space after a comma or after one of LIST_JOIN_WORDS.
 */
function mayFollowListItem(text: string, q: number): boolean {
  if (q < 2 || text.charCodeAt(q - 1) !== 0x20) return false;
  if (text.charCodeAt(q - 2) === 0x2c) return true;
  const from = Math.max(0, q - 1 - LONGEST_LIST_JOIN);
  const space = text.lastIndexOf(' ', q - 2);
  return space >= from - 1 && LIST_JOIN_WORDS.has(text.slice(space + 1, q - 1));
}
/** how many items each way are read */
const LIST_REACH = 3;

/**
 * The mention [start, end) is one item of a list of at least three capitalised words, none of them a
 * name found in the text (`isName(from, to)`: a name starts at `from` or ends at `to`) nor a word that starts clauses:
 * "Student Performance in Reading, Mathematics and Science". There the capitals are those of a
 * title or of a list of subjects, and a word that is also a place is the ordinary word. A list with
 * a name in it is a list of names ("Reading, Oxford and Bath").
 */
export function inListOfWords(text: string, start: number, end: number, isName: (from: number, to: number) => boolean): boolean {
  let items = 0;
  let p = end;
  for (let n = 0; n < LIST_REACH; n++) {
    NEXT_ITEM.lastIndex = p;
    const m = NEXT_ITEM.exec(text);
    if (!m) break;
    const at = p + m[0].length - m[1]!.length;
    if (!ordinaryListItem(m[1]!, at, isName)) return false;
    items++;
    p = at + m[1]!.length;
  }
  let q = start;
  for (let n = 0; n < LIST_REACH && items < 2; n++) {
    if (!mayFollowListItem(text, q)) break;
    const base = Math.max(0, q - 60);
    const m = ITEM_BEFORE.exec(text.slice(base, q));
    if (!m) break;
    // the match starts with the text's start or one character that is no letter
    const at = base + m.index + (m[0].startsWith(m[1]!) ? 0 : 1);
    if (!ordinaryListItem(m[1]!, at, isName)) return false;
    items++;
    q = at;
  }
  return items >= 2;
}

/** a list's item at `at` that is no name found in the text and no word that starts clauses */
function ordinaryListItem(word: string, at: number, isName: (from: number, to: number) => boolean): boolean {
  return !isName(at, at + word.length) && !FUNCTION_WORDS.has(foldKey(word));
}
