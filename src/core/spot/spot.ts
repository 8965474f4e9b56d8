/**
 * Spot entities in a text with one or more loaded packs: scan with every matcher (each normalises
 * on the fly), keep leftmost-longest non-overlapping matches, then apply the page-level rules:
 * - an alias that fits one entity and needs no context links directly (an "anchor");
 * - guarded aliases (common words) link only with context: another name of the same entity on the
 *   page, a related entity, a title before the name, or one of the alias's context words nearby;
 * - an alias shared by several entities is resolved by the same context plus the page language,
 *   or reported with its candidates and no entity (never a guess);
 * - a surname derived from a person's full name links only after that person was named in full.
 */
import { ENTRY_ACRONYM, ENTRY_DERIVED_SURNAME, ENTRY_REQUIRES_CONTEXT, ENTRY_SURNAME, type EntityCore } from '../pack/compiled.ts';
import type { EntityRef, Mention, MentionReason, SpotOptions } from './types.ts';
import { Kind, foldKey, kindOf } from './normalise.ts';
import { INVISIBLE_CLASS_BODY } from '../text/invisible.ts';
import type { Matcher, RawHit } from './matcher.ts';
import { forCapitalWords } from './capital-words.ts';
import { selectHits, type Candidate, type Hit } from './hits.ts';
import type { NameScanOptions } from './names.ts';
import { asCyrillicLang, cyrillicLangOf } from './romanise.ts';
import { ownWordKeys, pageLooseKeys, sameWordKeys, wordScript } from './name-keys.ts';
import { spellingOf } from './spellings.ts';
import { declines } from './inflection.ts';
import { PERSON_TITLES } from './titles.ts';
import { COMMON_WORDS } from './common-words.ts';
import { inListOfWords, longerNameAfter, sentenceAround, surroundings, type Surroundings } from './surroundings.ts';
import { inLongerInstitutionName, inLongerName } from './longer-names.ts';
import { afterGivenName, citedAuthor } from './someones-name.ts';
import { inCountryOfLanguage } from './country-languages.ts';
import { isCountryId } from './place-ids.ts';
import { elsewhereThanItsRegion } from './qualified-places.ts';

export interface SpotResult {
  mentions: Mention[];
  entities: Record<string, EntityRef>;
}

/** how far (in characters of the page text) context words are looked for around a mention */
const CONTEXT_WINDOW = 300;

/** the word just before original offset `start`, normalised ("mr" in "Mr. Putin", "m" in "M. Loukachenko") */
function wordBefore(text: string, start: number): string {
  let i = start - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (k !== Kind.Space && k !== Kind.Drop && c !== 0x2e) break;
  }
  let j = i;
  for (; j >= 0; j--) {
    const c = text.charCodeAt(j);
    const k = kindOf(c);
    if (k !== Kind.Word && k !== Kind.Expand && k !== Kind.Drop && k !== Kind.Mark && c !== 0x2d && c !== 0x2010 && c !== 0x2011) break;
  }
  if (j === i || start - j > 40) return '';
  return foldKey(text.slice(j + 1, i + 1));
}

/** a number right before or after the span ("May 2011", "5 May", "May 5th"): a date */
function isDate(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && kindOf(text.charCodeAt(i)) === Kind.Space) i--;
  const before = i >= 0 ? text.charCodeAt(i) : 0;
  let j = end;
  while (j < text.length && (kindOf(text.charCodeAt(j)) === Kind.Space || text.charCodeAt(j) === 0x2c)) j++;
  const after = j < text.length ? text.charCodeAt(j) : 0;
  return (before >= 0x30 && before <= 0x39) || (after >= 0x30 && after <= 0x39);
}

/**
 * What the page says for a guarded alias: `none` (an ordinary word here), `weak` (linked only because
 * its entity, or a related one, is already on the page: not evidence for the next guarded word) or
 * `firm` (a title, a context word, the entity or a related one named nearby).
 */
type Evidence = 'none' | 'weak' | 'firm';

/** "Uber's", "Amazon’s": a possessive marks a proper noun */
function possessive(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0x27 || c === 0x2019) && (text.charCodeAt(end + 1) | 0x20) === 0x73 && kindOf(text.charCodeAt(end + 2)) !== Kind.Word;
}

function hasTitle(text: string, start: number): boolean {
  return PERSON_TITLES.has(wordBefore(text, start));
}

function primaryLang(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split('-')[0] ?? '';
}

/** a generational suffix at the end of a person's name ("Jr.", "Sr.", "III") */
const GENERATIONAL = /[\s,](Jr|Sr|Jnr|Snr)\.?$|[\s,](Jr|Sr)\.?[\s,]|\s(II|III|IV)$/u;

class PageContext {
  /** entities linked on the page, with their first position */
  readonly first = new Map<string, number>();
  /** every position where each entity was linked on firm evidence (see `add`) */
  private readonly at = new Map<string, number[]>();
  /** ids listed in `related` by entities on the page → whether one of those entities is not a country */
  private readonly pointedAt = new Map<string, boolean>();
  /** entities first linked since `pointedAt` was last brought up to date */
  private readonly pending: EntityCore[] = [];
  /** ids listed in `related` by entities linked on firm evidence → those entities */
  private readonly pointers = new Map<string, EntityCore[]>();
  constructor(private readonly text: string) {}

  /**
   * Record a link. `firm` is false for a guarded alias linked only because its entity is already
   * on the page: such a link is not evidence for the next guarded word (no chains of guesses).
   */
  add(entity: EntityCore, start: number, firm = true): void {
    if (!this.first.has(entity.id)) {
      this.first.set(entity.id, start);
      if (entity.related) this.pending.push(entity);
    }
    if (!firm) return;
    const list = this.at.get(entity.id);
    if (list) {
      list.push(start);
      return;
    }
    this.at.set(entity.id, [start]);
    for (const r of entity.related ?? []) {
      const p = this.pointers.get(r);
      if (p) p.push(entity);
      else this.pointers.set(r, [entity]);
    }
  }

  /** this entity is linked elsewhere on the page */
  named(entity: EntityCore): boolean {
    return this.first.has(entity.id);
  }

  /** this entity is linked somewhere on the page on firm evidence, at least `times` times */
  established(entity: EntityCore, times = 1): boolean {
    return (this.at.get(entity.id)?.length ?? 0) >= times;
  }

  /** this entity (by id) is linked on firm evidence within CONTEXT_WINDOW characters of `start` */
  namedNear(id: string, start: number): boolean {
    const list = this.at.get(id);
    if (list === undefined) return false;
    for (const p of list) if (p !== start && Math.abs(p - start) <= CONTEXT_WINDOW) return true;
    return false;
  }

  /** a related entity (in either direction) is linked near `start`; countries count as in `related` */
  relatedNear(entity: EntityCore, start: number, broad: boolean): boolean {
    const countriesCount = broad || entity.type === 'place';
    for (const r of entity.related ?? []) {
      if ((countriesCount || !isCountryId(r)) && this.namedNear(r, start)) return true;
    }
    for (const p of this.pointers.get(entity.id) ?? []) {
      if ((countriesCount || !isCountryId(p.id)) && this.namedNear(p.id, start)) return true;
    }
    return false;
  }

  /**
   * A related entity (in either direction) is on the page. A country is broad context: it counts
   * for places (Washington and the United States) but not for people or organisations (a page about
   * the UK does not make every "May" Theresa May) unless `broad` is set. For a place, its country
   * is also on the page when another place of that country was linked on firm evidence: a regional
   * page names its towns ("In Mannheim und Karlsruhe"), seldom its country.
   */
  related(entity: EntityCore, broad: boolean): boolean {
    // entities named since the last question: their `related` lists, read only when asked
    for (const e of this.pending) {
      const country = isCountryId(e.id);
      for (const r of e.related ?? []) this.pointedAt.set(r, this.pointedAt.get(r) === true || !country);
    }
    this.pending.length = 0;
    const countriesCount = broad || entity.type === 'place';
    const p = this.pointedAt.get(entity.id);
    if (p === true || (p === false && countriesCount)) return true;
    for (const r of entity.related ?? []) {
      if (this.first.has(r) && (countriesCount || !isCountryId(r))) return true;
      // a place of the same country linked on firm evidence ("Mannheim" puts Germany on the page for "Karlsruhe")
      if (entity.type === 'place' && isCountryId(r) && this.pointers.get(r)?.some((p) => p.type === 'place')) return true;
    }
    return false;
  }

  /**
   * Where each list of context words occurs, for the part of the text read so far: mentions come in
   * page order, so each part of the page is searched once per list, not once per mention.
   */
  private readonly wordsAt = new Map<string[], { lo: number; hi: number; at: number[] }>();

  /**
   * one of `words` (normalised) within CONTEXT_WINDOW characters of [start, end), and, when given,
   * starting inside [lo, hi) (the mention's sentence)
   */
  nearWords(words: string[] | undefined, start: number, end: number, lo = 0, hi = Infinity): boolean {
    if (!words || words.length === 0) return false;
    const text = this.text;
    const a = Math.max(0, start - CONTEXT_WINDOW);
    let b = Math.min(text.length, end + CONTEXT_WINDOW);
    let seen = this.wordsAt.get(words);
    if (!seen || a < seen.lo || a > seen.hi) this.wordsAt.set(words, (seen = { lo: a, hi: a, at: [] }));
    if (b > seen.hi) {
      // read on to the end of the word at b, so no word is cut in two
      while (b < text.length && kindOf(text.charCodeAt(b)) !== Kind.Space && kindOf(text.charCodeAt(b)) !== Kind.Break) b++;
      const from = seen.hi;
      const part = text.slice(from, b);
      // the raw text first (case-insensitive, any space/dash/apostrophe); then without diacritics
      findWords(text, part, from, words, seen.at);
      if (ACCENTED.test(part)) {
        findWords(text, part.normalize('NFD').replace(IGNORABLE, ''), from, words, seen.at);
        seen.at.sort((x, y) => x - y);
      }
      seen.hi = b;
    }
    // the first occurrence at or after a (and lo)
    const from = Math.max(a, lo);
    const at = seen.at;
    let i = 0;
    let j = at.length;
    while (i < j) {
      const mid = (i + j) >> 1;
      if (at[mid]! < from) i = mid + 1;
      else j = mid;
    }
    return i < at.length && at[i]! < Math.min(end + CONTEXT_WINDOW, hi);
  }
}

/** characters that folding changes: Latin, Greek and Cyrillic letters with marks, combining marks, invisible characters */
const ACCENTED = new RegExp(`[\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF${INVISIBLE_CLASS_BODY}]`);
/** Latin combining marks and invisible characters: gone once folded (a fast class, no \p{M}) */
const IGNORABLE = new RegExp(`[\\u0300-\\u036f${INVISIBLE_CLASS_BODY}]`, 'g');

/**
 * One case-insensitive regular expression per list of context words (the lists live in the
 * compiled pack), matching the words in raw text: any white space, dash or apostrophe variant.
 * It starts with the words themselves, so the engine can skip ahead; the word start is checked
 * by hand.
 */
const wordsRes = new WeakMap<string[], RegExp>();
/**
 * Push to `out` the offsets (in `text`) where one of `words` starts in `part`, a piece of `text`
 * starting at offset `from` (folded pieces keep the length of the original except where ignorable
 * characters are dropped). Word boundaries are checked in the piece, and at its edges in `text`.
 */
function findWords(text: string, part: string, from: number, words: string[], out: number[]): void {
  let re = wordsRes.get(words);
  if (!re) {
    // longest first: at one place the longest word is tried first, so "usa" is not lost to "us"
    const alts = [...words]
      .sort((x, y) => y.length - x.length)
      .map((w) => escapeRe(w).replace(/ /g, '\\s+').replace(/'/g, "['\u2018\u2019\u02bc`\u00b4]").replace(/-/g, '[-\u2010-\u2015\u2212]'));
    // no "u" flag and no \\p{…} look-ahead (much slower): both word boundaries are checked by hand
    re = new RegExp(`(?:${alts.join('|')})`, 'gi');
    wordsRes.set(words, re);
  }
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const e = m.index + m[0].length;
    const before = kindOf(m.index > 0 ? part.charCodeAt(m.index - 1) : from > 0 ? text.charCodeAt(from - 1) : 0x20);
    const after = kindOf(e < part.length ? part.charCodeAt(e) : 0x20);
    if (before !== Kind.Word && before !== Kind.Expand && after !== Kind.Word && after !== Kind.Expand) out.push(from + m.index);
    re.lastIndex = m.index + 1;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** a person's surname, listed or derived from a full name */
function isPersonSurname(c: Candidate): boolean {
  return c.entity.type === 'person' && (c.entry.flags & (ENTRY_SURNAME | ENTRY_DERIVED_SURNAME)) !== 0;
}

function reasonOf(h: Hit, c: Candidate): MentionReason {
  if (h.via) return h.via;
  const f = c.entry.flags;
  if (f & (ENTRY_DERIVED_SURNAME | ENTRY_SURNAME)) return 'surname';
  if (f & ENTRY_ACRONYM) return 'acronym';
  return 'alias';
}

function ref(e: EntityCore): EntityRef {
  return { id: e.id, name: e.name, type: e.type };
}

/** the options of the name index's scan for a page */
function nameScanOptions(text: string, pageLang: string, blockBreaks: boolean): NameScanOptions {
  let cyrillic = asCyrillicLang(pageLang);
  return {
    lang: pageLang,
    spelling: spellingOf(pageLang),
    declines: { latin: declines(pageLang, 'latin'), cyrillic: declines(pageLang, 'cyrillic'), greek: declines(pageLang, 'greek') },
    // Cyrillic text is romanised by its language's system: the page's, or the one its letters show
    // (looked for in the text only when a Cyrillic word is read: most pages have none)
    get cyrillic() {
      return (cyrillic ??= CYRILLIC.test(text) ? (cyrillicLangOf(text) ?? 'ru') : 'ru');
    },
    blockBreaks,
  };
}
const CYRILLIC = /[\u0400-\u04ff]/;

/** every pack's trie hits, then the names in other spellings around them, leftmost-longest */
function findHits(text: string, matchers: readonly Matcher[], opts: NameScanOptions, otherSpellings: boolean): Hit[] {
  const raws: RawHit[] = [];
  const capitals = otherSpellings ? forCapitalWords(opts.lang) : undefined;
  matchers.forEach((m, i) => m.scan(text, raws, opts.blockBreaks, i === 0 ? capitals : undefined));
  if (matchers.length > 1) raws.sort(byStartLongest);
  if (!capitals) return selectHits(raws, true);
  const named: RawHit[] = [];
  for (const m of matchers) m.scanNames(text, capitals, raws, named, opts);
  if (named.length === 0) return selectHits(raws, true);
  return selectHits([...raws, ...named].sort(byStartLongest), true);
}
const byStartLongest = (x: RawHit, y: RawHit): number => x.start - y.start || y.end - x.end;

/**
 * Is `w` (a normalised word of the page, near `at`) one of these entities' own name words: the same
 * word, the initial of one ("V." for Vladimir), or one of their names in another spelling
 * ("Еманюел" for Emmanuel, "Binyamin" for Benjamin; see sameWordKeys)? A person's words are every
 * word of their names and aliases (EntityCore.nameWords, made at compile time); another entity's,
 * the words of its name.
 */
function ownWord(entities: Candidate[], w: string, opts: NameScanOptions): boolean {
  if (w === '') return false;
  /** the page word's variant keys, made when first compared (the page's Cyrillic system is asked for only for a Cyrillic word) */
  let keys: string[] | undefined;
  const pageKeys = (): string[] => (keys ??= pageLooseKeys(w, opts.lang, wordScript(w) === 'cyrillic' ? opts.cyrillic : 'ru'));
  return entities.some((c) => {
    const own = ownWordsOf(c.entity);
    return own.words.some((x, i) => x === w || (w.length === 1 && x.startsWith(w)) || (w.length > 3 && sameWordKeys(pageKeys(), own.keys(i))));
  });
}

/** an entity's own name words and their variant keys (sameWordKeys), made once per entity and kept with it */
interface OwnWords {
  words: string[];
  keys: (i: number) => string[];
}
const ownWordsMade = new WeakMap<EntityCore, OwnWords>();
function ownWordsOf(e: EntityCore): OwnWords {
  let own = ownWordsMade.get(e);
  if (!own) {
    const words = (e.nameWords ?? foldKey(e.name)).split(/[\s-]+/u);
    const keys: (string[] | undefined)[] = [];
    own = { words, keys: (i) => (keys[i] ??= ownWordKeys(words[i]!)) };
    ownWordsMade.set(e, own);
  }
  return own;
}

/** is `v` in `ascending` (numbers in ascending order)? */
function inAscending(ascending: readonly number[], v: number): boolean {
  let lo = 0;
  let hi = ascending.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ascending[mid]!;
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Spot the entities of `matchers` in `text`. */
export function spot(text: string, matchers: readonly Matcher[], opts: SpotOptions = {}): SpotResult {
  const pageLang = primaryLang(opts.lang);
  const blockBreaks = opts.blockBreaks === true;
  const nameOpts = nameScanOptions(text, pageLang, blockBreaks);
  const hits = findHits(text, matchers, nameOpts, opts.otherSpellings !== false);
  /** is this word (normalised) a given name the packs know? Once per word and page */
  const givenNames = new Map<string, boolean>();
  const isGivenName = (w: string): boolean => {
    let v = givenNames.get(w);
    if (v === undefined) givenNames.set(w, (v = matchers.some((m) => m.isGivenName(w, nameOpts))));
    return v;
  };
  // where the names the packs know start and end (not surnames that wait for a full name: "Jonathan" of
  // Goodluck Jonathan), in text order: the hits are in text order without overlaps
  const hitStarts: number[] = [];
  const hitEnds: number[] = [];
  /** where a word the packs know as a person's surname starts ("Стармер", "Müller"), in text order */
  const surnameStarts: number[] = [];
  for (const h of hits) {
    if (h.real.some(isPersonSurname) || h.derived.some(isPersonSurname)) surnameStarts.push(h.start);
    if (h.real.length === 0) continue;
    hitStarts.push(h.start);
    hitEnds.push(h.end);
  }
  const nameAt = (i: number): boolean => inAscending(hitStarts, i);
  const nameEndsAt = (i: number): boolean => inAscending(hitEnds, i);
  // a city qualified by a region of another country is another place of that name ("Dublin, Ohio")
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const elsewhere = h.real.length > 0 ? elsewhereThanItsRegion(text, h, hits[i + 1]) : [];
    if (elsewhere.length > 0) h.real = h.real.filter((c) => !elsewhere.includes(c));
  }
  // a place inside a longer name that is not the place ("Manchester City", "Northern Kentucky
  // University", "Football.London") or in someone's name ("Derby, Mark (2010)", "Jonathan Corum")
  // is not that place, an institution inside its press's name ("Victoria University Press") not
  // the institution; the other candidates of the span stay
  for (const h of hits) {
    if (
      h.real.some((c) => c.entity.type === 'place') &&
      (inLongerName(text, h.start, h.end, nameAt) || afterGivenName(text, h.start, isGivenName, nameEndsAt) || citedAuthor(text, h.start, h.end, isGivenName, nameAt))
    ) {
      h.real = h.real.filter((c) => c.entity.type !== 'place');
    }
    if (h.real.some((c) => c.entity.type === 'organisation') && inLongerInstitutionName(text, h.start, h.end)) {
      h.real = h.real.filter((c) => c.entity.type !== 'organisation');
    }
  }
  const ctx = new PageContext(text);
  const aroundHit = (h: Hit): Surroundings => surroundings(text, h.start, h.end, foldKey(text.slice(h.start, h.end)), blockBreaks);

  /**
   * The word before is another person's given name ("Viktor Lukashenko", "Jan Nawrocki"): a given
   * name the packs know, or any other capitalised word, except in German, where nouns have capitals,
   * before an inflected name, which a capitalised noun governs ("Кабинет Вучића"; a given name there
   * would be inflected too), and in a title-case headline. One of these people's own names
   * ("Donald John Trump", "Binyamin Netanyahu") is fine.
   */
  const anotherName = (h: Hit, around: Surroundings, people: Candidate[]): boolean => {
    if (!around.namedBefore || ownWord(people, around.before, nameOpts)) return false;
    if (isGivenName(around.before)) return true;
    // a capitalised word after it too: a headline in title case ("Any Un-Angry Trump Supporters?")
    return pageLang !== 'de' && h.via !== 'inflection' && around.after === '';
  };

  /**
   * A pack's surname alone, or a word found only by its stem or variant key, is not this entity
   * where the text says it is something else: a date, part of a longer name ("W Mińsku
   * Mazowieckim"), or after another person's given name ("Viktor Lukashenko").
   */
  const standsAlone = (h: Hit, c: Candidate): boolean => {
    const person = c.entity.type === 'person';
    const surname = (c.entry.flags & ENTRY_SURNAME) !== 0;
    if (!h.lookAround && !surname) return true;
    const around = aroundHit(h);
    if (person && anotherName(h, around, [c])) return false;
    // a surname alone right before another person's surname is that person's given name ("Кир Стармер" is not Salva Kiir)
    if (person && surname && pageLang !== 'de' && inAscending(surnameStarts, around.afterAt)) return false;
    if (!h.lookAround) return true;
    // a word found by its stem or variant key: not part of a longer name ("W Mińsku Mazowieckim", "County Mayo")
    if (!person && around.namedBefore && (isGivenName(around.before) || (pageLang !== 'de' && !around.beforeStartsSentence))) return false;
    if (around.month || (around.longerName && !(pageLang === 'de' && around.afterOf)) || isDate(text, h.start, h.end)) return false;
    return pageLang === 'de' || !longerNameAfter(around.after) || ownWord([c], around.after, nameOpts);
  };

  // 1. anchors: one entity, no guard (a full name found by given name and surname needs none)
  const anchored = new Array<Candidate | null>(hits.length).fill(null);
  const vetoed = new Array<boolean>(hits.length).fill(false);
  hits.forEach((h, i) => {
    const c = h.real[0];
    if (h.real.length !== 1 || !c || (!h.fullName && c.entry.flags & ENTRY_REQUIRES_CONTEXT)) return;
    if (!h.fullName && !standsAlone(h, c)) {
      vetoed[i] = true;
      return;
    }
    anchored[i] = c;
    ctx.add(c.entity, h.start);
  });

  // 2. everything else, in page order (surnames need the full name earlier on the page)
  const mentions: Mention[] = [];
  /** every entity a mention names, in order of first mention (described once, at the end) */
  const described = new Map<string, EntityCore>();
  const emit = (h: Hit, c: Candidate | null, reason: MentionReason, cands?: Candidate[]): void => {
    const m: Mention = { start: h.start, end: h.end, text: text.slice(h.start, h.end), entityId: c ? c.id : '', reason };
    if (c && !described.has(c.id)) described.set(c.id, c.entity);
    if (cands) {
      m.candidates = cands.map((x) => x.id).sort();
      for (const x of cands) if (!described.has(x.id)) described.set(x.id, x.entity);
    }
    mentions.push(m);
  };

  /**
   * The rules for a guarded alias (see "Context guard" in docs/knowledge-packs.md). Structural
   * vetoes first: a date ("5 May", "in May"), part of a longer capitalised name ("Labour Force
   * Survey", "Statute of Westminster", "ABC-CLIO"), or the surname of someone else ("Richard
   * Wagner"). Then evidence: a person title before it always counts; at a sentence start (where a
   * capital says nothing) only the pack's context words in the same sentence, or for a person being named
   * nearby, count; elsewhere a person may also lean on being named (or a related entity) anywhere on
   * the page, while organisations and places need that evidence nearby.
   */
  /** context words near the current hit, once per list of words */
  let nearHit: Hit | null = null;
  const nearMemo = new Map<string[], boolean>();
  const nearWords = (h: Hit, c: Candidate): boolean => {
    const words = c.entry.contextWords;
    if (!words) return false;
    if (nearHit !== h) {
      nearHit = h;
      nearMemo.clear();
    }
    let v = nearMemo.get(words);
    if (v === undefined) nearMemo.set(words, (v = ctx.nearWords(words, h.start, h.end)));
    return v;
  };

  /**
   * At a sentence start a context word counts only in the mention's own sentence: "Vale lembrar que
   * … . A mineradora Vale …" — the word after the full stop is about the next sentence's "Vale".
   */
  const inSentence = (h: Hit, c: Candidate): boolean => {
    const [lo, hi] = sentenceAround(text, h.start, h.end, blockBreaks, CONTEXT_WINDOW);
    return ctx.nearWords(c.entry.contextWords, h.start, h.end, lo, hi);
  };

  const guardedOk = (h: Hit, c: Candidate, around: Surroundings, titled: boolean): Evidence => {
    const e = c.entity;
    const person = e.type === 'person';
    if (person && titled) return 'firm';
    const words = c.entry.contextWords;
    // a context word right before it ("US House of Representatives", "UK Labour") is the strongest evidence
    const wordBefore = around.before !== '' && words !== undefined && words.includes(around.before);
    const wordAfter = around.after !== '' && words !== undefined && words.includes(around.after);
    if (around.month || isDate(text, h.start, h.end)) return 'none';
    if (around.longerName && !wordBefore) return 'none';
    if (around.namedBefore && !wordBefore) return 'none';
    if (pageLang !== 'de' && longerNameAfter(around.after) && !wordAfter) return 'none';
    if (wordBefore) return 'firm';
    // one of a list of capitalised words that are no names: "Performance in Reading, Mathematics and
    // Science" (a veto, looked for only where the evidence below would link: most words find none)
    const evidence = guardedEvidence(h, c, around);
    if (evidence !== 'none' && !person && inListOfWords(text, h.start, h.end, (from, to) => nameAt(from) || nameEndsAt(to))) return 'none';
    return evidence;
  };

  /** the evidence for a guarded alias that no structural rule vetoed (guardedOk) */
  const guardedEvidence = (h: Hit, c: Candidate, around: Surroundings): Evidence => {
    const e = c.entity;
    const person = e.type === 'person';
    // evidence near the mention (the cheap look-ups first, then the context words)
    const namedNear = ctx.namedNear(e.id, h.start);
    const relatedNear = namedNear || ctx.relatedNear(e, h.start, e.type === 'place');
    if (namedNear || (relatedNear && (person || e.type === 'place' || !around.sentenceStart))) return 'firm';
    if (nearWords(h, c) && (!around.sentenceStart || inSentence(h, c))) return 'firm';
    if (around.sentenceStart) {
      // a capital at a sentence start says nothing: "Podemos hablar", "Chega de promessas", "Total revenue"
      if (person) return 'none';
      // "Reform of …", "Chega de …": followed by a connector it is the ordinary word
      if (around.connectorAfter) return 'none';
      // a page firmly about it (linked twice on firm evidence elsewhere), or a possessive ("Uber's")
      return ctx.established(e, 2) || (possessive(text, h.end) && ctx.established(e, 1)) ? 'weak' : 'none';
    }
    // mid-sentence, capitalised, not part of another name: the entity linked elsewhere on the page on
    // firm evidence, or a related entity on the page, will do
    return ctx.established(e) || ctx.related(e, false) ? 'weak' : 'none';
  };

  /**
   * A surname alone, after the person was named in full, is still not theirs where the text says it
   * is something else: a month ("in May"), part of a longer name ("May Day", "Trump Tower",
   * "Statute of …"), after another given name ("Fred Trump"; the person's own given and middle
   * names are fine: "Donald John Trump"), or a short one hyphened to a lower-case word ("Li-ion").
   */
  const surnameFits = (h: Hit, people: Candidate[]): boolean => {
    const key = foldKey(text.slice(h.start, h.end));
    const around = surroundings(text, h.start, h.end, key, blockBreaks);
    if (around.month || around.longerName) return false;
    if (COMMON_WORDS.has(key) && isDate(text, h.start, h.end)) return false;
    // a short family name hyphened to a lower-case word is part of that word ("Li-ion", "Ma-based")
    if (key.length <= 3 && text.charCodeAt(h.end) === 0x2d && /^\p{Ll}/u.test(text.slice(h.end + 1, h.end + 3))) return false;
    if (anotherName(h, around, people)) return false;
    if (pageLang !== 'de' && longerNameAfter(around.after) && !ownWord(people, around.after, nameOpts)) return false;
    return true;
  };

  /** a span with aliases (not anchors): guarded or shared. Returns whether it emitted a mention. */
  /** the surroundings of the last hit asked about, worked out once for it (resolveReal) */
  let aroundFor: Hit | null = null;
  let aroundLast: Surroundings | null = null;
  const aroundOf = (h: Hit): Surroundings => {
    if (aroundFor !== h || aroundLast === null) {
      aroundFor = h;
      aroundLast = aroundHit(h);
    }
    return aroundLast;
  };
  const resolveReal = (h: Hit): boolean => {
    const title = hasTitle(text, h.start);
    if (h.real.length === 1) {
      // one entity behind a guarded word: link only with context
      const c = h.real[0]!;
      const ok = guardedOk(h, c, aroundOf(h), title);
      if (ok !== 'none') {
        ctx.add(c.entity, h.start, ok === 'firm');
        emit(h, c, reasonOf(h, c));
        return true;
      }
      return false;
    }
    // among people of one name, the one without a generational suffix unless the text has it ("Donald Trump", not "Donald Trump Jr.")
    const suffixed = h.real.filter((c) => c.entity.type === 'person' && GENERATIONAL.test(c.entity.name)).length;
    const plainName = suffixed > 0 && suffixed < h.real.length && !GENERATIONAL.test(text.slice(h.start, h.end + 5));
    const scored = h.real
      .map((c) => {
        const guarded = (c.entry.flags & ENTRY_REQUIRES_CONTEXT) !== 0;
        const named = ctx.named(c.entity);
        const related = ctx.related(c.entity, true);
        const words = nearWords(h, c);
        const titled = title && c.entity.type === 'person';
        const lang = c.entry.lang !== '' && pageLang !== '' && primaryLang(c.entry.lang) === pageLang;
        // a place written in the script or with the case endings of the page's language: the one in a country of that language
        const local = h.via !== undefined && h.via !== 'variant' && c.entity.type === 'place' && inCountryOfLanguage(c.entity.related, pageLang);
        const unsuffixed = plainName && c.entity.type === 'person' && !GENERATIONAL.test(c.entity.name);
        const score = (named ? 4 : 0) + (related ? 2 : 0) + (words ? 2 : 0) + (titled ? 1 : 0) + (lang || local ? 1 : 0) + (unsuffixed ? 1 : 0);
        const usable = !guarded || guardedOk(h, c, aroundOf(h), title) !== 'none';
        return { c, score, usable };
      })
      .filter((x) => x.usable);
    if (scored.length === 0) return false; // guarded words without context are ordinary words
    scored.sort((x, y) => y.score - x.score);
    if (scored.length === 1 || (scored[0]!.score > 0 && scored[0]!.score > scored[1]!.score)) {
      const best = scored[0]!.c;
      ctx.add(best.entity, h.start);
      emit(h, best, reasonOf(h, best));
      return true;
    }
    const top = scored.filter((x) => x.score === scored[0]!.score).map((x) => x.c);
    emit(h, null, reasonOf(h, top[0]!), top);
    return true;
  };

  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const sure = anchored[i];
    if (sure) {
      emit(h, sure, reasonOf(h, sure));
      continue;
    }
    if (vetoed[i]) continue;
    if (h.real.length > 0 && resolveReal(h)) continue;
    // derived surnames (also where a guarded word found no context): only people named in full before
    const named = h.derived.filter((c) => {
      const at = ctx.first.get(c.id);
      return at !== undefined && at < h.start;
    });
    if (named.length > 0 && !surnameFits(h, named)) continue;
    if (named.length === 1) emit(h, named[0]!, h.via ?? 'surname');
    else if (named.length > 1) emit(h, null, h.via ?? 'surname', named);
  }
  const entities: Record<string, EntityRef> = {};
  for (const [id, e] of described) entities[id] = ref(e);
  return { mentions, entities };
}
