/**
 * "My entities": the reader's own pack, grown one entity at a time from a small form in the
 * notebook. The form's fields become a regular pack entity; the pack is then validated and
 * compiled like any imported pack. Pure: no browser API.
 */
import { ENTITY_TYPES, PACK_FORMAT, PACK_FORMAT_VERSION, type Alias, type Entity, type EntityType, type Pack } from './types.ts';
import { MY_PACK_ID } from './import.ts';
import { normaliseKey } from '../spot/normalise.ts';

/** What the "Add your own entity" form sends. */
export interface EntityDraft {
  name: string;
  type: EntityType;
  /** one line */
  description: string;
  /** other names, comma-separated ("Jane, J. Doe") */
  aliases: string;
  /** a few sentences; the description is used when empty */
  summary?: string;
  /** how a reader tells this entity apart from another one with the same name (the validator asks for it) */
  sharedNote?: string;
}

export const MY_SOURCE = { name: 'Added by you in Gloss', licence: 'private' } as const;

/** "Jane, J. Doe,, jane " → ["Jane", "J. Doe"]: trimmed, no empties, no repeats (same normalised text), not the name itself */
export function parseAliasList(input: string, name = ''): string[] {
  const seen = new Set<string>([normaliseKey(name)]);
  const out: string[] = [];
  for (const part of input.split(',')) {
    const text = part.replace(/\s+/g, ' ').trim();
    const key = normaliseKey(text);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** "Jane Doe" → "jane-doe"; letters of every script are kept ("Łukasz Żak" → "lukasz-zak") */
export function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'entity'
  );
}

/** A pack-local id ("mine:person:jane-doe") not in `taken`. */
export function myEntityId(type: EntityType, name: string, taken: ReadonlySet<string>): string {
  const base = `mine:${ENTITY_TYPES.includes(type) ? type : 'other'}:${slugOf(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The entity the form describes. Fields are trimmed; the validator judges the rest (an empty
 * name or description gets its message naming the field). With a sharedNote, the name is listed
 * as an alias too so the note covers it.
 */
export function entityFromDraft(draft: EntityDraft, taken: ReadonlySet<string>): Entity {
  const name = (draft.name ?? '').replace(/\s+/g, ' ').trim();
  const note = (draft.sharedNote ?? '').trim();
  const description = (draft.description ?? '').replace(/\s+/g, ' ').trim();
  const texts = parseAliasList(draft.aliases ?? '', name);
  const aliases: Alias[] = texts.map((text) => (note ? { text, sharedNote: note } : { text }));
  if (note && name) aliases.unshift({ text: name, kind: 'name', sharedNote: note });
  return {
    id: myEntityId(draft.type, name, taken),
    name,
    type: draft.type,
    description,
    summary: (draft.summary ?? '').trim() || description,
    aliases,
    sources: [{ ...MY_SOURCE }],
  };
}

/** The reader's pack holding `entities`, dated `today` (YYYY-MM-DD). */
export function myPack(entities: Entity[], today: string): Pack {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: MY_PACK_ID,
    name: 'My entities',
    version: String(entities.length),
    languages: ['und'],
    licence: 'private',
    dataDate: today,
    sources: [{ ...MY_SOURCE }],
    description: 'People, organisations and places you added yourself in the Gloss notebook.',
    entities,
  };
}

