/**
 * Keeping a looked-up entity in "My entities": where it goes among the reader's own entities, and
 * what stands in the way. Pure: the loaded packs' names come in as the import checks' NameIndex.
 *
 *  - An item another pack already has (same Wikidata id) is not kept twice: the reader is told
 *    which pack knows it (its name is marked already).
 *  - An item kept before is replaced (the reader saved it again, with other names).
 *  - A name another entity also has (in any pack, or among the reader's own) needs a note saying
 *    how to tell them apart, as in every pack; the reader is asked for it (the item's description
 *    is offered). The reader's own older entity with that name gets its description as its note.
 */
import type { Alias, Entity } from '../pack/types.ts';
import { MY_PACK_ID, type NameIndex } from '../pack/import.ts';
import { normaliseKey } from '../spot/normalise.ts';

/** Another entity with one of the names. */
export interface OtherMeaning {
  /** the shared name, as the new entity writes it */
  name: string;
  entityName: string;
  packName: string;
}

export type KeepPlan =
  | { kind: 'keep'; entities: Entity[]; replaced: boolean }
  /** another pack has this id: nothing to keep */
  | { kind: 'known'; entityName: string; packName: string }
  /** some names are other entities' too: a note is needed */
  | { kind: 'needs-note'; others: OtherMeaning[] };

function namesOf(e: Entity): { key: string; text: string }[] {
  const seen = new Set<string>();
  const out: { key: string; text: string }[] = [];
  for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
    const key = normaliseKey(text);
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push({ key, text });
    }
  }
  return out;
}

/** The entity with `note` on each name in `keys` (the name itself listed as an alias when it is one of them). */
export function withNote(e: Entity, keys: ReadonlySet<string>, note: string): Entity {
  const aliases: Alias[] = e.aliases.map((a) => (keys.has(normaliseKey(a.text)) ? { ...a, sharedNote: note } : a));
  const nameKey = normaliseKey(e.name);
  if (keys.has(nameKey) && !aliases.some((a) => normaliseKey(a.text) === nameKey)) aliases.unshift({ text: e.name, kind: 'name', sharedNote: note });
  return { ...e, aliases };
}

/**
 * Where `entity` goes in the reader's own entities `mine`, given every loaded pack's names
 * (`index`, My entities included) and the reader's note for shared names, if they gave one.
 */
export function planKeep(mine: readonly Entity[], entity: Entity, index: NameIndex, note?: string): KeepPlan {
  const elsewhere = index.byId.get(entity.id);
  if (elsewhere && elsewhere.packId !== MY_PACK_ID) return { kind: 'known', entityName: elsewhere.entityName, packName: elsewhere.packName };

  const rest = mine.filter((e) => e.id !== entity.id);
  const names = namesOf(entity);
  const others: OtherMeaning[] = [];
  const shared = new Set<string>();
  for (const { key, text } of names) {
    const inPacks = (index.byKey.get(key) ?? []).filter((o) => o.packId !== MY_PACK_ID);
    const inMine = rest.filter((e) => namesOf(e).some((n) => n.key === key));
    for (const o of inPacks) others.push({ name: text, entityName: o.entityName, packName: o.packName });
    for (const e of inMine) others.push({ name: text, entityName: e.name, packName: 'My entities' });
    if (inPacks.length + inMine.length > 0) shared.add(key);
  }
  const clean = note?.replace(/\s+/g, ' ').trim();
  if (shared.size > 0 && !clean) return { kind: 'needs-note', others };

  const kept = shared.size > 0 && clean ? withNote(entity, shared, clean) : entity;
  // the reader's own entities that share a name get theirs noted too, with their description
  const updated = rest.map((e) => {
    const theirs = new Set(namesOf(e).map((n) => n.key).filter((k) => shared.has(k)));
    const unnoted = [...theirs].filter((k) => !e.aliases.some((a) => a.sharedNote && normaliseKey(a.text) === k));
    return unnoted.length > 0 ? withNote(e, new Set(unnoted), e.description || e.name) : e;
  });
  const at = mine.findIndex((e) => e.id === entity.id);
  const entities = at < 0 ? [...updated, kept] : [...updated.slice(0, at), kept, ...updated.slice(at)];
  return { kind: 'keep', entities, replaced: at >= 0 };
}

/** What "Keep" did, for the look-up panel. */
export type KeepOutcome =
  | { outcome: 'kept'; entity: Entity; replaced: boolean }
  /** another pack has this item: nothing kept */
  | { outcome: 'known'; entityName: string; packName: string }
  /** some names are other entities' too: ask the reader for a note (`suggestedNote`: the item's description) */
  | { outcome: 'needs-note'; others: OtherMeaning[]; suggestedNote: string }
  /** the checks every pack passes refused it (sentences for the reader); nothing kept */
  | { outcome: 'refused'; problems: string[] };
