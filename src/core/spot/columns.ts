/**
 * Entity cores and alias entries as columns (compiled.ts, `EntityColumns` and `EntryColumns`):
 * typed arrays and a few tables of strings instead of one object per entity and one array per
 * alias. A 30,000-entity pack then loads without allocating 130,000 small objects and holds a
 * fraction of their memory; the matcher makes an entity's core or an entry when spotting asks for
 * it (`coreAt`, `entryAt`). Pure: no browser API.
 */
import { ENTITY_TYPES, type Entity } from '../pack/types.ts';
import type { CompiledEntry, EntityColumns, EntityCore, EntryColumns, StringColumn } from '../pack/compiled.ts';
import { foldKey } from './normalise.ts';
import { narrow, noneIn } from './small-ints.ts';

/** a person's name words: every word of their names and aliases, folded ("donald john trump") */
function nameWordsOf(e: Entity): string {
  const words = new Set<string>();
  for (const text of [e.name, ...e.aliases.map((a) => a.text)]) for (const w of foldKey(text).split(/[\s-]+/u)) if (w) words.add(w);
  return [...words].join(' ');
}

/** Strings as one string column (compiled.ts, `StringColumn`). */
export function stringColumn(items: readonly string[]): StringColumn {
  const end = new Int32Array(items.length);
  let at = 0;
  items.forEach((x, i) => (end[i] = at += x.length));
  return { text: items.join(''), end };
}

/** string i of a column */
export function itemOf(c: StringColumn, i: number): string {
  return c.text.slice(i > 0 ? c.end[i - 1]! : 0, c.end[i]!);
}

/** Index strings into a table: the same string always gets the same number. */
class Table<T> {
  readonly items: T[] = [];
  private readonly at = new Map<string, number>();
  constructor(private readonly keyOf: (x: T) => string) {}
  index(x: T): number {
    const k = this.keyOf(x);
    let i = this.at.get(k);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(x);
      this.at.set(k, i);
    }
    return i;
  }
}

/** The cores of a pack's entities, as columns. */
export function entityColumns(entities: readonly Entity[]): EntityColumns {
  const n = entities.length;
  const type = new Uint8Array(n);
  const relatedStart = new Int32Array(n + 1);
  const related: number[] = [];
  const relatedTable = new Table<string>((x) => x);
  const nameWords: string[] = [];
  entities.forEach((e, i) => {
    type[i] = ENTITY_TYPES.indexOf(e.type);
    relatedStart[i] = related.length;
    for (const r of e.related ?? []) related.push(relatedTable.index(r));
    nameWords.push(e.type === 'person' ? nameWordsOf(e) : '');
  });
  relatedStart[n] = related.length;
  const byId = Int32Array.from(entities.keys()).sort((a, b) => (entities[a]!.id < entities[b]!.id ? -1 : entities[a]!.id > entities[b]!.id ? 1 : 0));
  return {
    id: stringColumn(entities.map((e) => e.id)),
    name: stringColumn(entities.map((e) => e.name)),
    type,
    relatedStart: narrow(relatedStart),
    related: narrow(Int32Array.from(related)),
    relatedTable: relatedTable.items,
    nameWords: stringColumn(nameWords),
    byId: narrow(byId),
  };
}

/** Alias entries as columns; equal context-word lists are stored once. */
export function entryColumns(entries: readonly CompiledEntry[]): EntryColumns {
  const n = entries.length;
  const entity = new Int32Array(n);
  const flags = new Uint16Array(n);
  const mask = new Int32Array(n);
  const lang = new Uint16Array(n);
  const words = new Int32Array(n);
  const masks = new Table<string>((x) => x);
  const langs = new Table<string>((x) => x);
  const wordLists = new Table<string[]>((x) => x.join('\n'));
  entries.forEach((x, k) => {
    entity[k] = x.entity;
    flags[k] = x.flags;
    mask[k] = masks.index(x.caseMask);
    lang[k] = langs.index(x.lang);
    words[k] = x.contextWords ? wordLists.index(x.contextWords) : -1;
  });
  return {
    entity: narrow(entity),
    flags,
    mask: narrow(mask),
    lang,
    words: narrow(words, wordLists.items.length),
    masks: stringColumn(masks.items),
    langs: langs.items,
    wordLists: wordLists.items,
  };
}

/** The core of entity i. */
export function coreAt(c: EntityColumns, i: number): EntityCore {
  const core: EntityCore = { id: itemOf(c.id, i), name: itemOf(c.name, i), type: ENTITY_TYPES[c.type[i]!]! };
  const from = c.relatedStart[i]!;
  const to = c.relatedStart[i + 1]!;
  if (to > from) {
    const related: string[] = [];
    for (let r = from; r < to; r++) related.push(c.relatedTable[c.related[r]!]!);
    core.related = related;
  }
  const words = itemOf(c.nameWords, i);
  if (words) core.nameWords = words;
  return core;
}

/** Entry k (the same context-word list object for equal lists: they are looked up by identity). */
export function entryAt(c: EntryColumns, k: number): CompiledEntry {
  const entry: CompiledEntry = { entity: c.entity[k]!, flags: c.flags[k]!, caseMask: itemOf(c.masks, c.mask[k]!), lang: c.langs[c.lang[k]!]! };
  const w = c.words[k]!;
  if (w !== noneIn(c.words)) entry.contextWords = c.wordLists[w]!;
  return entry;
}

/** The index of the entity with this id, by binary search over the ids in order, or -1. */
export function indexOfId(c: EntityColumns, id: string): number {
  const idAt = (m: number): string => itemOf(c.id, c.byId[m]!);
  // the first position in id order whose id is not below `id`
  let lo = 0;
  let hi = c.byId.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idAt(mid) < id) lo = mid + 1;
    else hi = mid;
  }
  // the first entity with the id in pack order, as a lookup filled in order would give (a valid pack has one)
  let found = -1;
  for (let m = lo; m < c.byId.length && idAt(m) === id; m++) if (found < 0 || c.byId[m]! < found) found = c.byId[m]!;
  return found;
}
