/**
 * "My entities" as a pack file, to share or to move to another browser: written in the documented
 * pack format (docs/knowledge-packs.md), and read back into the reader's own entities, each entity
 * added or replacing the one with its id. Pure: no browser API.
 */
import type { Entity, Pack, SourceRef } from './types.ts';
import { myPack } from './my-entities.ts';
import { MY_PACK_ID, type NameIndex } from './import.ts';
import { normaliseKey } from '../spot/normalise.ts';

/**
 * The reader's own entities as a pack. Its licence says what the text may be shared under: the
 * Wikipedia extracts a look-up kept are CC BY-SA 4.0 (and keep their source and licence on each
 * entity); entities the reader wrote are theirs.
 */
export function myEntitiesPack(entities: Entity[], today: string): Pack {
  const pack = myPack(entities, today);
  const used = new Map<string, SourceRef>();
  for (const e of entities) {
    for (const s of e.sources) {
      if (s.licence === 'CC-BY-SA-4.0' && !used.has('Wikipedia')) used.set('Wikipedia', { name: 'Wikipedia', url: 'https://www.wikipedia.org/', licence: 'CC-BY-SA-4.0' });
      if (s.licence === 'CC0-1.0' && !used.has('Wikidata')) used.set('Wikidata', { name: 'Wikidata', url: 'https://www.wikidata.org/', licence: 'CC0-1.0' });
    }
  }
  return {
    ...pack,
    licence: used.has('Wikipedia') ? 'CC-BY-SA-4.0' : pack.licence,
    sources: [...pack.sources, ...used.values()],
    description: 'Entities kept in Gloss: added in the notebook or saved from an online look-up.',
  };
}

/** The file name an export is offered under ("gloss-my-entities-2026-12-03.json"). */
export function myEntitiesFileName(today: string): string {
  return `gloss-my-entities-${today}.json`;
}

export interface SkippedEntity {
  id: string;
  name: string;
  /** a sentence for the reader */
  reason: string;
}

export interface MergeResult {
  entities: Entity[];
  added: string[];
  replaced: string[];
  skipped: SkippedEntity[];
}

/**
 * `incoming` (a pack file's entities) merged into the reader's own `mine`: a new id is added, an
 * id already among the reader's own is replaced by the file's entity. Skipped, with the reason: an
 * id another pack already has, and a name another pack's entity has when the file gives no note
 * saying how to tell them apart.
 */
export function mergeIntoMine(mine: readonly Entity[], incoming: readonly Entity[], index: NameIndex): MergeResult {
  const entities = [...mine];
  const out: MergeResult = { entities, added: [], replaced: [], skipped: [] };
  for (const e of incoming) {
    const elsewhere = index.byId.get(e.id);
    if (elsewhere && elsewhere.packId !== MY_PACK_ID) {
      out.skipped.push({ id: e.id, name: e.name, reason: `${elsewhere.packName} already has it (as ${elsewhere.entityName}).` });
      continue;
    }
    const noted = new Set(e.aliases.filter((a) => a.sharedNote).map((a) => normaliseKey(a.text)));
    const clash = [e.name, ...e.aliases.map((a) => a.text)].find((text) => {
      const key = normaliseKey(text);
      return key && !noted.has(key) && (index.byKey.get(key) ?? []).some((o) => o.packId !== MY_PACK_ID);
    });
    if (clash !== undefined) {
      const other = (index.byKey.get(normaliseKey(clash)) ?? []).find((o) => o.packId !== MY_PACK_ID)!;
      out.skipped.push({ id: e.id, name: e.name, reason: `“${clash}” is also ${other.entityName} in ${other.packName}, and the file does not say how to tell them apart.` });
      continue;
    }
    const at = entities.findIndex((m) => m.id === e.id);
    if (at >= 0) {
      entities[at] = e;
      out.replaced.push(e.id);
    } else {
      entities.push(e);
      out.added.push(e.id);
    }
  }
  return out;
}
