/**
 * Compile a (validated) pack into its matcher form: every alias normalised, guard flags decided
 * once, surnames derived from people's full names, all keys laid out as one path-compressed trie
 * with the tables the scan needs (trie.ts), built from the sorted keys in a single pass, and the
 * name index of other spellings (names-compile.ts).
 */
import type { Alias, Entity, Pack } from '../pack/types.ts';
import {
  COMPILED_FORMAT,
  COMPILED_FORMAT_VERSION,
  ENTRY_ACRONYM,
  ENTRY_CASE_SENSITIVE,
  ENTRY_DERIVED_SURNAME,
  ENTRY_REQUIRES_CONTEXT,
  ENTRY_SURNAME,
  ENTRY_LATIN_DIACRITICS,
  ENTRY_CASE_FORM,
  detailsOf,
  type CompiledEntry,
  type CompiledPack,
  type EntityDetails,
} from '../pack/compiled.ts';
import { caseMask, normaliseKey } from './normalise.ts';
import { inSentenceCaseLanguage } from './sentence-case.ts';
import { buildTrie } from './trie.ts';
import { entityColumns, entryColumns } from './columns.ts';
import { COMMON_WORDS } from './common-words.ts';
import { FAMILY_FIRST_COUNTRIES, FAMILY_FIRST_LANGS, FAMILY_NAMES } from './family-names.ts';
import { PERSON_TITLES, titleKey } from './titles.ts';
import { mayBeGivenName, titleWordsAtStart } from './given-names.ts';
import { compileNames, type GivenNames, type NameSource } from './names-compile.ts';
import { chineseSpellings } from './chinese-names.ts';
import { germanCaseForms } from './german-declension.ts';
import { polishCaseForms } from './polish-declension.ts';
import { CONTRACTING_LANGS, articleContractions } from './article-contractions.ts';
import { firstCountryOf, primaryLang } from './country-languages.ts';

/** name particles kept with a surname: "Ursula von der Leyen" → "von der Leyen" */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'al', 'el', 'ibn', 'zu']);
const SUFFIXES = /^(jr\.?|sr\.?|jnr\.?|snr\.?)$/i;
const ACRONYM_RE = /^[\p{Lu}\p{N}&.\-]+$/u;

interface KeyedEntry {
  key: string;
  entry: CompiledEntry;
}

/** Is this alias an acronym by its shape ("EU", "NATO", "CSTO")? */
export function looksLikeAcronym(text: string): boolean {
  const core = text.replace(/[^\p{L}\p{N}]/gu, '');
  return ACRONYM_RE.test(text) && /\p{Lu}/u.test(text) && core.length >= 2 && core.length <= 6;
}

/** a Roman numeral up to XXXIX as a word: "II", "XVI", "X", German "III." (a regnal or generational number) */
const ROMAN = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})\.?$/;
/** a single-letter initial: "D", "D." */
const INITIAL = /^\p{Lu}\.?$/u;
/** numerals that, after a family name, are generational ("Benigno Aquino III") rather than regnal */
const GENERATIONAL = new Set(['II', 'III', 'IV', 'II.', 'III.', 'IV.']);

export interface SurnameOptions {
  /** the name is written family name first where its first word is a known family name ("Xi Jinping") */
  familyFirst?: boolean;
}

/** the words of a name, without trailing commas ("WHIPPS, Jr.") */
function nameWords(fullName: string): string[] {
  return fullName.trim().split(/\s+/u).map((w) => w.replace(/,$/u, ''));
}

/** is this name a monarch's or pope's regnal name ("Charles III", "Pope Leo XIV", "Abdullah II of Jordan")? */
export function isRegnalName(fullName: string): boolean {
  return regnal(nameWords(fullName)) === 'regnal';
}

/** 'regnal', or the words before a generational numeral, or null when the name has no numeral */
function regnal(words: string[]): 'regnal' | string[] | null {
  // a one-letter numeral with a full stop inside a name is a middle initial ("Sarah I. Smith")
  const at = words.findIndex((w, i) => i > 0 && ROMAN.test(w) && !(i < words.length - 1 && /^[IVX]\.$/u.test(w)));
  if (at < 0) return null;
  let from = 0;
  while (from < at && PERSON_TITLES.has(titleKey(words[from]!))) from++;
  const before = words.slice(from, at);
  const generational = GENERATIONAL.has(words[at]!) && at === words.length - 1 && from === 0 && before.length >= 2;
  return generational ? before : 'regnal';
}

/**
 * The surname part of a person's full name, or null for a one-word name or a regnal name.
 * Generational suffixes ("Jr.", "Sr", "III" after a family name) are skipped; a regnal number
 * ("Benedict XVI", "Charles III", "Abdullah II of Jordan") means no surname at all. With
 * `familyFirst`, the first word that is a known Chinese or Korean family name is the surname
 * ("Xi Jinping" → "Xi", "Jensen Huang" → "Huang"); a name with none keeps the last-word rule.
 */
export function surnameOf(fullName: string, opts: SurnameOptions = {}): string | null {
  // a name with "of" is a title ("Baudouin of Belgium", "Faisal of Saudi Arabia"): no surname, as givenWords says
  if (/\sof\s/u.test(fullName)) return null;
  let words = nameWords(fullName);
  // generational suffixes, and a final initial ("Gukesh D"), are not surnames; a letter after a
  // particle is a surname's last word ("Rogelio Ramírez de la O")
  const finalInitial = (ws: string[]): boolean => INITIAL.test(ws[ws.length - 1]!) && !ROMAN.test(ws[ws.length - 1]!) && !(ws.length > 1 && PARTICLES.has(ws[ws.length - 2]!.toLowerCase()));
  while (words.length > 1 && (SUFFIXES.test(words[words.length - 1]!) || finalInitial(words))) words.pop();
  const r = regnal(words);
  if (r === 'regnal') return null;
  if (r) words = r;
  if (words.length < 2) return null;
  if (opts.familyFirst) {
    const family = words.find((w) => FAMILY_NAMES.has(w));
    if (family) return family;
  }
  // particles alone are no surname ("de la")
  if (PARTICLES.has(words[words.length - 1]!.toLowerCase())) return null;
  let first = words.length - 1;
  while (first > 1 && PARTICLES.has(words[first - 1]!.toLowerCase())) first--;
  return words.slice(first).join(' ');
}

/** is this person named family name first (related to China, Taiwan, Hong Kong, Macau or a Korea, or with a zh/ko alias)? */
function familyFirst(e: Entity): boolean {
  return (e.related ?? []).some((r) => FAMILY_FIRST_COUNTRIES.has(r)) || e.aliases.some((a) => a.lang !== undefined && FAMILY_FIRST_LANGS.has(primaryLang(a.lang)));
}

/**
 * An alias the press writes in sentence case (sentence-case.ts): its words after the first need no
 * capital (`key`, its normalised form, puts a space between words where the mask has one unit). A
 * word in capitals keeps them ("Banca MPS").
 */
function sentenceCase(mask: string, key: string, alias: Alias): string {
  if (key.length !== mask.length || !inSentenceCaseLanguage(alias.text, alias.lang)) return mask;
  let out = '';
  for (let i = 0; i < mask.length; i++) {
    const wordStart = i > 0 && key[i - 1] === ' ';
    out += wordStart && mask[i] === 'U' && mask[i + 1] !== 'U' ? 'l' : mask[i]!;
  }
  return out;
}

/**
 * The word that says what kind of place a name is, last in an English name ("Neuquén Province",
 * "Kent County"): the press writes it in lower case as often ("Neuquén province"), so in a place's
 * name it needs no capital (not in an organisation's: "an Islamic state" is no Islamic State).
 */
const DESIGNATORS: ReadonlySet<string> = new Set(['province', 'region', 'county', 'state', 'department', 'prefecture', 'governorate', 'oblast', 'district', 'voivodeship', 'canton']);

/**
 * The same word first, in the languages that put it before the name ("provincia de Alicante",
 * "región de Murcia", "département du Nord", "Provinz Bozen"), folded: written small as often
 */
const LEADING_DESIGNATORS: ReadonlySet<string> = new Set(['provincia', 'province', 'provincie', 'provinz', 'region', 'regione', 'regiao', 'departement', 'comunidad', 'comunitat', 'comunidade']);

/**
 * The head noun of an institution's name that French and Italian typography write small ("l'université
 * Paris-Saclay", "le ministère de la Culture", "l'università di Bologna", "il ministero della Difesa"),
 * folded: in an organisation's name it needs no capital; the rest of the name keeps its own.
 */
const LEADING_HEAD_NOUNS: ReadonlySet<string> = new Set(['universite', 'universita', 'ministere', 'ministero']);

/** `mask` with no capital needed on the first word of `key` where that word (folded) is one of `words` */
function firstWordInLowerCase(mask: string, key: string, words: ReadonlySet<string>): string {
  const first = key.indexOf(' ');
  if (key.length !== mask.length || first < 0 || !words.has(key.slice(0, first))) return mask;
  return mask.slice(0, first).replace(/U/g, 'l') + mask.slice(first);
}

function designatorInLowerCase(mask: string, key: string): string {
  if (key.length !== mask.length) return mask;
  const last = key.lastIndexOf(' ');
  if (last < 0) return mask;
  if (DESIGNATORS.has(key.slice(last + 1))) return mask.slice(0, last + 1) + mask.slice(last + 1).replace(/U/g, 'l');
  return firstWordInLowerCase(mask, key, LEADING_DESIGNATORS);
}

function entryFor(entityIndex: number, alias: Alias, key: string, derived: boolean, type?: Entity['type']): CompiledEntry {
  let flags = 0;
  let mask = caseMask(alias.text);
  const letters = alias.text.replace(/[^\p{L}]/gu, '').length;
  const acronym = alias.kind === 'acronym' || (!derived && looksLikeAcronym(alias.text));
  if (acronym) flags |= ENTRY_ACRONYM | ENTRY_CASE_SENSITIVE;
  if (alias.caseSensitive === true || letters <= 3) flags |= ENTRY_CASE_SENSITIVE;
  if (alias.caseSensitive === false) {
    flags &= ~ENTRY_CASE_SENSITIVE;
    mask = mask.replace(/[Ul]/g, '.');
  }
  if (!(flags & ENTRY_CASE_SENSITIVE)) mask = sentenceCase(mask, key, alias);
  if (type === 'place' && !(flags & ENTRY_CASE_SENSITIVE)) mask = designatorInLowerCase(mask, key);
  if (type === 'organisation' && !(flags & ENTRY_CASE_SENSITIVE)) mask = firstWordInLowerCase(mask, key, LEADING_HEAD_NOUNS);
  const common = !key.includes(' ') && COMMON_WORDS.has(key);
  if (alias.requiresContext === true || (alias.requiresContext !== false && common)) flags |= ENTRY_REQUIRES_CONTEXT;
  if (derived) flags |= ENTRY_DERIVED_SURNAME;
  if (alias.kind === 'surname') flags |= ENTRY_SURNAME;
  if (!key.includes(' ') && LATIN_WITH_DIACRITICS.test(alias.text)) flags |= ENTRY_LATIN_DIACRITICS;
  const words = (alias.contextWords ?? []).map(normaliseKey).filter((w) => w.length > 0);
  const entry: CompiledEntry = { entity: entityIndex, flags, caseMask: mask, lang: alias.lang ?? '' };
  if (words.length > 0) entry.contextWords = words;
  return entry;
}

/** one word in Latin letters, one of them with a diacritic (the Latin-1 and Latin Extended letters) */
const LATIN_WITH_DIACRITICS = /^(?=.*[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])[\p{Script=Latin}'’-]+$/u;

/** both match only as written, and they are written differently: a text matches one or the other */
function apartByCapitals(x: CompiledEntry, y: CompiledEntry): boolean {
  return (x.flags & ENTRY_CASE_SENSITIVE) !== 0 && (y.flags & ENTRY_CASE_SENSITIVE) !== 0 && x.caseMask !== y.caseMask;
}

/** same guards, language and context words: the entries differ at most in their capitalisation mask */
function sameGuards(x: CompiledEntry, y: CompiledEntry): boolean {
  const wx = x.contextWords ?? [];
  const wy = y.contextWords ?? [];
  return x.flags === y.flags && x.lang === y.lang && wx.length === wy.length && wx.every((w, i) => w === wy[i]);
}

/**
 * The entries of one entity that share a normalised key: spelling variants that differ only in
 * capitals or accents ("Rassemblement national" / "Rassemblement National", "Morena" / "MORENA",
 * "Male" / "Malé"). Every variant stays matchable, whatever its place in the list:
 * - the text cannot tell accent variants apart once folded, so if one variant needs context, all
 *   do, and they share their context words (precision first); if one has no diacritics, none
 *   needs them (ENTRY_LATIN_DIACRITICS);
 * - exact duplicates are dropped;
 * - case-insensitive variants with the same guards merge into one entry whose mask requires a capital
 *   only where every variant has one;
 * - case-sensitive variants keep an entry each ("MORENA" and "Morena", but not "MoReNa").
 */
function variants(entries: CompiledEntry[]): CompiledEntry[] {
  if (entries.length === 1) return entries;
  // a spelling without diacritics among them: the name may be written so ("Brüssel", "Brussel")
  if (entries.some((x) => !(x.flags & ENTRY_LATIN_DIACRITICS))) for (const x of entries) x.flags &= ~ENTRY_LATIN_DIACRITICS;
  const guarded = entries.filter((x) => x.flags & ENTRY_REQUIRES_CONTEXT);
  if (guarded.length > 0) {
    const words = [...new Set(entries.flatMap((x) => x.contextWords ?? []))];
    for (const x of entries) {
      // the text tells two case-sensitive spellings apart by their capitals ("NATO" needs no context where "Nato" does)
      if (!(x.flags & ENTRY_REQUIRES_CONTEXT) && guarded.every((g) => apartByCapitals(x, g))) continue;
      x.flags |= ENTRY_REQUIRES_CONTEXT;
      if (words.length > 0) x.contextWords = words;
    }
  }
  const out: CompiledEntry[] = [];
  for (const entry of entries) {
    const strict = (entry.flags & ENTRY_CASE_SENSITIVE) !== 0;
    const same = out.find((x) => sameGuards(x, entry) && (x.caseMask === entry.caseMask || !strict));
    if (!same) {
      out.push(entry);
      continue;
    }
    let mask = '';
    for (let i = 0; i < same.caseMask.length; i++) {
      const m = same.caseMask[i];
      const n = entry.caseMask[i];
      mask += m === 'U' && n === 'U' ? 'U' : m === '.' && n === '.' ? '.' : 'l';
    }
    same.caseMask = mask;
  }
  return out;
}

interface Collected {
  keyed: KeyedEntry[];
  aliases: number;
  derived: number;
  /** every kept entry with the alias it came from, for the name index */
  names: NameSource[];
  given: GivenNames[];
}

/** an alias that is a person's whole name (not a surname, title, acronym or demonym): their full names give their surnames and given names */
function isFullNameAlias(a: Alias): boolean {
  return !a.kind || a.kind === 'name' || a.kind === 'transliteration' || a.kind === 'former';
}

/**
 * Hungarian writes its people's names family name first ("Orbán Viktor", "Magyar Péter"): a
 * Hungarian's full name of two words, as the pack writes it given name first, is also listed in
 * that order, in Hungarian. Their later surname alone then links as after any full name.
 */
function hungarianOrder(e: Entity, listed: readonly Alias[]): Alias[] {
  if (e.related?.[0] !== HUNGARY) return [];
  const have = new Set(listed.map((a) => a.text));
  const out: Alias[] = [];
  for (const a of listed) {
    const words = nameWords(a.text);
    if (!isFullNameAlias(a) || words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const text = `${words[1]} ${words[0]}`;
    if (have.has(text)) continue;
    have.add(text);
    out.push({ text, lang: 'hu', kind: 'name' });
  }
  return out;
}
const HUNGARY = 'gloss:country:hu';

/**
 * A Chinese person's name in Pinyin, as the Czech, Hungarian, Turkish, Serbian and Greek press
 * writes it (chinese-names.ts: "Si Ťin-pching", "Hszi Csin-ping"), in those languages. Like the
 * family-name-first copies, they give no given name nor surname.
 */
function chineseSpellingsOf(e: Entity, listed: readonly Alias[]): Alias[] {
  if (!e.related?.includes(CHINA)) return [];
  const have = new Set(listed.map((a) => a.text));
  const out: Alias[] = [];
  for (const a of listed) {
    if (!isFullNameAlias(a) || (a.lang !== undefined && a.lang !== 'en' && a.lang !== 'zh-Latn')) continue;
    for (const s of chineseSpellings(a.text)) {
      if (have.has(s.text)) continue;
      have.add(s.text);
      out.push({ text: s.text, lang: s.lang, kind: 'transliteration' });
    }
  }
  return out;
}
const CHINA = 'gloss:country:cn';

/**
 * Names in their other case forms, with the guards of the name they come from; found so, a mention
 * says 'inflection' (ENTRY_CASE_FORM):
 * - a German name of a body, place or event that starts with declined adjectives
 *   (german-declension.ts: "Europäischen Parlaments" for "Europäisches Parlament"), from the pack's
 *   German aliases and from names without a language of entities of German-speaking countries
 *   ("Deutscher Tennis Bund"). The name index still reads an adjective declined inside a name after
 *   its first word ("Frankfurter Allgemeinen Zeitung": inflection.ts ADJECTIVES);
 * - a Polish region named by its kind in small letters and an adjective (polish-declension.ts:
 *   "województwie pomorskim" for "województwo pomorskie"), which the name index, reading words with
 *   a capital, cannot read.
 */
function caseFormsOf(e: Entity, listed: readonly Alias[]): Alias[] {
  if (e.type === 'person') return [];
  const german = e.related?.some((r) => GERMAN_SPEAKING.has(r)) === true;
  const have = new Set(listed.map((a) => a.text));
  const out: Alias[] = [];
  const add = (a: Alias, texts: string[], lang: string): void => {
    for (const text of texts) {
      if (have.has(text)) continue;
      have.add(text);
      out.push({ ...a, text, lang });
    }
  };
  for (const a of listed) {
    if (a.lang === 'de' || (a.lang === undefined && german)) add(a, germanCaseForms(a.text), 'de');
    else if (a.lang === 'pl' && e.type === 'place') add(a, polishCaseForms(a.text), 'pl');
    // a place whose name begins with an article, after a preposition merged with it ("all'Aia", "au Havre"): in the
    // alias's language, or for a name without one, in the language of the place's country ("della Spezia")
    if (e.type === 'place') {
      const lang = a.lang !== undefined ? primaryLang(a.lang) : contractingLangOf(e);
      if (lang !== '' && CONTRACTING_LANGS.has(lang)) add(a, articleContractions(a.text, lang), lang);
    }
  }
  return out;
}
/** the language of the country of a place, among those whose names contract with prepositions ('it' for La Spezia), or '' */
function contractingLangOf(e: Entity): string {
  for (const lang of CONTRACTING_LANGS) if (e.related?.includes(`gloss:country:${firstCountryOf(lang)}`)) return lang;
  return '';
}
const GERMAN_SPEAKING: ReadonlySet<string> = new Set(['gloss:country:de', 'gloss:country:at', 'gloss:country:ch', 'gloss:country:li']);

function collectEntries(entities: Entity[]): Collected {
  const keyed: KeyedEntry[] = [];
  const names: NameSource[] = [];
  const given: GivenNames[] = [];
  let aliases = 0;
  let derived = 0;
  entities.forEach((e, ei) => {
    /** this entity's entries by normalised key */
    const own = new Map<string, CompiledEntry[]>();
    const source = new Map<CompiledEntry, Alias>();
    const listed: Alias[] = e.aliases.some((a) => a.text === e.name) ? e.aliases : [{ text: e.name, kind: 'name' }, ...e.aliases];
    const reordered = e.type === 'person' ? [...hungarianOrder(e, listed), ...chineseSpellingsOf(e, listed)] : [];
    // the case forms are read by the trie only: the name index reads inflections its own way
    const declined = caseFormsOf(e, listed);
    const trieOnly = new Set<Alias>(declined);
    const all = reordered.length > 0 || declined.length > 0 ? [...listed, ...reordered, ...declined] : listed;
    for (const a of all) {
      const key = normaliseKey(a.text);
      if (key.length === 0) continue;
      const entry = entryFor(ei, a, key, false, e.type);
      if (trieOnly.has(a)) entry.flags |= ENTRY_CASE_FORM;
      source.set(entry, a);
      const same = own.get(key);
      if (same) same.push(entry);
      else own.set(key, [entry]);
    }
    for (const [key, list] of own) {
      const kept = variants(list);
      for (const entry of kept) {
        keyed.push({ key, entry });
        const a = source.get(entry)!;
        if (trieOnly.has(a)) continue;
        const acronym = (entry.flags & ENTRY_ACRONYM) !== 0;
        const fullName = e.type === 'person' && !acronym && isFullNameAlias(a);
        names.push({ entity: ei, text: a.text, lang: a.lang ?? '', entry, surname: a.kind === 'surname', derived: false, acronym, fullName });
      }
      aliases += kept.length;
    }
    if (e.type !== 'person') return;
    const surnames = new Map<string, CompiledEntry[]>();
    const surnameTexts = new Map<string, string>();
    // the family-name-first copies give no given name nor surname ("Orbán Viktor" is still Viktor Orbán)
    const full = listed.filter(isFullNameAlias);
    // a monarch or pope is referred to by the whole regnal name: none of its words is a surname, and no
    // name of theirs with a numeral gives one ("John Paul II"); a birth name still does ("Karol Wojtyła")
    const regnalWords = new Set(full.filter((a) => isRegnalName(a.text)).flatMap((a) => nameWords(a.text).map(normaliseKey)));
    const opts: SurnameOptions = { familyFirst: familyFirst(e) };
    if (!opts.familyFirst && regnalWords.size === 0) given.push({ entity: ei, names: full.flatMap((a) => givenWords(a, opts)) });
    for (const a of full) {
      if (regnalWords.size > 0 && nameWords(a.text).some((w) => ROMAN.test(w))) continue;
      const surname = surnameOf(a.text, opts);
      if (!surname || regnalWords.has(normaliseKey(surname))) continue;
      const key = normaliseKey(surname);
      // a surname the pack lists as an alias is not derived again
      if (key.length === 0 || own.has(key)) continue;
      const entry = entryFor(ei, { text: surname, lang: a.lang, kind: 'surname' }, key, true);
      if (!surnameTexts.has(key)) surnameTexts.set(key, surname);
      const same = surnames.get(key);
      if (same) same.push(entry);
      else surnames.set(key, [entry]);
    }
    for (const [key, list] of surnames) {
      for (const entry of variants(list)) {
        keyed.push({ key, entry });
        const text = surnameTexts.get(key)!;
        names.push({ entity: ei, text, lang: entry.lang, entry, surname: true, derived: true, acronym: false, fullName: false });
      }
      derived++;
    }
  });
  return { keyed, aliases, derived, names, given };
}

/** the given (and middle) names of a full name, without titles and initials: "Kassym-Jomart Tokayev" → Kassym, Jomart */
function givenWords(a: Alias, opts: SurnameOptions): { words: string[]; lang: string }[] {
  const surname = surnameOf(a.text, opts);
  // a name with "of" is a title ("Willem-Alexander of the Netherlands"), not given name and surname
  if (!surname || /\sof\s/u.test(a.text)) return [];
  const words = nameWords(a.text);
  const cut = words.length - nameWords(surname).length;
  // after a title of two words ("Prime Minister Maiga"), both words
  const from = titleWordsAtStart(words.slice(0, cut + 1).map(titleKey));
  const before = words
    .slice(from, cut)
    .flatMap((w) => w.split(/[-\u2010\u2011]/u))
    // capitalised words only, no titles nor articles: not the particles of "Edson Arantes do Nascimento" or "Willem-Alexander of the Netherlands"
    .filter((w) => /^\p{Lu}/u.test(w) && w.replace(/[^\p{L}]/gu, '').length > 1 && mayBeGivenName(titleKey(w)));
  return before.length > 0 ? [{ words: before.map((w) => w.toLowerCase()), lang: a.lang ?? '' }] : [];
}

/** The details of each entity of a pack, in the order of the compiled pack's entities. */
export function packDetails(pack: Pack): EntityDetails[] {
  return pack.entities.map(detailsOf);
}

/**
 * Compile a pack into its matcher part (see compiled.ts; `packDetails` gives the rest). The pack
 * must be valid (see validatePack); compile does not re-check it.
 */
export function compilePack(pack: Pack): CompiledPack {
  const { entities, ...meta } = pack;
  const { keyed, aliases, derived, names: nameSources, given } = collectEntries(entities);
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const keys: string[] = [];
  const ranges: number[] = [];
  const entries: CompiledEntry[] = [];
  for (let i = 0; i < keyed.length; i++) {
    const k = keyed[i]!;
    if (keys.length === 0 || keys[keys.length - 1] !== k.key) {
      keys.push(k.key);
      ranges.push(entries.length, 0);
    }
    ranges[ranges.length - 1] = ranges[ranges.length - 1]! + 1;
    entries.push(k.entry);
  }
  const trie = buildTrie(keys, Int32Array.from(ranges), entries);
  const entryIndex = new Map<CompiledEntry, number>();
  entries.forEach((e, i) => entryIndex.set(e, i));
  const names = compileNames(entities, nameSources, given, entryIndex);
  return {
    format: COMPILED_FORMAT,
    formatVersion: COMPILED_FORMAT_VERSION,
    meta,
    entities: entityColumns(entities),
    entries: entryColumns(entries),
    trie,
    names,
    stats: {
      entities: entities.length,
      aliases,
      derivedSurnames: derived,
      nodes: trie.nodes,
      edges: trie.edgeChar.length,
      names: names.nameEntryLow.length,
      nameKeys: names.keys === '' ? 0 : names.keys.split('\n').length,
    },
  };
}
