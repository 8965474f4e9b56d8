/**
 * Schema upgrades: a database written by version 1, 2, 3 or 4 is opened by the current GlossDb,
 * and every record must survive (as it was, or as docs/data-model.md says version 4 files it).
 * Dexie on fake-indexeddb, in Node. test/browser/db-upgrade.test.ts repeats the 3 → 4 upgrade
 * in Chromium with a database written by the last version-3 build.
 */
import 'fake-indexeddb/auto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import { GlossDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../src/background/db.ts';
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
    assert.equal(db.verno, 5);
    assert.deepEqual(
      db.tables.map((t) => t.name).sort(),
      ['highlights', 'kv', 'lookups', 'notes', 'packs', 'pages', 'rejections', 'settings', 'sightings', 'tombstones'],
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
    await db.pages.add({ id: 'p1', url: 'https://example.com/a', title: 'A', site: 'example.com', firstVisit: t, lastVisit: t, aliases: ['https://m.example.com/a'], rev: 1 });
    await db.highlights.add({ id: 'h1', pageId: 'p1', selectors: [], colour: 'yellow', body: '', tags: ['x', 'y'], created: t, updated: t, rev: 1, placement: { state: 'orphaned', checked: t } });
    await db.notes.add({ id: 'n1', target: { kind: 'page', pageId: 'p1' }, pageId: 'p1', body: 'b', tags: ['y'], created: t, updated: t, rev: 1 });
    await db.sightings.add({ id: 's1', entityId: 'Q1', pageId: 'p1', count: 2, firstSeen: t, lastSeen: t, rev: 1 });
    await db.rejections.add({ pageId: 'p1', entityIds: ['Q2'], updated: t, rev: 1 });
    await db.tombstones.add({ id: 'h0', kind: 'highlight', deleted: t, rev: 2 });
    assert.equal((await db.table('pages').where('aliases').equals('https://m.example.com/a').first())?.id, 'p1');
    assert.equal(await db.table('highlights').where('placement.state').equals('orphaned').count(), 1);
    assert.equal(await db.table('highlights').where('tags').equals('y').count(), 1, 'highlights are found by tag');
    assert.equal(await db.table('notes').where('tags').equals('y').count(), 1);
    assert.equal((await db.table('sightings').where('[entityId+pageId]').equals(['Q1', 'p1']).first())?.count, 2);
    assert.equal(await db.tombstones.where('kind').equals('highlight').count(), 1);
    await assert.rejects(db.pages.add({ id: 'p2', url: 'https://example.com/a', title: '', site: '', firstVisit: t, lastVisit: t, aliases: [], rev: 1 }), /constraint/i, 'page url is unique');
    db.close();
  });

  it('upgrades a version-2 database to version 3 (packs) keeping every record (versions 1–3 as they shipped)', async () => {
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

    // 2. open with schema version 3 exactly as it shipped (versions 1–3, the v2 settings upgrade)
    const db = new Dexie(name);
    db.version(1).stores(SCHEMA_V1);
    db.version(2).stores(SCHEMA_V2).upgrade(async (tx) => {
      await tx.table('settings').toCollection().modify((row: { value: object }) => void (row.value = { ...DEFAULT_SETTINGS, ...row.value }));
    });
    db.version(3).stores(SCHEMA_V3);
    await db.open();
    assert.equal(db.verno, 3);
    assert.equal(await db.table('packs').count(), 0, 'the new packs table starts empty');

    // 3. every record of every table is still there, unchanged
    for (const [table, list] of Object.entries(rows)) {
      const after = await db.table(table).toArray();
      assert.equal(after.length, list.length, `${table}: same number of records`);
      const pk = table === 'kv' || table === 'settings' ? 'key' : 'id';
      const byId = new Map(after.map((r: Record<string, unknown>) => [r[pk], r]));
      for (const r of list) assert.deepEqual(byId.get(r[pk]), r, `${table} ${String(r[pk])} is unchanged`);
    }
    // the version-2 indexes still answer
    assert.equal((await db.table('pages').where('aliases').equals('https://m.news.example/a3').first())?.id, 'p3');
    assert.equal(await db.table('highlights').where('placement.state').equals('orphaned').count(), 12);
    assert.equal(await db.table('notes').where('target.entityId').equals('Q7747').count(), 25);
    assert.equal(await db.table('notes').where('tags').equals('eu').count(), 13);
    assert.equal((await db.table('sightings').where('[entityId+pageId]').equals(['Q5', 'p4']).first())?.count, 5);

    // 4. the packs table works, with its indexes
    const packs = db.table('packs');
    await packs.add({ id: 'my-newsroom', origin: 'imported', compiled: { format: 'gloss-pack-compiled' }, added: t, updated: t, fileName: 'n.json' });
    await packs.add({ id: 'my-entities', origin: 'mine', compiled: { format: 'gloss-pack-compiled' }, added: t, updated: t });
    assert.deepEqual((await packs.where('origin').equals('mine').toArray()).map((r: { id: string }) => r.id), ['my-entities']);
    assert.deepEqual((await packs.orderBy('added').primaryKeys()).sort(), ['my-entities', 'my-newsroom']);
    db.close();
  });

  it('upgrades a version-3 database to version 4 keeping every record (revisions, notes in their highlight, rejections by page)', async () => {
    const name = `gloss-migration-v3-${Date.now()}`;
    // 1. write with schema version 3 exactly as it shipped
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const t = '2026-11-20T10:00:00.000Z';
    const later = '2026-11-21T08:30:00.000Z';
    const pages = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`, url: `https://news.example/a${i}`, title: `Article ${i}`, site: 'news.example', firstVisit: t, lastVisit: t,
      ...(i % 4 === 0 ? {} : { aliases: i % 3 === 0 ? [`https://m.news.example/a${i}`] : [] }),
    }));
    const highlights = Array.from({ length: 40 }, (_, i) => ({
      id: `h${i}`, pageId: `p${i % 20}`, url: `https://news.example/a${i % 20}`, pageTitle: `Old title ${i % 20}`,
      selectors: [{ type: 'TextQuoteSelector', exact: `quote ${i} « é » 🗞`, prefix: 'a', suffix: 'b' }, { type: 'TextPositionSelector', start: i, end: i + 9 }],
      colour: i % 2 ? 'green' : 'yellow', created: t, updated: t,
      ...(i % 5 === 0 ? { placement: { state: 'orphaned', checked: t } } : {}),
    }));
    // a highlight whose page record is missing: its page is made from the highlight's copies
    highlights.push({ id: 'h-lost', pageId: 'p-gone', url: 'https://other.example/x?utm_source=a', pageTitle: 'Lost page', selectors: highlights[0]!.selectors, colour: 'blue', created: t, updated: t });
    const notes = [
      // notes on highlights: body and tags, a tags-only one, one edited later than its highlight
      ...Array.from({ length: 30 }, (_, i) => ({
        id: `n${i}`, target: { kind: 'highlight', highlightId: `h${i}` }, pageId: `p${i % 20}`,
        body: i % 10 === 3 ? '' : `note ${i}\nsecond line, "quoted"`, tags: i % 2 ? ['economy'] : ['economy', 'EU'],
        created: t, updated: i === 7 ? later : t,
      })),
      // about entities and pages: unchanged but for rev
      { id: 'e1', target: { kind: 'entity', entityId: 'Q7747', entityName: 'Vladimir Putin', entityType: 'person' }, pageId: 'p1', body: 'entity note', tags: ['kremlin'], created: t, updated: t },
      { id: 'e2', target: { kind: 'entity', entityId: 'gloss:country:by', entityName: 'Belarus' }, body: 'no page', tags: [], created: t, updated: t },
      { id: 'pn1', target: { kind: 'page', pageId: 'p2' }, pageId: 'p2', body: 'page note', tags: ['later'], created: t, updated: t },
      // a note on a highlight that is gone: kept, about its page
      { id: 'orphan-note', target: { kind: 'highlight', highlightId: 'h-deleted' }, pageId: 'p3', body: 'its highlight was deleted', tags: [], created: t, updated: t },
    ];
    const sightings = Array.from({ length: 15 }, (_, i) => ({ id: `s${i}`, entityId: `Q${i + 1}`, pageId: `p${i}`, count: i + 1, firstSeen: t, lastSeen: t }));
    const kv = [
      { key: 'marks/rejected:https://news.example/a5', value: JSON.stringify(['Q5', 'Q6']) },
      { key: 'marks/rejected:https://m.news.example/a3', value: JSON.stringify(['Q3']) }, // an alias of p3
      { key: 'marks/rejected:https://unknown.example/story', value: JSON.stringify(['Q9']) }, // no page yet
      { key: 'marks/rejected:https://broken.example/', value: '{not json' }, // unreadable: left alone
      { key: 'test-key', value: 'kept ✓' },
    ];
    const packs = [{ id: 'my-entities', origin: 'mine', compiled: { format: 'gloss-pack-compiled', entities: [{ id: 'mine:person:x' }] }, added: t, updated: t }];
    const settings = [{ key: 'settings', value: { ...DEFAULT_SETTINGS, mutedEntities: ['Q1'], defaultColour: 'pink' } }];
    await v3.table('pages').bulkPut(pages);
    await v3.table('highlights').bulkPut(highlights);
    await v3.table('notes').bulkPut(notes);
    await v3.table('sightings').bulkPut(sightings);
    await v3.table('kv').bulkPut(kv);
    await v3.table('packs').bulkPut(packs);
    await v3.table('settings').bulkPut(settings);
    assert.equal(v3.verno, 3);
    v3.close();

    // 2. open with the current schema
    const db = new GlossDb(name);
    await db.open();
    assert.equal(db.verno, 5);

    // 3. pages: every one, rev 1, aliases always a list; one made for the lost highlight, one for the unknown rejection
    const pagesAfter = new Map((await db.pages.toArray()).map((p) => [p.id, p]));
    for (const p of pages) assert.deepEqual(pagesAfter.get(p.id), { aliases: [], ...p, rev: 1 }, `page ${p.id}`);
    assert.deepEqual(pagesAfter.get('p-gone'), { id: 'p-gone', url: 'https://other.example/x', title: 'Lost page', site: 'other.example', firstVisit: t, lastVisit: t, aliases: [], rev: 1 });
    const made = [...pagesAfter.values()].find((p) => p.url === 'https://unknown.example/story');
    assert.ok(made, 'a page for the rejection at an address with no page');
    assert.equal(pagesAfter.size, pages.length + 2);

    // 4. highlights: the same records without the stale url/title, with their note's text and tags, rev 1
    const hAfter = new Map((await db.highlights.toArray()).map((h) => [h.id, h]));
    assert.equal(hAfter.size, highlights.length);
    for (const h of highlights) {
      const { url: _u, pageTitle: _p, ...rest } = h;
      const n = notes.find((x) => x.target.kind === 'highlight' && (x.target as { highlightId: string }).highlightId === h.id);
      assert.deepEqual(hAfter.get(h.id), { ...rest, body: n?.body ?? '', tags: n?.tags ?? [], updated: n?.updated ?? h.updated, rev: 1 }, `highlight ${h.id}`);
    }
    assert.deepEqual(hAfter.get('h3')!.tags, ['economy'], 'tags without a note sit on the highlight');
    assert.equal(hAfter.get('h3')!.body, '');
    assert.equal(hAfter.get('h7')!.updated, later, 'a note edited after its highlight dates the highlight');
    assert.equal(await db.highlights.where('tags').equals('EU').count(), 15, 'highlights are found by tag');

    // 5. notes: those about entities and pages unchanged but for rev; the orphan note is about its page
    const nAfter = new Map((await db.notes.toArray()).map((n) => [n.id, n]));
    assert.deepEqual([...nAfter.keys()].sort(), ['e1', 'e2', 'orphan-note', 'pn1']);
    for (const id of ['e1', 'e2', 'pn1']) assert.deepEqual(nAfter.get(id), { ...notes.find((n) => n.id === id), rev: 1 }, `note ${id}`);
    assert.deepEqual(nAfter.get('orphan-note'), { id: 'orphan-note', target: { kind: 'page', pageId: 'p3' }, pageId: 'p3', body: 'its highlight was deleted', tags: [], created: t, updated: t, rev: 1 });

    // 6. sightings with rev; rejections keyed by page id; the moved kv rows gone, the others kept
    for (const s of sightings) assert.deepEqual(await db.sightings.get(s.id), { ...s, rev: 1 });
    const rej = new Map((await db.rejections.toArray()).map((r) => [r.pageId, r.entityIds]));
    assert.deepEqual(Object.fromEntries(rej), { p5: ['Q5', 'Q6'], p3: ['Q3'], [made!.id]: ['Q9'] });
    assert.deepEqual((await db.kv.toArray()).map((r) => r.key).sort(), ['marks/rejected:https://broken.example/', 'test-key']);
    assert.equal((await db.kv.get('test-key'))?.value, 'kept ✓');

    // 7. packs and settings untouched; no tombstones yet
    assert.deepEqual(await db.packs.toArray(), packs);
    assert.deepEqual(await db.settings.toArray(), settings);
    assert.equal(await db.tombstones.count(), 0);
    db.close();
  });

  it('upgrades a version-4 database to version 5 (kept look-ups) keeping every record', async () => {
    const name = `gloss-migration-v4-${Date.now()}`;
    // 1. write with schema version 4 exactly as it shipped: every table, records that use its indexes
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const t = '2026-12-01T09:00:00.000Z';
    const rows: Record<string, Record<string, unknown>[]> = {
      kv: [{ key: 'test-key', value: 'kept ✓' }],
      settings: [{ key: 'settings', value: { ...DEFAULT_SETTINGS, onlineLookup: false, paused: true, mutedEntities: ['Q7747'] } }],
      pages: Array.from({ length: 12 }, (_, i) => ({
        id: `p${i}`, url: `https://news.example/a${i}`, title: `Article ${i}`, site: 'news.example', firstVisit: t, lastVisit: t,
        aliases: i % 3 === 0 ? [`https://m.news.example/a${i}`] : [], rev: 1,
      })),
      highlights: Array.from({ length: 24 }, (_, i) => ({
        id: `h${i}`, pageId: `p${i % 12}`, selectors: [{ type: 'TextQuoteSelector', exact: `quote ${i} « é »`, prefix: 'a', suffix: 'b' }],
        colour: i % 2 ? 'green' : 'yellow', body: i % 3 ? `note ${i}` : '', tags: i % 4 ? ['economy'] : [], created: t, updated: t, rev: 2,
        placement: { state: i % 5 === 0 ? 'orphaned' : 'placed', checked: t },
      })),
      notes: Array.from({ length: 10 }, (_, i) => ({
        id: `n${i}`, target: { kind: 'entity', entityId: 'Q7747', entityName: 'Vladimir Putin' }, pageId: `p${i}`, body: `entity note ${i}`,
        tags: ['eu'], created: t, updated: t, rev: 1,
      })),
      sightings: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, entityId: `Q${i + 1}`, pageId: `p${i}`, count: i + 1, firstSeen: t, lastSeen: t, rev: 1 })),
      packs: [{ id: 'my-entities', origin: 'mine', compiled: { format: 'gloss-pack-compiled' }, added: t, updated: t }],
      rejections: [{ pageId: 'p1', entityIds: ['Q2'], updated: t, rev: 1 }],
      tombstones: [{ id: 'h99', kind: 'highlight', deleted: t, rev: 3 }],
    };
    for (const [table, list] of Object.entries(rows)) await v4.table(table).bulkPut(list);
    assert.equal(v4.verno, 4);
    v4.close();

    // 2. open with the current schema
    const db = new GlossDb(name);
    await db.open();
    assert.equal(db.verno, 5);
    assert.equal(await db.lookups.count(), 0, 'the new lookups table starts empty');

    // 3. every record of every table is still there, unchanged
    for (const [table, list] of Object.entries(rows)) {
      const after = await db.table(table).toArray();
      assert.equal(after.length, list.length, `${table}: same number of records`);
      const pk = table === 'kv' || table === 'settings' ? 'key' : table === 'rejections' ? 'pageId' : 'id';
      const byId = new Map(after.map((r: Record<string, unknown>) => [r[pk], r]));
      for (const r of list) assert.deepEqual(byId.get(r[pk]), r, `${table} ${String(r[pk])} is unchanged`);
    }
    assert.equal(await db.highlights.where('tags').equals('economy').count(), 18, 'the version-4 indexes still answer');
    assert.equal(await db.tombstones.where('kind').equals('highlight').count(), 1);

    // 4. the lookups table works, with its index
    await db.lookups.bulkPut([
      { key: 'v1:search:fr:douglas adams', value: { name: 'Douglas Adams', candidates: [] }, fetchedAt: 2000 },
      { key: 'v1:article:fr:Q42', value: { qid: 'Q42' }, fetchedAt: 1000 },
    ]);
    assert.deepEqual(await db.lookups.orderBy('fetchedAt').primaryKeys(), ['v1:article:fr:Q42', 'v1:search:fr:douglas adams']);
    assert.deepEqual((await db.lookups.get('v1:article:fr:Q42'))?.value, { qid: 'Q42' });
    db.close();
  });

  it('opens a fresh database at the current version', async () => {
    const db = new GlossDb(`gloss-fresh-${Date.now()}`);
    await db.open();
    assert.equal(db.verno, 5);
    assert.equal(await db.highlights.count(), 0);
    db.close();
  });
});
