/**
 * The compiled form of a knowledge pack, in two parts:
 *  - the matcher part (`CompiledPack`): what spotting needs and the background keeps in memory —
 *    the pack's metadata, each entity's core (id, name, type, related ids) and the alias entries,
 *    both as columns, the trie over normalised aliases and the name index of other spellings
 *    (transliterations, variants, inflected forms) as typed arrays, with every table the scan
 *    needs already built, so loading is a parse and a few copies, never a compile;
 *  - the details (`EntityDetails`, one per entity, in the same order): description, summary,
 *    aliases, facts and sources, loaded when a popover needs them (details.ts).
 * The built-in pack is written to the extension as a binary file (compiled-file.ts) plus chunks of
 * details; packs the reader imports are stored in Dexie as these objects (typed arrays included).
 */
import type { Alias, Entity, EntityType, Fact, PackMeta, SourceRef } from './types.ts';

export const COMPILED_FORMAT = 'gloss-pack-compiled';
/**
 * bump when the matcher layout, the entity core, the name index or the normalisation changes: old
 * compiled packs are compiled again or refused (2: one JSON object with base64 tables; 4: columns,
 * a path-compressed trie and the name index of other spellings as typed arrays; 5: the name
 * index's words as shared forms, its ids and the columns' ids in 16 bits where they fit; a pack
 * stored with 32-bit columns is read as it is; 6: the name index's names in entry order, its
 * entries and starts packed in 16-bit distances, packed-ints.ts; 7: a stem two names share by its
 * variant key but not by its transliteration key is kept under the latter, names-compile.ts; 8: the
 * name index's keys numbered by hash bucket, with no table of ids, and its rising lists packed, so
 * that a pack of more than 65,535 keys widens only the lists of stems and given names; 9: the
 * transliteration hashes of the forms in 16 bits, the given names listed only for surname names; 10:
 * the turned e read as the schwa, normalise.ts; 11: the name index's lists of forms, stems and names
 * in 16 bits or, past 65,535, 24, split-ints.ts)
 */
export const COMPILED_FORMAT_VERSION = 11;

/** One alias as the matcher sees it (one per entity and normalised alias text). */
export interface CompiledEntry {
  /** index of the entity in the pack's entities */
  entity: number;
  /** ENTRY_* bits */
  flags: number;
  /**
   * capitalisation mask, one character per normalised unit of the alias: "U" must be a capital,
   * "l" a lower-case letter when the entry is case-sensitive (any case otherwise), "." anything
   */
  caseMask: string;
  /** BCP 47 tag of the alias's language, or "" */
  lang: string;
  /** normalised words that count as context for a guarded alias (absent when none) */
  contextWords?: string[];
}

export const ENTRY_CASE_SENSITIVE = 1;
export const ENTRY_REQUIRES_CONTEXT = 2;
/** a surname derived from a person's full name: only valid after that person was named in full */
export const ENTRY_DERIVED_SURNAME = 4;
export const ENTRY_ACRONYM = 8;
/** the alias is declared as a surname in the pack */
export const ENTRY_SURNAME = 16;
/** the alias is one word in Latin letters, some with diacritics ("Bród", "Kraków") */
export const ENTRY_LATIN_DIACRITICS = 32;
/** the alias is a case form the compiler made of a listed name ("Europäischen Parlaments", "województwie pomorskim": compile.ts caseFormsOf) */
export const ENTRY_CASE_FORM = 64;

/** What spotting needs of an entity; the rest (EntityDetails) is loaded when a popover asks. */
export interface EntityCore {
  id: string;
  name: string;
  type: EntityType;
  /** ids of related entities: context that decides ambiguous names */
  related?: string[];
  /**
   * People: every word of their names and aliases, folded and space-separated ("donald john
   * trump"): a capitalised word next to their surname that is one of these is still them.
   */
  nameWords?: string;
}

/** What the popover shows of an entity beyond its core. */
export interface EntityDetails {
  description: string;
  summary: string;
  aliases: Alias[];
  facts?: Fact[];
  sources: SourceRef[];
}

/**
 * A path-compressed trie over the normalised alias keys. Node 0 is the root. Every other node n is
 * reached by edge n - 1 (the children of a node are consecutive nodes, in the order of their
 * edges, sorted by unit), whose unit is edgeChar[n - 1], and then the node's tail: the units
 * tails[tailStart[n] .. tailStart[n] + tailLen[n]). Aliases end only at the end of a node's tail.
 */
export interface CompiledTrie {
  nodes: number;
  /** per node: first edge (its first child is that edge + 1) and number of edges */
  edgeStart: Int32Array;
  edgeCount: Uint16Array;
  /** per edge: the first normalised UTF-16 unit of the child */
  edgeChar: Uint16Array;
  /** per node: its tail of units after the edge's */
  tailStart: Int32Array;
  tailLen: Uint16Array;
  tails: Uint16Array;
  /** per node: the first entry of the alias ending there and how many entries it has */
  outStart: Int32Array;
  outCount: Uint16Array;
  /** per node: 1 if some alias in its subtree may start with a lower-case letter */
  lowerOK: Uint8Array;
  /** per node: offset of its direct table for ASCII units in denseTable, or -1 (nodes with many children) */
  dense: Int32Array;
  denseTable: Int32Array;
  /** bitsets over hashes of alias prefixes (see trie.ts): any alias / one that may start in lower case */
  prefixAny: Int32Array;
  prefixLower: Int32Array;
}

/**
 * Many strings as one: string i is text.slice(end[i - 1] ?? 0, end[i]). Loading makes one string
 * instead of thousands; an item is cut out when it is asked for.
 */
export interface StringColumn {
  text: string;
  end: Int32Array;
}

/**
 * Ids and counts that fit in 16 bits are stored in 16 bits (the default pack has about 40,000
 * entities, 72,000 aliases and 65,000 name keys); in a pack with more, in 32. Where a list of ids
 * says "none" with -1, 16 bits say it with 0xffff, which is never an id there (a list stored in 16
 * bits points into a table of fewer items). src/core/spot/small-ints.ts makes and reads them.
 */
export type SmallInts = Int32Array | Uint16Array;
/** the bits of a transliteration-key hash a form of the name index keeps (CompiledNames.formStrict) */
export const FORM_STRICT_BITS = 0xffff;

/** what stands for "none" in a SmallInts list of ids */
export const NO_KEY_16 = 0xffff;

/** The entities' cores as columns (src/core/spot/columns.ts), entity i at index i of each. */
export interface EntityColumns {
  id: StringColumn;
  name: StringColumn;
  /** index into ENTITY_TYPES */
  type: Uint8Array;
  /** entity i's related ids: relatedTable[related[r]] for r in relatedStart[i] .. relatedStart[i + 1] */
  relatedStart: SmallInts;
  related: SmallInts;
  relatedTable: string[];
  /** people's name words (EntityCore.nameWords), "" for the others */
  nameWords: StringColumn;
  /** the entity indices in the order of their ids: entity(id) is a binary search */
  byId: SmallInts;
}

/** The alias entries (`CompiledEntry`) as columns, entry k at index k of each. */
export interface EntryColumns {
  entity: SmallInts;
  flags: Uint16Array;
  /** indices into masks, langs and wordLists (no context words: -1, or NO_KEY_16 in 16 bits) */
  mask: SmallInts;
  lang: Uint16Array;
  words: SmallInts;
  masks: StringColumn;
  langs: string[];
  /** normalised context words; equal lists are one list */
  wordLists: string[][];
}

/**
 * The names of a pack word by word, for spellings the trie does not hold (src/core/spot/names.ts):
 * transliterations ("Лукашенко", "Łukaszenka"), spelling variants of people's names
 * ("Vladimir Poutin") and inflected forms ("Москве", "Putins"). Every word is stored as its form: the id
 * of its variant key, its stems' and its transliteration key's hash. Lists per key id or per name are in CSR form: `…Start[i] .. …Start[i + 1]`
 * indexes the items.
 */
export interface CompiledNames {
  /** the variant keys of all alias words and stems, joined by "\n", in key-id order: the order of their hash buckets */
  keys: string;
  /**
   * per hash bucket and one more (a power of two buckets): the first key id in it. A key's bucket is
   * its hash's low bits, and the keys are numbered bucket by bucket, so the list rises and packs;
   * there is no table of ids, and no limit on how many keys there are.
   */
  keyBucketBase: Int32Array;
  keyBucketLow: Uint16Array;
  keyBucketShift: number;
  /** per name (an alias as words): the entry it links to; names are in entry order, so the list packs (packed-ints.ts) */
  nameEntryBase: Int32Array;
  nameEntryLow: Uint16Array;
  nameEntryShift: number;
  /** per name: NAME_* bits, and from bit 8 which of its words start with a capital */
  nameFlags: SmallInts;
  /** per name and one more: index of the name's first word in wordForm (packed) */
  nameStartBase: Int32Array;
  nameStartLow: Uint16Array;
  nameStartShift: number;
  /**
   * per word of a name: its form, an index into the form lists below (split: 16 or 24 bits,
   * split-ints.ts). A form is what the scan compares a page word with; the default pack's 213,000
   * name words have about 65,000 forms.
   */
  wordFormLow: Uint16Array;
  wordFormHigh: Uint8Array;
  /** per form: key id of the whole word; the forms are in the order of their keys, so the list rises and packs */
  formKeyBase: Int32Array;
  formKeyLow: Uint16Array;
  formKeyShift: number;
  /** per form: key ids of its stems for inflected forms, two per form (split; its "none" where none) */
  formStemsLow: Uint16Array;
  formStemsHigh: Uint8Array;
  /**
   * per form: the low 16 bits of its transliteration key's hash (tells a transliteration from a
   * variant; it is compared only where the variant keys are already the same, so 16 bits do)
   */
  formStrict: Uint16Array;
  /** people's names by the key ids of their first word and its stems (the starts packed, the names split) */
  personFirstStartBase: Int32Array;
  personFirstStartLow: Uint16Array;
  personFirstStartShift: number;
  personFirstNameLow: Uint16Array;
  personFirstNameHigh: Uint8Array;
  /** the other names, the same way (the starts packed) */
  otherFirstStartBase: Int32Array;
  otherFirstStartLow: Uint16Array;
  otherFirstStartShift: number;
  otherFirstNameLow: Uint16Array;
  otherFirstNameHigh: Uint8Array;
  /** people by the key ids of their given names and cognates: the names of their surnames (the starts packed, the names split) */
  givenStartBase: Int32Array;
  givenStartLow: Uint16Array;
  givenStartShift: number;
  givenSurnameLow: Uint16Array;
  givenSurnameHigh: Uint8Array;
  /**
   * the surname names of people with given names, in ascending order, and per such name (and one
   * more) where its given names' key ids start in ownGiven (packed; the ids split): most names are no surname
   */
  ownGivenName: Int32Array;
  ownGivenStartBase: Int32Array;
  ownGivenStartLow: Uint16Array;
  ownGivenStartShift: number;
  ownGivenLow: Uint16Array;
  ownGivenHigh: Uint8Array;
  /**
   * the given names as the pack and the cognates spell them, and the first words of people's names
   * of several words ("Xi" of "Xi Jinping"), as sorted hashes of their folded forms: the scan's
   * cheap first look at a capitalised word before another
   */
  givenFolds: Int32Array;
}

/**
 * The name index's typed lists by width: `small` ones are SmallInts (16 bits where the pack's values
 * fit), `wide` ones always Int32Array. The one list a loaded pack is checked against; the checks
 * below make it fail to compile when it and CompiledNames disagree.
 */
export const NAME_INDEX_LISTS = {
  small: ['nameFlags'],
  wide: [
    'keyBucketBase', 'nameEntryBase', 'nameStartBase', 'formKeyBase', 'personFirstStartBase', 'otherFirstStartBase', 'givenStartBase',
    'ownGivenName', 'ownGivenStartBase', 'givenFolds',
  ],
  /** lists always in 16 bits */
  half: ['formStrict'],
  /** lists kept as PackedInts parts: `…Base` (wide above), `…Low` and `…Shift` */
  packed: ['keyBucket', 'nameEntry', 'nameStart', 'formKey', 'personFirstStart', 'otherFirstStart', 'givenStart', 'ownGivenStart'],
  /** lists kept as SplitInts parts (split-ints.ts): `…Low` and `…High` */
  split: ['wordForm', 'formStems', 'personFirstName', 'otherFirstName', 'givenSurname', 'ownGiven'],
} as const satisfies {
  small: readonly (keyof CompiledNames)[];
  wide: readonly (keyof CompiledNames)[];
  half: readonly (keyof CompiledNames)[];
  packed: readonly (PackedListKey extends `${infer K}Low` ? K : never)[];
  split: readonly (SplitListKey extends `${infer K}High` ? K : never)[];
};
type HalfKey = { [K in keyof CompiledNames]: CompiledNames[K] extends Uint16Array ? K : never }[keyof CompiledNames];
type PackedListKey = { [K in HalfKey]: K extends `${infer P}Low` ? (`${P}Shift` extends keyof CompiledNames ? K : never) : never }[HalfKey];
type SplitListKey = { [K in keyof CompiledNames]: CompiledNames[K] extends Uint8Array ? K : never }[keyof CompiledNames];
type SplitLowKey = { [K in SplitListKey]: K extends `${infer P}High` ? `${P}Low` : never }[SplitListKey];
type SmallListKey = { [K in keyof CompiledNames]: Uint16Array extends CompiledNames[K] ? (CompiledNames[K] extends Uint16Array ? never : K) : never }[keyof CompiledNames];
type WideListKey = { [K in keyof CompiledNames]: CompiledNames[K] extends Int32Array ? K : never }[keyof CompiledNames];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const smallListsAgree: Same<(typeof NAME_INDEX_LISTS.small)[number], SmallListKey> = true;
const packedListsAgree: Same<`${(typeof NAME_INDEX_LISTS.packed)[number]}Low`, PackedListKey> = true;
void packedListsAgree;
const wideListsAgree: Same<(typeof NAME_INDEX_LISTS.wide)[number], WideListKey> = true;
const halfListsAgree: Same<(typeof NAME_INDEX_LISTS.half)[number], Exclude<HalfKey, PackedListKey | SplitLowKey>> = true;
const splitListsAgree: Same<`${(typeof NAME_INDEX_LISTS.split)[number]}High`, SplitListKey> = true;
void splitListsAgree;
void halfListsAgree;
void smallListsAgree;
void wideListsAgree;

/** the name is an acronym: the page's word must be all capitals ("НАТО") */
export const NAME_ACRONYM = 1;
/** a person's surname (listed or derived): alone it links only after the person was named in full, unless the pack lists it */
export const NAME_SURNAME = 2;
/** a surname the engine derived from a full name (not listed in the pack) */
export const NAME_DERIVED = 4;
/** the entity is a person */
export const NAME_PERSON = 8;
/** a one-word name whose stems another person's name shares (spouses, siblings): an inflected form links only after the full name */
export const NAME_SHARED_STEMS = 16;
/** the alias is case-sensitive: after its first letter, the page's word has no capitals (unless it is an acronym) */
export const NAME_CASE_SENSITIVE = 32;

export interface CompiledPack {
  format: typeof COMPILED_FORMAT;
  formatVersion: number;
  meta: PackMeta;
  entities: EntityColumns;
  /** alias entries, in trie output order */
  entries: EntryColumns;
  trie: CompiledTrie;
  /** the name index of other spellings */
  names: CompiledNames;
  stats: { entities: number; aliases: number; derivedSurnames: number; nodes: number; edges: number; names: number; nameKeys: number };
}

/** The details of an entity (everything its core leaves out). */
export function detailsOf(e: Entity): EntityDetails {
  const d: EntityDetails = { description: e.description, summary: e.summary, aliases: e.aliases, sources: e.sources };
  if (e.facts) d.facts = e.facts;
  return d;
}

/** An entity whole again: its core and its details. */
export function joinEntity(core: EntityCore, details: EntityDetails): Entity {
  const e: Entity = { id: core.id, name: core.name, type: core.type, description: details.description, summary: details.summary, aliases: details.aliases, sources: details.sources };
  if (details.facts) e.facts = details.facts;
  if (core.related) e.related = core.related;
  return e;
}
