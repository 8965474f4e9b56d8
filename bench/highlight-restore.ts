/**
 * How long re-anchoring and drawing a page's saved highlights takes on a visit, in real Chromium
 * and Firefox: N highlights (quotes from the page's paragraphs) are saved on a large article
 * page, then the page is reloaded 3 times and the time from load until all are drawn is printed.
 *
 *   GLOSS_DIST=.tmp/dist-notes node --import tsx bench/highlight-restore.ts [page.html] [N]
 *
 * Needs a test build (npm run build -- --test-bridge) and ../shared/pages (not in this repo).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, ROOT, bridgeSend, launch, removeProfile, tempProfile, waitFor } from '../test/browser/harness.ts';
import { startStaticServer } from '../scripts/static-server.ts';

const PAGES = join(ROOT, '../shared/pages');
if (!existsSync(PAGES)) {
  console.error(`bench/highlight-restore: ${PAGES} is missing; this benchmark needs the shared article pages (../shared/pages).`);
  process.exit(1);
}
const file = process.argv[2] ?? 'wikipedia-2.html';
const N = Number(process.argv[3] ?? 50);
const server = await startStaticServer({ '/pages/': PAGES });
try {
  for (const name of BROWSERS) {
    const profile = await tempProfile();
    const b = await launch(name, profile);
    try {
      const url = `${server.origin}/pages/${file}`;
      const page = await b.newPage(url);
      await waitFor(page, () => document.documentElement.hasAttribute('data-gloss-highlights'), undefined, 20000, 'the highlight layer');
      const quotes = await page.evaluate(
        (n) => [...document.querySelectorAll('p')]
          .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter((t) => t.length > 80 && !/[\u00ad\u200b]/.test(t))
          .slice(0, n)
          .map((t) => t.slice(10, 70)),
        N,
      );
      for (const q of quotes) {
        await bridgeSend(page, 'highlights/create', { url, title: file, selectors: [{ type: 'TextQuoteSelector', exact: q, prefix: '', suffix: '' }], colour: 'yellow' });
      }
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.reload();
        const t0 = Date.now();
        await waitFor(page, (n) => document.documentElement.getAttribute('data-gloss-highlights-placed') === String(n), quotes.length, 30000, 'all highlights');
        times.push(Date.now() - t0);
      }
      console.log(`${name}: ${quotes.length} highlights on ${file} placed ${times.join(' / ')} ms after the page loaded`);
    } finally {
      await b.close();
      await removeProfile(profile);
    }
  }
} finally {
  await server.close();
}
