/**
 * Spotting in the real background of Chromium and Firefox: the built default pack is fetched,
 * parsed once and answers `spot` and `entity/get` (issue #3).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BROWSERS, ROOT, bridgeSend, launch, removeProfile, tempProfile } from './harness.ts';
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
    it('spots with the built default pack and returns entity details', async () => {
      const profile = await tempProfile();
      const b = await launch(name, profile);
      try {
        const page = await b.newPage(`${server.origin}/demo/`);
        const text = 'Alexander Lukashenko met Vladi\u00ADmir Putin in Moscow. Later, M. Loukachenko said the EU\u2019s sanctions were unfair.';
        const res = await bridgeSend(page, 'spot', { text, lang: 'en' });
        const got = res.mentions.map((m) => [m.text, m.entityId, m.reason]);
        assert.deepEqual(got, [
          ['Alexander Lukashenko', 'gloss:person:alexander-lukashenko', 'alias'],
          ['Vladi\u00ADmir Putin', 'Q7747', 'alias'],
          ['Moscow', 'Q649', 'alias'],
          ['Loukachenko', 'gloss:person:alexander-lukashenko', 'surname'],
          ['EU', 'Q458', 'acronym'],
        ]);
        for (const m of res.mentions) assert.equal(text.slice(m.start, m.end), m.text);
        assert.equal(res.entities['Q7747']?.name, 'Vladimir Putin');

        const entity = await bridgeSend(page, 'entity/get', { id: 'gloss:country:by' });
        assert.equal(entity?.entity.name, 'Belarus');
        assert.equal(entity?.pack.id, 'default');
        assert.equal(await bridgeSend(page, 'entity/get', { id: 'gloss:none:nothing' }), null);
        assert.deepEqual(b.errors, [], `errors in ${name}: ${b.errors.join('\n')}`);
      } finally {
        await b.close();
        await removeProfile(profile);
      }
    });
  });
}
