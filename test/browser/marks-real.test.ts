/**
 * Marks and popovers on real news pages from ../shared/pages (the Readability test pages, served
 * from 127.0.0.1; never copied into the repo), in real Chromium and Firefox with the real engine:
 * the expected names are marked with fitting entities, no mark lands in code, form fields or
 * editable areas, the page text is unchanged, the popover opens by hover and keyboard, and
 * switching the site off removes every mark.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, ROOT, assertNoErrors, suiteBrowser, waitFor, type TestPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { entityNames, markCount, markFitsEntity, readMarks, setSettings, waitForPopover, waitForPopoverClosed } from './marks-helpers.ts';

const PAGES_DIR = join(ROOT, '../shared/pages');
/** page → canonical names that must be marked there */
const PAGES: Record<string, string[]> = {
  'nytimes-5.html': ['Xi Jinping', 'Donald Trump'],
  'cnn.html': ['Germany', 'France'],
};

let server: StaticServer;
before(async () => {
  const missing = Object.keys(PAGES).filter((p) => !existsSync(join(PAGES_DIR, p)));
  if (missing.length) {
    throw new Error(`These tests need the shared real pages in ${PAGES_DIR} (missing: ${missing.join(', ')}). They are not part of the repo; run on a machine that has ../shared/pages.`);
  }
  server = await startStaticServer({ '/pages/': PAGES_DIR });
});
after(async () => {
  await server?.close();
});

const SKIPPED = 'input, textarea, select, code, pre, script, style, [contenteditable]:not([contenteditable="false"]), [hidden], [aria-hidden="true"]';

async function scanned(page: TestPage): Promise<void> {
  await waitFor(page, () => document.documentElement.getAttribute('data-gloss-scan') === 'done', null, 30000, 'Gloss to finish reading the page');
}

for (const name of BROWSERS) {
  describe(`marks on real pages in ${name}`, () => {
    const suite = suiteBrowser(name);

    for (const [file, expected] of Object.entries(PAGES)) {
      it(`${file}: right names and entities, untouched fields and text, popover, site off`, async () => {
        const url = `${server.origin}/pages/${file}`;
        // the page's text before Gloss: load it paused, then resume live
        const page = await suite.browser.newPage(url);
        await setSettings(page, { paused: true });
        await page.reload();
        // off from the start: the session reads nothing, so this is the page's own text
        await waitFor(page, () => document.documentElement.getAttribute('data-gloss') === 'off');
        const textBefore = await page.evaluate(() => document.body.textContent, null);
        await setSettings(page, { paused: false });
        await scanned(page);

        const marks = await readMarks(page);
        const named = new Map<string, string>();
        for (const m of marks) {
          const info = await entityNames(page, m.entity);
          named.set(info.name, m.entity);
          assert.ok(markFitsEntity(m.text, info.names), `${file}: mark "${m.text}" fits ${info.name} (${m.entity})`);
        }
        for (const want of expected) assert.ok(named.has(want), `${file}: ${want} is marked (got ${[...named.keys()].join(', ')})`);
        const perEntity = new Set(marks.map((m) => m.entity));
        assert.equal(perEntity.size, marks.length, 'first mention only: one mark per entity');

        const inSkipped = await page.evaluate((sel: string) => Array.from(document.querySelectorAll(sel)).filter((e) => e.querySelector('[data-gloss-entity]')).length, SKIPPED);
        assert.equal(inSkipped, 0, 'no mark inside code, form fields, editable or hidden elements');
        assert.equal(await page.evaluate(() => document.body.textContent, null), textBefore, 'page text unchanged apart from wrapping');

        // hover opens the popover with the entity's background
        const target = named.get(expected[0]!)!;
        const info = await entityNames(page, target);
        const sel = `[data-gloss-first][data-gloss-entity="${target}"]`;
        await page.evaluate((s: string) => document.querySelector(s)!.scrollIntoView({ block: 'center' }), sel);
        await page.hover(sel);
        await waitForPopover(page, info.description);
        await page.keyboard.press('Escape');
        await waitForPopoverClosed(page);
        // from the keyboard too: a focused mark opens on Enter (a page script's focus() alone opens nothing)
        await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).focus(), sel);
        await page.keyboard.press('Enter');
        await waitForPopover(page, info.name);

        // switching the site off removes every mark, live
        await setSettings(page, { disabledSites: ['127.0.0.1'] });
        await waitFor(page, () => document.querySelectorAll('[data-gloss-entity]').length === 0, null, 10000, 'marks removed');
        assert.equal(await markCount(page), 0);
        assert.equal(await page.evaluate(() => document.body.textContent, null), textBefore, 'page text restored');
        await setSettings(page, { disabledSites: [] });
        await assertNoErrors(suite.browser, page);
        await page.close();
      });
    }
  });
}
