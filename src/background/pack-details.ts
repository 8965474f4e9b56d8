/**
 * Entity details (description, summary, aliases, facts, sources) for the popover, read when it asks
 * rather than kept in memory with the matchers (packs.ts): from the built-in pack's chunks in the
 * extension (src/core/pack/details.ts), or from the stored row of a pack the reader brought in.
 * The last few chunks read are kept, so a page's popovers do not read the same chunk again.
 */
import { detailChunkPath, detailPlace } from '../core/pack/details.ts';
import { joinEntity, type EntityDetails } from '../core/pack/compiled.ts';
import type { Entity, PackMeta } from '../core/pack/types.ts';
import type { Matcher } from '../core/spot/matcher.ts';
import { db } from './db.ts';
import { defaultPack, extensionFile } from './packs.ts';

/** chunks of the built-in pack's details kept after use (about 200 KB each once parsed) */
const KEPT_CHUNKS = 3;
/** chunk number → its details, the most recently used last */
const chunks = new Map<number, Promise<EntityDetails[]>>();

function builtInChunk(chunk: number): Promise<EntityDetails[]> {
  let p = chunks.get(chunk);
  if (p) chunks.delete(chunk);
  else {
    p = extensionFile(detailChunkPath(chunk)).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as EntityDetails[]);
    // a chunk that could not be read is read again next time
    p.catch(() => chunks.delete(chunk));
  }
  chunks.set(chunk, p);
  while (chunks.size > KEPT_CHUNKS) chunks.delete(chunks.keys().next().value!);
  return p;
}

/** The details of entity `index` of the loaded pack `matcher`; throws a sentence when they cannot be read. */
export async function entityDetails(matcher: Matcher, index: number): Promise<EntityDetails> {
  let details: EntityDetails | undefined;
  try {
    if (matcher === (await defaultPack())) {
      const { chunk, offset } = detailPlace(index);
      details = (await builtInChunk(chunk))[offset];
    } else {
      details = (await db.packs.get(matcher.meta.id))?.details?.[index];
    }
  } catch (e) {
    throw new Error(`Gloss could not read the background of this name (${(e as Error).message}). Reload the page; if it happens again, reinstall Gloss.`);
  }
  if (!details) throw new Error('Gloss could not find the background of this name in its pack (the pack may have just been removed). Reload the page.');
  return details;
}

/** An entity of the loaded packs with its details, and the pack it comes from (the first pack that knows the id); null when none does. */
export async function loadedEntity(
  packs: readonly Matcher[],
  id: string,
): Promise<{ entity: Entity; pack: Pick<PackMeta, 'id' | 'name' | 'dataDate' | 'licence'> } | null> {
  for (const m of packs) {
    const index = m.indexOf(id);
    if (index < 0) continue;
    const entity = joinEntity(m.entityAt(index), await entityDetails(m, index));
    return { entity, pack: { id: m.meta.id, name: m.meta.name, dataDate: m.meta.dataDate, licence: m.meta.licence } };
  }
  return null;
}
