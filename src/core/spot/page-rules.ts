/**
 * The page rules, run once over a page's hits in page order (spot.ts finds the hits):
 * - an alias that fits one entity and needs no context links directly (an "anchor");
 * - guarded aliases (common words) link only with context: another name of the same entity on the
 *   page, a related entity, a title before the name, or one of the alias's context words nearby;
 * - an alias shared by several entities is resolved by the same context plus the page language,
 *   or reported with its candidates and no entity (never a guess);
 * - a surname derived from a person's full name links only after that person was named in full,
 *   or just before it, as a headline names someone (namedInFullJustAfter).
 * See "Context guard" and "Other spellings" in docs/knowledge-packs.md.
 */
import { ENTRY_ACRONYM, ENTRY_CASE_FORM, ENTRY_DERIVED_SURNAME, ENTRY_LATIN_DIACRITICS, ENTRY_REQUIRES_CONTEXT, ENTRY_SURNAME, type EntityCore } from '../pack/compiled.ts';
import type { EntityRef, Mention, MentionReason } from './types.ts';
import { wordsJustBefore } from './words-before.ts';
import { Kind, foldKey, isAscii, isLower, isUpper, kindOf, normaliseKey } from './normalise.ts';
import { accentElsewhere, greekMasksOf } from './greek-accents.ts';
import { TITLE_CASE_ACRONYMS, type Matcher } from './matcher.ts';
import type { Candidate, Hit } from './hits.ts';
import type { NameScanOptions } from './names.ts';
import { ownWordKeys, pageLooseKeys, sameWordKeys, wordScript } from './name-keys.ts';
import { isPersonTitle } from './titles.ts';
import { COMMON_WORDS } from './common-words.ts';
import { hasStreetWords, isStreetWord } from './street-words.ts';
import { ClubsNamed, hasTeamArticles, teamOrTown, townPreposition, townTakesTeamArticle } from './team-or-town.ts';
import { declinesOnlyGenitiveS, endsAsDeclinedAdjective, isAdjectiveOfPlace, stemsOf } from './inflection.ts';
import { scriptOf, writtenInOtherScript } from './romanise.ts';
import { isFunctionWord } from './function-words.ts';
import { suffixAfterApostrophe } from './capital-words.ts';
import { blockStart, FUNCTION_WORDS, hasHyphen, inListOfWords, inWordAt, joinedToWord, longerNameAfter, sentenceAround, startsSentence, surroundings, wordEnd, type Surroundings } from './surroundings.ts';
import { afterAirportWord, afterGodWord, afterPolishNa, afterRiverWord, beforeCapitalisedWord, quotedAlone, inLongerInstitutionName, inLongerName, inNameNamedAfterOrganisation, inNameNamedAfterPerson, inNameOfThoroughfare, placeInNameOfThoroughfare, shipName } from './longer-names.ts';
import { afterGivenName, afterNameAndParticle, beforePatronymic, citedAuthor, nameGoesOnWithParticle, namedAfterSomeone } from './someones-name.ts';
import { firstCountryOf, inCountryOfLanguage, primaryLang } from './country-languages.ts';
import { elsewhereThanItsRegion, inListOfRegions } from './qualified-places.ts';
import { isOrganisationKindWord } from './organisation-kinds.ts';
import { countryCodeOf, isAirportId, isCityId, isCountryId, isPartOfCountry, isRegionId, relatedCountryCodes } from './place-ids.ts';
import { mergedPrefixLength } from './article-contractions.ts';
import { CONTEXT_WINDOW, PageContext } from './page-context.ts';
import { inAscending, indexInAscending } from './ascending.ts';
import { isDateline, isDatelineAgency } from './dateline.ts';
import { isMonthName, isWeekdayName } from './calendar-words.ts';

export interface SpotResult {
  mentions: Mention[];
  entities: Record<string, EntityRef>;
}

/** one word in Latin letters, with or without diacritics */
const LATIN_WORD = /^[\p{Script=Latin}'’]+$/u;

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

/** the span [start, end) is one word: no space or hyphen inside */
function oneWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const k = kindOf(text.charCodeAt(i));
    if (k === Kind.Space || k === Kind.Break || text.charCodeAt(i) === 0x2d) return false;
  }
  return true;
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

/**
 * A person's title right before the name, or before the portfolio of the office, which a connector
 * starts ("Minister of Finance Rachel Reeves", "Eurocommissaris voor Landbouw Christophe Hansen",
 * "ministre de l'Économie Roland Lescure")
 */
function hasTitle(text: string, start: number): boolean {
  if (isPersonTitle(wordBefore(text, start))) return true;
  const words = wordsJustBefore(text, start, MAX_PORTFOLIO_WORDS + 1);
  let connector = false;
  for (const w of words) {
    if (connector && isPersonTitle(w)) return true;
    if (PORTFOLIO_CONNECTORS.has(w)) connector = true;
  }
  return false;
}

/** languages that write every noun with a capital, so that a capital mid-sentence does not say "a name" */
const CAPITALISES_NOUNS: ReadonlySet<string> = new Set(['de', 'lb']);

/** the longest portfolio read between a title and a name, in words ("für Wirtschaft und Energie") */
const MAX_PORTFOLIO_WORDS = 4;
/** the words that join a title to its portfolio (folded) */
const PORTFOLIO_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'voor', 'van', 'fur', 'de', 'del', 'della', 'dell', 'di', 'do', 'da', 'des', 'du', 'pour', 'per', 'para', 'dla', 'za', 'pro',
]);


/** a word after a one-word name that goes on with it: a regnal number or a generational suffix (folded: "vi", "jr") */
const NAME_GOES_ON = /^(?:[ivxl]+|jr|sr|jnr|snr|junior|senior)$/u;
/** a generational suffix at the end of a person's name ("Jr.", "Sr.", "III") */
const GENERATIONAL = /[\s,](Jr|Sr|Jnr|Snr)\.?$|[\s,](Jr|Sr)\.?[\s,]|\s(II|III|IV)$/u;

/** a person's surname, listed or derived from a full name */
function isPersonSurname(c: Candidate): boolean {
  return c.entity.type === 'person' && (c.entry.flags & (ENTRY_SURNAME | ENTRY_DERIVED_SURNAME)) !== 0;
}

function reasonOf(h: Hit, c: Candidate): MentionReason {
  if (h.via) return h.via;
  const f = c.entry.flags;
  if (f & (ENTRY_DERIVED_SURNAME | ENTRY_SURNAME)) return 'surname';
  if (f & ENTRY_ACRONYM) return 'acronym';
  if (f & ENTRY_CASE_FORM) return 'inflection';
  return 'alias';
}

/** a word for "and" between two names of a list, perhaps after a comma ("Google, Apple en Meta", "LVMH et Hermès") */
const LIST_AND = /^,? (?:and|und|et|en|y|e|i|och|og|ve|a|и|і|та|και|&) $/u;
/** the longest join of two names of a list, in characters */
const MAX_LIST_JOIN = 7;
/** how two names are joined in a list: by a comma, by a word for "and", or not */
type ListJoin = 'comma' | 'and' | 'none';

/** how far after a surname alone (in characters) the page may name the person in full for the first time: a headline's and its opening's reach */
const LEAD_WINDOW = 1200;

/** languages whose press puts the names of things, bodies and works in quotation marks, never a place's (dropPlacesInQuotes) */
const QUOTES_NAMES_OF_THINGS: ReadonlySet<string> = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'pl', 'cs', 'sk', 'hr', 'sl', 'bs']);

const notPerson = (c: Candidate): boolean => c.entity.type !== 'person';
const isPlace = (c: Candidate): boolean => c.entity.type === 'place';
const notPlace = (c: Candidate): boolean => c.entity.type !== 'place';
/** a place is among the hit's candidates, real or waiting */
const placeBehind = (h: Hit): boolean => h.real.some(isPlace) || h.derived.some(isPlace);
/** the hit names no place, real or waiting */
function dropPlaces(h: Hit): void {
  h.real = h.real.filter(notPlace);
  h.derived = h.derived.filter(notPlace);
}
const isPerson = (c: Candidate): boolean => c.entity.type === 'person';
const isOrganisation = (c: Candidate): boolean => c.entity.type === 'organisation';
const isCity = (c: Candidate): boolean => isCityId(c.id);
/** a town, a region or a country: a place people live in, not a river or a sea */
const isSettled = (c: Candidate): boolean => c.entity.type === 'place' && (isCityId(c.id) || isRegionId(c.id) || isCountryId(c.id));
/** a person's title, or one joined by a hyphen ("secretary-general"), folded */
const isTitleWord = (word: string): boolean => isPersonTitle(word) || isPersonTitle(word.slice(0, Math.max(0, word.indexOf('-'))));
/** two places in the same country (by their related countries) */
function sameCountry(a: Candidate, b: Candidate): boolean {
  const of = relatedCountryCodes(b.entity.related);
  return relatedCountryCodes(a.entity.related).some((code) => of.includes(code));
}
/** a Greek word that ends in the genitive -ου or the genitive plural -ων (with its accent or without) */
const GREEK_GENITIVE = /(?:ου|ού|ων|ών)$/u;
/** German articles and the determiners that go with a noun, not with a town's name (folded) */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'dieses', 'diesem', 'jedes',
  // possessives ("ihren Kurs" is her course, not Chur's)
  'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines',
  'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres',
]);
/** the word right after a mention, across one space */
const NEXT_WORD = /^ (\p{L}+)/u;

/** the word right after [.., end), in lower case ("" if none) */
function nextWord(text: string, end: number): string {
  return NEXT_WORD.exec(text.slice(end, end + 12))?.[1]?.toLowerCase() ?? '';
}

function ref(e: EntityCore): EntityRef {
  return { id: e.id, name: e.name, type: e.type };
}

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

/** the context words of each list as a set: a list may hold the words of twenty languages */
const contextWordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** `word` (normalised) is one of the context `words` */
function isContextWord(words: readonly string[], word: string): boolean {
  let set = contextWordSets.get(words);
  if (set === undefined) contextWordSets.set(words, (set = new Set(words)));
  return set.has(word);
}

/**
 * One run of the page rules over a page's hits (in page order, without overlaps): `run()` decides
 * what each hit links to and returns the mentions.
 */
export class PageRules {
  /** the page's language (primary subtag), '' if unknown */
  private readonly lang: string;
  private readonly ctx: PageContext;
  /** where the names the packs know start and end (not surnames that wait for a full name: "Jonathan" of Goodluck Jonathan), in text order */
  private readonly hitStarts: number[] = [];
  private readonly hitEnds: number[] = [];
  /** the hits those are, in the same order */
  private readonly knownHits: Hit[] = [];
  /** where a word the packs know as a person's surname starts ("Стармер", "Müller"), in text order */
  private readonly surnameStarts: number[] = [];
  /** where the hits that may be people start, in text order */
  private readonly personStarts: number[] = [];
  /** is this word (normalised) a given name the packs know? Once per word and page */
  private readonly givenNames = new Map<string, boolean>();
  private readonly mentions: Mention[] = [];
  /** every entity a mention names, in order of first mention (described once, at the end) */
  private readonly described = new Map<string, EntityCore>();
  /** the hit whose context words were last looked for, and what was found per list of words (nearWords) */
  private nearHit: Hit | null = null;
  private readonly nearMemo = new Map<string[], boolean>();
  /** the hit whose surroundings were last asked for, and those (aroundOf) */
  private aroundFor: Hit | null = null;
  private aroundLast: Surroundings | null = null;
  /** the clubs the page named in full so far, by the words of their names (clubOfTown) */
  private readonly clubs = new ClubsNamed();
  /** someoneElsesSurname's answers on this page, by word and entity id */
  private elsewhereNamed = new Map<string, boolean>();

  /** the rules for `hits` in `text`, with the name index's options for the page (`opts`: its language, how it breaks lines) */
  constructor(
    private readonly text: string,
    private readonly opts: NameScanOptions,
    private readonly matchers: readonly Matcher[],
    private readonly hits: Hit[],
  ) {
    this.lang = opts.lang;
    this.ctx = new PageContext(text);
    for (const h of hits) {
      if (h.real.some(isPersonSurname) || h.derived.some(isPersonSurname)) this.surnameStarts.push(h.start);
      if (h.real.length === 0) continue;
      if (h.real.some(isPerson)) this.personStarts.push(h.start);
      this.hitStarts.push(h.start);
      this.hitEnds.push(h.end);
      this.knownHits.push(h);
    }
  }

  /** a name the packs know starts at offset i */
  private readonly nameAt = (i: number): boolean => inAscending(this.hitStarts, i);
  /** a name the packs know ends at offset i */
  private readonly nameEndsAt = (i: number): boolean => inAscending(this.hitEnds, i);

  private readonly isGivenName = (w: string): boolean => {
    let v = this.givenNames.get(w);
    if (v === undefined) this.givenNames.set(w, (v = this.matchers.some((m) => m.isGivenName(w, this.opts))));
    return v;
  };

  /** The mentions of the page and the entities they name. */
  run(): SpotResult {
    // several places alike by sound first: one of them dropped below would leave the other standing
    this.dropSoundAlikes();
    this.dropOwnLanguageLookalikes();
    this.preferDeclinedGreekNames();
    this.preferNamesDeclinedLetterForLetter();
    this.dropOtherAccents();
    this.dropStemsOfOtherScripts();
    this.dropForeignNamesWithoutTheirDiacritics();
    this.dropNamesInLongerNames();
    this.dropGermanNounsAfterArticle();
    this.dropTownsAfterClubArticle();
    this.dropCitiesAfterNa();
    this.dropPlacesInQuotes();
    this.dropPeopleAfterStreetWords();
    this.dropAdjectivesAtSentenceStart();
    this.dropFunctionWordsAtSentenceStart();
    this.keepPlacesAtDateline();
    const { anchored, vetoed } = this.anchor();
    const hits = this.hits;
    // everything else, in page order (surnames need the full name earlier on the page)
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      // a place's name in another spelling that is also the surname of someone named in full before: theirs
      if (this.surnameOverPlaceSpelling(h)) {
        this.resolveDerived(h);
        continue;
      }
      const sure = anchored[i];
      if (sure) {
        const person = sure.entity.type === 'place' && !isSettled(sure) ? this.personNamedInFullBefore(h) : null;
        if (person) this.emit(h, person, 'surname');
        else this.emit(h, sure, reasonOf(h, sure));
        continue;
      }
      if (vetoed[i]) continue;
      if (h.real.length > 0 && this.resolveReal(h)) continue;
      if (this.resolveDeclined(h)) continue;
      this.resolveDerived(h);
    }
    const entities: Record<string, EntityRef> = {};
    for (const [id, e] of this.described) entities[id] = ref(e);
    return { mentions: this.mentions, entities };
  }

  /**
   * A city qualified by a region of another country is another place of that name ("Dublin,
   * Ohio"). A place inside a longer name that is not the place ("Manchester City", "Northern
   * Kentucky University", "Football.London") or in someone's name ("Derby, Mark (2010)", "Jonathan
   * Corum") is not that place, an institution inside its press's name ("Victoria University Press")
   * not the institution; the other candidates of the span stay. A ship named after a place or a
   * person ("HMS Belfast", "Zr.Ms. Rotterdam") is none of them.
   */
  private dropNamesInLongerNames(): void {
    const { text, hits } = this;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      const elsewhere = h.real.length > 0 ? elsewhereThanItsRegion(text, h, hits[i + 1]) : [];
      if (elsewhere.length > 0) h.real = h.real.filter((c) => !elsewhere.includes(c));
      // an item of a list after a plural word for regions is the region ("le province di Cremona e
      // Mantova"): a city of its name is not meant, and a region of it is, where the pack has one
      if (h.real.some(isCity) && inListOfRegions(text, h.start)) {
        const regions = h.real.filter((c) => isPartOfCountry(c.entity));
        h.real = regions.length > 0 ? regions : h.real.filter((c) => !isCity(c));
      }
    }
    for (const h of hits) {
      if (
        h.real.some(isPlace) &&
        (inLongerName(text, h.start, h.end, this.nameAt, this.lang) || placeInNameOfThoroughfare(text, h.start, this.lang) || beforeCapitalisedWord(text, h.start, h.end, this.nameAt, this.isGivenName, this.lang) || afterGivenName(text, h.start, this.isGivenName, this.nameEndsAt, this.lang) || citedAuthor(text, h.start, h.end, this.isGivenName, this.nameAt) || beforePatronymic(text, h.end))
      ) {
        // an airport's own name after the word for an airport is the airport ("am Flughafen Tegel")
        const airportWordBefore = h.real.some((c) => isAirportId(c.id)) && afterAirportWord(text, h.start);
        h.real = h.real.filter((c) => !isPlace(c) || (airportWordBefore && isAirportId(c.id)));
      }
      if (h.real.some(isOrganisation) && (inLongerInstitutionName(text, h.start, h.end) || inNameNamedAfterOrganisation(text, h.end))) {
        h.real = h.real.filter((c) => !isOrganisation(c));
      }
      if (h.real.length > 0 && hasHyphen(text, h.start, h.end)) {
        const thing = (c: Candidate) => c.entity.type === 'person' && namedAfterSomeone(text, h.start, h.end, c.entity.name);
        if (h.real.some(thing)) h.real = h.real.filter((c) => !thing(c));
      }
      // a street, hall, airport or prize named after someone is not that person ("Chiang Kai-shek Memorial Hall")
      if ((h.real.some(isPerson) || h.derived.length > 0) && (inNameOfThoroughfare(text, h.start) || inNameNamedAfterPerson(text, h.end))) {
        h.real = h.real.filter(notPerson);
        h.derived = [];
      }
      // so is a street named after an organisation or a movement ("przy alei Solidarności")
      if (h.real.some(isOrganisation) && placeInNameOfThoroughfare(text, h.start, this.lang)) h.real = h.real.filter((c) => !isOrganisation(c));
      // a person's name that goes on with a particle and another word is someone else's longer name ("Pablo Hernández de Cos")
      if (h.real.some(isPerson) && nameGoesOnWithParticle(text, h.end, this.nameAt, this.lang)) h.real = h.real.filter(notPerson);
      // after the word for a river, a town's or a country's name is the river's ("rieky Nitry", "le fleuve Niger")
      if (h.real.some(isSettled) && afterRiverWord(text, h.start)) h.real = h.real.filter((c) => !isSettled(c));
      // after the word for a god, a name is the god's ("бог Велес"), not a town's of that name
      if (h.real.some(isPlace) && afterGodWord(text, h.start)) h.real = h.real.filter((c) => !isPlace(c));
      // a ship named after a place or a person is neither ("HMS Belfast", "USS Gerald R. Ford")
      if ((h.real.length > 0 || h.derived.length > 0) && shipName(text, h.start)) {
        h.real = [];
        h.derived = [];
      }
    }
  }

  /**
   * German gives a town's name no article ("in Essen", "nach Halle"), and a noun one: after "das",
   * "dem", "ein" and the rest, "Essen" is a meal and "Halle" a hall, not the town. (Countries and
   * regions take articles, "die Schweiz", "das Saarland": only cities are dropped.)
   */
  private dropGermanNounsAfterArticle(): void {
    if (this.lang !== 'de') return;
    for (const h of this.hits) {
      if (!h.real.some(isCity) || !oneWord(this.text, h.start, h.end)) continue;
      if (GERMAN_ARTICLES.has(this.aroundHit(h).before)) h.real = h.real.filter((c) => !isCity(c));
    }
  }

  /**
   * Italian, Spanish, French and Portuguese name their own towns without an article, and a club with
   * one (team-or-town.ts): "Il Genoa ha esonerato l'allenatore", "o Santos venceu" are the clubs, so
   * no town of a country of that language, though the pack may not know the club. (Towns whose name
   * has its article are matched with it: "La Spezia", "L'Aquila"; a town abroad may take one: "il
   * Cairo"; Portuguese gives a few of its own one: "o Porto", "do Rio".)
   */
  private dropTownsAfterClubArticle(): void {
    const lang = this.lang;
    if (!hasTeamArticles(lang)) return;
    const home = (c: Candidate) => isCity(c) && inCountryOfLanguage(c.entity.related, lang);
    for (const h of this.hits) {
      if (!h.real.some(home)) continue;
      // Portuguese clubs' towns of two words too ("o São Paulo"), but not the towns that take the article ("o Porto", "do Rio")
      if (lang === 'pt' ? townTakesTeamArticle(lang, foldKey(this.text.slice(h.start, h.end))) : !oneWord(this.text, h.start, h.end)) continue;
      const said = teamOrTown(lang, this.aroundHit(h).before, nextWord(this.text, h.end));
      if (said?.side === 'team' && said.firmly) h.real = h.real.filter((c) => !home(c));
    }
  }

  /**
   * Polish writes "w" before a town and "na" before a district, an island, a peninsula or a region:
   * "na Pradze" is Warsaw's Praga, "w Pradze" Prague. After "na", a city abroad is not meant
   * (countries and regions stay: "na Ukrainie", "na Śląsku"; so do Polish towns and the districts the
   * packs hold as towns: "na Bemowie").
   */
  private dropCitiesAfterNa(): void {
    if (this.lang !== 'pl') return;
    const text = this.text;
    const abroad = (c: Candidate) => isCity(c) && !inCountryOfLanguage(c.entity.related, 'pl');
    for (const h of this.hits) {
      if (h.real.some(abroad) && afterPolishNa(text, h.start)) h.real = h.real.filter((c) => !abroad(c));
    }
  }

  /**
   * A place's name alone in quotation marks on a page of a Slavic language, whose press quotes the
   * names of things, bodies and works named after places but never a place's own: «Волгу» is the
   * car, «Динамо» the club, „Wisła" the club or the ship.
   */
  private dropPlacesInQuotes(): void {
    if (!QUOTES_NAMES_OF_THINGS.has(this.lang)) return;
    const text = this.text;
    for (const h of this.hits) {
      if (placeBehind(h) && quotedAlone(text, h.start, h.end)) dropPlaces(h);
    }
  }

  /**
   * A person's name after a word for a street of the page's language names the street
   * ("по проспекту Ленина", "na ulicy Piłsudskiego", "in via Garibaldi"): not the person.
   */
  private dropPeopleAfterStreetWords(): void {
    if (!hasStreetWords(this.lang)) return;
    for (const h of this.hits) {
      if (!h.real.some(isPerson) && !h.derived.some(isPerson)) continue;
      if (!isStreetWord(this.aroundHit(h).before, this.lang)) continue;
      h.real = h.real.filter((c) => !isPerson(c));
      h.derived = h.derived.filter((c) => !isPerson(c));
    }
  }

  /**
   * A dateline names the place a report is filed from (dateline.ts): "BARCELONA — El FC Barcelona
   * goleó…" is the city, though the club shares its name and the page is about football.
   */
  private keepPlacesAtDateline(): void {
    const text = this.text;
    for (const h of this.hits) {
      if (h.real.some(isPlace) && h.real.some(notPlace) && isDateline(text, h.start, h.end, this.opts.blockBreaks)) h.real = h.real.filter(isPlace);
    }
  }

  /**
   * A word at a sentence's start that ends as a declined adjective ends, on a Russian, Ukrainian or
   * Belarusian page, is that adjective, not a town named with it in another case: "Свободные выборы"
   * (free elections) is not Svobodny, "Лесные пожары" not Lesnoy, "Октябрьские события" not
   * Oktyabrsky. The town's own form ("Грозный") and a town mid-sentence ("в Грозном") stay.
   */
  private dropAdjectivesAtSentenceStart(): void {
    const lang = this.lang;
    const text = this.text;
    for (const h of this.hits) {
      if (h.via !== 'inflection' || !placeBehind(h) || !oneWord(text, h.start, h.end)) continue;
      if (endsAsDeclinedAdjective(text.slice(h.start, h.end), lang) && startsSentence(text, h.start, this.opts.blockBreaks)) dropPlaces(h);
    }
  }

  /**
   * A sentence's first word that is a function word of the page's language is that word, whatever
   * name it spells ("Oder die Regierung handelt": or, not the river Oder); not in capitals (an acronym)
   */
  private dropFunctionWordsAtSentenceStart(): void {
    const text = this.text;
    for (const h of this.hits) {
      if (h.via !== undefined || h.real.length + h.derived.length === 0 || !oneWord(text, h.start, h.end)) continue;
      const word = text.slice(h.start, h.end);
      if (word === word.toUpperCase() || !isFunctionWord(word, this.lang) || !startsSentence(text, h.start, this.opts.blockBreaks)) continue;
      h.real = [];
      h.derived = [];
    }
  }

  /**
   * One word found in another spelling (not by a case ending) cannot be a place's or an
   * organisation's name in the page's own language: that language's press spells its own names
   * letter for letter (the trie's), so a word that only reads like one is another word. "Basse"
   * on a French page is no French spelling of "Baas" (the Ba'ath party), "Basse-Normandie" less so.
   * People keep their other spellings ("Vladimir Poutin" for "Poutine"): their full name is evidence.
   */
  private dropOwnLanguageLookalikes(): void {
    const lang = this.lang;
    if (lang === '') return;
    let greek = false;
    const lookalike = (c: Candidate) => c.entity.type !== 'person' && ((c.entry.lang !== '' && primaryLang(c.entry.lang) === lang) || (greek && this.hasGreekName(c.id)));
    for (const h of this.hits) {
      if ((h.via !== 'transliteration' && h.via !== 'variant') || h.fullName || !oneWord(this.text, h.start, h.end)) continue;
      greek = lang === 'el' && scriptOf(this.text.charCodeAt(h.start)) === 'greek';
      if (!h.real.some(lookalike) && !h.derived.some(lookalike)) continue;
      // the word read by a case ending instead, if it was ("του Καναδά" is the genitive of Canada's Greek name)
      if (h.declined !== undefined && h.declined.candidates.length > 0) {
        readAsDeclined(h, h.declined.candidates);
        continue;
      }
      h.real = h.real.filter((c) => !lookalike(c));
      h.derived = h.derived.filter((c) => !lookalike(c));
    }
  }

  /**
   * A Greek word found by its stem or another spelling (through any alias), whose accent falls
   * elsewhere than the entity's one Greek alias's within the letters they share, is another word:
   * "Αθηνάς" (Athena's) is no form of "Αθήνα" (Athens), "Αθήνας" is (greek-accents.ts).
   */
  private dropOtherAccents(): void {
    if (this.lang !== 'el') return;
    const text = this.text;
    for (const h of this.hits) {
      if (h.via === undefined || scriptOf(text.charCodeAt(h.start)) !== 'greek') continue;
      // the genitive in -ου and the genitive plural in -ων take the accent forward ("Κάιρο" → "Καΐρου",
      // "Λονδίνο" → "Λονδίνου", "Σκόπια" → "Σκοπίων"): no other word
      if (GREEK_GENITIVE.test(text.slice(h.start, h.end))) continue;
      const other = (c: Candidate) => {
        if (c.entity.type === 'person') return false;
        const masks = this.greekMasks(c.id);
        return masks.length === 1 && accentElsewhere(text, h.start, h.end, masks[0]!);
      };
      if (h.real.some(other)) h.real = h.real.filter((c) => !other(c));
      if (h.derived.some(other)) h.derived = h.derived.filter((c) => !other(c));
    }
  }

  /**
   * A word in Latin letters read by a case ending as the stem of two names: the name in Latin letters
   * is the one the page declines, not a Greek or Cyrillic one that reads alike once romanised
   * ("W Turynie" is in Turin, "Turyn"; not Thuringia, whose Greek "Θουριγγία" romanises to a
   * stem alike). Only where a name in Latin letters is left: alone, the other is kept.
   */
  private dropStemsOfOtherScripts(): void {
    const otherScript = (c: Candidate) => writtenInOtherScript(c.entry.lang);
    for (const h of this.hits) {
      if (h.via !== 'inflection' || h.real.length < 2 || scriptOf(this.text.charCodeAt(h.start)) !== 'latin') continue;
      if (h.real.some(otherScript) && !h.real.every(otherScript)) h.real = h.real.filter((c) => !otherScript(c));
    }
  }

  /**
   * First in a sentence, where a capital says nothing, a word that is only another language's
   * one-word name for a place of the page's own country, written with diacritics the word lacks
   * ("Bród", the Hungarian name of Slavonski Brod), is a word of the sentence ("Brod s tristotinjak
   * putnika", a ship, on a Croatian page): that country's press writes the place's own name.
   * Elsewhere the capital says name, and a neighbouring language's name is often written so ("del
   * Mediterraneo" in Italian, through the Spanish "Mediterráneo"; "Pekin" in Turkish, through the
   * French "Pékin"); names without a language and the page's own language's are not concerned.
   */
  private dropForeignNamesWithoutTheirDiacritics(): void {
    const lang = this.lang;
    if (lang === '') return;
    const foreign = (c: Candidate) =>
      (c.entry.flags & ENTRY_LATIN_DIACRITICS) !== 0 && c.entry.lang !== '' && primaryLang(c.entry.lang) !== lang && isPlace(c) && inCountryOfLanguage(c.entity.related, lang);
    for (const h of this.hits) {
      if (h.via !== undefined || !h.real.some(foreign) || !isAscii(this.text.slice(h.start, h.end))) continue;
      if (!startsSentence(this.text, h.start, this.opts.blockBreaks)) continue;
      h.real = h.real.filter((c) => !foreign(c));
    }
  }

  /**
   * Greek writes every word's accent, and a Greek alias's match keeps it (caseMask): a Greek word
   * that reaches a place or body with a Greek name only through another alias's spelling is
   * another word ("Αθηνά", Athena, reads like the Serbian "Atina" but is not "Αθήνα", Athens).
   * Russian and the other Cyrillic languages are left out: their declined forms are sometimes found
   * that way ("из Лондона").
   */
  private hasGreekName(id: string): boolean {
    return this.greekMasks(id).length > 0;
  }

  /**
   * A word read by its case ending as the names of several entities, one or more of them by a
   * name of the page's language (or of no language) that the word is, letter for letter, a case of:
   * those. The press declines its own spelling of a name, so a German "Hessens" is Hessen's, not
   * Gießen's, whose Ukrainian "Гіссен" romanises alike, and an Estonian "Nigeerias" is Nigeria's
   * "Nigeeria", not Niger's Latvian "Nigēra".
   */
  private preferNamesDeclinedLetterForLetter(): void {
    const lang = this.lang;
    if (lang === '') return;
    for (const h of this.hits) {
      if (h.via !== 'inflection' || h.real.length < 2 || !oneWord(this.text, h.start, h.end)) continue;
      const word = this.text.slice(h.start, h.end);
      const ids = new Set<string>();
      for (const stem of stemsOf(word.toLowerCase(), lang, wordScript(word))) {
        const key = normaliseKey(stem);
        // the name itself, or the name whose final vowel the ending replaced ("v Tokiu" ← "Tokio")
        for (const name of [key, ...FINAL_VOWELS.map((v) => key + v)]) {
          for (const m of this.matchers) {
            for (const k of m.entriesAtKey(name)) {
              const c = m.candidate(k);
              if (c.entry.lang === '' || primaryLang(c.entry.lang) === lang) ids.add(c.id);
            }
          }
        }
      }
      const kept = h.real.filter((c) => ids.has(c.id));
      if (kept.length > 0 && kept.length < h.real.length) h.real = kept;
    }
  }

  /**
   * Of the names a Greek word found by its case ending may come from, those the pack has in Greek
   * and the word is a case of (greekCaseOf), read by that Greek alias, if any: the Greek press
   * declines its own spelling of a name, so "της Γκάνας" is Ghana's "Γκάνα", not Chania or Ganja,
   * whose romanised stems are alike.
   */
  private preferDeclinedGreekNames(): void {
    if (this.lang !== 'el') return;
    for (const h of this.hits) {
      if (h.via !== 'inflection' || h.real.length < 2 || scriptOf(this.text.charCodeAt(h.start)) !== 'greek') continue;
      const words = normaliseKey(this.text.slice(h.start, h.end));
      // the names it keeps most letters of: "Ηρακλείου" is Heraklion's "Ηράκλειο", not Ereğli's "Ηράκλεια"
      let greek: Candidate[] = [];
      let most = 0;
      for (const c of h.real) {
        for (const m of this.matchers) {
          for (const alias of m.greekAliasesOf(c.id)) {
            const kept = greekCaseOf(words, alias.key);
            if (kept < most || kept === 0 || greek.some((g) => g.id === c.id && kept === most)) continue;
            if (kept > most) greek = [];
            most = kept;
            greek.push(m.candidate(alias.entry));
          }
        }
      }
      if (greek.length > 0) h.real = greek;
    }
  }

  private readonly greekMasks = (id: string): readonly string[] => greekMasksOf(this.matchers, id);

  /**
   * One word alike to the names of several places or bodies by its variant key alone is none of
   * them: "Χανιά" (Chania) reads like both Ganja and Guyana. (A transliteration hit with look-around
   * was found by its variant key only: names.ts, `decide`.)
   */
  private dropSoundAlikes(): void {
    for (const h of this.hits) {
      if (h.via !== 'transliteration' || !h.lookAround) continue;
      if (new Set(h.real.filter(notPerson).map((c) => c.entity.id)).size > 1) h.real = h.real.filter((c) => !notPerson(c));
    }
  }

  /** The anchors: one entity, no guard (a full name found by given name and surname needs none); and the hits vetoed as anchors. */
  private anchor(): { anchored: (Candidate | null)[]; vetoed: boolean[] } {
    const hits = this.hits;
    const anchored = new Array<Candidate | null>(hits.length).fill(null);
    const vetoed = new Array<boolean>(hits.length).fill(false);
    hits.forEach((h, i) => {
      const c = h.real[0];
      if (h.real.length !== 1 || !c || (!h.fullName && c.entry.flags & ENTRY_REQUIRES_CONTEXT)) return;
      if (!h.fullName && !this.standsAlone(h, c)) {
        vetoed[i] = true;
        return;
      }
      anchored[i] = c;
      this.ctx.add(c.entity, h.start);
    });
    return { anchored, vetoed };
  }

  private aroundHit(h: Hit): Surroundings {
    return surroundings(this.text, h.start, h.end, foldKey(this.text.slice(h.start, h.end)), this.opts.blockBreaks, this.lang);
  }

  /** the surroundings of `h`, worked out once while the same hit is asked about (resolveReal) */
  private aroundOf(h: Hit): Surroundings {
    if (this.aroundFor !== h || this.aroundLast === null) {
      this.aroundFor = h;
      this.aroundLast = this.aroundHit(h);
    }
    return this.aroundLast;
  }

  /**
   * The word before is another person's given name ("Viktor Lukashenko", "Jan Nawrocki"): a given
   * name the packs know, or any other capitalised word, except in German, where nouns have capitals,
   * before an inflected name, which a capitalised noun governs ("Кабинет Вучића"; a given name there
   * would be inflected too), and in a title-case headline. One of these people's own names
   * ("Donald John Trump", "Binyamin Netanyahu") is fine.
   */
  private anotherName(h: Hit, around: Surroundings, people: Candidate[]): boolean {
    if (this.lang === 'hu' && this.givenNameAfter(around, people)) return true;
    if (!around.namedBefore || ownWord(people, around.before, this.opts)) return false;
    // a sentence's first word that is a function word of the page's language ("Са Милатовићем": with Milatović), a day or a month ("Giovedì Tajani")
    if (around.beforeStartsSentence && (isFunctionWord(around.before, this.lang) || isWeekdayName(around.before) || isMonthName(around.before))) return false;
    if (this.isGivenName(around.before)) return true;
    if (h.via === 'inflection') return this.inflectedGivenName(around.before, people);
    // a capitalised word after it too: a headline in title case ("Any Un-Angry Trump Supporters?")
    return this.lang !== 'de' && around.after === '';
  }

  /**
   * Hungarian writes the family name first ("Orbán Balázs"): a capitalised word right after the
   * surname, which is a given name or no name the packs know, and not one of these people's own,
   * is another person's given name. (The person's own full name in that order is the trie's.)
   */
  private givenNameAfter(around: Surroundings, people: Candidate[]): boolean {
    if (around.after === '' || ownWord(people, around.after, this.opts) || FUNCTION_WORDS.has(around.after)) return false;
    return this.isGivenName(around.after) || !this.nameAt(around.afterAt);
  }

  /**
   * Before an inflected surname, a given name is inflected too: the word before (folded) is another
   * person's given name when one of its stems is a given name the packs know and none is one of
   * these people's own words ("Κωνσταντίνου Μητσοτάκη" is the father, "Sergejumi Lavrovu" is Lavrov).
   */
  private inflectedGivenName(before: string, people: Candidate[]): boolean {
    const stems = stemsOf(before, this.lang, wordScript(before));
    if (stems.some((s) => ownWord(people, s, this.opts))) return false;
    return stems.some((s) => !COMMON_WORDS.has(s) && this.isGivenName(s));
  }

  /**
   * A pack's surname alone, or a word found only by its stem or variant key, is not this entity
   * where the text says it is something else: a date, part of a longer name ("W Mińsku
   * Mazowieckim"), or after another person's given name ("Viktor Lukashenko").
   */
  private standsAlone(h: Hit, c: Candidate): boolean {
    const pageLang = this.lang;
    const person = c.entity.type === 'person';
    const surname = (c.entry.flags & ENTRY_SURNAME) !== 0;
    // a person's one-word name (not a surname), or one word read in another spelling as one, before a
    // capitalised word that is no name of theirs nor a number or suffix of a name ("Felipe VI",
    // "Neymar Jr"): another person's given name ("Guillaume Faury" is not the Grand Duke; "Jamal
    // Musiala" is not Lamine Yamal, whose "Yamal" a German reading of "Jamal" gives). German gives
    // every noun a capital: there only a word read in another spelling is asked.
    if (person && !h.fullName && h.via !== 'inflection' && (h.via !== undefined || (!surname && pageLang !== 'de')) && oneWord(this.text, h.start, h.end)) {
      const around = this.aroundHit(h);
      if (!NAME_GOES_ON.test(around.after) && this.givenNameAfter(around, [c])) return false;
    }
    if (!h.lookAround && !surname) return true;
    const around = this.aroundHit(h);
    if (person && this.anotherName(h, around, [c])) return false;
    if (this.someoneElsesSurname(h, c)) return false;
    // a surname alone right before another person's surname is that person's given name ("Кир Стармер" is not Salva Kiir)
    if (person && surname && pageLang !== 'de' && inAscending(this.surnameStarts, around.afterAt)) return false;
    if (!h.lookAround) return true;
    // a sentence's first word found by its stem, written as an adjective of the page's language, is
    // that adjective ("Anglický mladík": an English youngster; "Francouzský trenér")
    if (!person && h.via === 'inflection' && around.sentenceStart && isAdjectiveOfPlace(this.text.slice(h.start, h.end), pageLang)) return false;
    // a word found by its stem or variant key: not part of a longer name ("W Mińsku Mazowieckim", "County Mayo")
    if (!person && around.namedBefore && (this.isGivenName(around.before) || (pageLang !== 'de' && !around.beforeStartsSentence))) return false;
    if (around.month || (this.inLongerName(around) && !(pageLang === 'de' && around.afterOf)) || isDate(this.text, h.start, h.end)) return false;
    return pageLang === 'de' || !longerNameAfter(around.after) || ownWord([c], around.after, this.opts) || this.someoneAfterCase(h, c, around);
  }

  /**
   * A word found by its case ending before someone's name is no part of that name: the ending says
   * where the word belongs ("premier Litwy Ingą Ruginienė", "marszałek Sejmu Włodzimierz Czarzasty":
   * Lithuania's prime minister, the Sejm's speaker). Someone's name: a given name, or a person's
   * name found there (another name is not enough: "z Krajowego Planu Odbudowy" is one name). After a
   * person's declined surname, any name the packs know will do ("Zdaniem Pistoriusa Bundeswehra").
   * An acronym before someone's name is no part of it either ("del Pd Elly Schlein").
   */
  private someoneAfterCase(h: Hit, c: Candidate, around: Surroundings): boolean {
    // (an acronym says where it ends as a case ending does: "la segretaria del Pd Elly Schlein")
    if ((h.via !== 'inflection' && !(c.entry.flags & ENTRY_ACRONYM)) || around.afterAt < 0) return false;
    if (this.isGivenName(around.after) || inAscending(this.personStarts, around.afterAt)) return true;
    return c.entity.type === 'person' && this.nameAt(around.afterAt);
  }

  /**
   * Part of a longer name by its surroundings. A name hyphen-joined to a capitalised word is one,
   * except in German, where nouns have capitals and a name starts compounds about it ("die
   * ESA-Geldgeber", "die Trump-Regierung"); a word in capitals after it still makes a longer name
   * there ("ABC-CLIO").
   */
  private inLongerName(around: Surroundings): boolean {
    return around.longerName || (around.compoundAfter && this.lang !== 'de');
  }

  private emit(h: Hit, found: Candidate | null, reason: MentionReason, cands?: Candidate[]): void {
    const described = this.described;
    // a town's (or a region's: "FC Bayern München … Bayern") name after its club's
    const club = found !== null && (isCity(found) || isRegionId(found.id)) ? this.clubOfTown(h) : null;
    const c = club ?? found;
    if (c && c.entity.type === 'organisation') this.clubs.note(c, this.text.slice(h.start, h.end));
    // a place found with the preposition its article merged with ("all'Aia"): the mark is the name ("Aia")
    const start = c && c.entry.flags & ENTRY_CASE_FORM ? h.start + mergedPrefixLength(this.text.slice(h.start, h.end), primaryLang(c.entry.lang)) : h.start;
    const m: Mention = { start, end: h.end, text: this.text.slice(start, h.end), entityId: c ? c.id : '', reason: club ? 'reference' : reason };
    if (c && !described.has(c.id)) described.set(c.id, c.entity);
    if (cands) {
      m.candidates = cands.map((x) => x.id).sort();
      for (const x of cands) if (!described.has(x.id)) described.set(x.id, x.entity);
    }
    this.mentions.push(m);
  }

  /**
   * A town's name, declined or not, after the page named a club of that town in full, is the club
   * unless a preposition of place says the town: the sports pages' "Borussia Dortmund … Dortmund
   * gewann", "VfB Stuttgart … Stuttgarts Trainer", but "in Dortmund".
   */
  private clubOfTown(h: Hit): Candidate | null {
    const club = this.clubs.ofTown(this.text.slice(h.start, h.end), h.via === 'inflection');
    return club && !townPreposition(this.lang, this.aroundOf(h).before) && !this.listedWithPlace(h) ? club : null;
  }

  /**
   * Is hit `h` listed ("und", a comma) beside a place that is no club's town on the page? Then the
   * list names places: "in Nordrhein-Westfalen und Bayern" is the state, though "FC Bayern" came
   * before; "Dortmund und Bayern" after both clubs are still the clubs.
   */
  private listedWithPlace(h: Hit): boolean {
    const hits = this.hits;
    const at = hits.indexOf(h);
    const place = (x: Hit | undefined) => x !== undefined && x.real.length > 0 && x.real.every(isPlace) && this.clubs.ofTown(this.text.slice(x.start, x.end), x.via === 'inflection') === null;
    const before = this.listJoin(hits[at - 1], h);
    const after = this.listJoin(h, hits[at + 1]);
    // a comma alone may end a clause ("in der Allianz Arena, Dortmund reist"): a list has "und" on one side or commas on both
    if (before !== 'and' && after !== 'and' && (before === 'none' || after === 'none')) return false;
    return (before !== 'none' && place(hits[at - 1])) || (after !== 'none' && place(hits[at + 1]));
  }

  /** one of the alias's context words near the hit, once per hit and list of words */
  private nearWords(h: Hit, c: Candidate): boolean {
    const words = c.entry.contextWords;
    if (!words) return false;
    if (this.nearHit !== h) {
      this.nearHit = h;
      this.nearMemo.clear();
    }
    let v = this.nearMemo.get(words);
    if (v === undefined) this.nearMemo.set(words, (v = this.ctx.nearWords(words, h.start, h.end)));
    return v;
  }

  /**
   * At a sentence start a context word counts only in the mention's own sentence: "Vale lembrar que
   * … . A mineradora Vale …" — the word after the full stop is about the next sentence's "Vale".
   */
  private inSentence(h: Hit, c: Candidate): boolean {
    const [lo, hi] = sentenceAround(this.text, h.start, h.end, this.opts.blockBreaks, CONTEXT_WINDOW);
    return this.ctx.nearWords(c.entry.contextWords, h.start, h.end, lo, hi);
  }

  /**
   * The rules for a guarded alias (see "Context guard" in docs/knowledge-packs.md). Structural
   * vetoes first: a date ("5 May", "in May"), part of a longer capitalised name ("Labour Force
   * Survey", "Statute of Westminster", "ABC-CLIO"), or the surname of someone else ("Richard
   * Wagner"). Then evidence: a person title before it always counts; at a sentence start (where a
   * capital says nothing) only the pack's context words in the same sentence, or for a person being named
   * nearby, count; elsewhere a person may also lean on being named (or a related entity) anywhere on
   * the page, while organisations and places need that evidence nearby.
   */
  private guardedOk(h: Hit, c: Candidate, around: Surroundings, titled: boolean): Evidence {
    const text = this.text;
    const person = c.entity.type === 'person';
    if (person && titled) return 'firm';
    const words = c.entry.contextWords;
    // a context word right before it ("US House of Representatives", "UK Labour") is the strongest evidence
    // and for an organisation, the noun for its kind ("the carmaker Ford", "agencja Fitch")
    const wordBefore = around.before !== '' && ((words !== undefined && isContextWord(words, around.before)) || this.afterKindWord(c, around.before));
    const wordAfter = around.after !== '' && words !== undefined && isContextWord(words, around.after);
    // the place a report is filed from ("Toruń, 21 listopada –"): the date after it says so
    if (isPlace(c) && isDateline(text, h.start, h.end, this.opts.blockBreaks)) return 'firm';
    // the agency that filed it, in brackets after the dateline ("LISBOA, 18 nov 2026 (Lusa) –")
    if (c.entity.type === 'organisation' && isDatelineAgency(text, h.start, h.end, this.opts.blockBreaks)) return 'firm';
    if (around.month || isDate(text, h.start, h.end)) return 'none';
    // a word before a month's name is a word of time ("Ende November", "Mitte Mai"), not a place
    if (isPlace(c) && around.after !== '' && isMonthName(around.after)) return 'none';
    // (in German any noun and a genitive article make a "longer name", which for a body is only its
    // mention in the genitive: "zum Ärger der Grünen", "die Mehrheit des Bundestags"; and any noun and
    // "von" before a place are that place's: "im Süden von Gelsenkirchen", "der Bürgermeister von Hagen")
    const genitiveOfBody = this.lang === 'de' && around.afterOf && !around.goesOn && c.entity.type === 'organisation';
    const nounOfPlace = this.lang === 'de' && around.afterOf && !around.goesOn && isPlace(c) && around.before === 'von';
    if (this.inLongerName(around) && !wordBefore && !genitiveOfBody && !nounOfPlace) return 'none';
    // a capitalised word before it is no longer name when it is only the sentence's first word and
    // this word is declined on its own ("Poslanci Smeru": MPs of Smer)
    if (around.namedBefore && !wordBefore && !(around.beforeStartsSentence && this.declined(h))) return 'none';
    // an acronym before a person's title is the body whose officer that is ("IMO Secretary-General", "ECB
    // President"), and one before someone's name stands alone ("la segretaria del Pd Elly Schlein")
    const acronymBeforePerson = (c.entry.flags & ENTRY_ACRONYM) !== 0 && (isTitleWord(around.after) || this.someoneAfterCase(h, c, around));
    if (this.lang !== 'de' && longerNameAfter(around.after) && !wordAfter && !acronymBeforePerson) return 'none';
    if (wordBefore) return 'firm';
    if (c.entity.type === 'organisation' && this.inBracketsAfterPerson(h)) return 'firm';
    // listed with another organisation: enough for this mention, not for the entity's others on the page
    if (c.entity.type === 'organisation' && this.listedWithOrganisation(h)) return 'weak';
    if (this.someoneElsesSurname(h, c)) return 'none';
    // one of a list of capitalised words that are no names: "Performance in Reading, Mathematics and
    // Science" (a veto, looked for only where the evidence below would link: most words find none)
    const evidence = this.guardedEvidence(h, c, around);
    if (evidence !== 'none' && !person && inListOfWords(text, h.start, h.end, (from, to) => this.nameAt(from) || this.nameEndsAt(to))) return 'none';
    return evidence;
  }

  /**
   * An organisation's name after the noun for its kind ("the carmaker Ford", "onderzoekscentrum
   * imec": organisation-kinds.ts). An acronym, which many bodies share, only of a body of no
   * country or of a country of the page's language ("Weltverband IBU" is no Japanese university's).
   */
  private afterKindWord(c: Candidate, before: string): boolean {
    if (c.entity.type !== 'organisation' || !isOrganisationKindWord(before, this.lang)) return false;
    const related = c.entity.related ?? [];
    return !(c.entry.flags & ENTRY_ACRONYM) || !related.some(isCountryId) || inCountryOfLanguage(related, this.lang);
  }

  /** the mention takes a case ending: found by one, or in Turkish joined to one by an apostrophe ("Konya'da") */
  private declined(h: Hit): boolean {
    return h.via === 'inflection' || suffixAfterApostrophe(this.text, h.end, this.lang);
  }

  /**
   * The mention stands alone in brackets right after a person's name: the press writes a
   * politician's party so ("Sven Schoeller (Grüne)", "Boris Rhein (CDU)").
   */
  private inBracketsAfterPerson(h: Hit): boolean {
    const text = this.text;
    if (h.start < 3 || text.charCodeAt(h.start - 1) !== 0x28 || text.charCodeAt(h.end) !== 0x29 || text.charCodeAt(h.start - 2) !== 0x20) return false;
    const j = indexInAscending(this.hitEnds, h.start - 2);
    return j >= 0 && this.knownHits[j]!.real.some(isPerson);
  }

  /**
   * The mention is listed beside a name of one organisation that needs no context: companies are
   * named in lists ("Google, Apple en Meta", "LVMH et Hermès", "TSMC mit Bosch, Infineon und NXP").
   * A word for "and" joins a list; a comma only where the list goes on past it ("Bosch, Infineon
   * und NXP"), since a comma also ends a clause ("Selon le Quai d'Orsay, Paris serait prêt").
   */
  private listedWithOrganisation(h: Hit): boolean {
    const hits = this.knownHits;
    const sure = (o: Hit | undefined): boolean =>
      o !== undefined && o !== h && o.real.length === 1 && o.real[0]!.entity.type === 'organisation' && (o.real[0]!.entry.flags & ENTRY_REQUIRES_CONTEXT) === 0;
    const at = indexInAscending(this.hitStarts, h.start);
    if (at < 0) return false;
    const before = this.listJoin(hits[at - 1], h);
    const after = this.listJoin(h, hits[at + 1]);
    // a comma joins when the list goes on: on the other side of the mention, or past the neighbour
    const joins = (join: ListJoin, far: ListJoin, onward: ListJoin) => join === 'and' || (join === 'comma' && (far !== 'none' || onward !== 'none'));
    return (
      (sure(hits[at - 1]) && joins(before, after, this.listJoin(hits[at - 2], hits[at - 1]))) ||
      (sure(hits[at + 1]) && joins(after, before, this.listJoin(hits[at + 1], hits[at + 2])))
    );
  }

  /** how the text between two hits joins them as names of a list */
  private listJoin(a: Hit | undefined, b: Hit | undefined): ListJoin {
    if (!a || !b || b.start < a.end || b.start - a.end > MAX_LIST_JOIN) return 'none';
    const between = this.text.slice(a.end, b.start);
    return between === ', ' ? 'comma' : LIST_AND.test(between) ? 'and' : 'none';
  }

  /**
   * [start, end) is the last word of a longer name the packs know, written there, of another
   * entity than `c` ("Corticeira Amorim"): a surname alone elsewhere on the page may be that
   * name's, not another person's
   */
  private endsLongerName(start: number, end: number, c: Candidate): boolean {
    const j = indexInAscending(this.hitEnds, end);
    return j >= 0 && this.hitStarts[j]! < start && !this.knownHits[j]!.real.some((o) => o.id === c.id);
  }

  /**
   * Hit `h` is person `c`'s surname alone, not named in full on the page, and the word stands
   * elsewhere on the page after a given name that is not theirs ("Mario Fico … Fico" is not Robert
   * Fico), or as the last word of another longer name (endsLongerName: "Corticeira Amorim … a
   * Amorim"): the page names another person or thing so, and the surname alone is theirs.
   */
  private someoneElsesSurname(h: Hit, c: Candidate): boolean {
    if (c.entity.type !== 'person' || !(c.entry.flags & ENTRY_SURNAME) || this.ctx.named(c.entity)) return false;
    const text = this.text;
    const word = text.slice(h.start, h.end);
    const memo = `${word}\u0000${c.id}`;
    const known = this.elsewhereNamed.get(memo);
    if (known !== undefined) return known;
    const key = foldKey(word);
    let found = false;
    for (let at = text.indexOf(word); at >= 0 && !found; at = text.indexOf(word, at + word.length)) {
      const around = surroundings(text, at, at + word.length, key, this.opts.blockBreaks, this.lang);
      found = (around.namedBefore && !ownWord([c], around.before, this.opts) && this.isGivenName(around.before)) || this.endsLongerName(at, at + word.length, c);
    }
    this.elsewhereNamed.set(memo, found);
    return found;
  }

  /** the hit's word stands somewhere on the page before a capitalised word, as a longer name's first word ("THW Kiel … beim THW") */
  private startsLongerNameOnPage(h: Hit): boolean {
    const text = this.text;
    const word = text.slice(h.start, h.end);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const next = at + word.length;
      if (!inWordAt(text, at - 1) && text.charCodeAt(next) === 0x20 && next + 1 < text.length && isUpper(text.charCodeAt(next + 1))) return true;
    }
    return false;
  }

  /** the page's word, found letter for letter, has Latin diacritics and the alias it matched (one word) has none */
  private withDiacriticsTheAliasLacks(h: Hit, c: Candidate): boolean {
    if (h.via !== undefined || (c.entry.flags & ENTRY_LATIN_DIACRITICS) !== 0) return false;
    const word = this.text.slice(h.start, h.end);
    return !isAscii(word) && LATIN_WORD.test(word);
  }

  /** candidate `c` is of the home country of the page's language, and no other candidate of the hit is */
  private ownCountryAlone(h: Hit, c: Candidate): boolean {
    const home = firstCountryOf(this.lang);
    const ofHome = (x: Candidate) => relatedCountryCodes(x.entity.related).includes(home) || countryCodeOf(x.id) === home;
    return home !== '' && ofHome(c) && !h.real.some((x) => x !== c && ofHome(x));
  }

  /**
   * The mention is an acronym of the entity as the page's press writes one: in capitals, or on a page
   * whose press writes acronyms in title case, so ("il Pd", "del Csm": the matcher finds those only there)
   */
  private acronymAsThePressWritesIt(h: Hit, c: Candidate): boolean {
    return this.acronymInCapitals(h, c) || ((c.entry.flags & ENTRY_ACRONYM) !== 0 && TITLE_CASE_ACRONYMS.has(this.lang));
  }

  /** the mention is an acronym of the entity written as one: two letters or more, all capitals ("ESA", not "Esa") */
  private acronymInCapitals(h: Hit, c: Candidate): boolean {
    if (!(c.entry.flags & ENTRY_ACRONYM) || h.end - h.start < 2) return false;
    for (let i = h.start; i < h.end; i++) if (isLower(this.text.charCodeAt(i))) return false;
    return true;
  }

  /** the evidence for a guarded alias that no structural rule vetoed (guardedOk) */
  private guardedEvidence(h: Hit, c: Candidate, around: Surroundings): Evidence {
    const ctx = this.ctx;
    const e = c.entity;
    const person = e.type === 'person';
    // evidence near the mention (the cheap look-ups first, then the context words)
    const namedNear = ctx.namedNear(e.id, h.start);
    // a guarded one-word name the pack writes without diacritics, which an English page writes with
    // them, is another name ("Te Ika-a-Māui", the demigod's fish: not Hawaii's Maui); other languages
    // give foreign names their own accents ("Módena", "Sófia")
    if (!namedNear && this.lang === 'en' && this.withDiacriticsTheAliasLacks(h, c)) return 'none';
    const relatedNear = namedNear || ctx.relatedNear(e, h.start, e.type === 'place');
    // an acronym written in capitals says what it is at a sentence's start as anywhere ("ESA is preparing …")
    const sentenceStart = around.sentenceStart && !this.acronymInCapitals(h, c);
    const declined = this.declined(h);
    if (namedNear || (relatedNear && (person || e.type === 'place' || !sentenceStart))) return 'firm';
    if (this.nearWords(h, c) && (!sentenceStart || this.inSentence(h, c))) return 'firm';
    if (sentenceStart) {
      // a capital at a sentence start says nothing: "Podemos hablar", "Chega de promessas", "Total revenue"
      if (person) return 'none';
      // "Reform of …", "Chega de …": followed by a connector it is the ordinary word
      if (around.connectorAfter) return 'none';
      // an organisation's name that begins a compound naming someone's office says so ("Grünen-Fraktionschefin Katharina Dröge")
      if (e.type === 'organisation' && around.compoundAfter && isPersonTitle(foldKey(this.text.slice(h.end + 1, wordEnd(this.text, h.end + 1))))) return 'weak';
      // a place of a country of the page's language, declined in that language, says so by its
      // ending as well at a sentence's start as in the middle ("Espoossa kaupunginvaltuusto…"); not
      // a genitive -s, which any noun takes and which names a town's club as often ("Leverkusens Trainer")
      // a genitive -s before an office's title is the town's, though ("Kassels Oberbürgermeister")
      if (e.type === 'place' && declined && (!declinesOnlyGenitiveS(this.lang) || isPersonTitle(around.after)) && inCountryOfLanguage(e.related, this.lang)) return 'weak';
      // a page firmly about it (linked twice on firm evidence elsewhere), or a possessive ("Uber's")
      return ctx.established(e, 2) || (possessive(this.text, h.end) && ctx.established(e, 1)) ? 'weak' : 'none';
    }
    // mid-sentence, capitalised, not part of another name: the entity linked elsewhere on the page on
    // firm evidence, or a related entity on the page, will do; or a place or an organisation of a
    // country of the page's language, declined in that language ("У Крагујевцу", a Serbian city on a
    // Serbian page; "Poslanci Smeru", a Slovak party on a Slovak page)
    if (ctx.established(e) || ctx.related(e, false)) return 'weak';
    // a place written as the page's language names it: in a country of that language ("In Luik
    // legden…": Liège, on a Dutch page), or abroad where the language has its own name for it and
    // no other place is called so ("in Bozen", "à Gênes", "en Brujas"); not an organisation, whose
    // name in the language of several countries may be any of theirs ("el Congreso" in Mexico is not Spain's).
    // German writes every noun with a capital: there a place abroad needs a preposition of place
    // before it ("in Bozen"; "die deutschen Marken" are brands, not the Marche)
    if (e.type === 'place' && c.entry.lang !== '' && primaryLang(c.entry.lang) === this.lang) {
      if (inCountryOfLanguage(e.related, this.lang)) return 'weak';
      const abroad = h.real.filter(isPlace).length === 1;
      if (abroad && (!CAPITALISES_NOUNS.has(this.lang) || townPreposition(this.lang, around.before))) return 'weak';
    }
    // a town of the home country of the page's language under the name it has there, after a preposition of
    // place ("im Süden von Gelsenkirchen", "a Pordenone", "w Gorzowie"): the page's own press names its towns
    // so (not another country of the language: "el queso de Trujillo" on a Spanish page is Spain's Trujillo, not Peru's)
    // (a name in Cyrillic or Greek letters written as the page writes it is the page's own, whichever language the pack gives it: "в София")
    const ownName = c.entry.lang === '' || (h.via === undefined && scriptOf(this.text.charCodeAt(h.start)) !== 'latin');
    if (e.type === 'place' && ownName && townPreposition(this.lang, around.before) && relatedCountryCodes(e.related).includes(firstCountryOf(this.lang))) return 'weak';
    // an organisation's acronym in capitals, of the home country of the page's language and its only
    // candidate of that country: the page's own press names its parties and bodies so ("SDP:n kannatus"
    // on a Finnish page is Finland's SDP); not joined to another name ("CD" in "CD&V"), nor the first
    // word of a longer name the page writes ("beim THW" after "THW Kiel", the club's short form)
    if (e.type === 'organisation' && this.acronymAsThePressWritesIt(h, c) && this.ownCountryAlone(h, c) && !joinedToWord(this.text, h.start, h.end) && !this.startsLongerNameOnPage(h)) return 'weak';
    // (not a club whose name is its town's, which the declined word names as well: "У Београду", "της Λάρισας")
    const townsClub = e.type === 'organisation' && h.real.some(isPlace);
    return (e.type === 'place' || (e.type === 'organisation' && !townsClub)) && declined && inCountryOfLanguage(e.related, this.lang) ? 'weak' : 'none';
  }

  /**
   * A surname alone, after the person was named in full, is still not theirs where the text says it
   * is something else: a month ("in May"), part of a longer name ("May Day", "Trump Tower",
   * "Statute of …"), after another given name ("Fred Trump"; the person's own given and middle
   * names are fine: "Donald John Trump"), or a short one hyphened to a lower-case word ("Li-ion").
   */
  private surnameFits(h: Hit, people: Candidate[]): boolean {
    const text = this.text;
    const key = foldKey(text.slice(h.start, h.end));
    const around = surroundings(text, h.start, h.end, key, this.opts.blockBreaks, this.lang);
    if (around.month || this.inLongerName(around)) return false;
    if (COMMON_WORDS.has(key) && isDate(text, h.start, h.end)) return false;
    // a short family name hyphened to a lower-case word is part of that word ("Li-ion", "Ma-based")
    if (key.length <= 3 && text.charCodeAt(h.end) === 0x2d && /^\p{Ll}/u.test(text.slice(h.end + 1, h.end + 3))) return false;
    if (this.anotherName(h, around, people)) return false;
    if (this.lang !== 'de' && longerNameAfter(around.after) && !ownWord(people, around.after, this.opts)) return false;
    return true;
  }

  /** a span with aliases (not anchors): guarded or shared. Returns whether it emitted a mention. */
  /**
   * A word whose reading in another spelling linked nothing, read by a case ending instead, as the
   * rules read any inflected word: "w Walii" is not The Valley but the locative of "Walia". Only
   * for entities the other spelling did not reach: a rule that set one aside (a ship named in
   * quotes, a town of another state) set it aside whatever the reading.
   */
  private resolveDeclined(h: Hit): boolean {
    // a name of the page's language (or, in Latin letters, of none): a stem reached through another
    // language's name reads as little as the other spelling ("Νίκαια" is no form of "Nicosia")
    const latin = scriptOf(this.text.charCodeAt(h.start)) === 'latin';
    const own = (c: Candidate) => (c.entry.lang === '' ? latin : primaryLang(c.entry.lang) === this.lang);
    const readings = h.declined?.others.filter(own) ?? [];
    if (readings.length === 0) return false;
    readAsDeclined(h, readings);
    return this.resolveReal(h);
  }

  private resolveReal(h: Hit): boolean {
    const { text, ctx, lang: pageLang } = this;
    const title = hasTitle(text, h.start);
    if (h.real.length === 1) {
      // one entity behind a guarded word: link only with context
      const c = h.real[0]!;
      const ok = this.guardedOk(h, c, this.aroundOf(h), title);
      if (ok !== 'none') {
        ctx.add(c.entity, h.start, ok === 'firm');
        this.emit(h, c, reasonOf(h, c));
        return true;
      }
      return false;
    }
    // among people of one name, the one without a generational suffix unless the text has it ("Donald Trump", not "Donald Trump Jr.")
    const suffixed = h.real.filter((c) => c.entity.type === 'person' && GENERATIONAL.test(c.entity.name)).length;
    const plainName = suffixed > 0 && suffixed < h.real.length && !GENERATIONAL.test(text.slice(h.start, h.end + 5));
    // a town and a club named after it: the words around may say which ("el Sevilla", "en Sevilla", "Liverpool were")
    const said = h.real.some(isPlace) && !h.real.every(isPlace) ? teamOrTown(pageLang, this.aroundOf(h).before, nextWord(text, h.end)) : null;
    const side = said?.side ?? null;
    const severalPlaces = h.real.filter(isPlace).length > 1;
    let scored = h.real
      .map((c) => {
        const guarded = (c.entry.flags & ENTRY_REQUIRES_CONTEXT) !== 0;
        const named = ctx.named(c.entity);
        const related = ctx.related(c.entity, true);
        const words = this.nearWords(h, c);
        const titled = title && c.entity.type === 'person';
        const lang = c.entry.lang !== '' && pageLang !== '' && primaryLang(c.entry.lang) === pageLang;
        // a place written in the script or with the case endings of the page's language: the one in a country of that language;
        // a person's name declined in it too ("Roberta Fica" on a Slovak page is Robert Fico, not Roberto Fico); an organisation
        const local =
          (h.via !== undefined && h.via !== 'variant' && (isPlace(c) || (c.entity.type === 'person' && h.via === 'inflection')) && inCountryOfLanguage(c.entity.related, pageLang)) ||
          // of organisations alike ("PAP": the Polish press agency, Singapore's party), the one of a country of the page's language
          (c.entity.type === 'organisation' && inCountryOfLanguage(c.entity.related, pageLang));
        const unsuffixed = plainName && c.entity.type === 'person' && !GENERATIONAL.test(c.entity.name);
        // a place listed beside another place of its country ("du Nord-Ouest et du Sud-Ouest")
        const sibling = isPlace(c) && ctx.placeOfSameCountryNear(c.entity, h.start);
        const score = (named ? 4 : 0) + (related ? 2 : 0) + (words ? 2 : 0) + (titled ? 1 : 0) + (lang || local ? 1 : 0) + (unsuffixed ? 1 : 0) + (sibling ? 1 : 0);
        // towns take no article in these languages, regions and countries do ("nel Lazio" is the region, "la Lazio" the club)
        const contradicted = (side === 'team' && isCity(c)) || (side === 'town' && !isPlace(c));
        // a preposition of place is context for the town ("En Sevilla hace calor"), but not inside a longer name ("the
        // Neonworks of Cincinnati workshop"); an article alone is none for the club
        const saidSo = side === 'town' && isPlace(c) && !this.inLongerName(this.aroundOf(h));
        // of several places of one name, a guarded one needs its evidence near, or the page's language: its country
        // somewhere on the page says little when another country's town is called the same ("Cambridge": England's,
        // or Massachusetts's; but "У Брэсце" on a Belarusian page is Brest in Belarus)
        const evidence = guarded && !saidSo ? this.guardedOk(h, c, this.aroundOf(h), title) : 'firm';
        const usable = evidence === 'firm' || (evidence === 'weak' && (!severalPlaces || !isPlace(c) || lang || local));
        return { c, score, usable, contradicted };
      })
      .filter((x) => x.usable);
    // a city named like a region of its country ("Tiranës": Tirana, not Tirana County): the city, and
    // the region weighs nothing against a place elsewhere ("v Žiline": Žilina or Jilin, not Jilin province)
    const regionNamedLikeItsCity = (x: { c: Candidate }) => isPartOfCountry(x.c.entity) && scored.some((o) => isCity(o.c) && sameCountry(o.c, x.c));
    if (scored.some(regionNamedLikeItsCity)) scored = scored.filter((x) => !regionNamedLikeItsCity(x));
    // words that say it firmly ("La Roma ha battuto"): never the other, even when it is all there is
    if (said?.firmly) scored = scored.filter((x) => !x.contradicted);
    if (scored.length === 0) return false; // guarded words without context are ordinary words
    // the words around say club or town: the other goes, unless it is all there is ("the docks of Liverpool were bombed")
    if (scored.some((x) => x.contradicted) && scored.some((x) => !x.contradicted)) scored = scored.filter((x) => !x.contradicted);
    scored.sort((x, y) => y.score - x.score);
    if (scored.length === 1 || (scored[0]!.score > 0 && scored[0]!.score > scored[1]!.score)) {
      const best = scored[0]!.c;
      ctx.add(best.entity, h.start);
      this.emit(h, best, reasonOf(h, best));
      return true;
    }
    const top = scored.filter((x) => x.score === scored[0]!.score).map((x) => x.c);
    this.emit(h, null, reasonOf(h, top[0]!), top);
    return true;
  }

  /**
   * The hit was found in another spelling (a case ending, a variant), only places are behind it, and
   * it is also the surname of a person named in full before it: the surname ("Vjosa Osmani … sipas
   * Osmanit" is hers, not the Turkish city Osmaniye's). Without that person on the page the place
   * stays ("wobec Rosji" is Russia, though it reads like Alexander Rossi's surname).
   */
  private surnameOverPlaceSpelling(h: Hit): boolean {
    if (h.via === undefined || h.derived.length === 0 || h.real.length === 0 || !h.real.every(isPlace)) return false;
    return h.derived.some((c) => c.entity.type === 'person' && this.linkedBefore(c, h.start));
  }

  /** the page linked `c` before offset `at` (for a person: named them in full) */
  private linkedBefore(c: Candidate, at: number): boolean {
    const first = this.ctx.first.get(c.id);
    return first !== undefined && first < at;
  }

  /** derived surnames (also where a guarded word found no context): only people named in full before, or just after (namedInFullJustAfter) */
  private resolveDerived(h: Hit): void {
    let named = h.derived.filter((c) => this.linkedBefore(c, h.start));
    if (named.length === 0) named = this.namedInFullJustAfter(h);
    if (named.length > 0 && !this.surnameFits(h, named)) return;
    // of two people of the surname named in full on the page, the one the paragraph names ("Xabi
    // Alonso …" in one, "Fernando Alonso verabschiedete sich …, sagte Alonso" in the next); both in it: either
    const inParagraph = named.length > 1 ? this.namedInParagraph(named, h.start) : named;
    if (inParagraph.length === 1) this.emit(h, inParagraph[0]!, h.via ?? 'surname');
    else if (named.length > 1) this.emit(h, null, h.via ?? 'surname', named);
  }

  /**
   * The people of a derived surname named in full for the first time just after it: a headline or
   * an opening line names someone by surname, the first paragraph in full ("Hagel greift nach
   * Kretschmanns Erbe … CDU-Spitzenkandidat Manuel Hagel"). Only when one person fits; a page that
   * names two people of the name after it says nothing of which one the headline means; nor the
   * end of a longer name ("premio Nobel de la Paz … Rodrigo Paz"), nor a short family name ("Xi",
   * "Li"), which is too often a word or a syllable of something else.
   */
  private namedInFullJustAfter(h: Hit): Candidate[] {
    if (h.end - h.start < 4 || afterNameAndParticle(this.text, h.start)) return [];
    const after = h.derived.filter((c) => {
      const at = this.ctx.first.get(c.id);
      return c.entity.type === 'person' && at !== undefined && at > h.end && at - h.end <= LEAD_WINDOW;
    });
    return after.length === 1 ? after : [];
  }

  /**
   * A river's or a mountain's name (not a town's: "London was his home" after Jack London is the
   * city) that is also the surname of one person named in full before it on the page is that person
   * where no article or preposition says it is the place: "Ministerpräsident Boris Rhein (CDU) sagte
   * … Rhein will die Ausstellung eröffnen", but "am Rhein". Null where it is the place.
   */
  private personNamedInFullBefore(h: Hit): Candidate | null {
    if (h.derived.length === 0) return null;
    const named = h.derived.filter((c) => c.entity.type === 'person' && this.linkedBefore(c, h.start));
    if (named.length !== 1 || !this.surnameFits(h, named)) return null;
    const around = this.aroundHit(h);
    if (!around.sentenceStart && (around.before === '' || FUNCTION_WORDS.has(around.before) || isFunctionWord(around.before, this.lang))) return null;
    return named[0]!;
  }

  /** those of `named` named in full in the paragraph of `at`, before it */
  private namedInParagraph(named: Candidate[], at: number): Candidate[] {
    const paragraph = blockStart(this.text, at, this.opts.blockBreaks);
    return named.filter((c) => this.ctx.namedBetween(c.id, paragraph, at));
  }
}

/** the hit read by a case ending only, with these candidates */
function readAsDeclined(h: Hit, readings: Candidate[]): void {
  h.real = readings;
  h.derived = [];
  h.declined = undefined;
  h.via = 'inflection';
  h.lookAround = true;
}

/** the vowels a case ending may replace at the end of a name (normalised) */
const FINAL_VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];

/**
 * How many letters the Greek words `words` keep of the name `name` (both normalised, as many
 * words) if they can be a case of it, else 0. Greek declines a word at its end only: each differs
 * from the name's in at most the last letter of the shorter and two letters in length ("Γκάνας" ←
 * "Γκάνα", "Καναδά" ← "Καναδάς", "Κύπρου" ← "Κύπρος", "Σκοπίων" ← "Σκόπια", "Σαουδικής Αραβίας" ←
 * "Σαουδική Αραβία").
 */
export function greekCaseOf(words: string, name: string): number {
  const mine = words.split(' ');
  const its = name.split(' ');
  if (mine.length !== its.length) return 0;
  let kept = 0;
  for (let i = 0; i < mine.length; i++) {
    const k = greekWordCaseOf(mine[i]!, its[i]!);
    if (k === 0) return 0;
    kept += k;
  }
  return kept;
}

function greekWordCaseOf(word: string, name: string): number {
  if (Math.abs(word.length - name.length) > 2) return 0;
  let common = 0;
  while (common < word.length && common < name.length && word.charCodeAt(common) === name.charCodeAt(common)) common++;
  return common >= Math.min(word.length, name.length) - 1 && (common >= 3 || word === name) ? common : 0;
}
