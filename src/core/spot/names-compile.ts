/**
 * Compile the name index (CompiledNames, see src/core/pack/compiled.ts) from a pack's aliases:
 * every alias as a list of word keys (name-keys.ts), the stems its words take case endings on, the
 * surnames of people and the given names (with their cognates) that make a full name.
 */
import type { Entity } from '../pack/types.ts';
import {
  NAME_ACRONYM,
  NAME_CASE_SENSITIVE,
  NAME_DERIVED,
  NAME_PERSON,
  NAME_SHARED_STEMS,
  NAME_SURNAME,
  ENTRY_CASE_SENSITIVE,
  ENTRY_REQUIRES_CONTEXT,
  FORM_STRICT_BITS,
  type CompiledEntry,
  type CompiledNames,
} from '../pack/compiled.ts';
import { narrow } from './small-ints.ts';
import { packInts } from './packed-ints.ts';
import { splitInts } from './split-ints.ts';
import { countryCodeOf, relatedCountryCodes } from './place-ids.ts';
import { aliasWordKeys, splitNameWords, wordScript } from './name-keys.ts';
import { nameSoundKeys } from './sound-keys.ts';
import { GIVEN_NAME_COGNATES, mayBeGivenName, titleWordsAtStart } from './given-names.ts';
import { hashKey, keyBucketCount, keyBucketOf } from './names-table.ts';
import { foldHash } from './capital-words.ts';
import { titleKey } from './titles.ts';

/** one alias (or derived surname) of an entity, with the entry it links to */
export interface NameSource {
  entity: number;
  text: string;
  /** the alias's language, or "" */
  lang: string;
  entry: CompiledEntry;
  surname: boolean;
  derived: boolean;
  acronym: boolean;
  /** a person's full name as such (no surname, title or acronym): read by sound too (sound-keys.ts) */
  fullName: boolean;
}

/** the given names of one person (words of their full names before the surname) */
export interface GivenNames {
  entity: number;
  names: { words: string[]; lang: string }[];
}

/**
 * the shortest stem (in letters of its key) an inflected form may have: 4, or 3 for a person's
 * surname ("Fica" ← "Fico") and for each word of a name of several words, which the other words
 * hold in place ("Верховної Ради" ← "Верховна Рада", "Novom Sadu" ← "Novi Sad")
 */
export const MIN_STEM_KEY = 4;
const MIN_SHORT_STEM_KEY = 3;
/** and 2 for a person's given name before a surname that holds it in place */
export const MIN_GIVEN_NAME_STEM_KEY = 2;

/**
 * How names from a country are spelled in Latin letters when the pack does not say (the language
 * whose spelling reads them): "Nawrocki" is Polish, "Babiš" Czech, "Nausėda" Lithuanian. Countries
 * whose people's Latin names the pack writes in the English-press spelling (Russia, Ukraine,
 * Belarus…) are not listed.
 */
const COUNTRY_SPELLING: Record<string, string> = {
  pl: 'pl', cz: 'cs', sk: 'sk', de: 'de', at: 'de', li: 'de', fr: 'fr', nl: 'nl', lt: 'lt', lv: 'lv', rs: 'sr', hr: 'sr',
  ba: 'sr', me: 'sr', si: 'sr', mk: 'sr', tr: 'tr', az: 'tr', hu: 'hu', es: 'es', mx: 'es', ar: 'es', co: 'es', cl: 'es',
  pe: 'es', ve: 'es', cu: 'es', it: 'it', pt: 'pt', br: 'pt', gr: 'el', cy: 'el', fi: 'fi', ee: 'et', se: 'sv', no: 'no',
  dk: 'da',
};

/**
 * A name the press writes only as the pack does, which the name index leaves to the trie: an
 * organisation's, place's or event's name of three words or more, read as English only (its alias
 * is English or has no language, and its entity's country gives no other spelling). Other languages
 * translate such names ("Международный валютный фонд", "Europejski Bank Centralny", their own
 * aliases) or quote them letter for letter ("w Bank of America"), without case endings. They are a
 * fifth of the default pack's names, so leaving them out keeps the index small. People's names keep
 * every spelling, and so does a name read in another language ("Prawa i Sprawiedliwości"). A
 * place's or organisation's name of two words or more in a language whose press does not decline
 * names (UNDECLINED) is left to the trie too.
 */
function onlyAsWritten(e: Entity, words: readonly string[], readings: readonly string[]): boolean {
  if (e.type === 'person') return false;
  return (words.length >= 3 && readings.every((lang) => lang === '' || lang === 'en')) || (words.length >= 2 && readings.every((lang) => UNDECLINED.has(lang)));
}

/**
 * An entity of the Research Organization Registry (universities, institutes): its acronyms ("LMU",
 * "ETH", "UNAM"; a sixth of the default pack's names) are written as they are in every language
 * and script the press uses for them, so the name index leaves them to the trie.
 */
function fromResearchRegistry(e: Entity): boolean {
  return e.sources.length > 0 && e.sources.every((s) => s.name.startsWith('Research Organization Registry'));
}

/**
 * Languages whose press writes a place's or an organisation's name as it is, with no case ending
 * and in no other spelling: their names of two words or more ("Banque mondiale") are the trie's
 * alone. One-word names stay in the index: they read other scripts ("Пекин" is "Pékin").
 */
const UNDECLINED: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt', 'nl', 'ca', 'gl', 'mt']);

/** the spelling of an entity's own names, from the first related country that has one */
export function originSpelling(e: Entity): string {
  for (const code of relatedCountryCodes(e.related)) {
    const s = COUNTRY_SPELLING[code];
    if (s) return s;
  }
  const own = countryCodeOf(e.id);
  return own ? (COUNTRY_SPELLING[own] ?? '') : '';
}

/**
 * The spellings a person's Latin name is read with for its sound key (sound-keys.ts): the origin's
 * (a Spaniard's also as Catalan); an Albanian's as Albanian; a Belgian's or a Luxembourger's also as French and Dutch; for a Japanese name also Russian and Ukrainian's Polivanov system ("Takaichi" is "Такаити", "Shinzo"
 * "Синдзо"), beside the English-like reading Greek and Bulgarian use ("Τακαΐτσι").
 */
function soundSpellings(e: Entity, origin: string): string[] {
  const country = relatedCountryCodes(e.related)[0];
  // a Spaniard's name may be Catalan ("Josep Borrell" is "Жозеп Борел", "Puigdemont" "Пучдемон")
  if (origin === 'es' && country === 'es') return ['es', 'ca'];
  if (origin !== '') return [origin];
  // Albanian names, which the pack writes in their own letters ("Bajram Begaj" is "Бајрам Бегај")
  if (country === 'al' || country === 'xk') return ['sq'];
  // a Belgian's or a Luxembourger's name may be French or Dutch, or read as English
  if (country === 'be' || country === 'lu') return ['', 'fr', 'nl'];
  return country === 'jp' ? ['', 'ja'] : [''];
}

/** languages whose names end in a nominative ending the other cases replace ("Nausėda" → "Nausėdos", "Mitsotakis" → "Mitsotaki") */
const NOMINATIVE_S = new Set(['lt', 'lv', 'el']);
const VOWEL_END = /[aeiouyáéíóúýąęėįųūěаеиоуыэюяіїєёαεηιουωάέήίόύώ]+$/u;
const VOWEL_OR_J_END = /[aeiouyjáéíóúýąęėįųūěаеиоуыэюяіїєёйьαεηιουωάέήίόύώ]+$/u;
/** (a Greek one with its accent or without: "Λεμεσός" → "Λεμεσό") */
const NOMINATIVE_END = /(?:as|is|ys|us|os|es|[αά]ς|[ηή]ς|[οό]ς|[εέ]ς)$/u;
const LATVIAN_NOMINATIVE_END = /[sš]$/u;
const ICELANDIC_NOMINATIVE_END = /ur$/u;

/**
 * The keys a word's stems may have: without its final vowel(s), without a Baltic or Greek nominative;
 * each variant key once, with the transliteration key it first came with.
 */
function stemKeys(word: string, lang: string, spellings: string[], min = MIN_STEM_KEY, shortByLetters = false): StemKey[] {
  const stems = new Map<string, string>();
  const byLetters = new Map<string, string>();
  const cuts = [word.replace(/.$/u, (c) => (VOWEL_END.test(c) ? '' : c)), word.replace(VOWEL_OR_J_END, '')];
  const reads = (l: string) => spellings.includes(l) || lang.split('-')[0] === l;
  if ([...NOMINATIVE_S].some(reads)) cuts.push(word.replace(NOMINATIVE_END, ''));
  // Latvian's nominative -s and -š also follow a consonant ("Edgars Rinkēvičs" → "Edgaram Rinkēvičam", "Kariņš" → "Kariņa")
  if (reads('lv')) cuts.push(word.replace(LATVIAN_NOMINATIVE_END, ''));
  // Icelandic's nominative -ur gives way to the other cases' endings ("Noregur" → "í Noregi", "til Noregs")
  if (reads('is')) cuts.push(word.replace(ICELANDIC_NOMINATIVE_END, ''));
  for (const cut of cuts) {
    if (cut === word || cut.length < Math.min(3, min)) continue;
    for (const s of spellings) {
      for (const k of aliasWordKeys(cut, s)) {
        if (k.loose.length >= min) {
          if (!stems.has(k.loose)) stems.set(k.loose, k.strict);
        } else if (shortByLetters && k.loose.length >= MIN_SHORT_STEM_KEY && k.strict.length >= min && !byLetters.has(k.strict)) byLetters.set(k.strict, k.loose);
      }
    }
  }
  return [
    ...[...stems].map(([loose, strict]) => ({ loose, strict, byLetters: false })),
    ...[...byLetters].filter(([, loose]) => !stems.has(loose)).map(([strict, loose]) => ({ loose, strict, byLetters: true })),
  ];
}

/**
 * A stem's keys. `byLetters`: a stem whose variant key is too short to stand alone ("Czech-" of
 * Polish "Czechy", variant key "ceg"; "Chin-" of "Chiny") but whose transliteration key is long
 * enough: it is kept under its transliteration key only (STRICT_STEM), so that "do Czech" and
 * "do Chin" reach the country and "Gin" or "Cec" reach nothing.
 */
interface StemKey {
  loose: string;
  strict: string;
  byLetters: boolean;
}

/**
 * The key under which a stem is kept when another entity's name has a stem of the same variant key
 * but another transliteration key ("Женев-" of Geneva and "Genov-" of Genoa fold alike: the loose
 * key reads e as o, as Russian ё is written е): a page word's stem reaches it only with the same
 * transliteration key (names.ts, addStems). Variant keys are letters only, so none starts so.
 */
export const STRICT_STEM = '=';

/**
 * Does a person's name of several words start with a given name? Not one that starts with a title
 * ("President Biden", "Prime Minister Maiga") or an article ("The Weeknd"): the scan reads every
 * first word of a name before a capitalised word.
 */
function startsWithGivenName(words: readonly string[]): boolean {
  const keys = words.map(titleKey);
  return mayBeGivenName(keys[0]!) && titleWordsAtStart(keys) === 0;
}

interface BuiltName {
  entry: number;
  flags: number;
  /** the alias needs context on the page (ENTRY_REQUIRES_CONTEXT): compile time only */
  guarded: boolean;
  entity: number;
  /** per word: key id, stem key ids (and each stem's transliteration key), strict hash and key */
  words: { key: number; stems: number[]; stemStrict: string[]; strict: number; strictKey: string }[];
}

/** Build the compiled name index. `entryIndex` gives each entry's index in the compiled pack. */
export function compileNames(entities: Entity[], sources: NameSource[], given: GivenNames[], entryIndex: Map<CompiledEntry, number>): CompiledNames {
  const keys: string[] = [];
  const keyId = new Map<string, number>();
  const idOf = (k: string): number => {
    let id = keyId.get(k);
    if (id === undefined) {
      id = keys.length;
      keys.push(k);
      keyId.set(k, id);
    }
    return id;
  };

  const names: BuiltName[] = [];
  const seen = new Set<string>();
  /** the first words of people's names of several words ("Xi" of "Xi Jinping"): the scan reads them before a capitalised word */
  const firstWords = new Set<string>();
  for (const src of sources) {
    if (!/^\p{Lu}/u.test(src.text) || /\p{N}/u.test(src.text)) continue; // names start with a capital; no numbers
    const words = splitNameWords(src.text);
    if (words.length === 0 || words.length > 8) continue;
    const e = entities[src.entity]!;
    const origin = originSpelling(e);
    const readings = [...new Set([src.lang, ...(src.lang === '' && origin !== '' ? [origin] : [])])];
    if (onlyAsWritten(e, words, readings) || (src.acronym && fromResearchRegistry(e))) continue;
    const person = e.type === 'person';
    if (person && words.length > 1 && startsWithGivenName(words)) firstWords.add(words[0]!);
    const entry = entryIndex.get(src.entry);
    if (entry === undefined) continue;
    let flags = (src.entry.flags & ENTRY_CASE_SENSITIVE ? NAME_CASE_SENSITIVE : 0) | (src.acronym ? NAME_ACRONYM : 0) | (src.surname ? NAME_SURNAME : 0) | (src.derived ? NAME_DERIVED : 0) | (person ? NAME_PERSON : 0);
    // which words start with a capital (bit 8 + word index)
    const capitals = nameCapitals(src.text);
    flags |= capitals << 8;
    const guarded = (src.entry.flags & ENTRY_REQUIRES_CONTEXT) !== 0;
    // a place's one-word name in a language's own spelling ("Czechy", "Chiny") may keep a short stem by its letters (StemKey)
    const shortByLetters = !person && words.length === 1 && src.lang !== '' && e.type === 'place';
    for (const lang of readings) {
      const spellings = [lang, ...(origin !== '' && origin !== lang ? [origin] : [])];
      const built = words.map((w, i) => {
        const k = aliasWordKeys(w, lang)[0]!;
        // a short given name before the surname keeps a stem of two letters ("Ewy Kopacz" ← "Ewa Kopacz", "Anny" ← "Anna")
        const min = person && i === 0 && words.length > 1 && !src.surname ? MIN_GIVEN_NAME_STEM_KEY : words.length > 1 || (person && src.surname) ? MIN_SHORT_STEM_KEY : MIN_STEM_KEY;
        const stems = stemKeys(w, lang, spellings, min, shortByLetters)
          .filter((s) => s.loose !== k.loose)
          .slice(0, 2);
        return { key: idOf(k.loose), stems: stems.map((s) => idOf(s.byLetters ? STRICT_STEM + s.strict : s.loose)), stemStrict: stems.map((s) => s.strict), strict: hashKey(k.strict), strictKey: k.strict };
      });
      const sig = `${src.entity}:${flags}:${built.map((b) => `${b.key}/${b.strict}/${b.stems.join(',')}`).join(' ')}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      names.push({ entry, flags, guarded, entity: src.entity, words: built });
    }
    // a person's full name in Latin letters, as Cyrillic and Greek write it by sound
    if (person && src.fullName && words.length > 1 && words.every((w) => wordScript(w) === 'latin')) {
      for (const spelling of soundSpellings(e, origin)) {
        const sounds = nameSoundKeys(words, spelling);
        if (!sounds) continue;
        const built = sounds.map((k) => ({ key: idOf(k), stems: [], stemStrict: [], strict: hashKey(k), strictKey: k }));
        const sig = `${src.entity}:${flags}:${sounds.join(' ')}`;
        if (seen.has(sig)) continue;
        seen.add(sig);
        names.push({ entry, flags, guarded, entity: src.entity, words: built });
      }
    }
  }

  dropAmbiguousStems(names, (strict) => idOf(STRICT_STEM + strict));
  // in entry order (a stable sort: an entry's names keep theirs), so that the names' entries pack
  names.sort((a, b) => a.entry - b.entry);

  // given names of people (and their cognates) → the names of their surnames
  const cognateKeys = new Map<number, number[]>();
  for (const group of GIVEN_NAME_COGNATES) {
    const ids = [...new Set(group.flatMap((g) => aliasWordKeys(g.toLowerCase(), '').map((k) => idOf(k.loose))))];
    for (const id of ids) cognateKeys.set(id, [...new Set([...(cognateKeys.get(id) ?? []), ...ids])]);
  }
  const surnamesOf = new Map<number, number[]>();
  names.forEach((n, i) => {
    if (n.flags & NAME_SURNAME && n.words.length <= 3) {
      const list = surnamesOf.get(n.entity) ?? [];
      list.push(i);
      surnamesOf.set(n.entity, list);
    }
  });
  const givenFolds = new Set<number>();
  const foldOf = (w: string): number => foldHash(w, 0, w.length);
  for (const group of GIVEN_NAME_COGNATES) for (const g of group) givenFolds.add(foldOf(g));
  for (const w of firstWords) givenFolds.add(foldOf(w));
  const givenOf = new Map<number, Set<number>>();
  for (const g of given) {
    const origin = originSpelling(entities[g.entity]!);
    const set = givenOf.get(g.entity) ?? new Set<number>();
    for (const { words, lang } of g.names) {
      for (const w of words) {
        givenFolds.add(foldOf(w));
        for (const reading of new Set([lang, ...(lang === '' && origin !== '' ? [origin] : [])])) {
          const k = aliasWordKeys(w, reading)[0]!;
          const id = idOf(k.loose);
          set.add(id);
          for (const c of cognateKeys.get(id) ?? []) set.add(c);
          for (const s of stemKeys(w, reading, [reading])) set.add(idOf(s.loose));
        }
      }
    }
    givenOf.set(g.entity, set);
  }
  const givenPairs: [number, number][] = [];
  const ownGiven: number[][] = names.map(() => []);
  for (const [entity, set] of givenOf) {
    const surnames = surnamesOf.get(entity) ?? [];
    for (const s of surnames) ownGiven[s] = [...set];
    for (const id of set) for (const s of surnames) givenPairs.push([id, s]);
  }
  const used = compactKeys(keys, names, givenPairs, ownGiven);
  return encode(used, names, givenPairs, ownGiven, Int32Array.from(givenFolds).sort());
}

/**
 * Only the keys something refers to: a name's word or stem, a given name (a stem dropped as ambiguous
 * and a cognate no one in the pack bears leave theirs behind). Renumbers the references in place and
 * returns the keys in their new order: bucket by bucket (keyBucket), so that the key table needs no
 * list of ids (names-table.ts).
 */
function compactKeys(keys: string[], names: BuiltName[], givenPairs: [number, number][], ownGiven: number[][]): string[] {
  const used = new Uint8Array(keys.length);
  for (const n of names) {
    for (const w of n.words) {
      used[w.key] = 1;
      for (const s of w.stems) used[s] = 1;
    }
  }
  for (const pair of givenPairs) used[pair[0]] = 1;
  for (const list of ownGiven) for (const id of list) used[id] = 1;
  const kept: number[] = [];
  used.forEach((u, id) => u && kept.push(id));
  const buckets = keyBucketCount(kept.length);
  const bucket = new Int32Array(keys.length);
  for (const id of kept) bucket[id] = keyBucketOf(hashKey(keys[id]!), buckets);
  kept.sort((a, b) => bucket[a]! - bucket[b]! || a - b);
  const newId = new Int32Array(keys.length).fill(-1);
  kept.forEach((id, i) => (newId[id] = i));
  const use = (id: number): number => newId[id]!;
  for (const n of names) {
    for (const w of n.words) {
      w.key = use(w.key);
      w.stems = w.stems.map(use);
    }
  }
  for (const pair of givenPairs) pair[0] = use(pair[0]);
  for (const list of ownGiven) for (let i = 0; i < list.length; i++) list[i] = use(list[i]!);
  return kept.map((id) => keys[id]!);
}

/** bit k: word k of the alias starts with a capital letter */
function nameCapitals(text: string): number {
  let bits = 0;
  text
    .split(/[\s\-\u2010-\u2015]+/u)
    .filter((w) => /[\p{L}]/u.test(w))
    .forEach((w, i) => {
      if (i < 23 && /^[^\p{L}]*\p{Lu}/u.test(w)) bits |= 1 << i;
    });
  return bits;
}

/**
 * A one-word name's stem is used only where it is unambiguous: one that another entity's one-word
 * name also has (as a stem or as the word itself) with the same transliteration key is dropped ("the
 * stem is unambiguous"); one it has only with another transliteration key is kept under its own
 * (`strictStem`, STRICT_STEM), so that only a stem spelled as this name's reaches it. Between people
 * the page decides: an inflected form of a surname two people share (a couple's "Cichanouskiej")
 * links only to the one named in full before it.
 */
function dropAmbiguousStems(names: BuiltName[], strictStem: (strict: string) => number): void {
  const owners = new Map<number, { entity: number; strict: string; derived: boolean; guarded: boolean }[]>();
  const note = (id: number, entity: number, strict: string, derived: boolean, guarded: boolean): void => {
    const list = owners.get(id);
    if (list) list.push({ entity, strict, derived, guarded });
    else owners.set(id, [{ entity, strict, derived, guarded }]);
  };
  // an acronym matches only a word in capitals ("POLSA"), which no declined word is ("Польшчы"): it shares no stem
  const single = names.filter((n) => n.words.length === 1 && (n.flags & NAME_ACRONYM) === 0);
  for (const n of single) {
    const w = n.words[0]!;
    const derived = (n.flags & NAME_DERIVED) !== 0;
    note(w.key, n.entity, w.strictKey, derived, n.guarded);
    w.stems.forEach((s, i) => note(s, n.entity, w.stemStrict[i]!, derived, n.guarded));
  }
  // the entities of each one-word name: one written alike ("Rijeka", the city and its club) shares the
  // name's stems as it shares the name, and the page decides between them as for the name itself
  const alike = new Map<number, Set<number>>();
  for (const n of single) {
    const set = alike.get(n.words[0]!.key);
    if (set) set.add(n.entity);
    else alike.set(n.words[0]!.key, new Set([n.entity]));
  }
  for (const n of single) {
    const w = n.words[0]!;
    const same = alike.get(w.key)!;
    // per stem: the other entities' names that have it; not, for a name that is no person's, a
    // surname derived from someone's full name, which links only where that full name came before
    // ("Rosji" is Russia's, though it reads like Alexander Rossi's surname)
    const person = (n.flags & NAME_PERSON) !== 0;
    const shared = w.stems.map((s) => owners.get(s)!.filter((o) => o.entity !== n.entity && !same.has(o.entity) && (person || !o.derived)));
    if (shared.every((list) => list.length === 0)) continue;
    if (person) {
      n.flags |= NAME_SHARED_STEMS;
      continue;
    }
    const stems: number[] = [];
    const stemStrict: string[] = [];
    w.stems.forEach((s, i) => {
      const strict = w.stemStrict[i]!;
      // spelled alike by a name that needs context on the page, when this one does not, the stem
      // stays (under its transliteration key), and the page decides between them as for two names
      // written alike ("В Самаре" is Samara; the island Samar, "на Самаре", needs the Philippines near)
      if (shared[i]!.some((o) => o.strict === strict && !(o.guarded && !n.guarded))) return;
      stems.push(shared[i]!.length === 0 ? s : strictStem(strict));
      stemStrict.push(strict);
    });
    w.stems = stems;
    w.stemStrict = stemStrict;
  }
}

function csr(count: number, pairs: [number, number][]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(count + 1);
  for (const [k] of pairs) start[k + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const items = new Int32Array(pairs.length);
  for (const [k, v] of pairs) items[fill[k]!++] = v;
  return { start, items };
}

function encode(keys: string[], names: BuiltName[], givenPairs: [number, number][], ownGiven: number[][], givenFolds: Int32Array): CompiledNames {
  const bucketCount = keyBucketCount(keys.length);
  const bucketStart = new Int32Array(bucketCount + 1);
  for (const k of keys) bucketStart[keyBucketOf(hashKey(k), bucketCount) + 1]!++;
  for (let b = 0; b < bucketCount; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const nameEntry = new Int32Array(names.length);
  const nameFlags = new Int32Array(names.length);
  const nameStart = new Int32Array(names.length + 1);
  const words = names.reduce((n, x) => n + x.words.length, 0);
  const wordForm = new Int32Array(words);
  const forms = new WordForms();
  const personFirst: [number, number][] = [];
  const otherFirst: [number, number][] = [];
  let w = 0;
  names.forEach((n, i) => {
    nameEntry[i] = n.entry;
    nameFlags[i] = n.flags;
    nameStart[i] = w;
    const f = n.words[0]!;
    for (const id of new Set([f.key, ...f.stems])) (n.flags & NAME_PERSON ? personFirst : otherFirst).push([id, i]);
    for (const x of n.words) wordForm[w++] = forms.of(x);
  });
  nameStart[names.length] = w;
  const byKey = forms.inKeyOrder();
  for (let j = 0; j < wordForm.length; j++) wordForm[j] = byKey.position[wordForm[j]!]!;
  const persons = csr(keys.length, personFirst);
  const others = csr(keys.length, otherFirst);
  const givens = csr(keys.length, givenPairs);
  const ownNames = ownGiven.flatMap((ids, i) => (ids.length > 0 ? [i] : []));
  const own = csr(ownNames.length, ownNames.flatMap((name, i) => ownGiven[name]!.map((id) => [i, id] as [number, number])));
  const packed = <K extends string>(name: K, values: ArrayLike<number>) => {
    const p = packInts(values);
    return { [`${name}Base`]: p.base, [`${name}Low`]: p.low, [`${name}Shift`]: p.shift } as Record<`${K}Base`, Int32Array> & Record<`${K}Low`, Uint16Array> & Record<`${K}Shift`, number>;
  };
  const split = <K extends string>(name: K, values: ArrayLike<number>, idCount?: number) => {
    const p = splitInts(values, idCount);
    return { [`${name}Low`]: p.low, [`${name}High`]: p.high } as Record<`${K}Low`, Uint16Array> & Record<`${K}High`, Uint8Array>;
  };
  return {
    keys: keys.join('\n'),
    ...packed('keyBucket', bucketStart),
    ...packed('nameEntry', nameEntry),
    nameFlags: narrow(nameFlags),
    ...packed('nameStart', nameStart),
    ...split('wordForm', wordForm),
    ...packed('formKey', byKey.key),
    ...split('formStems', byKey.stems, keys.length),
    formStrict: Uint16Array.from(byKey.strict, (h) => h & FORM_STRICT_BITS),
    ...packed('personFirstStart', persons.start),
    ...split('personFirstName', persons.items, names.length),
    ...packed('otherFirstStart', others.start),
    ...split('otherFirstName', others.items, names.length),
    ...packed('givenStart', givens.start),
    ...split('givenSurname', givens.items, names.length),
    ownGivenName: Int32Array.from(ownNames),
    ...packed('ownGivenStart', own.start),
    ...split('ownGiven', own.items, keys.length),
    givenFolds,
  };
}

/** The distinct forms of the name words (key, stems, transliteration hash), each listed once. */
class WordForms {
  readonly key: number[] = [];
  /** two per form, -1 where none */
  readonly stems: number[] = [];
  readonly strict: number[] = [];
  private readonly ids = new Map<string, number>();

  /** the index of the word's form, listed at its first use */
  of(word: { key: number; stems: readonly number[]; strict: number }): number {
    if (word.stems.length > 2) throw new Error(`a name word has ${word.stems.length} stems; the name index keeps two`);
    const stem1 = word.stems[0] ?? -1;
    const stem2 = word.stems[1] ?? -1;
    const id = `${word.key} ${stem1} ${stem2} ${word.strict}`;
    let form = this.ids.get(id);
    if (form === undefined) {
      form = this.key.length;
      this.ids.set(id, form);
      this.key.push(word.key);
      this.stems.push(stem1, stem2);
      this.strict.push(word.strict);
    }
    return form;
  }

  /**
   * The forms in the order of their keys (in the order listed where keys are equal), so that the
   * key list rises and packs; `position[form]` is where form `form` went.
   */
  inKeyOrder(): { key: Int32Array; stems: Int32Array; strict: Int32Array; position: Int32Array } {
    const n = this.key.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => this.key[a]! - this.key[b]! || a - b);
    const key = new Int32Array(n);
    const stems = new Int32Array(2 * n);
    const strict = new Int32Array(n);
    const position = new Int32Array(n);
    order.forEach((form, i) => {
      position[form] = i;
      key[i] = this.key[form]!;
      stems[2 * i] = this.stems[2 * form]!;
      stems[2 * i + 1] = this.stems[2 * form + 1]!;
      strict[i] = this.strict[form]!;
    });
    return { key, stems, strict, position };
  }
}

