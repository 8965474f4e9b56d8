/**
 * Schema upgrades: a database written by version 1 (kv, settings) is opened by the current
 * GlossDb, and every record must survive. Dexie on fake-indexeddb, in Node.
 */
import 'fake-indexeddb/auto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import { GlossDb, SCHEMA_V1 } from '../../src/background/db.ts';
import { DEFAULT_SETTINGS } from '../../src/core/model/types.ts';

describe('database migrations', () => {
  it('upgrades a version-1 database to version 2 keeping every record', async () => {
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
    assert.equal(db.verno, 2);
    assert.deepEqual(
      db.tables.map((t) => t.name).sort(),
      ['highlights', 'kv', 'notes', 'pages', 'settings', 'sightings'],
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

  it('opens a fresh database at the current version', async () => {
    const db = new GlossDb(`gloss-fresh-${Date.now()}`);
    await db.open();
    assert.equal(db.verno, 2);
    assert.equal(await db.highlights.count(), 0);
    db.close();
  });
});
