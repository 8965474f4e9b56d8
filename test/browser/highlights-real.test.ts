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
import { BROWSERS, ROOT, bridgeSend, launch, removeProfile, tempProfile, waitFor } from './harness.ts';
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

const ONLY = process.env.GLOSS_BROWSERS?.split(',');
for (const name of BROWSERS.filter((b) => !ONLY || ONLY.includes(b))) {
  describe(`highlights on real pages in ${name}`, () => {
    it('a paragraph with name marks is highlighted, and highlighted again after a reload', async () => {
      const profile = await tempProfile();
      const b = await launch(name, profile);
      try {
        for (const file of FILES) {
          const page = await b.newPage(`${server.origin}/pages/${file}`);
          await waitFor(page, () => document.documentElement.hasAttribute('data-gloss-highlights'), undefined, 20000, `the highlight layer on ${file}`);
          await waitFor(page, () => document.querySelectorAll('gloss-mark').length > 0, undefined, 20000, `name marks on ${file}`);
          const ok = await page.evaluate(() => {
            const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 150 && x.querySelector('gloss-mark'));
            if (!p) return false;
            p.scrollIntoView({ block: 'center' });
            const r = document.createRange();
            r.selectNodeContents(p);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(r);
            return true;
          }, null);
          assert.ok(ok, `${file} has a long paragraph with a name mark`);
          await waitFor(page, () => {
            const el = document.querySelector('gloss-highlighter')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="toolbar-highlight"]');
            return !!el && el.closest<HTMLElement>('.float')!.style.transform !== '';
          }, undefined, 5000, 'the toolbar');
          const at = await page.evaluate(() => {
            const r = document.querySelector('gloss-highlighter')!.shadowRoot!.querySelector('[data-testid="toolbar-highlight"]')!.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }, null);
          await page.mouse.click(at.x, at.y);
          await waitFor(page, () => document.querySelectorAll('gloss-highlight').length > 0, undefined, 10000, `the highlight on ${file}`);
          const text = () => page.evaluate(() => [...document.querySelectorAll('gloss-highlight')].map((e) => e.textContent).join(''), null);
          const before = await text();
          assert.ok(before.length > 150);
          await page.reload();
          await waitFor(page, () => document.documentElement.getAttribute('data-gloss-highlights-placed') === '1', undefined, 20000, `the highlight after reloading ${file}`);
          assert.equal(await text(), before);
          assert.deepEqual((await bridgeSend(page, 'debug/errors', {})).errors, []);
          await page.close();
        }
        assert.deepEqual(b.errors, []);
      } finally {
        await b.close();
        await removeProfile(profile);
      }
    });
  });
}
