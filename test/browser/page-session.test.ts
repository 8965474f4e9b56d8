/**
 * One page session per tab (issue #13), in real Chromium and Firefox:
 *  - one page identity: an article read at its AMP address and at its canonical one (with
 *    tracking parameters) is one page record for its highlights, the reader's notes about a name
 *    made in its popover, the names it mentions (sightings) and "Not X here";
 *  - a canonical link on another port is not followed: notes made on the demo link to an address
 *    that opens;
 *  - one navigation observer: a History API navigation is read once (marks and highlights), a jump
 *    to an anchor is no navigation (no second "first mention"), back comes back;
 *  - pause and "off on this site" stop the highlights as they stop the marks.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  BROWSERS, ROOT, assertNoErrors, bridgeSend, lastEvent, probe, suiteBrowser, waitFor, waitForEvent, waitForUi,
  type SessionProbe, type TestEvent, type TestPage,
} from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { highlightsOn, waitForHighlights } from './highlight-helpers.ts';
import { clickInPopover, readMarks, setSettings, waitForPopover, waitForPopoverClosed } from './marks-helpers.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages'), '/demo/': join(ROOT, 'demo') });
});
after(async () => {
  await server.close();
});

const KALLAS = 'gloss:person:kaja-kallas';
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

/** the page's first full read is done (its marks are in) */
async function read(page: TestPage): Promise<void> {
  await waitFor(page, () => document.documentElement.getAttribute('data-gloss-scan') === 'done', null, 20000, 'Gloss to read the page');
}

/** Wait until the names a page mentions have been recorded under some page (the first sighting of an entity). */
async function sighted(page: TestPage, entityId: string): Promise<void> {
  const deadline = Date.now() + 15000;
  while ((await bridgeSend(page, 'notes/aboutEntity', { entityId })).pagesSeen === 0) {
    if (Date.now() > deadline) throw new Error('the names on the page were not recorded');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function markOn(page: TestPage, text: string): Promise<string | undefined> {
  return (await readMarks(page)).find((m) => m.text === text)?.entity;
}

/** Open the popover of a name with a click, and write a note about it. */
async function noteAbout(page: TestPage, text: string, body: string): Promise<void> {
  const entity = await markOn(page, text);
  assert.ok(entity, `"${text}" is marked`);
  await page.click(`[data-gloss-first][data-gloss-entity="${entity}"]`);
  await waitForPopover(page, text);
  await clickInPopover(page, 'note');
  await waitForUi(page, (u) => u.popover?.focused === 'textarea', 'the note field');
  await page.keyboard.type(body);
  await clickInPopover(page, 'Save note');
  await waitForPopover(page, 'Note saved.');
  await page.keyboard.press('Escape');
  await waitForPopoverClosed(page);
}

for (const name of BROWSERS) {
  describe(`the page session in ${name}`, () => {
    const suite = suiteBrowser(name);

    it('files an article’s AMP and canonical addresses as one page: highlights, notes, sightings, "Not X here"', async () => {
      const canonical = `${server.origin}/fixtures/identity/article.html`;
      const ampUrl = `${server.origin}/fixtures/identity/amp.html`;
      const amp = await suite.browser.newPage(ampUrl);
      await read(amp);
      // on the AMP page: a highlight, a note about a name from its popover, a name rejected here
      const address = { url: ampUrl, title: 'Foreign ministers meet in Vilnius (AMP)', canonical, amp: true };
      await bridgeSend(amp, 'highlights/create', { ...address, selectors: quote('most of the day went on the wording'), colour: 'green' });
      await noteAbout(amp, 'Kaja Kallas', `Filed from AMP in ${name}`);
      const vilnius = await markOn(amp, 'Vilnius');
      await amp.click(`[data-gloss-first][data-gloss-entity="${vilnius}"]`);
      await waitForPopover(amp, 'Vilnius');
      await clickInPopover(amp, 'reject');
      await waitFor(amp, (e: string) => !document.querySelector(`[data-gloss-entity="${e}"]`), vilnius, 5000, 'Vilnius unmarked');
      await sighted(amp, KALLAS);
      await amp.close();

      // the same article at its canonical address, with tracking parameters
      const page = await suite.browser.newPage(`${canonical}?utm_source=newsletter&utm_medium=email`);
      await read(page);
      await waitForHighlights(page, (hs) => hs.length === 1, 'the highlight made on the AMP page');
      assert.equal(await markOn(page, 'Vilnius'), undefined, '"Not Vilnius here" holds for the same article');
      assert.ok(await markOn(page, 'Kaja Kallas'), 'other names are marked');
      const { entries } = await bridgeSend(page, 'notebook/list', {});
      const note = entries.find((e) => e.kind === 'note' && e.note.body === `Filed from AMP in ${name}`);
      const highlight = entries.find((e) => e.kind === 'highlight');
      assert.ok(note?.kind === 'note' && highlight?.kind === 'highlight');
      assert.equal(note.page?.url, canonical, 'the note from the AMP page’s popover is filed under the canonical page');
      assert.equal(highlight.highlight.pageId, note.note.pageId, 'with the highlight: one page record');
      await waitForEvent(page, (e) => e.kind === 'marks' && e.what === 'sightings', 0, 'the names on the canonical page to be recorded');
      const about = await bridgeSend(page, 'notes/aboutEntity', { entityId: KALLAS });
      assert.equal(about.pagesSeen, 1, 'both visits are sightings on one page');
      for (const p of [ampUrl, canonical]) {
        const other = await suite.browser.newPage(p);
        await read(other);
        assert.equal((await probe<SessionProbe>(other, 'session')).identity, canonical, `${p} is filed under the canonical address`);
        await other.close();
      }
      await assertNoErrors(suite.browser, page);
      await page.close();
    });

    it('does not follow a canonical link on another port: notes made on the demo link to an address that opens', async () => {
      const demo = await suite.browser.newPage(`${server.origin}/demo/`);
      await read(demo);
      await noteAbout(demo, 'Sviatlana Tsikhanouskaya', `From the demo in ${name}`);
      const other = await suite.browser.newPage(`${server.origin}/fixtures/identity/other-port.html`);
      await read(other);
      assert.equal((await probe<SessionProbe>(other, 'session')).identity, `${server.origin}/fixtures/identity/other-port.html`);
      const { entries } = await bridgeSend(demo, 'notebook/list', {});
      const entry = entries.find((e) => e.kind === 'note' && e.note.body === `From the demo in ${name}`);
      assert.ok(entry?.page, 'the note is filed under a page');
      assert.ok(entry.page.url.startsWith(`${server.origin}/`), `the page keeps its port (${entry.page.url})`);
      const res = await fetch(entry.page.url);
      assert.equal(res.status, 200, `the note's link (${entry.page.url}) opens`);
      assert.match(await res.text(), /The Northern Ledger/);
      await assertNoErrors(suite.browser, demo);
      await other.close();
      await demo.close();
    });

    it('reads a History API navigation once, is not fooled by a jump to an anchor, and follows Back', async () => {
      const first = `${server.origin}/fixtures/spa.html`;
      const second = `${server.origin}/fixtures/spa-other.html`;
      const page = await suite.browser.newPage(first);
      await read(page);
      await bridgeSend(page, 'highlights/create', { url: second, title: 'Sanctions talks move to Minsk', selectors: quote('the room was quiet'), colour: 'yellow' });
      assert.ok(await markOn(page, 'Kaja Kallas'), 'the first article marks its names');

      // another article, by pushState
      let since = await lastEvent(page);
      await page.evaluate(() => (window as unknown as { goOther(): void }).goOther(), null);
      await waitForEvent(page, (e) => e.kind === 'marks' && e.what === 'read' && e.detail === second, since, 'the new article to be read');
      await waitForHighlights(page, (hs) => hs.length === 1, 'the new article’s highlight');
      await waitForEvent(page, (e) => e.kind === 'marks' && e.what === 'settled', since, 'Gloss to finish with the new article');
      let events = await probe<TestEvent[]>(page, 'events', since);
      const count = (kind: string, what: string) => events.filter((e) => e.kind === kind && e.what === what).length;
      assert.equal(count('session', 'navigated'), 1, 'one navigation');
      assert.equal(count('marks', 'read'), 1, 'the page is read once');
      assert.equal(count('highlights', 'visit'), 1, 'its highlights are asked for once');
      assert.equal((await probe<SessionProbe>(page, 'session')).identity, second);
      const kallas = await page.evaluate(() => document.querySelectorAll('#story-b [data-gloss-first]').length, null);
      assert.ok(kallas >= 2, 'the new article gets its own first mentions (Kaja Kallas, Minsk)');

      // a jump to an anchor is the same page: later text naming Kaja Kallas again gets no second first mention
      since = await lastEvent(page);
      await page.click('#jump');
      await waitFor(page, () => location.hash === '#p3', null, 5000, 'the jump');
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'late';
        p.textContent = 'Later, Kaja Kallas took questions from the press.';
        document.getElementById('more')!.append(p);
      }, null);
      await waitForEvent(page, (e) => e.kind === 'marks' && e.what === 'settled', since, 'Gloss to read the late paragraph');
      events = await probe<TestEvent[]>(page, 'events', since);
      assert.equal(count('session', 'navigated'), 0, 'an anchor is not another page');
      assert.equal(await page.evaluate(() => document.querySelectorAll('#late [data-gloss-entity]').length, null), 0, 'no second first mention');

      // Back: the first article again
      since = await lastEvent(page);
      await page.evaluate(() => history.go(-2), null);
      await waitForEvent(page, (e) => e.kind === 'marks' && e.what === 'read' && e.detail === first, since, 'the first article to be read again');
      await waitForHighlights(page, (hs) => hs.length === 0, 'the other article’s highlight to go');
      assert.ok(await markOn(page, 'Vilnius'));
      await assertNoErrors(suite.browser, page);
      await page.close();
    });

    it('pause and "off on this site" take the highlights off the page too, and bring them back', async () => {
      const url = `${server.origin}/fixtures/long-article.html`;
      const page = await suite.browser.newPage(url);
      await read(page);
      await bridgeSend(page, 'highlights/create', { url, title: 'A long week at the council', selectors: quote('the agenda was longer than anyone had hoped'), colour: 'blue' });
      await page.reload();
      await waitForHighlights(page, (hs) => hs.length === 1, 'the saved highlight');

      const state = (want: string) => waitFor(page, (w: string) => document.documentElement.getAttribute('data-gloss') === w, want, 10000, `Gloss ${want}`);
      for (const patch of [{ paused: true }, { disabledSites: ['127.0.0.1'] }]) {
        await setSettings(page, patch);
        await state('off');
        assert.deepEqual(await highlightsOn(page), [], `${JSON.stringify(patch)}: no highlight drawn`);
        assert.equal((await readMarks(page)).length, 0, 'no marks');
        await setSettings(page, { paused: false, disabledSites: [] });
        await state('ready');
        await waitForHighlights(page, (hs) => hs.length === 1, 'the highlight back');
      }

      // a page opened while Gloss is paused is not read and its highlights are not asked for
      await setSettings(page, { paused: true });
      const paused = await suite.browser.newPage(url);
      await waitForEvent(paused, (e) => e.kind === 'session' && e.what === 'off', 0, 'Gloss to start switched off');
      const events = await probe<TestEvent[]>(paused, 'events', 0);
      assert.deepEqual(events.filter((e) => e.kind !== 'session'), [], 'no read, no visit');
      assert.deepEqual(await highlightsOn(paused), []);
      await setSettings(paused, { paused: false });
      await waitForHighlights(paused, (hs) => hs.length === 1, 'the highlight once Gloss is on again');
      await assertNoErrors(suite.browser, paused);
      await paused.close();
      await page.close();
    });
  });
}

