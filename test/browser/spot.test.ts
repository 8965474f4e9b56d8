/**
 * Spotting in the real background of Chromium and Firefox: the built default pack is fetched,
 * parsed once and answers `spot` and `entity/get` (issue #3).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BROWSERS, ROOT, bridgeSend, withBrowser } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/demo/': join(ROOT, 'demo') });
});
after(async () => {
  await server.close();
});

for (const name of BROWSERS) {
  describe(`spotting in ${name}`, () => {
    it('spots with the built default pack and returns entity details', () =>
      withBrowser(name, async (b) => {
        const page = await b.newPage(`${server.origin}/demo/`);
        const text = 'Alexander Lukashenko met Vladi\u00ADmir Putin in Moscow. Later, M. Loukachenko said the EU\u2019s sanctions were unfair.';
        const res = await bridgeSend(page, 'spot', { text, lang: 'en' });
        // names, not ids: the default pack's data (and ids) grow independently of this test
        const got = res.mentions.map((m) => [m.text, res.entities[m.entityId]?.name, m.reason]);
        assert.deepEqual(got, [
          ['Alexander Lukashenko', 'Alexander Lukashenko', 'alias'],
          ['Vladi\u00ADmir Putin', 'Vladimir Putin', 'alias'],
          ['Moscow', 'Moscow', 'alias'],
          ['Loukachenko', 'Alexander Lukashenko', 'surname'],
          ['EU', 'European Union', 'acronym'],
        ]);
        for (const m of res.mentions) assert.equal(text.slice(m.start, m.end), m.text);

        const entity = await bridgeSend(page, 'entity/get', { id: 'gloss:country:by' });
        assert.equal(entity?.entity.name, 'Belarus');
        assert.equal(entity?.pack.id, 'default');
        assert.equal(await bridgeSend(page, 'entity/get', { id: 'gloss:none:nothing' }), null);
        assert.deepEqual(b.errors, [], `errors in ${name}: ${b.errors.join('\n')}`);
      }));
  });
}
