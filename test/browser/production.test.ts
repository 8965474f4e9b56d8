/**
 * What ships: the production builds (dist/chrome, dist/firefox, as `npm run build` writes them)
 * hold no test bridge and no debug messages (checked on the built files), and in real Chromium
 * and Firefox they put no Gloss state on the page: no attribute on <html>, marks that carry no
 * entity id, and the reader's popover in Gloss's frame only.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BROWSERS, CHROME_PRODUCTION, FIREFOX_PRODUCTION, ROOT, waitFor, waitInGlossFrame, withBrowser } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

describe('the production build, on disk', () => {
  for (const dist of [CHROME_PRODUCTION, FIREFOX_PRODUCTION]) {
    it(`${dist.split('/').pop()}: no test bridge, no debug messages, no test signals`, async () => {
      const all = await files(dist);
      assert.ok(!all.some((f) => /test-bridge/.test(f)), 'no test bridge file');
      const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8'));
      assert.deepEqual(manifest.content_scripts.map((c: { js: string[] }) => c.js).flat(), ['content.js'], 'one content script');
      assert.ok(!JSON.stringify(manifest).includes('127.0.0.1'), 'nothing only for test pages');
      for (const f of all.filter((x) => x.endsWith('.js'))) {
        const code = await readFile(f, 'utf8');
        for (const needle of ['debug/', 'glossTestBridge', '__glossTestProbe', '__glossTestWork', '__glossTestEvents', 'data-gloss-test', 'test/inspect', 'data-gloss-entity', 'data-gloss-scan', 'data-gloss-marks', 'data-gloss-highlights']) {
          assert.ok(!code.includes(needle), `${f.slice(ROOT.length)} contains "${needle}"`);
        }
      }
    });
  }
});

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/demo/': join(ROOT, 'demo') });
});
after(async () => {
  await server.close();
});

for (const name of BROWSERS) {
  describe(`the production build in ${name}`, () => {
    it('marks the demo article and opens a popover, with no Gloss state on the page', () =>
      withBrowser(name, async (b) => {
        const page = await b.newPage(`${server.origin}/demo/`);
        await waitFor(page, () => document.querySelectorAll('gloss-mark').length >= 3, undefined, 20000, 'marks');
        const mark = await page.evaluate(() => {
          const m = document.querySelector('gloss-mark')!;
          const r = m.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: m.textContent };
        }, null);
        await page.mouse.move(mark.x, mark.y);
        await waitInGlossFrame(page, 'popover', () => document.body.innerText.includes('Add a note'), 'the popover');
        const state = await page.evaluate(() => ({
          html: [...document.documentElement.attributes].map((a) => a.name),
          markAttributes: [...new Set([...document.querySelectorAll('gloss-mark')].flatMap((m) => [...m.attributes].map((a) => a.name)))].sort(),
          bridge: document.documentElement.hasAttribute('data-gloss-test-bridge'),
          readableRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.localName),
        }), null);
        assert.deepEqual(state.html.filter((a) => a.startsWith('data-gloss')), [], 'no Gloss attribute on <html>');
        assert.deepEqual(state.markAttributes.filter((a) => a !== 'tabindex' && a !== 'data-gloss-open' && a !== 'aria-describedby'), [], 'marks carry no entity id or state');
        assert.equal(state.bridge, false);
        assert.deepEqual(state.readableRoots, [], 'no shadow root a page could read');
        // The background comes from a details chunk loaded when the popover opens: wait for it, do not sample once.
        await waitInGlossFrame(page, 'popover', () => document.body.innerText.includes('Source:'), 'the popover shows the entity’s background');
        assert.deepEqual(b.errors, []);
      }, { production: true }));
  });
}
