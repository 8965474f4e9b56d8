/**
 * The smaller things a reader meets (issue #13), in real Chromium and Firefox: highlights take
 * whole words; a name inside a highlight opens its own popover, with the highlight one button
 * away; "Not X here" says so with an Undo, and the popup lists the names rejected on the page with
 * "Mark again"; Tab from a selection reaches the toolbar; marks tell screen readers a summary is
 * there; and the popover's text: no "(since 1949)" after a founding year, the CSTO's summary
 * capitalised, a personal entity's description shown once, one way to the notebook.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  BROWSERS, ROOT, assertNoErrors, bridgeSend, openPopupFor, probe, suiteBrowser, waitFor, waitForUi,
  type TestPage, type UiProbe,
} from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { clickUi, select, waitForHighlights } from './highlight-helpers.ts';
import { clickInPopover, readMarks, waitForMarks, waitForPopover, waitForPopoverClosed } from './marks-helpers.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages') });
});
after(async () => {
  await server.close();
});

const scanned = (page: TestPage) => waitFor(page, () => document.documentElement.getAttribute('data-gloss-scan') === 'done', null, 20000, 'Gloss to read the page');
const markSel = (entity: string) => `[data-gloss-first][data-gloss-entity="${entity}"]`;

async function entityOf(page: TestPage, text: string): Promise<string> {
  const m = (await readMarks(page)).find((x) => x.text === text);
  assert.ok(m, `"${text}" is marked`);
  return m.entity;
}

for (const name of BROWSERS) {
  describe(`reading a page in ${name}`, () => {
    const suite = suiteBrowser(name);
    let url: string;
    before(() => {
      url = `${server.origin}/fixtures/reading.html`;
    });

    it('a highlight takes whole words; a selection inside one word stays as it is', async () => {
      const page = await suite.browser.newPage(url);
      await scanned(page);
      await select(page, 'p-snap', 'oreign', 'p-snap', 'poli');
      await clickUi(page, 'toolbar', 'toolbar-highlight');
      await waitForHighlights(page, (hs) => hs.some((h) => h.text === 'foreign policy'), '"foreign policy", whole');
      await select(page, 'p-snap', 'inte', 'p-snap', 'inte');
      await clickUi(page, 'toolbar', 'toolbar-highlight');
      await waitForHighlights(page, (hs) => hs.some((h) => h.text === 'inte'), 'part of "winter", as selected');
      await assertNoErrors(suite.browser, page);
      await page.close();
    });

    it('a name inside a highlight opens its popover on a click, and the highlight is one button away', async () => {
      const page = await suite.browser.newPage(url);
      await scanned(page);
      const kallas = await entityOf(page, 'Kaja Kallas');
      await select(page, 'p-name', 'On Monday', 'p-name', 'met officials');
      await clickUi(page, 'toolbar', 'toolbar-highlight');
      await waitForHighlights(page, (hs) => hs.some((h) => h.text.startsWith('On Monday')), 'the highlight over the name');
      await page.click(markSel(kallas));
      await waitForPopover(page, 'Kaja Kallas');
      assert.equal((await probe<UiProbe>(page, 'ui')).editor, null, 'the name’s popover, not the highlight editor');
      await clickInPopover(page, 'highlight');
      await waitForUi(page, (u) => !!u.editor && !u.popover, 'the highlight’s editor instead of the popover');
      await page.keyboard.press('Escape');
      await waitForUi(page, (u) => !u.editor, 'the editor to close');
      await assertNoErrors(suite.browser, page);
      await page.close();
    });

    it('"Not X here" says so with Undo, and the popup lists the name with "Mark again"', async () => {
      const page = await suite.browser.newPage(url);
      await scanned(page);
      const vilnius = await entityOf(page, 'Vilnius');
      await page.click(markSel(vilnius));
      await waitForPopover(page, 'Vilnius');
      await clickInPopover(page, 'reject');
      const ui = await waitForUi(page, (u) => !!u.toast?.text.includes('Vilnius'), 'a toast about it');
      assert.match(ui.toast!.text, /no longer marked on this page/);
      await clickUi(page, 'toast', 'toast-action');
      await waitFor(page, (s: string) => !!document.querySelector(s), markSel(vilnius), 10000, 'Vilnius marked again after Undo');
      await waitForUi(page, (u) => !u.toast, 'the toast to go once its Undo is done (it would stay 10 s otherwise)', 3000);

      // reject it again; the popup lists it and marks it again
      await page.click(markSel(vilnius));
      await waitForPopover(page, 'Vilnius');
      await clickInPopover(page, 'reject');
      await waitFor(page, (s: string) => !document.querySelector(s), markSel(vilnius), 5000, 'Vilnius unmarked');
      await waitForPopoverClosed(page);
      const popup = await openPopupFor(suite.browser, page);
      await waitFor(popup, () => document.querySelector('[data-testid="rejected-here"]')?.textContent?.includes('Vilnius'), null, 10000, 'the popup to list Vilnius');
      await popup.click('[data-testid="rejected-here"] button');
      await waitFor(page, (s: string) => !!document.querySelector(s), markSel(vilnius), 10000, 'Vilnius marked again from the popup');
      await waitFor(popup, () => !document.querySelector('[data-testid="rejected-here"]'), null, 10000, 'the list to empty');
      await popup.close();
      await page.reload();
      await scanned(page);
      assert.ok((await readMarks(page)).some((m) => m.entity === vilnius), 'still marked after a reload');
      await assertNoErrors(suite.browser, page);
      await page.close();
    });

    it('Tab from a selection reaches the toolbar; Enter highlights', async () => {
      const page = await suite.browser.newPage(url);
      await scanned(page);
      await page.bringToFront();
      await select(page, 'p-snap', 'the door', 'p-snap', 'stayed open');
      await waitForUi(page, (u) => !!u.toolbar, 'the toolbar over the selection');
      await page.keyboard.press('Tab');
      await waitForUi(page, (u) => u.toolbarFocused === 'toolbar-highlight', 'focus on Highlight');
      await page.keyboard.press('Enter');
      await waitForHighlights(page, (hs) => hs.some((h) => h.text === 'the door stayed open'), 'the highlight');
      await assertNoErrors(suite.browser, page);
      await page.close();
    });

    it('marks tell screen readers that a summary is there', async () => {
      const page = await suite.browser.newPage(url);
      await waitForMarks(page, 3);
      const described = await page.evaluate(() => [...document.querySelectorAll('[data-gloss-first]')].map((m) => {
        const ids = (m.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      }), null);
      assert.ok(described.length >= 3);
      for (const d of described) assert.match(d, /summary/i, `a mark's description says a summary is available (${JSON.stringify(d)})`);
      await page.close();
    });

    it('the popover’s words: founding years, capitals, a personal entity’s description once, one way to the notebook', async () => {
      const page = await suite.browser.newPage(url);
      await scanned(page);
      // NATO: "Founded 1949", not "1949 (since 1949)"; the reader has a note about it
      const nato = await entityOf(page, 'NATO');
      await bridgeSend(page, 'notes/add', { target: { kind: 'entity', entityId: nato, entityName: 'NATO' }, body: 'Summit in July', tags: [] });
      await page.click(markSel(nato));
      let text = await waitForPopover(page, 'You noted 1 thing');
      assert.match(text, /Founded1949/);
      assert.ok(!text.includes('(since 1949)'), 'a founding year is not repeated as "since"');
      assert.ok(!/See your notes in the notebook/.test(text), 'one way to the notebook');
      const ui = await probe<UiProbe>(page, 'ui');
      assert.ok(ui.popover!.controls.notebook, '"Open in notebook" is there');
      await page.keyboard.press('Escape');
      await waitForPopoverClosed(page);
      // the CSTO
      await page.click(markSel(await entityOf(page, 'CSTO')));
      text = await waitForPopover(page, 'Collective Security Treaty Organization');
      assert.match(text, /is a Russia-led military alliance/);
      await page.keyboard.press('Escape');
      await waitForPopoverClosed(page);
      // a personal entity saved without a summary
      const description = 'Lithuanian city council member';
      await bridgeSend(page, 'packs/addEntity', { draft: { name: 'Ona Petraitytė', type: 'person', description, aliases: '', summary: '', sharedNote: '' } });
      await page.reload();
      await scanned(page);
      await page.click(markSel(await entityOf(page, 'Ona Petraitytė')));
      text = await waitForPopover(page, description);
      assert.equal(text.split(description).length - 1, 1, 'its description is shown once');
      await assertNoErrors(suite.browser, page);
      await page.close();
    });
  });
}
