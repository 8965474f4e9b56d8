/**
 * The knowledge packs the background has loaded:
 *  - the built-in default pack, compiled at build time into packs/default.json.gz inside the
 *    extension, fetched and parsed once per background lifetime;
 *  - the packs the reader imported and "My entities", compiled once on import and stored in
 *    Dexie (table `packs`), read once per background lifetime and again after an import or a
 *    removal (`invalidateReaderPacks`).
 * A pack that cannot be loaded is refused with a message, never a crash: a stored pack that fails
 * is left out of spotting and listed with its error in the notebook.
 */
import browser from 'webextension-polyfill';
import type { CompiledPack } from '../core/pack/compiled.ts';
import { Matcher } from '../core/spot/matcher.ts';
import { indexPacks, loadStored, type NameIndex } from '../core/pack/import.ts';
import { db, type PackRow } from './db.ts';

export const DEFAULT_PACK_PATH = 'packs/default.json.gz';

/** A pack from Dexie that is in use. */
export interface ReaderPack {
  matcher: Matcher;
  row: Omit<PackRow, 'compiled'>;
}
export interface FailedPack {
  row: Omit<PackRow, 'compiled'>;
  name: string;
  error: string;
}
export interface ReaderPacks {
  packs: ReaderPack[];
  failed: FailedPack[];
  /** the packs table could not be read: a sentence for the notebook */
  error: string | null;
}

let defaultLoading: Promise<Matcher> | null = null;
let readerLoading: Promise<ReaderPacks> | null = null;
let indexCache: { key: readonly Matcher[]; index: Promise<NameIndex> } | null = null;

async function loadDefault(): Promise<Matcher> {
  const url = browser.runtime.getURL(DEFAULT_PACK_PATH);
  let compiled: CompiledPack;
  try {
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    // gzip-compressed by the build; the browser unpacks it as it streams
    compiled = (await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).json()) as CompiledPack;
  } catch (e) {
    throw new Error(`Gloss could not read its built-in knowledge pack (${(e as Error).message}). Reinstall or update the extension.`);
  }
  try {
    return new Matcher(compiled);
  } catch (e) {
    throw new Error(`Gloss's built-in knowledge pack is damaged: ${(e as Error).message}`);
  }
}

/** The built-in pack. A failed load is retried on the next call. */
export function defaultPack(): Promise<Matcher> {
  defaultLoading ??= loadDefault().catch((e: unknown) => {
    defaultLoading = null;
    console.error(e);
    throw e;
  });
  return defaultLoading;
}

function withoutCompiled(row: PackRow): Omit<PackRow, 'compiled'> {
  const { compiled: _compiled, ...rest } = row;
  return rest;
}

/** The matcher of a stored pack; one stored in an older compiled format is compiled again, once, and stored again. */
function matcherOf(row: PackRow): Matcher {
  const { matcher, recompiled } = loadStored(row.compiled);
  if (recompiled) {
    db.packs.update(row.id, { compiled: recompiled, updated: new Date().toISOString() }).catch((e: unknown) => console.warn('Gloss: could not store a recompiled pack', e));
  }
  return matcher;
}

async function loadReaderPacks(): Promise<ReaderPacks> {
  let rows: PackRow[];
  try {
    rows = await db.packs.toArray();
  } catch (e) {
    return { packs: [], failed: [], error: `Gloss could not read your imported packs (${(e as Error).message}). Only the built-in pack is used.` };
  }
  // imported packs in the order they were added, the reader's own entities last
  rows.sort((a, b) => (a.origin === b.origin ? a.added.localeCompare(b.added) : a.origin === 'mine' ? 1 : -1));
  const out: ReaderPacks = { packs: [], failed: [], error: null };
  for (const row of rows) {
    try {
      out.packs.push({ matcher: matcherOf(row), row: withoutCompiled(row) });
    } catch (e) {
      console.warn(`Gloss: pack ${row.id} not loaded`, e);
      out.failed.push({ row: withoutCompiled(row), name: row.compiled?.meta?.name ?? row.id, error: (e as Error).message });
    }
  }
  return out;
}

/** The reader's packs from Dexie, loaded once and again after `invalidateReaderPacks`. */
export function readerPacks(): Promise<ReaderPacks> {
  const p = (readerLoading ??= loadReaderPacks());
  // a table that could not be read is tried again next time
  void p.then((r) => {
    if (r.error && readerLoading === p) readerLoading = null;
  });
  return p;
}

/** Call after an import or a removal has committed: the next spot reads the packs again. */
export function invalidateReaderPacks(): void {
  readerLoading = null;
}

/** The loaded matchers: the default pack first, then the reader's packs. */
export async function loadedPacks(): Promise<Matcher[]> {
  const [def, reader] = await Promise.all([defaultPack(), readerPacks()]);
  return [def, ...reader.packs.map((p) => p.matcher)];
}

/** Names and ids of every loaded pack, for the checks an import must pass (cached per set of packs). */
export async function loadedNameIndex(): Promise<NameIndex> {
  const matchers = await loadedPacks();
  const same = indexCache && indexCache.key.length === matchers.length && indexCache.key.every((m, i) => m === matchers[i]);
  if (!same) indexCache = { key: matchers, index: Promise.resolve(indexPacks(matchers)) };
  return indexCache!.index;
}
