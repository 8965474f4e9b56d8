/**
 * Schema upgrades: a database written by version 1 (kv, settings) is opened by the current
 * GlossDb, and every record must survive. Dexie on fake-indexeddb, in Node.
 */
import 'fake-indexeddb/auto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import { GlossDb, SCHEMA_V1, SCHEMA_V2 } from '../../src/background/db.ts';
import { DEFAULT_SETTINGS } from '../../src/core/model/types.ts';

describe('database migrations', () => {
  it('upgrades a version-1 database to the current version keeping every record', async () => {
    const name = `gloss-migration-${Date.now()}`;
    // 1. write with the previous schema exactly as version 1 shipped it
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const kvRows = Array.from({ length: 250 }, (_, i) => ({ key: `k${i}`, value: `value ${i} ✓ ${'x'.repeat(i % 7)}` }));
    await v1.table('kv').bulkPut(kvRows);
    // a settings row from before defaultColour/onlineLookup existed, with the reader's own choices
    const oldSettings = { paused: true, disabledSites: ['example.com'], markEveryMention: true, hoverDelayMs: 900, mutedEntities: ['Q1'] };
    await v1.table('settings').put({ key: 'settings', value: oldSettings });
    assert.equal(v1.verno, 1);
    v1.close();

    // 2. open with the current schema
    const db = new GlossDb(name);
    await db.open();
    assert.equal(db.verno, 3);
    assert.deepEqual(
      db.tables.map((t) => t.name).sort(),
      ['highlights', 'kv', 'notes', 'packs', 'pages', 'settings', 'sightings'],
    );

    // 3. every record survived, unchanged
    const kvAfter = await db.kv.orderBy('key').toArray();
    assert.equal(kvAfter.length, kvRows.length);
    const byKey = new Map(kvAfter.map((r) => [r.key, r.value]));
    for (const r of kvRows) assert.equal(byKey.get(r.key), r.value, `kv ${r.key}`);
    const settings = await db.settings.get('settings');
    assert.deepEqual(settings?.value, { ...DEFAULT_SETTINGS, ...oldSettings }, 'the reader’s settings are kept and the new fields filled in');

    // 4. the new tables work, with their indexes
    const t = new Date().toISOString();
    await db.pages.add({ id: 'p1', url: 'https://example.com/a', title: 'A', site: 'example.com', firstVisit: t, lastVisit: t, aliases: ['https://m.example.com/a'] });
    await db.highlights.add({ id: 'h1', pageId: 'p1', url: 'https://example.com/a', pageTitle: 'A', selectors: [], colour: 'yellow', created: t, updated: t, placement: { state: 'orphaned', checked: t } });
    await db.notes.add({ id: 'n1', target: { kind: 'highlight', highlightId: 'h1' }, pageId: 'p1', body: 'b', tags: ['x', 'y'], created: t, updated: t });
    await db.sightings.add({ id: 's1', entityId: 'Q1', pageId: 'p1', count: 2, firstSeen: t, lastSeen: t });
    assert.equal((await db.pages.where('aliases').equals('https://m.example.com/a').first())?.id, 'p1');
    assert.equal(await db.highlights.where('placement.state').equals('orphaned').count(), 1);
    assert.equal((await db.notes.where('target.highlightId').equals('h1').first())?.id, 'n1');
    assert.equal(await db.notes.where('tags').equals('y').count(), 1);
    assert.equal((await db.sightings.where('[entityId+pageId]').equals(['Q1', 'p1']).first())?.count, 2);
    await assert.rejects(db.pages.add({ id: 'p2', url: 'https://example.com/a', title: '', site: '', firstVisit: t, lastVisit: t }), /constraint/i, 'page url is unique');
    db.close();
  });

  it('upgrades a version-2 database to version 3 (packs) keeping every record', async () => {
    const name = `gloss-migration-v2-${Date.now()}`;
    // 1. write with schema version 2 exactly as it shipped: every table, with records that use its indexes
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const t = '2026-11-20T10:00:00.000Z';
    const rows: Record<string, Record<string, unknown>[]> = {
      kv: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `v${i} ✓` })),
      settings: [{ key: 'settings', value: { ...DEFAULT_SETTINGS, paused: true, mutedEntities: ['Q7747'], hoverDelayMs: 700 } }],
      pages: Array.from({ length: 30 }, (_, i) => ({
        id: `p${i}`, url: `https://news.example/a${i}`, title: `Article ${i}`, site: 'news.example', firstVisit: t, lastVisit: t,
        aliases: i % 3 === 0 ? [`https://m.news.example/a${i}`] : [],
      })),
      highlights: Array.from({ length: 60 }, (_, i) => ({
        id: `h${i}`, pageId: `p${i % 30}`, url: `https://news.example/a${i % 30}`, pageTitle: `Article ${i % 30}`,
        selectors: [{ type: 'TextQuoteSelector', exact: `quote ${i} « é »`, prefix: 'a', suffix: 'b' }, { type: 'TextPositionSelector', start: i, end: i + 9 }],
        colour: i % 2 ? 'green' : 'yellow', created: t, updated: t,
        placement: { state: i % 5 === 0 ? 'orphaned' : 'placed', checked: t },
      })),
      notes: Array.from({ length: 50 }, (_, i) => ({
        id: `n${i}`,
        target: i % 2 ? { kind: 'highlight', highlightId: `h${i}` } : { kind: 'entity', entityId: 'Q7747', entityName: 'Vladimir Putin' },
        pageId: `p${i % 30}`, body: `note ${i}\nsecond line`, tags: i % 4 ? ['economy'] : ['economy', 'eu'], created: t, updated: t,
      })),
      sightings: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, entityId: `Q${i + 1}`, pageId: `p${i}`, count: i + 1, firstSeen: t, lastSeen: t })),
    };
    for (const [table, list] of Object.entries(rows)) await v2.table(table).bulkPut(list);
    assert.equal(v2.verno, 2);
    v2.close();

    // 2. open with the current schema
    const db = new GlossDb(name);
    await db.open();
    assert.equal(db.verno, 3);
    assert.equal(await db.packs.count(), 0, 'the new packs table starts empty');

    // 3. every record of every table is still there, unchanged
    for (const [table, list] of Object.entries(rows)) {
      const after = await db.table(table).toArray();
      assert.equal(after.length, list.length, `${table}: same number of records`);
      const pk = table === 'kv' || table === 'settings' ? 'key' : 'id';
      const byId = new Map(after.map((r: Record<string, unknown>) => [r[pk], r]));
      for (const r of list) assert.deepEqual(byId.get(r[pk]), r, `${table} ${String(r[pk])} is unchanged`);
    }
    // the version-2 indexes still answer
    assert.equal((await db.pages.where('aliases').equals('https://m.news.example/a3').first())?.id, 'p3');
    assert.equal(await db.highlights.where('placement.state').equals('orphaned').count(), 12);
    assert.equal(await db.notes.where('target.entityId').equals('Q7747').count(), 25);
    assert.equal(await db.notes.where('tags').equals('eu').count(), 13);
    assert.equal((await db.sightings.where('[entityId+pageId]').equals(['Q5', 'p4']).first())?.count, 5);

    // 4. the packs table works, with its indexes
    await db.packs.add({ id: 'my-newsroom', origin: 'imported', compiled: { format: 'gloss-pack-compiled' } as never, added: t, updated: t, fileName: 'n.json' });
    await db.packs.add({ id: 'my-entities', origin: 'mine', compiled: { format: 'gloss-pack-compiled' } as never, added: t, updated: t });
    assert.deepEqual((await db.packs.where('origin').equals('mine').toArray()).map((r) => r.id), ['my-entities']);
    assert.deepEqual((await db.packs.orderBy('added').primaryKeys()).sort(), ['my-entities', 'my-newsroom']);
    db.close();
  });

  it('opens a fresh database at the current version', async () => {
    const db = new GlossDb(`gloss-fresh-${Date.now()}`);
    await db.open();
    assert.equal(db.verno, 3);
    assert.equal(await db.highlights.count(), 0);
    db.close();
  });
});
