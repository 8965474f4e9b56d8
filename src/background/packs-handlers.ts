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
import { validatePackText } from '../core/pack/validate.ts';
import type { Entity, PackMeta } from '../core/pack/types.ts';
import {
  DEFAULT_PACK_ID, MAX_PACK_BYTES, checkPackText, formatBytes, packInfo, type PackInfo, type PackOrigin,
} from '../core/pack/import.ts';
import { entityFromDraft, problemForReader, problemsForReader } from '../core/pack/my-entities.ts';
import { mergeIntoMine, myEntitiesFileName, myEntitiesPack } from '../core/pack/my-entities-file.ts';
import { changeMine, compileChecked, readMine, today } from './my-entities.ts';

function infoOf(meta: PackMeta, stats: { entities: number; aliases: number }, origin: PackOrigin, row?: PackRowInfo, own?: readonly Entity[]): PackInfo {
  const extra = row ? { added: row.added, updated: row.updated, ...(row.fileName ? { fileName: row.fileName } : {}) } : {};
  return packInfo(meta, stats, origin, extra, own);
}

const ms = (t: number): number => Math.round(performance.now() - t);

export const packsHandlers = {
  'packs/list': async () => {
    const [def, reader] = await Promise.all([defaultPack(), readerPacks()]);
    const packs: PackInfo[] = [infoOf(def.meta, def.stats, 'built-in')];
    for (const p of reader.packs) {
      const mine = p.row.origin === 'mine';
      packs.push(infoOf(p.matcher.meta, p.matcher.stats, mine ? 'mine' : 'imported', p.row, mine ? await readMine() : undefined));
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
    let added: Entity | undefined;
    const changed = await changeMine((mine, index) => {
      const taken = new Set([...index.byId.keys(), ...mine.map((e) => e.id)]);
      added = entityFromDraft(draft, taken);
      return { entities: [...mine, added] };
    });
    if ('issues' in changed) return { accepted: false as const, problems: problemsForReader(added!.id, changed.issues) };
    if (!changed.stored || !changed.row) throw new Error('Gloss could not store your entity. Nothing was changed.');
    const { pack, row } = changed;
    const entity = pack.entities.find((e) => e.id === added!.id) ?? added!;
    return { accepted: true as const, entity, pack: infoOf(row.compiled.meta, row.compiled.stats, 'mine', row, pack.entities) };
  },

  'packs/removeEntity': async ({ id }) => {
    const changed = await changeMine((mine) => {
      const rest = mine.filter((e) => e.id !== id);
      return rest.length === mine.length ? { stop: 'absent' as const } : { entities: rest };
    });
    if ('stop' in changed) throw new Refusal(`"${id}" is not one of your entities (it may have been removed already). Reload the notebook.`);
    if ('issues' in changed) throw new Refusal(`Your other entities no longer pass the checks (${problemForReader(changed.issues[0]!).message}). Nothing was changed.`);
    return { ok: true as const };
  },

  'packs/exportMine': async () => {
    const mine = await readMine();
    if (mine.length === 0) throw new Refusal('You have no entities of your own yet: add one in the notebook, or keep one from an online look-up.');
    const day = today();
    return { text: `${JSON.stringify(myEntitiesPack(mine, day), null, 2)}\n`, fileName: myEntitiesFileName(day), count: mine.length };
  },

  'packs/importMine': async ({ text, fileName }) => {
    const file = fileName || 'the pack file';
    if (text.length > MAX_PACK_BYTES) {
      const message = `it is ${formatBytes(text.length)}; Gloss reads files of up to ${formatBytes(MAX_PACK_BYTES)}.`;
      return { accepted: false as const, errors: [{ code: 'too-large' as const, field: '', file, message }] };
    }
    const read = validatePackText(text, file);
    if (!read.ok) return { accepted: false as const, errors: read.errors };
    let merged: ReturnType<typeof mergeIntoMine> | undefined;
    const changed = await changeMine((mine, index) => {
      merged = mergeIntoMine(mine, read.pack.entities, index);
      return merged.added.length + merged.replaced.length === 0 ? { stop: 'nothing' as const } : { entities: merged.entities };
    });
    if ('issues' in changed) return { accepted: false as const, errors: changed.issues };
    const { added = [], replaced = [], skipped = [] } = merged ?? {};
    return { accepted: true as const, added, replaced, skipped };
  },
} satisfies Partial<Handlers>;
