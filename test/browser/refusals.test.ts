/**
 * The background checks every sender (src/background/senders.ts), in real Chromium and Firefox:
 * a message from a web page's content script outside its allow-list, and one about another tab's
 * page (another origin), get a refusal and change nothing. The test bridge sends them exactly as
 * Gloss's content script would (`sendAsContentScript`); the reader's data is read back with the
 * bridge's own test rights.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BROWSERS, ROOT, assertNoErrors, bridgeSend, sendAsContentScript, waitFor, withBrowser, type TestPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages') });
});
after(async () => {
  await server.close();
});

async function everything(page: TestPage) {
  const [list, settings, packs, rejected] = await Promise.all([
    bridgeSend(page, 'notebook/list', {}),
    bridgeSend(page, 'settings/get', {}),
    bridgeSend(page, 'packs/list', {}),
    bridgeSend(page, 'marks/rejected', { url: `${server.origin.replace('127.0.0.1', 'localhost')}/fixtures/attack.html` }),
  ]);
  return JSON.stringify({ list, settings, packs, rejected });
}

for (const name of BROWSERS) {
  describe(`the background's sender checks in ${name}`, () => {
    it('refuses a content script what only Gloss’s pages may ask, and another tab’s page, changing nothing', () =>
      withBrowser(name, async (b) => {
        const page = await b.newPage(`${server.origin}/fixtures/marks.html`);
        await waitFor(page, () => document.documentElement.getAttribute('data-gloss-scan') === 'done', undefined, 20000, 'the page read');
        // another tab, on another site
        const otherUrl = `${server.origin.replace('127.0.0.1', 'localhost')}/fixtures/attack.html`;
        const other = await b.newPage(otherUrl);
        await waitFor(other, () => document.querySelectorAll('gloss-mark').length > 0, undefined, 20000, 'the other tab marked');
        await bridgeSend(page, 'notes/add', { target: { kind: 'entity', entityId: 'gloss:country:by', entityName: 'Belarus' }, body: 'kept note', tags: ['kept'] });
        await bridgeSend(page, 'settings/update', { patch: { disabledSites: ['private-site.example', 'localhost'] } });
        const before = await everything(page);

        // outside the allow-list: the notebook, notes, settings-wide, packs, opening pages, debug
        for (const [type, payload] of [
          ['notebook/list', {}],
          ['notes/aboutEntity', { entityId: 'gloss:country:by' }],
          ['notes/add', { target: { kind: 'entity', entityId: 'gloss:country:by', entityName: 'Belarus' }, body: 'planted', tags: [] }],
          ['highlights/orphans', {}],
          ['settings/update', { patch: { paused: true, mutedEntities: [] } }],
          ['settings/mute', { entityId: 'gloss:country:by' }],
          ['packs/remove', { id: 'my-entities' }],
          ['pages/open', { page: 'notebook' }],
          ['entity/get', { id: 'gloss:country:by' }],
          // the notebook's views, export and import (issue #10)
          ['notebook/data', {}],
          ['notebook/snapshot', { scope: { kind: 'all' } }],
          ['notebook/entities', {}],
          ['notebook/dossier', { entityId: 'gloss:country:by' }],
          ['notes/restore', { note: { id: 'planted', target: { kind: 'entity', entityId: 'gloss:country:by', entityName: 'Belarus' }, body: 'planted', tags: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', rev: 1 } }],
          ['import/preview', { text: JSON.stringify({ format: 'gloss-notes' }) }],
          ['import/apply', { text: JSON.stringify({ format: 'gloss-notes' }) }],
        ] as const) {
          const r = await sendAsContentScript(page, type, payload);
          assert.equal(r.ok, false, `${type} is refused`);
          assert.equal(r.refused, true, `${type} is a refusal, not a failure`);
          assert.match(r.error ?? '', new RegExp(`^Gloss refused "${type.replace('/', '\\/')}" from a web page’s content script: only Gloss’s`), type);
        }
        for (const type of ['debug/errors', 'debug/put']) {
          const r = await sendAsContentScript(page, type, type === 'debug/put' ? { key: 'k', value: 'v' } : {});
          assert.deepEqual({ ok: r.ok, refused: r.refused, error: r.error }, { ok: false, refused: true, error: `Gloss does not know the message "${type}".` }, `${type} exists for the test bridge only`);
        }

        // about another tab's page (another origin): refused
        for (const [type, payload] of [
          ['page/visit', { url: otherUrl, title: 'Other' }],
          ['highlights/create', { url: otherUrl, title: 'Other', selectors: [{ type: 'TextQuoteSelector', exact: 'Negotiators worked', prefix: '', suffix: '' }], colour: 'yellow' }],
          ['marks/reject', { url: otherUrl, entityId: 'gloss:country:by' }],
          ['marks/rejected', { url: otherUrl }],
          ['sightings/record', { url: otherUrl, title: 'Other', entities: [{ id: 'gloss:country:by', count: 9 }] }],
          ['highlights/placement', { page: { url: otherUrl, title: 'Other' }, placed: [], orphaned: [] }],
        ] as const) {
          const r = await sendAsContentScript(page, type, payload);
          assert.equal(r.refused, true, `${type} about another tab's page is refused`);
          assert.match(r.error ?? '', /of another site than the one this tab shows/, type);
        }
        // a canonical link to another site is not the page's to claim
        const canonical = await sendAsContentScript(page, 'page/visit', { url: page.url(), title: 'Marks', canonical: 'https://bank.example/statement' });
        assert.match(canonical.error ?? '', /canonical link .* is not the same site/);

        // what a content script may ask is answered, for its own page only
        const own = await sendAsContentScript(page, 'page/visit', { url: page.url(), title: 'Marks' });
        assert.equal(own.ok, true, 'its own page');
        const view = await sendAsContentScript(page, 'settings/get', {});
        assert.deepEqual((view.value as { disabledSites: string[] }).disabledSites, [], 'the sites the reader switched off elsewhere are not told');

        assert.equal(await everything(page), before, 'nothing changed');
        await assertNoErrors(b, page);
      }));
  });
}
