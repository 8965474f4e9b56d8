/**
 * The built-in pack's unpacked copy (src/background/pack-cache.ts), in the real background of
 * Chromium and Firefox: the first load reads the packaged file and keeps a copy; a background
 * that loads the pack again reads the copy; a damaged copy is dropped for the packaged file, and
 * spotting finds the same names every time.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BROWSERS, ROOT, bridgeSend, withBrowser, type TestPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/demo/': join(ROOT, 'demo') });
});
after(async () => {
  await server.close();
});

const TEXT = 'Alexander Lukashenko met Vladimir Putin in Moscow; Kaja Kallas spoke for the European Union.';
const names = async (page: TestPage) => (await bridgeSend(page, 'spot', { text: TEXT, lang: 'en' })).mentions.map((m) => `${m.text}=${m.entityId}`);

for (const name of BROWSERS) {
  describe(`the built-in pack's unpacked copy in ${name}`, () => {
    it('is kept after the first load, read back by the next one, and a damaged copy gives way to the packaged file', () =>
      withBrowser(name, async (b) => {
        const page = await b.newPage(`${server.origin}/demo/`);
        const first = await names(page);
        assert.ok(first.length >= 4, `names found: ${first.join(', ')}`);

        const again = await bridgeSend(page, 'debug/reloadPack', { damageKept: false });
        assert.deepEqual(again, { from: 'kept', kept: true }, 'the second load reads the kept copy');
        assert.deepEqual(await names(page), first);

        const damaged = await bridgeSend(page, 'debug/reloadPack', { damageKept: true });
        assert.deepEqual(damaged, { from: 'package', kept: true }, 'a damaged copy: the packaged file, and a good copy kept again');
        assert.deepEqual(await names(page), first);
        assert.deepEqual(await bridgeSend(page, 'debug/reloadPack', { damageKept: false }), { from: 'kept', kept: true });
        assert.deepEqual(b.errors, [], `errors in ${name}: ${b.errors.join('\n')}`);
      }));
  });
}
