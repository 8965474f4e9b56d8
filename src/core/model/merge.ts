/**
 * What an import does to the reader's data, decided before anything is written (pure): for each
 * record it brings, add it, update the local copy (newer revision wins), or skip it (older, the
 * same, or deleted here after that revision); for each tombstone, delete the local record only
 * if that record is older than the deletion. A page already filed under the same address keeps
 * its local id, and what the file filed under the other id follows it.
 *
 * The background loads the local records the file names (LocalState), calls planMerge, shows
 * `summary` as the preview, and writes `put`/`remove` in one transaction (src/background/repository/import.ts).
 */
import type { EntitySighting, Highlight, Note, PageRecord, PageRejections, RecordKind, Tombstone } from './types.ts';
import { RECORD_KINDS } from './types.ts';
import type { ReaderData } from './dataset.ts';
import { compareVersions, idOf, tombstoneVersion, versionOf, type RecordOfKind } from './revision.ts';

export interface LocalState {
  pages: Map<string, PageRecord>;
  /** every local page by its address and by each of its aliases */
  pageByAddress: Map<string, PageRecord>;
  highlights: Map<string, Highlight>;
  notes: Map<string, Note>;
  sightings: Map<string, EntitySighting>;
  /** local sightings by sightingKey(entityId, pageId) */
  sightingByKey: Map<string, EntitySighting>;
  /** by page id */
  rejections: Map<string, PageRejections>;
  tombstones: Map<string, Tombstone>;
}

export const sightingKey = (entityId: string, pageId: string): string => `${entityId}\u0000${pageId}`;

/** how many records of one kind an import adds, updates, deletes, skips (older or deleted here) or finds unchanged */
export interface KindCounts {
  added: number;
  updated: number;
  deleted: number;
  skipped: number;
  unchanged: number;
}
export type ImportSummary = Record<RecordKind, KindCounts>;

export interface MergePlan {
  put: ReaderData;
  remove: Record<RecordKind, string[]> & { tombstones: string[] };
  summary: ImportSummary;
}

const zero = (): KindCounts => ({ added: 0, updated: 0, deleted: 0, skipped: 0, unchanged: 0 });

export function emptySummary(): ImportSummary {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, zero()])) as ImportSummary;
}

/** nothing would change */
export const changesNothing = (s: ImportSummary): boolean =>
  RECORD_KINDS.every((k) => s[k].added + s[k].updated + s[k].deleted === 0);

type Outcome = 'added' | 'updated' | 'skipped' | 'unchanged';

/** the one rule: compare an incoming record with the local copy or the local tombstone of its id */
function decide<K extends RecordKind>(kind: K, incoming: RecordOfKind[K], local: RecordOfKind[K] | undefined, tomb: Tombstone | undefined): Outcome {
  if (local) {
    if (sameValue(incoming, local)) return 'unchanged';
    return compareVersions(versionOf(kind, incoming), versionOf(kind, local)) > 0 ? 'updated' : 'skipped';
  }
  if (tomb) return compareVersions(versionOf(kind, incoming), tombstoneVersion(tomb)) > 0 ? 'added' : 'skipped';
  return 'added';
}

export interface MergeOptions {
  /**
   * The file's pages are stand-ins made from addresses (Web Annotation has no page records):
   * they fill a gap, but a page already filed here keeps its title and history.
   */
  stubPages?: boolean;
}

export function planMerge(incoming: ReaderData, local: LocalState, opts: MergeOptions = {}): MergePlan {
  const summary = emptySummary();
  const put: ReaderData = { pages: [], highlights: [], notes: [], sightings: [], rejections: [], tombstones: [] };
  const remove: MergePlan['remove'] = { page: [], highlight: [], note: [], sighting: [], rejections: [], tombstones: [] };
  const count = (kind: RecordKind, o: keyof KindCounts) => void summary[kind][o]++;

  // pages first: the file's page id → the local page id its records are filed under
  const pageIdMap = new Map<string, string>();
  for (const p of incoming.pages) {
    const byId = local.pages.get(p.id);
    const byAddress = byId ? undefined : local.pageByAddress.get(p.url);
    const mine = byId ?? byAddress;
    pageIdMap.set(p.id, mine?.id ?? p.id);
    if (mine && opts.stubPages) {
      count('page', 'unchanged');
      continue;
    }
    if (byAddress) {
      // the same article filed here under another id: one page, the newer copy's fields, every address kept
      const merged: PageRecord = { ...p, id: byAddress.id, aliases: union(byAddress.aliases, p.aliases).filter((a) => a !== p.url) };
      if (byAddress.firstVisit < merged.firstVisit) merged.firstVisit = byAddress.firstVisit;
      const o = decide('page', merged, byAddress, undefined);
      count('page', o);
      if (o === 'updated') put.pages.push(merged);
      continue;
    }
    const holder = local.pageByAddress.get(p.url);
    if (byId && holder && holder.id !== byId.id) {
      count('page', 'skipped'); // its address is another local page's: keep both as they are
      continue;
    }
    const o = decide('page', p, byId, local.tombstones.get(p.id));
    count('page', o);
    if (o === 'added' || o === 'updated') put.pages.push(p);
    if (o === 'added' && local.tombstones.has(p.id)) remove.tombstones.push(p.id);
  }
  const pageOf = (id: string) => pageIdMap.get(id) ?? id;

  const take = <K extends 'highlight' | 'note' | 'rejections'>(kind: K, list: RecordOfKind[K][], localOf: (r: RecordOfKind[K]) => RecordOfKind[K] | undefined, out: RecordOfKind[K][]) => {
    for (const r of list) {
      const id = idOf(kind, r);
      const o = decide(kind, r, localOf(r), local.tombstones.get(id));
      count(kind, o);
      if (o === 'added' || o === 'updated') out.push(r);
      if (o === 'added' && local.tombstones.has(id)) remove.tombstones.push(id);
    }
  };
  take('highlight', incoming.highlights.map((h) => ({ ...h, pageId: pageOf(h.pageId) })), (h) => local.highlights.get(h.id), put.highlights);
  take('note', incoming.notes.map(remapNote(pageOf)), (n) => local.notes.get(n.id), put.notes);
  take('rejections', incoming.rejections.map((r) => ({ ...r, pageId: pageOf(r.pageId) })), (r) => local.rejections.get(r.pageId), put.rejections);

  for (const s0 of incoming.sightings) {
    const s = { ...s0, pageId: pageOf(s0.pageId) };
    const byId = local.sightings.get(s.id);
    const holder = local.sightingByKey.get(sightingKey(s.entityId, s.pageId));
    if (byId && holder && holder.id !== byId.id) {
      count('sighting', 'skipped'); // another local record counts that entity on that page
      continue;
    }
    const byKey = byId ? undefined : holder;
    const mine = byId ?? byKey;
    const candidate = byKey ? { ...s, id: byKey.id } : s;
    const o = decide('sighting', candidate, mine, byKey ? undefined : local.tombstones.get(s.id));
    count('sighting', o);
    if (o === 'added' || o === 'updated') put.sightings.push(candidate);
    if (o === 'added' && local.tombstones.has(s.id)) remove.tombstones.push(s.id);
  }

  for (const t of incoming.tombstones) {
    const mine = localRecord(local, t.kind, t.kind === 'page' || t.kind === 'rejections' ? pageOf(t.id) : t.id);
    if (mine) {
      if (compareVersions(tombstoneVersion(t), versionOf(t.kind, mine)) > 0) {
        remove[t.kind].push(idOf(t.kind, mine));
        put.tombstones.push({ ...t, id: idOf(t.kind, mine) });
        count(t.kind, 'deleted');
      } else {
        count(t.kind, 'skipped');
      }
      continue;
    }
    const known = local.tombstones.get(t.id);
    if (known && compareVersions(tombstoneVersion(t), tombstoneVersion(known)) <= 0) continue;
    // a deletion of something never seen here: remembered, so that it travels on
    put.tombstones.push(t);
  }
  return { put, remove, summary };
}

function remapNote(pageOf: (id: string) => string) {
  return (n: Note): Note => {
    const target = n.target.kind === 'page' ? { ...n.target, pageId: pageOf(n.target.pageId) } : n.target;
    return { ...n, target, ...(n.pageId ? { pageId: pageOf(n.pageId) } : {}) };
  };
}

function localRecord(local: LocalState, kind: RecordKind, id: string): RecordOfKind[RecordKind] | undefined {
  switch (kind) {
    case 'page': return local.pages.get(id);
    case 'highlight': return local.highlights.get(id);
    case 'note': return local.notes.get(id);
    case 'sighting': return local.sightings.get(id);
    case 'rejections': return local.rejections.get(id);
  }
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** deep equality of plain JSON-like values, key order ignored */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
