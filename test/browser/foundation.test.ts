/**
 * The extension as a whole, in real Chromium and real Firefox: it loads without errors, the
 * content script runs on a served page, an extension page opens and talks to the background,
 * and data written through the background survives a browser restart with the same profile.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BROWSERS, ROOT, assertNoErrors, bridgeSend, launch, removeProfile, tempProfile, waitFor } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/demo/': join(ROOT, 'demo') });
});
after(async () => {
  await server.close();
});

for (const name of BROWSERS) {
  describe(`foundation in ${name}`, () => {
    it('loads, runs the content script, opens the notebook, and keeps data across a restart', async () => {
      const profile = await tempProfile();
      try {
        const b1 = await launch(name, profile);
        let value: string;
        try {
          const page = await b1.newPage(`${server.origin}/demo/`);
          await waitFor(page, () => document.documentElement.getAttribute('data-gloss') === 'ready', undefined, 15000, 'the content script');
          const pong = await bridgeSend(page, 'ping', {});
          assert.equal(pong.ok, true);
          assert.match(pong.version, /^\d+\.\d+\.\d+$/);

          const notebook = await b1.openExtensionPage(page, 'notebook');
          await waitFor(notebook, () => document.querySelector('[data-testid="version"]')?.textContent?.startsWith('Gloss '), undefined, 10000, 'the notebook to talk to the background');

          value = `saved at ${Date.now()} in ${name}`;
          await bridgeSend(page, 'debug/put', { key: 'restart-check', value });
          await assertNoErrors(b1, page);
        } finally {
          await b1.close();
        }

        const b2 = await launch(name, profile);
        try {
          const page = await b2.newPage(`${server.origin}/demo/`);
          const got = await bridgeSend(page, 'debug/get', { key: 'restart-check' });
          assert.equal(got.value, value, 'the value written before the restart is still there');
          await assertNoErrors(b2, page);
        } finally {
          await b2.close();
        }
      } finally {
        await removeProfile(profile);
      }
    });
  });
}
