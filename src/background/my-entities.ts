/**
 * "My entities", the reader's own pack (one row of the `packs` table), changed in one place: the
 * notebook's form (packs/addEntity), removing one, a kept look-up (lookup/save) and a pack file
 * read into it (packs/importMine) all go through `changeMine`, which validates the new list like
 * any pack, checks it against the other loaded packs, compiles it and stores it in one
 * transaction, then has the next spot read the packs again. What the checks find comes back as
 * structured issues (core/pack/issues.ts); each caller says them in its own terms.
 */
import { db, type PackRow } from './db.ts';
import { invalidateReaderPacks, loadedNameIndex } from './packs.ts';
import { Matcher } from '../core/spot/matcher.ts';
import { validatePack } from '../core/pack/validate.ts';
import type { Entity, Pack } from '../core/pack/types.ts';
import type { PackIssue } from '../core/pack/issues.ts';
import { MY_PACK_ID, checkAgainstLoaded, compileForStorage, storedEntities, type NameIndex, type StoredPack } from '../core/pack/import.ts';
import { myPack } from '../core/pack/my-entities.ts';

/** Compile a checked pack for storage; a compile failure is a refusal with a sentence, never a crash. */
export function compileChecked(pack: Pack): StoredPack {
  try {
    const stored = compileForStorage(pack);
    new Matcher(stored.compiled); // the same load the background does later: refuse now rather than then
    return stored;
  } catch (e) {
    throw new Error(`Gloss could not compile the pack "${pack.name}" (${(e as Error).message}). Nothing was changed.`);
  }
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** the reader's own entities, whole, as stored (My entities is small: read from its row when asked) */
export function mineOf(row: PackRow | undefined): Entity[] {
  return row?.details ? storedEntities({ compiled: row.compiled, details: row.details }) : [];
}

export async function readMine(): Promise<Entity[]> {
  return mineOf(await db.packs.get(MY_PACK_ID));
}

export type MineChange<S> =
  /** the new list of the reader's entities (empty: the row goes) */
  | { entities: Entity[] }
  /** nothing to change; `stop` is handed back */
  | { stop: S };

export type MineChanged<S> =
  | { stored: true; row: PackRow | null; pack: Pack }
  /** the checks refused the new list: every issue they found (callers pick those about their entity) */
  | { stored: false; issues: PackIssue[] }
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
    if (!checked.ok) return { stored: false, issues: checked.errors };
    const cross = checkAgainstLoaded(checked.pack, index, 'mine');
    if (cross.length > 0) return { stored: false, issues: cross };
    const now = new Date().toISOString();
    const stored: PackRow = { id: MY_PACK_ID, origin: 'mine', ...compileChecked(checked.pack), added: row?.added ?? now, updated: now };
    await db.packs.put(stored);
    return { stored: true, row: stored, pack: checked.pack };
  });
  if (outcome.stored) invalidateReaderPacks();
  return outcome;
}
