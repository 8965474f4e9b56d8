/**
 * The online look-up in real Chromium and Firefox, against the recorded Wikimedia API server
 * (scripts/wikimedia-server.ts, on 127.0.0.1; test builds only may be pointed at it), driven as a
 * reader drives it: a name selected on the page, "Look up" in the selection toolbar, the buttons
 * of the look-up panel in Gloss's frame clicked with the real mouse, Escape pressed.
 *
 *  - without the browser's grant of the Wikipedia and Wikidata hosts, no request reaches the
 *    server, whatever the reader does (toolbar, panel, faint marks, Settings, every message);
 *  - granted: turned on in the notebook's Settings (a real click, the browser's permission
 *    request inside it), a name looked up, one of several results chosen, the answer shown again
 *    without a request, also with the server stopped, kept as a personal entity and marked on the
 *    next page with the kept summary;
 *  - a 429 with Retry-After: one retry, after the wait; the panel closed mid-request: the request
 *    is aborted (the server sees the connection go); faint marks on names no pack knows only when
 *    the reader turned them on, and nothing sent for them before the reader asks.
 *  - the browser's context menu ("Look up “…” with Gloss", what the background does on it: the
 *    menu itself cannot be driven): the panel searches at once, for the name the menu reported;
 *  - Gloss switched off on the site while the panel is open: the panel closes.
 *
 * Every check that something did not happen waits first for an observable end of the work (the
 * panel's step, the page's read, the server's log).
 *
 * How the grant is given per browser (the production path, permissions.request in a click and
 * permissions.contains before every request, is unchanged): see LaunchOptions.lookupAccess in
 * harness.ts. "Not granted" in Firefox: Firefox counts the hosts as granted when the reader allowed
 * Gloss's content script on all https sites, so the test first withdraws that (the reader can, in
 * the add-on's permissions); the test pages are http and keep Gloss.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  BROWSERS, ROOT, assertNoErrors, type BrowserName, type LaunchOptions, bridgeSend, inGlossFrame, sendAsContentScript, waitFor, waitForUi, waitInGlossFrame,
  withBrowser, type GlossBrowser, type TestPage,
} from './harness.ts';
import { clickUi, select } from './highlight-helpers.ts';
import { clickInPopover, setSettings, waitForPopover, waitForPopoverClosed } from './marks-helpers.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { startWikimediaServer, type WikimediaServer } from '../../scripts/wikimedia-server.ts';
import { LOOKUP_HOST_PERMISSIONS } from '../../src/core/lookup/endpoints.ts';

let pages: StaticServer;
before(async () => {
  pages = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages') });
});
after(async () => {
  await pages.close();
});

type ExtensionGlobal = { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean>; remove(p: { origins: string[] }): Promise<boolean> } } };

async function readPage(b: GlossBrowser, path: string): Promise<TestPage> {
  const page = await b.newPage(`${pages.origin}/fixtures/${path}`);
  await waitFor(page, () => document.documentElement.getAttribute('data-gloss-scan') === 'done', undefined, 20000, 'the page read');
  return page;
}

/** the notebook's Settings tab, as the reader opens it */
async function openSettings(b: GlossBrowser, from: TestPage): Promise<TestPage> {
  const nb = await b.openExtensionPage(from, 'notebook', 'settings');
  await waitFor(nb, () => !!document.querySelector('[data-testid="lookup-online"]'), undefined, 10000, 'the look-up switch');
  return nb;
}

/** the hosts as the browser grants them to Gloss now */
function hostsGranted(nb: TestPage): Promise<boolean> {
  return nb.evaluate((origins) => (globalThis as unknown as ExtensionGlobal).chrome.permissions.contains({ origins }), [...LOOKUP_HOST_PERMISSIONS]);
}

/** the look-up panel's step (data-step), null when the frame shows no look-up */
function panelStep(page: TestPage): Promise<string | null> {
  return inGlossFrame(page, 'popover', () => document.querySelector('[data-testid="lookup"]')?.getAttribute('data-step') ?? null);
}

async function waitForStep(page: TestPage, step: string, timeoutMs = 10000): Promise<void> {
  await waitForUi(page, (u) => !!u.popover, 'the look-up panel to show', timeoutMs);
  const expected = JSON.stringify(step);
  await waitInGlossFrame(page, 'popover', new Function(`return document.querySelector('[data-testid="lookup"]')?.getAttribute('data-step') === ${expected};`) as () => boolean, `the look-up panel at step "${step}"`, timeoutMs).catch(async (e: Error) => {
    const text = await inGlossFrame(page, 'popover', () => document.body.textContent);
    throw new Error(`${e.message}; it is at step "${await panelStep(page)}": ${text}`);
  });
}

/** Select the text of the element `id` and choose "Look up" in Gloss's selection toolbar (real mouse). */
async function lookUpFromToolbar(page: TestPage, id: string): Promise<void> {
  const text = await page.evaluate((i) => document.getElementById(i)!.textContent!, id);
  await select(page, id, text, id, text);
  await clickUi(page, 'toolbar', 'toolbar-lookup');
  await waitForUi(page, (u) => u.popover?.text.includes('Look up') && !u.toolbar, 'the look-up panel instead of the toolbar');
}

/** Close the panel as a reader does with the keyboard (focus is in it), and wait for it to go. */
async function closePanel(page: TestPage): Promise<void> {
  await page.keyboard.press('Escape');
  await waitForPopoverClosed(page);
}

const routes = (api: WikimediaServer) => api.requests.map((r) => r.route);

/** A browser with a fresh profile and a recorded API server, both gone afterwards. */
async function withBrowserAndApi(name: BrowserName, access: LaunchOptions['lookupAccess'], run: (b: GlossBrowser, api: WikimediaServer) => Promise<void>): Promise<void> {
  const api = await startWikimediaServer();
  try {
    await withBrowser(name, (b) => run(b, api), access ? { lookupAccess: access } : {});
  } finally {
    await api.close().catch(() => undefined);
  }
}

/** In an open look-up panel for "mercury": search, and choose the planet among the results. */
async function choosePlanet(page: TestPage): Promise<void> {
  await clickInPopover(page, 'lookup-go');
  await waitForStep(page, 'choose');
  await clickInPopover(page, 'candidate-Q308');
  await waitForStep(page, 'article');
}

for (const name of BROWSERS) {
  describe(`online look-up in ${name}`, () => {
    it('without the browser’s grant, no request reaches the server whatever the reader does', { timeout: 120_000 }, () =>
      withBrowserAndApi(name, undefined, async (b, api) => {
        const page = await readPage(b, 'lookup.html');
        await bridgeSend(page, 'debug/lookupServer', { origin: api.origin });
        const nb = await openSettings(b, page);
        if (name === 'firefox') {
          // the reader withdrew Gloss's access to all https sites (Firefox then grants the look-up hosts no longer)
          await nb.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.permissions.remove({ origins: ['https://*/*'] }), null);
        }
        assert.equal(await hostsGranted(nb), false, 'the hosts are not granted');

        // the reader turns it on in Settings: the browser asks, and nobody answers yes
        // (the browser's prompt stays unanswered: the switch waits for it)
        await nb.click('[data-testid="lookup-online"]');
        assert.equal((await bridgeSend(page, 'settings/get', {})).onlineLookup, false);
        await page.bringToFront();

        // selects a name and chooses Look up: the panel says it is off; "Turn on and look up": refused by the browser
        await lookUpFromToolbar(page, 'ashcombe');
        await waitForStep(page, 'off');
        // Chrome asks for the access from the panel (the prompt stays unanswered); Firefox's panel sends the reader to Settings
        await clickInPopover(page, name === 'chromium' ? 'lookup-turn-on' : 'lookup-settings');
        await waitForStep(page, 'off');
        await closePanel(page);

        // a reader who turned it (and faint marks) on earlier and then withdrew the browser's access
        await bridgeSend(page, 'settings/update', { patch: { onlineLookup: true, lookupUnknownNames: true } });
        const faint = await readPage(b, 'lookup.html');
        await waitFor(faint, () => [...document.querySelectorAll('gloss-name')].some((m) => m.textContent === 'Ilse Vandermeer'), undefined, 10000, 'the faint mark');
        await faint.click('gloss-name');
        await waitForStep(faint, 'off');
        await lookUpFromToolbar(faint, 'ashcombe');
        await waitForStep(faint, 'off');
        await closePanel(faint);

        // every look-up message, through the background's handlers and client (the test bridge skips the sender rules)
        const search = await bridgeSend(page, 'lookup/search', { name: 'Dorian Ashcombe', lang: 'en', askedBy: 'reader' });
        assert.deepEqual(search, { ok: false, error: { kind: 'not-allowed' } });
        const article = await bridgeSend(page, 'lookup/article', { qid: 'Q999999940', lang: 'en' });
        assert.deepEqual(article, { ok: false, error: { kind: 'not-allowed' } });
        // and as the page's content script: refused before any handler
        const asContent = await sendAsContentScript(page, 'lookup/search', { name: 'Dorian Ashcombe', lang: 'en', askedBy: 'reader' });
        assert.equal(asContent.refused, true);
        await assert.rejects(bridgeSend(page, 'lookup/turnOn', {}), /has not given Gloss access/);

        assert.deepEqual(api.requests.map((r) => r.url), [], 'nothing reached the server');
        await assertNoErrors(b, page);
      }));

    it('granted: turned on in Settings; looked up, a result chosen, shown again from what was kept and offline, kept as my entity and marked on the next page', { timeout: 180_000 }, () =>
      withBrowserAndApi(name, 'granted', async (b, api) => {
        const page = await readPage(b, 'lookup.html');
        await bridgeSend(page, 'debug/lookupServer', { origin: api.origin });
        const nb = await openSettings(b, page);
        await nb.click('[data-testid="lookup-online"]');
        await waitFor(nb, () => /Look-up is on/.test(document.body.textContent ?? ''), undefined, 10000, 'the look-up turned on');
        assert.equal((await bridgeSend(page, 'settings/get', {})).onlineLookup, true);
        assert.equal(await hostsGranted(nb), true);
        assert.equal(api.requests.length, 0, 'turning it on sends nothing');
        await page.bringToFront();

        // the panel opens ready; nothing is sent before "Look up online"
        await lookUpFromToolbar(page, 'ashcombe');
        await waitForStep(page, 'ready');
        assert.equal(api.requests.length, 0, 'opening the panel sends nothing');
        await clickInPopover(page, 'lookup-go');
        // two items are called exactly that: the reader chooses
        await waitForStep(page, 'choose');
        await clickInPopover(page, 'candidate-Q999999940');
        await waitForStep(page, 'article');
        await waitForPopover(page, 'The Hitchhiker');
        const shown = (await waitForPopover(page, 'CC BY-SA'));
        assert.match(shown, /Wikipedia/);
        assert.equal(routes(api)[0], 'wbsearchentities');
        assert.equal(api.requests[0]!.params.search, 'Dorian Ashcombe');
        assert.ok(routes(api).includes('summary'), routes(api).join());
        assert.ok(api.requests.every((r) => r.status === 200), 'every request answered');
        assert.ok(api.requests.every((r) => !/127\.0\.0\.1:\d+\/fixtures/.test(JSON.stringify(r.params)) && !r.headers.referer && !r.headers.cookie), 'no page address, no cookie sent');

        // keep it as my entity, with "Ashcombe" confirmed as a name
        await clickInPopover(page, 'lookup-keep');
        await waitForStep(page, 'keep');
        // the name as suggested: Enter in the name field keeps it
        await clickInPopover(page, 'keep-name');
        await waitForUi(page, (u) => u.popover?.focused === 'keep-name', 'the name field to have focus');
        await page.keyboard.press('Enter');
        await waitForStep(page, 'kept');
        await closePanel(page);

        // several results: the reader chooses the planet
        await lookUpFromToolbar(page, 'mercury');
        await waitForStep(page, 'ready');
        await choosePlanet(page);
        await waitForPopover(page, 'planet');
        await closePanel(page);
        const sent = api.requests.length;

        // asked again: shown from what was kept, nothing sent
        await lookUpFromToolbar(page, 'mercury');
        await choosePlanet(page);
        assert.equal(api.requests.length, sent, 'nothing sent for a kept answer');
        await closePanel(page);

        // the server gone (offline): still shown
        await api.close();
        await lookUpFromToolbar(page, 'mercury');
        await choosePlanet(page);
        await waitForPopover(page, 'planet');
        await closePanel(page);

        // the next page marks the kept entity, and its popover shows the kept summary
        const next = await readPage(b, 'lookup-next.html');
        await waitFor(next, () => [...document.querySelectorAll('gloss-mark')].some((m) => m.textContent === 'Dorian Ashcombe'), undefined, 10000, 'the kept entity marked');
        await next.click('gloss-mark');
        await waitForPopover(next, 'Hitchhiker');
        await assertNoErrors(b, page);
      }));

    it('granted: faint marks only when turned on, nothing sent before the reader asks; a 429 retried once after Retry-After; closing the panel aborts the request', { timeout: 180_000 }, () =>
      withBrowserAndApi(name, 'granted', async (b, api) => {
        const first = await readPage(b, 'lookup.html');
        await bridgeSend(first, 'debug/lookupServer', { origin: api.origin });
        await bridgeSend(first, 'lookup/turnOn', {});

        // faint marks are off by default, even with the look-up on: the page is read, and none is there
        const plain = await readPage(b, 'lookup.html');
        assert.equal(await plain.evaluate(() => document.querySelectorAll('gloss-name').length, null), 0, 'no faint mark by default');

        // turned on (Settings, a real click): a faint mark on the name no pack knows, live
        const nb = await openSettings(b, plain);
        await nb.click('[data-testid="lookup-unknown"]');
        await waitFor(plain, () => [...document.querySelectorAll('gloss-name')].some((m) => m.textContent === 'Ilse Vandermeer'), undefined, 10000, 'the faint mark on Ilse Vandermeer');
        await plain.bringToFront();
        const faint = await plain.evaluate(() => [...document.querySelectorAll('gloss-name')].map((m) => m.textContent), null);
        assert.ok(!faint.some((t) => /^(The|A|Readers|Ordinary|Town)\b/.test(t ?? '')), `faint marks only on names: ${faint.join(', ')}`);

        // its popover offers the look-up; nothing is sent until the reader asks
        const ilse = await plain.evaluate(() => {
          const r = [...document.querySelectorAll('gloss-name')].find((m) => m.textContent === 'Ilse Vandermeer')!.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, null);
        await plain.mouse.move(ilse.x, ilse.y);
        await waitForStep(plain, 'ready');
        assert.equal(api.requests.length, 0, 'a faint mark and its panel send nothing');

        // the reader asks; Wikidata answers 429 with Retry-After: 1 → one retry, after the wait
        api.script('wbsearchentities', { status: 429, retryAfter: '1' });
        await clickInPopover(plain, 'lookup-go');
        await waitForStep(plain, 'article', 20000);
        const searches = api.requests.filter((r) => r.route === 'wbsearchentities');
        assert.deepEqual(searches.map((r) => r.status), [429, 200], 'one retry');
        assert.ok(searches[1]!.receivedAt - searches[0]!.closedAt! >= 950, `retried after ${Math.round(searches[1]!.receivedAt - searches[0]!.closedAt!)} ms`);
        await closePanel(plain);

        // the panel closed while Wikidata is slow: the request is aborted
        api.reset();
        api.script('wbsearchentities', { delayMs: 30_000 });
        await lookUpFromToolbar(plain, 'mercury');
        await clickInPopover(plain, 'lookup-go');
        await waitForStep(plain, 'searching');
        await api.until((rs) => rs.length === 1 && rs[0]!.status === null);
        const closing = performance.now();
        await closePanel(plain);
        // the client's own time-out (10 s) must not be what ends it: the request goes when the panel does
        await api.until((rs) => rs[0]!.aborted, 5000);
        const gone = api.requests[0]!.closedAt! - closing;
        assert.ok(gone < 3000, `the request ended ${Math.round(gone)} ms after the panel closed`);
        assert.equal(api.requests.length, 1, 'no other request');
        assert.equal(api.requests[0]!.status, null, 'never answered');

        // "Look up “Mercury” with Gloss" from the browser's context menu: the reader asked there,
        // so the panel searches at once (the background's ticket for this tab), without a click
        api.reset();
        await select(plain, 'mercury', 'Mercury', 'mercury', 'Mercury');
        await bridgeSend(plain, 'debug/lookupMenu', { selectionText: 'Mercury' });
        await waitForStep(plain, 'choose', 20000);
        assert.deepEqual(api.requests.map((r) => [r.route, r.params.search]), [['wbsearchentities', 'Mercury']], 'one search, for the name the menu reported');

        // Gloss switched off on this site while the panel is open: the panel closes
        await setSettings(plain, { disabledSites: ['127.0.0.1'] });
        await waitForPopoverClosed(plain);
        await setSettings(plain, { disabledSites: [] });
        await assertNoErrors(b, plain);
      }));
  });
}
