/**
 * Highlights on real article pages, next to the name marks (Chromium and Firefox): highlight a
 * paragraph that contains marks with the toolbar, reload, and the same text is highlighted again.
 *
 * Uses the article pages in ../shared/pages (readability test pages, not part of this repo); the
 * test fails with a clear message when they are absent.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, ROOT, bridgeSend, waitFor, withBrowser } from './harness.ts';
import { clickUi, highlightsOn, waitForHighlights } from './highlight-helpers.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

const PAGES = join(ROOT, '../shared/pages');
const FILES = ['guardian-1.html', 'wikipedia-2.html'];
let server: StaticServer;

before(async () => {
  if (!existsSync(PAGES)) throw new Error(`${PAGES} is missing: this test needs the shared article pages next to the repository (../shared/pages).`);
  server = await startStaticServer({ '/pages/': PAGES });
});
after(async () => {
  await server?.close();
});

for (const name of BROWSERS) {
  describe(`highlights on real pages in ${name}`, () => {
    it('a paragraph with name marks is highlighted, and highlighted again after a reload', () =>
      withBrowser(name, async (b) => {
        for (const file of FILES) {
          const page = await b.newPage(`${server.origin}/pages/${file}`);
          await waitFor(page, () => document.documentElement.hasAttribute('data-gloss-highlights'), undefined, 20000, `the highlight layer on ${file}`);
          // marks are wrapped in idle slices, from the end of the page backwards: wait for the end of the first read
          // (not just a first mark), or a long paragraph near the top may not be marked yet
          await waitFor(page, () => document.documentElement.getAttribute('data-gloss-scan') === 'done', undefined, 20000, `the first read of ${file}`);
          await waitFor(page, () => document.querySelectorAll('[data-gloss-entity]').length > 0, undefined, 20000, `name marks on ${file}`);
          const ok = await page.evaluate(() => {
            const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 150 && x.querySelector('[data-gloss-entity]'));
            if (!p) return false;
            p.scrollIntoView({ block: 'center' });
            const r = document.createRange();
            r.selectNodeContents(p);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(r);
            return true;
          }, null);
          assert.ok(ok, `${file} has a long paragraph with a name mark`);
          await clickUi(page, 'toolbar', 'toolbar-highlight');
          await waitForHighlights(page, (hs) => hs.length > 0, `the highlight on ${file}`);
          const text = async () => (await highlightsOn(page)).map((h) => h.text.replace(/\|/g, '')).join('');
          const before = await text();
          assert.ok(before.length > 150);
          await page.reload();
          await waitFor(page, () => document.documentElement.getAttribute('data-gloss-highlights-placed') === '1', undefined, 20000, `the highlight after reloading ${file}`);
          assert.equal(await text(), before);
          assert.deepEqual((await bridgeSend(page, 'debug/errors', {})).errors, []);
          await page.close();
        }
        assert.deepEqual(b.errors, []);
      }));
  });
}
