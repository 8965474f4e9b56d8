/**
 * The knowledge packs the background has loaded. Only the matcher part of each pack is kept in
 * memory (the trie, the alias entries and the entities' cores: src/core/pack/compiled.ts); the
 * entities' details are read when a popover asks (pack-details.ts).
 *  - the built-in default pack, compiled at build time into packs/default.pack.gz inside the
 *    extension, fetched and unpacked once per background lifetime (or, after the first time, read
 *    back unpacked from the copy kept in Cache Storage: pack-cache.ts);
 *  - the packs the reader imported and "My entities", compiled once on import and stored in
 *    Dexie (table `packs`), read once per background lifetime and again after an import or a
 *    removal (`invalidateReaderPacks`).
 * A pack that cannot be loaded is refused with a message, never a crash: a stored pack that fails
 * is left out of spotting and listed with its error in the notebook.
 */
import browser from 'webextension-polyfill';
import { decodeCompiledPack } from '../core/pack/compiled-file.ts';
import { DEFAULT_PACK_PATH } from '../core/pack/details.ts';
import { damageKeptPackForTests, dropKeptPack, keepPack, readKeptPack } from './pack-cache.ts';
import { Matcher } from '../core/spot/matcher.ts';
import { indexPacks, loadStored, type NameIndex } from '../core/pack/import.ts';
import { db, type PackRow } from './db.ts';
import { gunzip } from './gunzip.ts';

/** what the background keeps of a stored pack's row: not its compiled form nor its details */
export type PackRowInfo = Omit<PackRow, 'compiled' | 'details'>;

/** A pack from Dexie that is in use. */
export interface ReaderPack {
  matcher: Matcher;
  row: PackRowInfo;
}
export interface FailedPack {
  row: PackRowInfo;
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
/** where the loaded built-in pack's bytes came from, and the keeping of its unpacked copy (for the test build's checks) */
let defaultSource: { from: 'kept' | 'package'; keeping: Promise<void> } | null = null;
let readerLoading: Promise<ReaderPacks> | null = null;
let indexCache: { key: readonly Matcher[]; index: Promise<NameIndex> } | null = null;

/**
 * The User Timing entries that record each load of the built-in pack (bench:page reads them in the
 * background): the whole load, and its two parts: reading (fetch and unpack) and building the
 * matcher (decode the file, check the tables).
 */
export const DEFAULT_PACK_TIMING = { load: 'gloss:default-pack-load', read: 'gloss:default-pack-read', build: 'gloss:default-pack-build' } as const;

/** a gzipped file of the extension, read whole, then unpacked (gunzip.ts says why not as it streams) */
export async function extensionFile(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const res = await fetch(browser.runtime.getURL(path));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return gunzip(new Uint8Array(await res.arrayBuffer()));
}

/** the built-in pack's id, which the build puts in this code (names the kept copy: pack-cache.ts); '' when it did not */
const DEFAULT_PACK_ID = __GLOSS_PACK_ID__;

/**
 * The matcher of the built-in pack's bytes; the build checked its tables, and the gzip checksum or
 * the kept copy's length vouches for the bytes. Its tables are views of `bytes`' buffer, which
 * nothing writes to after.
 */
function builtInMatcher(bytes: Uint8Array<ArrayBuffer>): Matcher {
  return new Matcher(decodeCompiledPack(bytes, 'share the buffer'), { checked: 'when built' });
}

async function loadDefault(): Promise<Matcher> {
  const start = performance.now();
  const id = DEFAULT_PACK_ID;
  const kept = id ? await readKeptPack(id) : null;
  if (kept) {
    const read = performance.now();
    try {
      const matcher = builtInMatcher(kept);
      measureDefaultLoad(start, read, 'kept');
      defaultSource = { from: 'kept', keeping: Promise.resolve() };
      return matcher;
    } catch (e) {
      console.warn('Gloss found its copy of the built-in pack damaged; it reads the packaged file instead and keeps a new copy.', e);
      await dropKeptPack().catch(() => undefined);
    }
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await extensionFile(DEFAULT_PACK_PATH);
  } catch (e) {
    throw new Error(`Gloss could not read its built-in knowledge pack (${(e as Error).message}). Reinstall or update the extension.`);
  }
  const read = performance.now();
  let matcher: Matcher;
  try {
    matcher = builtInMatcher(bytes);
  } catch (e) {
    throw new Error(`Gloss's built-in knowledge pack is damaged: ${(e as Error).message}`);
  }
  measureDefaultLoad(start, read, 'package');
  // stored while the page's first request is answered (the copy is written off this thread)
  const keeping = id ? keepPack(id, bytes).catch((e: unknown) => console.info('Gloss: could not keep an unpacked copy of the built-in pack.', e)) : Promise.resolve();
  defaultSource = { from: 'package', keeping };
  return matcher;
}

/** the load's User Timing entries (DEFAULT_PACK_TIMING), with where the bytes came from */
function measureDefaultLoad(start: number, read: number, from: 'kept' | 'package'): void {
  const detail = { from };
  performance.measure(DEFAULT_PACK_TIMING.read, { start, end: read, detail });
  performance.measure(DEFAULT_PACK_TIMING.build, { start: read, detail });
  performance.measure(DEFAULT_PACK_TIMING.load, { start, detail });
}

/**
 * TEST BUILDS: load the built-in pack again, as a background that wakes does (after its unpacked
 * copy was damaged, when asked): where its bytes came from, and whether a copy is kept after.
 */
export async function reloadDefaultPackForTests(damageKept: boolean): Promise<{ from: 'kept' | 'package'; kept: boolean }> {
  await defaultSource?.keeping;
  const id = DEFAULT_PACK_ID;
  if (damageKept) await damageKeptPackForTests(id);
  defaultLoading = null;
  await defaultPack();
  await defaultSource!.keeping;
  return { from: defaultSource!.from, kept: (await readKeptPack(id)) !== null };
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

function infoOfRow(row: PackRow): PackRowInfo {
  const { compiled: _compiled, details: _details, ...rest } = row;
  return rest;
}

/** The matcher of a stored pack; one stored in an older compiled format is compiled again, once, and stored again. */
async function matcherOf(row: PackRow): Promise<Matcher> {
  const { matcher, recompiled } = loadStored(row);
  if (recompiled) {
    // stored before the details are read from it (pack-details.ts)
    await db.packs.update(row.id, { ...recompiled, updated: new Date().toISOString() }).catch((e: unknown) => console.warn('Gloss: could not store a recompiled pack', e));
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
      out.packs.push({ matcher: await matcherOf(row), row: infoOfRow(row) });
    } catch (e) {
      console.warn(`Gloss: pack ${row.id} not loaded`, e);
      out.failed.push({ row: infoOfRow(row), name: row.compiled?.meta?.name ?? row.id, error: (e as Error).message });
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
