/**
 * "My entities", the reader's own pack (one row of the `packs` table), changed in one place: the
 * notebook's form (packs/addEntity), removing one, a kept look-up (lookup/save) and a pack file
 * read into it (packs/importMine) all go through `changeMine`, which validates the new list like
 * any pack, checks it against the other loaded packs, compiles it and stores it in one
 * transaction, then has the next spot read the packs again.
 */
import { db, type PackRow } from './db.ts';
import { invalidateReaderPacks, loadedNameIndex } from './packs.ts';
import { compilePack } from '../core/spot/compile.ts';
import { Matcher } from '../core/spot/matcher.ts';
import { validatePack } from '../core/pack/validate.ts';
import type { CompiledPack } from '../core/pack/compiled.ts';
import type { Entity, Pack } from '../core/pack/types.ts';
import { MY_PACK_ID, checkAgainstLoaded, type NameIndex } from '../core/pack/import.ts';
import { myPack } from '../core/pack/my-entities.ts';

/** Compile a checked pack; a compile failure is a refusal with a sentence, never a crash. */
export function compileChecked(pack: Pack): CompiledPack {
  try {
    const compiled = compilePack(pack);
    new Matcher(compiled); // the same load the background does later: refuse now rather than then
    return compiled;
  } catch (e) {
    throw new Error(`Gloss could not compile the pack "${pack.name}" (${(e as Error).message}). Nothing was changed.`);
  }
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** the reader's own entities, as stored */
export function mineOf(row: PackRow | undefined): Entity[] {
  return row?.compiled.entities ?? [];
}

export async function readMine(): Promise<Entity[]> {
  return mineOf(await db.packs.get(MY_PACK_ID));
}

export type MineChange<S> =
  /**
   * the new list of the reader's entities (empty: the row goes); `about`: the id of the entity the
   * change is about, so the checks' messages about the reader's older entities are left out
   */
  | { entities: Entity[]; about?: string }
  /** nothing to change; `stop` is handed back */
  | { stop: S };

export type MineChanged<S> =
  | { stored: true; row: PackRow | null; pack: Pack }
  | { stored: false; errors: string[] }
  | { stored: false; stop: S };

/**
 * Read My entities, let `change` decide the new list (given the loaded packs' names), check and
 * store it, in one transaction.
 */
export async function changeMine<S>(change: (mine: Entity[], index: NameIndex) => MineChange<S>): Promise<MineChanged<S>> {
  const index = await loadedNameIndex();
  const outcome = await db.transaction('rw', db.packs, async (): Promise<MineChanged<S>> => {
    const row = await db.packs.get(MY_PACK_ID);
    const next = change(mineOf(row), index);
    if ('stop' in next) return { stored: false, stop: next.stop };
    const pack = myPack(next.entities, today());
    if (next.entities.length === 0) {
      if (row) await db.packs.delete(MY_PACK_ID);
      return { stored: true, row: null, pack };
    }
    const checked = validatePack(pack);
    if (!checked.ok) return { stored: false, errors: mentioning(next.about, checked.errors) };
    const cross = mentioning(next.about, checkAgainstLoaded(checked.pack, index, 'mine'));
    if (cross.length > 0) return { stored: false, errors: cross };
    const now = new Date().toISOString();
    const stored: PackRow = { id: MY_PACK_ID, origin: 'mine', compiled: compileChecked(checked.pack), added: row?.added ?? now, updated: now };
    await db.packs.put(stored);
    return { stored: true, row: stored, pack: checked.pack };
  });
  if (outcome.stored) invalidateReaderPacks();
  return outcome;
}

/** only the messages about entity `id` (older entities were checked when added), when there are any */
function mentioning(id: string | undefined, messages: string[]): string[] {
  if (id === undefined) return messages;
  const mine = messages.filter((m) => m.includes(`"${id}"`));
  return mine.length > 0 ? mine : messages;
}
