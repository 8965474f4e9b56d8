/**
 * Knowledge packs the reader brings in (notebook → "Knowledge packs"): list, import, remove, and
 * "My entities". A pack is validated with the core validator and checked against the loaded
 * packs; a bad pack is refused with those messages and nothing changes. A good one is compiled
 * once here and stored compiled in Dexie (the matcher part and the entities' details), so no page
 * ever pays the compile cost.
 */
import { Refusal } from './refusal.ts';
import type { Handlers } from './handlers.ts';
import { db, type PackRow } from './db.ts';
import { defaultPack, invalidateReaderPacks, loadedNameIndex, readerPacks, type PackRowInfo } from './packs.ts';
import { Matcher } from '../core/spot/matcher.ts';
import { validatePack } from '../core/pack/validate.ts';
import type { Entity, Pack, PackMeta } from '../core/pack/types.ts';
import {
  DEFAULT_PACK_ID, MAX_PACK_BYTES, MY_PACK_ID, checkAgainstLoaded, checkPackText, compileForStorage, formatBytes, packInfo, storedEntities,
  type PackInfo, type PackOrigin, type StoredPack,
} from '../core/pack/import.ts';
import { entityFromDraft, myPack, problemForReader, problemsForReader } from '../core/pack/my-entities.ts';

function infoOf(meta: PackMeta, stats: { entities: number; aliases: number }, origin: PackOrigin, row?: PackRowInfo, own?: readonly Entity[]): PackInfo {
  const extra = row ? { added: row.added, updated: row.updated, ...(row.fileName ? { fileName: row.fileName } : {}) } : {};
  return packInfo(meta, stats, origin, extra, own);
}

/** Compile a checked pack for storage; a compile failure is a refusal with a sentence, never a crash. */
function compileChecked(pack: Pack): StoredPack {
  try {
    const stored = compileForStorage(pack);
    new Matcher(stored.compiled); // the same load the background does later: refuse now rather than then
    return stored;
  } catch (e) {
    throw new Error(`Gloss could not compile the pack "${pack.name}" (${(e as Error).message}). Nothing was changed.`);
  }
}

/** the reader's own entities, whole (My entities is small: read from its row when asked) */
async function myEntities(row?: PackRow): Promise<Entity[]> {
  const r = row ?? (await db.packs.get(MY_PACK_ID));
  return r?.details ? storedEntities({ compiled: r.compiled, details: r.details }) : [];
}

const today = (): string => new Date().toISOString().slice(0, 10);
const ms = (t: number): number => Math.round(performance.now() - t);

export const packsHandlers = {
  'packs/list': async () => {
    const [def, reader] = await Promise.all([defaultPack(), readerPacks()]);
    const packs: PackInfo[] = [infoOf(def.meta, def.stats, 'built-in')];
    for (const p of reader.packs) {
      const mine = p.row.origin === 'mine';
      packs.push(infoOf(p.matcher.meta, p.matcher.stats, mine ? 'mine' : 'imported', p.row, mine ? await myEntities() : undefined));
    }
    for (const f of reader.failed) {
      packs.push({
        id: f.row.id, name: f.name, version: '', licence: '', dataDate: '', languages: [], sources: [], entities: 0, aliases: 0,
        origin: f.row.origin === 'mine' ? 'mine' : 'imported', added: f.row.added, updated: f.row.updated, error: f.error,
        ...(f.row.fileName ? { fileName: f.row.fileName } : {}),
      });
    }
    return { packs, error: reader.error };
  },

  'packs/import': async ({ text, fileName }) => {
    const file = fileName || 'the pack file';
    if (text.length > MAX_PACK_BYTES) {
      const message = `it is ${formatBytes(text.length)}; Gloss imports packs of up to ${formatBytes(MAX_PACK_BYTES)}. Split it into several packs.`;
      return { accepted: false, errors: [{ code: 'too-large', field: '', file, message }], warnings: [] };
    }
    let t = performance.now();
    const checked = checkPackText(text, await loadedNameIndex(), file);
    if (!checked.ok) return { accepted: false, errors: checked.errors, warnings: checked.warnings };
    const check = ms(t);
    t = performance.now();
    const stored = compileChecked(checked.pack);
    const compile = ms(t);
    t = performance.now();
    const now = new Date().toISOString();
    const previous = await db.packs.get(checked.pack.id);
    const row: PackRow = { id: checked.pack.id, origin: 'imported', ...stored, added: previous?.added ?? now, updated: now };
    if (fileName) row.fileName = fileName;
    await db.packs.put(row);
    invalidateReaderPacks();
    return {
      accepted: true,
      pack: infoOf(stored.compiled.meta, stored.compiled.stats, 'imported', row),
      replaced: previous ? previous.compiled?.meta?.version ?? '' : null,
      warnings: checked.warnings,
      ms: { check, compile, save: ms(t) },
    };
  },

  'packs/remove': async ({ id }) => {
    if (id === DEFAULT_PACK_ID) throw new Refusal('The built-in pack cannot be removed. To stop marks on a site, turn Gloss off for that site in the popup.');
    const removed = await db.transaction('rw', db.packs, async () => {
      if (!(await db.packs.get(id))) return false;
      await db.packs.delete(id);
      return true;
    });
    if (!removed) throw new Refusal(`No pack "${id}" is stored (it may have been removed already). Reload the notebook.`);
    invalidateReaderPacks();
    return { ok: true as const };
  },

  'packs/addEntity': async ({ draft }) => {
    const index = await loadedNameIndex();
    const outcome = await db.transaction('rw', db.packs, async () => {
      const row = await db.packs.get(MY_PACK_ID);
      const existing = await myEntities(row);
      const taken = new Set([...index.byId.keys(), ...existing.map((e) => e.id)]);
      const entity = entityFromDraft(draft, taken);
      const checked = validatePack(myPack([...existing, entity], today()));
      if (!checked.ok) return { accepted: false as const, problems: problemsForReader(entity.id, checked.errors) };
      const cross = checkAgainstLoaded(checked.pack, index, 'mine');
      if (cross.length > 0) return { accepted: false as const, problems: problemsForReader(entity.id, cross) };
      const stored = compileChecked(checked.pack);
      const now = new Date().toISOString();
      const next: PackRow = { id: MY_PACK_ID, origin: 'mine', ...stored, added: row?.added ?? now, updated: now };
      await db.packs.put(next);
      const added = checked.pack.entities.find((e) => e.id === entity.id) ?? entity;
      return { accepted: true as const, entity: added, pack: infoOf(stored.compiled.meta, stored.compiled.stats, 'mine', next, checked.pack.entities) };
    });
    if (outcome.accepted) invalidateReaderPacks();
    return outcome;
  },

  'packs/removeEntity': async ({ id }) => {
    await db.transaction('rw', db.packs, async () => {
      const row = await db.packs.get(MY_PACK_ID);
      const all = await myEntities(row);
      const rest = all.filter((e) => e.id !== id);
      if (!row || rest.length === all.length) throw new Refusal(`"${id}" is not one of your entities (it may have been removed already). Reload the notebook.`);
      if (rest.length === 0) {
        await db.packs.delete(MY_PACK_ID);
        return;
      }
      const checked = validatePack(myPack(rest, today()));
      if (!checked.ok) throw new Refusal(`Your other entities no longer pass the checks (${problemForReader(checked.errors[0]!).message}). Nothing was changed.`);
      await db.packs.put({ ...row, ...compileChecked(checked.pack), updated: new Date().toISOString() });
    });
    invalidateReaderPacks();
    return { ok: true as const };
  },
} satisfies Partial<Handlers>;
