/**
 * The polite look-up client (src/core/lookup/client.ts, polite-fetch.ts, in-flight.ts) with Node's
 * real fetch against the recorded Wikimedia API server (scripts/wikimedia-server.ts): what is
 * sent, joining, aborting, Retry-After and back-off, the errors a reader can meet, the cache.
 * Waits before retries go through an injected sleep on a fake clock, so no test sleeps for real.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startWikimediaServer, type LoggedRequest, type WikimediaServer } from '../../scripts/wikimedia-server.ts';
import { DAY_MS, LookupClient, type LookupClientOptions } from '../../src/core/lookup/client.ts';
import { MemoryLookupCache } from '../../src/core/lookup/cache.ts';
import { describeLookupError, type LookupError } from '../../src/core/lookup/errors.ts';

let server: WikimediaServer;
before(async () => {
  server = await startWikimediaServer();
});
after(() => server.close());
beforeEach(() => server.reset());

/** a client on a fake clock: `waits` lists every wait before a retry, and the clock moves by it */
function makeClient(overrides: Partial<LookupClientOptions> = {}) {
  const waits: number[] = [];
  const clock = { now: Date.UTC(2026, 11, 3, 12, 0, 0) };
  const cache = new MemoryLookupCache();
  const client = new LookupClient({
    fetch: globalThis.fetch,
    endpoints: server.endpoints,
    version: '9.9.9',
    allowed: async () => true,
    cache,
    now: () => clock.now,
    sleep: async (ms) => {
      waits.push(ms);
      clock.now += ms;
    },
    ...overrides,
  });
  return { client, waits, clock, cache };
}

const gets = (route: LoggedRequest['route']) => server.requests.filter((r) => r.route === route && r.method === 'GET');
const errorOf = (r: { ok: boolean; error?: LookupError }) => (r.ok ? null : r.error);

describe('what a look-up sends and reads', () => {
  it('search: two requests (page language, English), the name and language only, no cookie or referrer', async () => {
    const { client } = makeClient();
    const found = await client.search('Dorian Ashcombe', 'fr-FR');
    assert.ok(found.ok);
    assert.deepEqual(found.value.candidates.map((c) => c.qid), ['Q999999940', 'Q999999911', 'Q999999912']);
    assert.equal(found.fromCache, false);
    const searches = gets('wbsearchentities');
    assert.deepEqual(searches.map((r) => [r.params.search, r.params.language, r.params.uselang]), [
      ['Dorian Ashcombe', 'fr', 'fr'],
      ['Dorian Ashcombe', 'en', 'fr'],
    ]);
    for (const r of searches) {
      assert.equal(r.headers['api-user-agent'], 'Gloss/9.9.9 (browser extension for news readers; look-ups asked for by the reader)');
      assert.equal(r.headers.cookie, undefined);
      assert.equal(r.headers.referer, undefined);
    }
    assert.equal(server.requests.length, 2, 'nothing else was requested');
  });

  it('article: terms, type and the page-language summary', async () => {
    const { client } = makeClient();
    const found = await client.article('Q999999940', 'ru');
    assert.ok(found.ok);
    assert.equal(found.value.item.labels.ru, 'Дориан Эшкомб');
    assert.deepEqual(found.value.instanceOf, ['Q5']);
    assert.equal(found.value.suggestedType, 'person');
    assert.equal(found.value.disambiguation, false);
    assert.equal(found.value.wikipedia?.lang, 'ru');
    assert.equal(found.value.wikipedia?.title, 'Эшкомб, Дориан');
    assert.deepEqual(server.requests.map((r) => r.route).sort(), ['summary', 'wbgetclaims', 'wbgetentities']);
    assert.equal(gets('wbgetentities')[0]?.params.sitefilter, 'ruwiki|enwiki');
  });

  it('article: no summary in the page language (404) falls back to English', async () => {
    const { client } = makeClient();
    const found = await client.article('Q999999940', 'de');
    assert.ok(found.ok);
    assert.equal(found.value.wikipedia?.lang, 'en');
    assert.deepEqual(gets('summary').map((r) => [r.lang, r.title, r.status]), [
      ['de', 'Dorian Ashcombe', 404],
      ['en', 'Dorian Ashcombe', 200],
    ]);
  });

  it('article: a disambiguation item and page is marked as such', async () => {
    const { client } = makeClient();
    const found = await client.article('Q999999920', 'en');
    assert.ok(found.ok);
    assert.equal(found.value.disambiguation, true);
    assert.equal(found.value.wikipedia?.kind, 'disambiguation');
  });

  it('article: an item with no article, description or class', async () => {
    const { client } = makeClient();
    const found = await client.article('Q999999930', 'en');
    assert.ok(found.ok);
    assert.equal(found.value.wikipedia, null);
    assert.deepEqual(found.value.instanceOf, []);
    assert.equal(found.value.suggestedType, null);
    assert.equal(gets('summary').length, 0, 'no article, no summary request');
  });

  it('nothing found: an unknown name, an unknown item', async () => {
    const { client } = makeClient();
    assert.deepEqual(errorOf(await client.search('Zzyzx Qwertyuiop', 'en')), { kind: 'nothing-found' });
    const unknown = await client.article('Q123456789', 'en');
    assert.deepEqual(errorOf(unknown), { kind: 'nothing-found' });
  });

  it('a passage is not sent', async () => {
    const { client } = makeClient();
    const r = await client.search('The minister said on Tuesday that the talks would go on for at least another week.', 'en');
    assert.deepEqual(errorOf(r), { kind: 'not-a-name', problem: 'too-long' });
    assert.equal(server.requests.length, 0);
  });
});

describe('permission', () => {
  it('without the grant no request is made', async () => {
    let asked = 0;
    const { client } = makeClient({
      allowed: async () => {
        asked++;
        return false;
      },
    });
    assert.deepEqual(errorOf(await client.search('Dorian Ashcombe', 'fr')), { kind: 'not-allowed' });
    assert.deepEqual(errorOf(await client.article('Q999999940', 'fr')), { kind: 'not-allowed' });
    assert.ok(asked > 0);
    assert.equal(server.requests.length, 0);
  });

  it('a grant withdrawn during a look-up stops the requests not yet made', async () => {
    let left = 2;
    const { client } = makeClient({ allowed: async () => left-- > 0 });
    const r = await client.article('Q999999940', 'en');
    assert.deepEqual(errorOf(r), { kind: 'not-allowed' });
    assert.equal(gets('summary').length, 0, 'the summary was not requested');
  });
});

describe('one request in flight per name', () => {
  it('a second ask for the same name joins the first', async () => {
    const { client } = makeClient();
    server.script('wbsearchentities', { delayMs: 150 });
    const [a, b] = await Promise.all([client.search('Dorian Ashcombe', 'en'), client.search('  dorian   ashcombe ', 'en-US')]);
    assert.ok(a.ok && b.ok);
    assert.deepEqual(a.value, b.value);
    assert.equal(gets('wbsearchentities').length, 1);
  });

  it('requests to one host go one at a time, also for different names', async () => {
    const { client } = makeClient();
    server.script('wbsearchentities', { delayMs: 100 });
    const answers = await Promise.all([client.search('Dorian Ashcombe', 'fr'), client.search('Mercury', 'en'), client.article('Q999999940', 'fr')]);
    assert.ok(answers.every((a) => a.ok));
    const wikidata = server.requests.filter((r) => r.url.startsWith('/wikidata/'));
    assert.equal(wikidata.length, 5);
    for (let i = 1; i < wikidata.length; i++) {
      const [prev, next] = [wikidata[i - 1]!, wikidata[i]!];
      assert.ok(prev.closedAt !== null && next.receivedAt >= prev.closedAt, `${next.url} came after ${prev.url} was answered`);
    }
  });

  it('closing the popover aborts the request', async () => {
    const { client } = makeClient();
    server.script('wbsearchentities', { delayMs: 30_000 });
    const popover = new AbortController();
    const pending = client.search('Dorian Ashcombe', 'en', popover.signal);
    await server.until((log) => log.some((r) => r.route === 'wbsearchentities'));
    popover.abort();
    assert.deepEqual(errorOf(await pending), { kind: 'aborted' });
    await server.until((log) => log.some((r) => r.route === 'wbsearchentities' && r.aborted));
    assert.equal(gets('wbsearchentities')[0]?.status, null, 'never answered');
  });

  it('one asker giving up does not abort the others; a new ask after all gave up starts afresh', async () => {
    const { client } = makeClient();
    server.script('wbsearchentities', { delayMs: 200 });
    const first = new AbortController();
    const a = client.search('Dorian Ashcombe', 'en', first.signal);
    const b = client.search('Dorian Ashcombe', 'en');
    await server.until((log) => log.some((r) => r.route === 'wbsearchentities'));
    first.abort();
    assert.deepEqual(errorOf(await a), { kind: 'aborted' });
    const answered = await b;
    assert.ok(answered.ok);
    assert.equal(gets('wbsearchentities').length, 1);
    assert.ok(!server.requests.some((r) => r.aborted));

    server.reset();
    server.script('wbgetentities', { delayMs: 30_000 });
    const gone = new AbortController();
    const c = client.article('Q999999940', 'en', gone.signal);
    await server.until((log) => log.some((r) => r.route === 'wbgetentities'));
    gone.abort();
    assert.deepEqual(errorOf(await c), { kind: 'aborted' });
    const again = await client.article('Q999999940', 'en');
    assert.ok(again.ok, 'not joined to the aborted flight');
  });

  it('an ask already aborted makes no request', async () => {
    const { client } = makeClient();
    const r = await client.search('Dorian Ashcombe', 'en', AbortSignal.abort());
    assert.deepEqual(errorOf(r), { kind: 'aborted' });
    assert.equal(server.requests.length, 0);
  });
});

describe('back-off', () => {
  it('429 with Retry-After in seconds: one retry after that wait', async () => {
    const { client, waits } = makeClient();
    server.script('summary', { status: 429, retryAfter: '3' });
    const r = await client.article('Q999999940', 'en');
    assert.ok(r.ok);
    assert.deepEqual(waits, [3000]);
    assert.deepEqual(gets('summary').map((x) => x.status), [429, 200]);
  });

  it('429 with Retry-After as an HTTP date', async () => {
    const { client, waits, clock } = makeClient();
    server.script('wbsearchentities', { status: 429, retryAfter: new Date(clock.now + 7000).toUTCString() });
    const r = await client.search('Ilse Vandermeer', 'en');
    assert.ok(r.ok);
    assert.deepEqual(waits, [7000]);
  });

  it('a Retry-After beyond the cap is not waited for, and pauses the host for later look-ups', async () => {
    const { client, waits, clock } = makeClient({ maxWaitMs: 20_000 });
    const start = clock.now;
    server.script('wbsearchentities', { status: 429, retryAfter: '3600' });
    const r = await client.search('Ilse Vandermeer', 'en');
    assert.deepEqual(errorOf(r), { kind: 'rate-limited', service: 'Wikidata', retryAt: start + 3_600_000 });
    assert.deepEqual(waits, []);
    assert.equal(server.requests.length, 1);
    assert.match(describeLookupError(errorOf(r)!, 'Ilse Vandermeer', start), /Try again in 60 minutes/);

    const later = await client.search('Dorian Ashcombe', 'en');
    assert.equal(errorOf(later)?.kind, 'rate-limited');
    assert.equal(server.requests.length, 1, 'Wikidata was not asked again during the pause');
  });

  it('5xx: exponential back-off, then the answer', async () => {
    const { client, waits } = makeClient();
    server.script('wbsearchentities', { status: 503 }, { status: 502 });
    const r = await client.search('Ilse Vandermeer', 'en');
    assert.ok(r.ok);
    assert.deepEqual(waits, [1000, 2000]);
  });

  it('5xx on every try: a server error after three tries', async () => {
    const { client, waits } = makeClient();
    server.script('wbsearchentities', { status: 500 }, { status: 500 }, { status: 500 });
    const r = await client.search('Ilse Vandermeer', 'en');
    assert.deepEqual(errorOf(r), { kind: 'server-error', service: 'Wikidata', status: 500 });
    assert.deepEqual(waits, [1000, 2000]);
    assert.equal(server.requests.length, 3);
  });

  it('closing the popover during a wait ends the look-up without another request', async () => {
    const popover = new AbortController();
    const { client } = makeClient({
      sleep: async () => {
        popover.abort();
      },
    });
    server.script('wbsearchentities', { status: 503 });
    const r = await client.search('Ilse Vandermeer', 'en', popover.signal);
    assert.deepEqual(errorOf(r), { kind: 'aborted' });
    assert.equal(server.requests.length, 1);
  });
});

describe('errors a reader can meet', () => {
  it('refused (4xx) without retrying', async () => {
    const { client, waits } = makeClient();
    server.script('wbsearchentities', { status: 403 });
    const r = await client.search('Ilse Vandermeer', 'en');
    assert.deepEqual(errorOf(r), { kind: 'refused', service: 'Wikidata', status: 403, code: null });
    assert.deepEqual(waits, []);
  });

  it('an API error object: rate limit, or refusal with its code', async () => {
    const { client } = makeClient();
    server.script('wbsearchentities', { status: 200, body: JSON.stringify({ error: { code: 'ratelimited', info: 'slow down' } }) });
    assert.deepEqual(errorOf(await client.search('Ilse Vandermeer', 'en')), { kind: 'rate-limited', service: 'Wikidata', retryAt: null });
    server.script('wbsearchentities', { status: 200, body: JSON.stringify({ error: { code: 'blocked', info: 'blocked' } }) });
    assert.deepEqual(errorOf(await client.search('Dorian Ashcombe', 'en')), { kind: 'refused', service: 'Wikidata', status: 200, code: 'blocked' });
  });

  it('an answer that is not JSON', async () => {
    const { client } = makeClient();
    server.script('summary', { status: 200, body: '<!DOCTYPE html><p>maintenance</p>' });
    const r = await client.article('Q999999940', 'en');
    assert.deepEqual(errorOf(r), { kind: 'bad-response', service: 'Wikipedia', detail: 'the answer is not JSON' });
  });

  it('too slow: a timeout, and the request is dropped', async () => {
    const { client } = makeClient({ timeoutMs: 100 });
    server.script('wbsearchentities', { delayMs: 30_000 });
    const r = await client.search('Ilse Vandermeer', 'en');
    assert.deepEqual(errorOf(r), { kind: 'timeout', service: 'Wikidata' });
    await server.until((log) => log.some((x) => x.aborted));
  });

  it('offline: the service cannot be reached', async () => {
    const gone = await startWikimediaServer();
    const endpoints = gone.endpoints;
    await gone.close();
    const { client } = makeClient({ endpoints });
    assert.deepEqual(errorOf(await client.search('Dorian Ashcombe', 'en')), { kind: 'offline', service: 'Wikidata' });
  });

  it('every error has a sentence for the reader', () => {
    const now = Date.UTC(2026, 0, 1);
    const errors: LookupError[] = [
      { kind: 'not-allowed' },
      { kind: 'not-a-name', problem: 'empty' },
      { kind: 'offline', service: 'Wikipedia' },
      { kind: 'timeout', service: 'Wikidata' },
      { kind: 'rate-limited', service: 'Wikidata', retryAt: now + 60_000 },
      { kind: 'rate-limited', service: 'Wikidata', retryAt: null },
      { kind: 'server-error', service: 'Wikipedia', status: 503 },
      { kind: 'refused', service: 'Wikidata', status: 403, code: null },
      { kind: 'nothing-found' },
      { kind: 'bad-response', service: 'Wikipedia', detail: 'x' },
      { kind: 'aborted' },
    ];
    const sentences = errors.map((e) => describeLookupError(e, 'Ilse Vandermeer', now));
    for (const s of sentences) assert.match(s, /^[A-Z"].*\.$/);
    assert.equal(new Set(sentences).size, sentences.length);
    assert.match(sentences[2]!, /Gloss could not reach Wikipedia\. Check that you are online/);
    assert.match(sentences[4]!, /Try again in a minute\./);
    assert.match(sentences[8]!, /"Ilse Vandermeer"/);
  });
});

describe('cache', () => {
  it('a fresh answer is served without a request; an old one asks again', async () => {
    const { client, clock } = makeClient({ ttlMs: DAY_MS });
    const first = await client.article('Q999999940', 'en');
    assert.ok(first.ok && !first.fromCache);
    const requestsAfterFirst = server.requests.length;
    clock.now += DAY_MS - 1;
    const second = await client.article('Q999999940', 'en');
    assert.ok(second.ok && second.fromCache && second.staleBecause === null);
    assert.equal(second.fetchedAt, first.fetchedAt);
    assert.equal(server.requests.length, requestsAfterFirst);
    clock.now += 2;
    const third = await client.article('Q999999940', 'en');
    assert.ok(third.ok && !third.fromCache);
    assert.equal(server.requests.length, requestsAfterFirst * 2);
  });

  it('"nothing found" is remembered too', async () => {
    const { client } = makeClient();
    await client.search('Zzyzx Qwertyuiop', 'en');
    const n = server.requests.length;
    assert.deepEqual(errorOf(await client.search('Zzyzx Qwertyuiop', 'en')), { kind: 'nothing-found' });
    assert.equal(server.requests.length, n);
  });

  it('offline, an old answer is shown, marked stale with the reason', async () => {
    const gone = await startWikimediaServer();
    const { client, clock, cache } = makeClient({ endpoints: gone.endpoints, ttlMs: DAY_MS });
    const fresh = await client.search('Dorian Ashcombe', 'fr');
    assert.ok(fresh.ok);
    await gone.close();
    clock.now += 3 * DAY_MS;
    const stale = await client.search('Dorian Ashcombe', 'fr');
    assert.ok(stale.ok);
    assert.deepEqual(stale.value, fresh.value);
    assert.equal(stale.fetchedAt, fresh.fetchedAt);
    assert.deepEqual(stale.staleBecause, { kind: 'offline', service: 'Wikidata' });
    assert.equal(cache.entries.size, 1);
  });

  it('a failing cache is reported and the look-up goes on; a failing permission check counts as no', async () => {
    const failures: unknown[] = [];
    const broken = {
      get: async () => {
        throw new Error('database closed');
      },
      put: async () => {
        throw new Error('quota');
      },
    };
    const { client } = makeClient({ cache: broken, onCacheError: (e) => failures.push(e) });
    assert.ok((await client.search('Dorian Ashcombe', 'en')).ok);
    assert.deepEqual(failures.map((e) => (e as Error).message), ['database closed', 'quota']);

    server.reset();
    const { client: denied } = makeClient({
      allowed: async () => {
        throw new Error('permissions API unavailable');
      },
    });
    assert.deepEqual(errorOf(await denied.search('Dorian Ashcombe', 'en')), { kind: 'not-allowed' });
    assert.equal(server.requests.length, 0);
  });

  it('an aborted look-up is not cached', async () => {
    const { client, cache } = makeClient();
    server.script('wbsearchentities', { delayMs: 30_000 });
    const popover = new AbortController();
    const pending = client.search('Dorian Ashcombe', 'en', popover.signal);
    await server.until((log) => log.length > 0);
    popover.abort();
    await pending;
    assert.equal(cache.entries.size, 0);
  });
});
