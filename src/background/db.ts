/**
 * The one Dexie database, in the extension's own origin (service worker on Chrome, background
 * script on Firefox). Never opened from a content script.
 *
 * Schema history (never edit a released version; add a new one):
 *  1. kv, settings
 *  2. + pages, highlights, notes, sightings (the reader's data, issue #6)
 *  3. + packs (knowledge packs the reader imported, and "My entities", compiled once on import)
 *  4. revisions and tombstones; a highlight holds its note and tags; rejections get their own
 *     table keyed by page id (issue #10; the record changes are src/core/model/upgrade-v4.ts)
 *  5. + lookups: the answers of online look-ups the reader made, kept with when they were fetched
 *     (issue #14); nothing else changes
 * test/unit/db-migration.test.ts opens a database written by every earlier version and checks
 * that every record survives the upgrade; test/browser/db-upgrade.test.ts does it once more in
 * Chromium with a database written by the last version-3 build.
 *
 * Only the repository (src/background/repository/) reads and writes the reader's data here.
 */
import Dexie, { type Table } from 'dexie';
import type { CompiledPack, EntityDetails } from '../core/pack/compiled.ts';
import {
  DEFAULT_SETTINGS, type EntitySighting, type Highlight, type Note, type PageRecord, type PageRejections, type Settings, type Tombstone,
} from '../core/model/types.ts';
import { upgradeToV4, V3_REJECTED_PREFIX, type V3Data } from '../core/model/upgrade-v4.ts';

export interface KvRow {
  key: string;
  value: string;
}
export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/** version 1, kept verbatim: Dexie needs it to know what it upgrades from */
export const SCHEMA_V1 = {
  kv: 'key',
  settings: 'key',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  /** one row per article; `url` is the normalised (canonical) address, `aliases` other addresses that led to it */
  pages: 'id, &url, *aliases, site, lastVisit',
  /** by page (re-anchoring on a visit), by time (notebook), by placement (the orphan lists) */
  highlights: 'id, pageId, created, updated, placement.state',
  /** by target (a highlight's note, an entity's notes), by page, by tag, by time */
  notes: 'id, pageId, target.kind, target.highlightId, target.entityId, *tags, created, updated',
  /** one row per (entity, page): "you read about her in 6 articles" */
  sightings: 'id, &[entityId+pageId], entityId, pageId, lastSeen',
} as const;

/**
 * A pack the reader brought in, stored compiled: the matcher part (which also holds its meta and
 * the entities' cores) and the entities' details, in the same order. A row written before the
 * pack was split in two (compiled format 2) has its whole entities in `compiled` and no
 * `details`; it is compiled again when loaded (`loadStored`).
 */
export interface PackRow {
  /** the pack's own id (meta.id) */
  id: string;
  origin: 'imported' | 'mine';
  compiled: CompiledPack;
  details?: EntityDetails[];
  /** the file it was imported from, if any */
  fileName?: string;
  /** ISO timestamps */
  added: string;
  updated: string;
}

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  packs: 'id, origin, added',
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  /** + by tag (tags now sit on the highlight) */
  highlights: 'id, pageId, created, updated, placement.state, *tags',
  /** notes about an entity or a page (a highlight's note is in the highlight) */
  notes: 'id, pageId, target.kind, target.entityId, *tags, created, updated',
  /** "not this one here": one row per page */
  rejections: 'pageId',
  /** what a delete leaves: id, kind, when, revision */
  tombstones: 'id, kind, deleted',
} as const;

/** One kept answer of an online look-up (src/core/lookup/cache.ts names the keys). */
export interface LookupRow {
  /** "v1:search:fr:douglas adams", "v1:article:fr:Q42" */
  key: string;
  value: unknown;
  /** when it was fetched (ms since the epoch) */
  fetchedAt: number;
}

export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  /** by key (the client's reads), by age (pruning the oldest) */
  lookups: 'key, fetchedAt',
} as const;

export class GlossDb extends Dexie {
  kv!: Table<KvRow, string>;
  settings!: Table<SettingsRow, string>;
  pages!: Table<PageRecord, string>;
  highlights!: Table<Highlight, string>;
  notes!: Table<Note, string>;
  sightings!: Table<EntitySighting, string>;
  packs!: Table<PackRow, string>;
  rejections!: Table<PageRejections, string>;
  tombstones!: Table<Tombstone, string>;
  lookups!: Table<LookupRow, string>;

  constructor(name = 'gloss', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // settings written by version 1 get the fields added since, keeping every value the reader chose
        await tx
          .table<SettingsRow, string>('settings')
          .toCollection()
          .modify((row) => {
            row.value = { ...DEFAULT_SETTINGS, ...row.value };
          });
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const kv = tx.table<KvRow, string>('kv');
        const v3: V3Data = {
          pages: await tx.table('pages').toArray(),
          highlights: await tx.table('highlights').toArray(),
          notes: await tx.table('notes').toArray(),
          sightings: await tx.table('sightings').toArray(),
          rejectedRows: await kv.where('key').startsWith(V3_REJECTED_PREFIX).toArray(),
        };
        const v4 = upgradeToV4(v3, { now: new Date().toISOString(), newId: () => crypto.randomUUID() });
        await tx.table('pages').bulkPut(v4.pages);
        await tx.table('highlights').bulkPut(v4.highlights);
        await tx.table('notes').bulkDelete(v4.mergedNoteIds);
        await tx.table('notes').bulkPut(v4.notes);
        await tx.table('sightings').bulkPut(v4.sightings);
        await tx.table('rejections').bulkPut(v4.rejections);
        await kv.bulkDelete(v4.movedKvKeys);
      });
    this.version(5).stores(SCHEMA_V5);
  }
}

export const db = new GlossDb();
