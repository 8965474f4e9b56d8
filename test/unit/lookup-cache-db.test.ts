/**
 * Kept look-up answers in the database (src/background/repository/lookups.ts, schema version 5):
 * the client reads and writes them there, so a look-up made once is shown again without a request
 * and, when Wikipedia cannot be reached, an old one is shown with its date; answers are pruned by
 * age and number. Dexie on fake-indexeddb and the recorded API server, in Node.
 */
import 'fake-indexeddb/auto';
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '../../src/background/db.ts';
import { forgetLookups, getLookup, KEEP_LOOKUPS_MS, lookupCache, lookupCount, MAX_KEPT_LOOKUPS, putLookup } from '../../src/background/repository/lookups.ts';
import { DAY_MS, LookupClient } from '../../src/core/lookup/client.ts';
import { startWikimediaServer, type WikimediaServer } from '../../scripts/wikimedia-server.ts';

let server: WikimediaServer;
before(async () => {
  server = await startWikimediaServer();
});
after(() => server.close());
beforeEach(async () => {
  await db.lookups.clear();
  server.reset();
});

describe('kept look-up answers', () => {
  it('a look-up is kept; asked again it is answered from the database, also with the server gone', async () => {
    let now = Date.UTC(2026, 11, 3);
    const make = (endpoints = server.endpoints) => new LookupClient({ fetch: globalThis.fetch, endpoints, version: '1', allowed: async () => true, cache: lookupCache, now: () => now });
    const first = await make().search('Dorian Ashcombe', 'fr');
    assert.ok(first.ok && !first.fromCache);
    const sent = server.requests.length;
    assert.equal(sent, 2, 'French and English searches');
    assert.equal(await lookupCount(), 1);

    // a new client (a background that woke up again) reads the same database
    const again = await make().search('dorian  ashcombe', 'fr-FR');
    assert.ok(again.ok && again.fromCache && again.staleBecause === null);
    assert.equal(server.requests.length, sent, 'no request');

    // weeks later, the service unreachable: the old answer, saying why
    now += 30 * DAY_MS;
    const offline = make({ wikidataApi: 'http://127.0.0.1:9/wikidata/w/api.php', wikipediaRest: 'http://127.0.0.1:9/wikipedia/{lang}/api/rest_v1' });
    const stale = await offline.search('Dorian Ashcombe', 'fr');
    assert.ok(stale.ok && stale.fromCache);
    assert.equal(stale.ok && stale.staleBecause?.kind, 'offline');
    assert.equal(stale.ok && stale.value.candidates[0]?.qid, 'Q999999940');
  });

  it('an article is kept whole (the background keeps a look-up from it later)', async () => {
    const client = new LookupClient({ fetch: globalThis.fetch, endpoints: server.endpoints, version: '1', allowed: async () => true, cache: lookupCache });
    const r = await client.article('Q999999940', 'fr');
    assert.ok(r.ok);
    const kept = await getLookup('v1:article:fr:Q999999940');
    assert.deepEqual(kept?.value, r.ok ? r.value : null);
  });

  it('answers older than the limit go, and the oldest beyond the number kept', async () => {
    const now = Date.UTC(2026, 11, 3);
    await putLookup('old', { value: 1, fetchedAt: now - KEEP_LOOKUPS_MS - 1 }, now);
    await putLookup('new', { value: 2, fetchedAt: now }, now);
    assert.deepEqual(await db.lookups.orderBy('key').primaryKeys(), ['new']);

    await db.lookups.bulkPut(Array.from({ length: MAX_KEPT_LOOKUPS }, (_, i) => ({ key: `k${String(i).padStart(5, '0')}`, value: i, fetchedAt: now - 1000 + i })));
    await putLookup('newest', { value: 3, fetchedAt: now + 1 }, now);
    assert.equal(await lookupCount(), MAX_KEPT_LOOKUPS);
    assert.equal(await getLookup('k00000'), undefined, 'the oldest went');
    assert.equal(await getLookup('k00001'), undefined);
    assert.deepEqual(await getLookup('newest'), { value: 3, fetchedAt: now + 1 });
    assert.equal(await forgetLookups(), MAX_KEPT_LOOKUPS);
    assert.equal(await lookupCount(), 0);
  });
});
