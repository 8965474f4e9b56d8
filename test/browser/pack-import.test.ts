/**
 * Knowledge packs the reader imports, and "My entities", in real Chromium and Firefox with the
 * built extension: an imported pack is validated, compiled once and stored in the background's
 * Dexie; a served page that names its made-up entity gets a mark with that entity's id; a bad
 * pack is refused with the validator's message; after a browser restart with the same profile
 * the imported entity is still marked; removing the pack stops the marks. In Chromium the
 * notebook's "Knowledge packs" tab is driven once: a file upload, a refusal, the entity form.
 * Fixture: test/fixtures/pages/pack-import.html (invented text).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import { BROWSERS, ROOT, assertNoErrors, bridgeSend, launch, removeProfile, tempProfile, waitFor, withBrowser, type GlossBrowser, type TestPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';
import { syntheticPack } from './pack-import-data.ts';
import { formatIssue } from '../../src/core/pack/issues.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages') });
});
after(async () => {
  await server.close();
});

const SRC = [{ name: 'Gloss tests', licence: 'CC0-1.0' }];
const ZORBLAT = 'test-import:person:zorblat-quenteridge';
const VELLMORROW = 'test-import:organisation:vellmorrow-institute';

function entity(id: string, name: string, type: Entity['type'], aliases: Entity['aliases'] = []): Entity {
  return { id, name, type, description: `${name} (invented for a test)`, summary: `${name} is invented for Gloss's tests.`, aliases, sources: SRC };
}
function pack(id: string, entities: Entity[]): Pack {
  return { format: 'gloss-pack', formatVersion: 1, id, name: `Test pack ${id}`, version: '1.0', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026-11-25', sources: SRC, entities };
}

const GOOD = pack('import-test', [entity(ZORBLAT, 'Zorblat Quenteridge', 'person', [{ text: 'Mayor Quenteridge' }])]);

async function openFixture(b: GlossBrowser): Promise<TestPage> {
  const page = await b.newPage(`${server.origin}/fixtures/pack-import.html`);
  await scanned(page);
  return page;
}

async function scanned(page: TestPage): Promise<void> {
  await waitFor(page, () => document.documentElement.getAttribute('data-gloss-scan') === 'done', undefined, 20000, 'the page scan');
  // the one real name on the page (default pack) is marked: the page was spotted
  await waitFor(page, () => document.querySelectorAll('[data-gloss-entity]').length > 0, undefined, 10000, 'a mark from the default pack');
}

function markedIds(page: TestPage): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of Array.from(document.querySelectorAll('[data-gloss-entity][data-gloss-first]'))) {
      out[el.getAttribute('data-gloss-entity') ?? ''] = (el.textContent ?? '').trim();
    }
    return out;
  }, null);
}

for (const name of BROWSERS) {
  describe(`pack import in ${name}`, () => {
    it('marks an imported pack’s entity, refuses a bad pack, keeps it across a restart, stops after removal', async () => {
      const profile = await tempProfile();
      try {
        const b1 = await launch(name, profile);
        try {
          let page = await openFixture(b1);
          assert.equal((await markedIds(page))[ZORBLAT], undefined, 'not marked before the import');

          // a bad pack: refused with the validator's message naming entity and field; nothing changes
          const bad = pack('bad-pack', [{ ...entity('test-import:place:xanadu', 'Xanadu', 'place'), type: 'city' as never }]);
          const refused = await bridgeSend(page, 'packs/import', { text: JSON.stringify(bad), fileName: 'bad.json' });
          assert.equal(refused.accepted, false);
          assert.match(!refused.accepted ? formatIssue(refused.errors[0]!) : '', /^entity "test-import:place:xanadu" \(Xanadu\), type: type must be one of person, organisation, place, event, other/);
          const shared = pack('bad-shared', [entity('test-import:person:bob', 'Bob Putin', 'person', [{ text: 'Vladimir Putin' }])]);
          const refused2 = await bridgeSend(page, 'packs/import', { text: JSON.stringify(shared) });
          assert.equal(refused2.accepted, false);
          assert.match(!refused2.accepted ? refused2.errors.map(formatIssue).join('\n') : '', /entity "test-import:person:bob" \(Bob Putin\), aliases\[0\]\.sharedNote: "Vladimir Putin" is also a name of entity/);
          const notJson = await bridgeSend(page, 'packs/import', { text: '{"format": "gloss-pack",', fileName: 'broken.json' });
          assert.match(!notJson.accepted ? formatIssue(notJson.errors[0]!) : '', /^broken\.json: not valid JSON/);
          assert.deepEqual((await bridgeSend(page, 'packs/list', {})).packs.map((p) => p.origin), ['built-in'], 'nothing was stored');

          // a good pack: accepted, compiled once, listed
          const ok = await bridgeSend(page, 'packs/import', { text: JSON.stringify(GOOD), fileName: 'good.json' });
          assert.ok(ok.accepted, JSON.stringify(ok));
          assert.equal(ok.pack.entities, 1);
          assert.equal(ok.replaced, null);
          const list = await bridgeSend(page, 'packs/list', {});
          assert.deepEqual(list.packs.map((p) => [p.id, p.origin, p.entities > 0]), [['default', 'built-in', true], ['import-test', 'imported', true]]);
          const builtIn = list.packs[0]!;
          assert.ok(builtIn.entities > 1000 && /^\d{4}/.test(builtIn.dataDate) && builtIn.licence, 'the built-in pack lists its entity count, data date and licence');

          // the page names the made-up entity: it is marked with its id; entity/get answers with its pack
          await page.reload();
          await scanned(page);
          await waitFor(page, (id: string) => !!document.querySelector(`[data-gloss-entity="${id}"]`), ZORBLAT, 10000, 'the imported entity’s mark').catch(async (e: Error) => {
            throw new Error(`${e.message}; marks: ${JSON.stringify(await markedIds(page))}; spot: ${JSON.stringify(await bridgeSend(page, 'spot', { text: 'Zorblat Quenteridge, the mayor' }))}`);
          });
          assert.equal((await markedIds(page))[ZORBLAT], 'Zorblat Quenteridge');
          const got = await bridgeSend(page, 'entity/get', { id: ZORBLAT });
          assert.equal(got?.entity.name, 'Zorblat Quenteridge');
          assert.deepEqual(got?.pack, { id: 'import-test', name: 'Test pack import-test', dataDate: '2026-11-25', licence: 'CC0-1.0' });

          // one of the reader's own entities, through the same path as the notebook's form
          const mine = await bridgeSend(page, 'packs/addEntity', {
            draft: { name: 'Wilhelmina Tarrow', type: 'person', description: 'Council reporter', aliases: 'W. Tarrow' },
          });
          assert.ok(mine.accepted, JSON.stringify(mine));
          page = await b1.newPage(`${server.origin}/fixtures/pack-import.html`);
          await scanned(page);
          await waitFor(page, (id: string) => !!document.querySelector(`[data-gloss-entity="${id}"]`), mine.entity.id, 10000, 'the reader’s own entity’s mark');
          await assertNoErrors(b1, page);
        } finally {
          await b1.close();
        }

        // restart with the same profile: read from Dexie, still marked
        const b2 = await launch(name, profile);
        try {
          const page = await openFixture(b2);
          await waitFor(page, (id: string) => !!document.querySelector(`[data-gloss-entity="${id}"]`), ZORBLAT, 10000, 'the imported entity’s mark after a restart');
          const marks = await markedIds(page);
          assert.equal(marks[ZORBLAT], 'Zorblat Quenteridge');
          assert.equal(marks['mine:person:wilhelmina-tarrow'], 'Wilhelmina Tarrow');

          // removal: the background forgets the pack at once
          await bridgeSend(page, 'packs/remove', { id: 'import-test' });
          assert.equal(await bridgeSend(page, 'entity/get', { id: ZORBLAT }), null);
          await page.reload();
          await scanned(page);
          const after = await markedIds(page);
          assert.equal(after[ZORBLAT], undefined, 'a removed pack’s entity is no longer marked');
          assert.equal(after['mine:person:wilhelmina-tarrow'], 'Wilhelmina Tarrow');
          await assert.rejects(bridgeSend(page, 'packs/remove', { id: 'default' }), /built-in pack cannot be removed/);
          // a refusal is an answer, not a failure: nothing is logged as an error
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

describe('the Knowledge packs tab of the notebook in chromium', () => {
  it('imports a file chosen in the file picker, shows a refusal, adds an entity with a note', () =>
    withBrowser('chromium', async (b) => {
      const page = await openFixture(b);
      const nb = await b.openExtensionPage(page, 'notebook', 'packs');
      const pw = nb as unknown as PwPage;
      await waitFor(nb, () => document.querySelectorAll('[data-testid="pack"]').length === 1, undefined, 10000, 'the built-in pack listed');
      const facts = await nb.evaluate(() => document.querySelector('[data-pack-id="default"] [data-testid="pack-facts"]')?.textContent ?? '', null);
      assert.match(facts, /^[\d,.\s]+ entities · data as of \d{4}[-\d]* · licence \S+/);

      // a refused file: the validator's first messages, naming entity and field
      const bad = pack('ui-bad', [{ ...entity('test-import:place:xanadu', 'Xanadu', 'place'), aliases: [{ text: '\u00AD' }] }]);
      await pw.setInputFiles('[data-testid="pack-file"]', { name: 'ui-bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      await waitFor(nb, () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'refused', undefined, 10000, 'the refusal');
      const errs = await nb.evaluate(() => document.querySelector('[data-testid="import-errors"]')?.textContent ?? '', null);
      assert.match(errs, /entity "test-import:place:xanadu" \(Xanadu\), aliases\[0\]\.text: empty alias/);
      assert.equal(await nb.evaluate(() => document.querySelectorAll('[data-testid="pack"]').length, null), 1, 'nothing changed');

      // a good file: progress, then listed
      const good = pack('ui-good', [entity(VELLMORROW, 'Vellmorrow Institute', 'organisation')]);
      await pw.setInputFiles('[data-testid="pack-file"]', { name: 'vellmorrow.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
      await waitFor(nb, () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'done', undefined, 15000, 'the import');
      await waitFor(nb, () => document.querySelector('[data-pack-id="ui-good"] [data-testid="pack-name"]')?.textContent === 'Test pack ui-good', undefined, 5000, 'the imported pack listed');
      assert.match(await nb.evaluate(() => document.querySelector('[data-pack-id="ui-good"]')?.textContent ?? '', null), /1 entity · data as of 2026-11-25 · licence CC0-1\.0.*imported .* from vellmorrow\.json/);

      // the entity form: a name shared with the default pack is said in the reader's terms, and the
      // form offers to add it as another meaning (the description tells them apart)
      const fill = (values: Record<string, string>) =>
        nb.evaluate((v: Record<string, string>) => {
          for (const [id, value] of Object.entries(v)) {
            const el = document.getElementById(id) as HTMLInputElement;
            el.value = value;
            el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
          }
        }, values);
      await fill({ 'gl-e-name': 'Moscow Mule Bar', 'gl-e-type': 'organisation', 'gl-e-desc': 'A bar in Eastwick', 'gl-e-aliases': 'Moscow' });
      await nb.click('[data-testid="entity-form"] button[type="submit"]');
      await waitFor(nb, () => !!document.querySelector('[data-testid="entity-errors"]'), undefined, 10000, 'the refusal of a shared name');
      const said = await nb.evaluate(() => document.querySelector('[data-testid="entity-errors"]')?.textContent ?? '', null);
      assert.match(said, /'Moscow' is already a place in the default pack; add it as another meaning\?/);
      assert.doesNotMatch(said, /sharedNote|aliases\[|entity "/, 'no pack-file terms');
      assert.equal(await nb.evaluate(() => (document.getElementById('gl-e-name') as HTMLInputElement).value, null), 'Moscow Mule Bar', 'what the reader typed is kept');
      await nb.click('[data-testid="entity-another-meaning"]');
      await waitFor(nb, () => !!document.querySelector('[data-testid="entity-added"]'), undefined, 10000, 'the entity added');
      await waitFor(nb, () => !!document.querySelector('[data-pack-id="my-entities"] [data-entity-id="mine:organisation:moscow-mule-bar"]'), undefined, 5000, 'My entities listing it');

      // the page marks the imported organisation
      const p2 = await b.newPage(`${server.origin}/fixtures/pack-import.html`);
      await scanned(p2);
      await waitFor(p2, (id: string) => !!document.querySelector(`[data-gloss-entity="${id}"]`), VELLMORROW, 10000, 'the uploaded pack’s entity marked');

      // a big pack (20,000 made-up people, 60,000 names, 6.5 MB): the reader sees the import in progress, then the result
      await nb.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seenStates: string[] }).seenStates = seen;
        new MutationObserver(() => {
          const s = document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') ?? 'none';
          if (seen[seen.length - 1] !== s) seen.push(s);
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      }, null);
      const big = JSON.stringify(syntheticPack(20000, 'ui-big'));
      const t0 = Date.now();
      await pw.setInputFiles('[data-testid="pack-file"]', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
      await waitFor(nb, () => document.querySelector('[data-pack-id="ui-big"]') !== null, undefined, 30000, 'the big pack listed');
      const took = Date.now() - t0;
      const seen = await nb.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates, null);
      assert.deepEqual(seen.filter((x) => x !== 'none').slice(-2), ['busy', 'done'], `the import showed its progress, then its result (${seen.join(' → ')})`);
      assert.match(await nb.evaluate(() => document.querySelector('[data-pack-id="ui-big"] [data-testid="pack-facts"]')?.textContent ?? '', null), /^20[,.\s\u202f]?000 entities/);
      console.log(`# a 20,000-entity pack (${(big.length / 1e6).toFixed(1)} MB) imported through the notebook in ${took} ms`);

      // remove with confirmation
      await nb.click('[data-pack-id="ui-good"] [data-testid="pack-remove"]');
      await nb.click('[data-pack-id="ui-good"] [data-testid="pack-remove-confirm"]');
      await waitFor(nb, () => !document.querySelector('[data-pack-id="ui-good"]'), undefined, 5000, 'the pack removed');
      await nb.screenshot({ path: join(ROOT, '.tmp/pack-import-notebook.png'), fullPage: true });
      assert.deepEqual(b.errors, [], `errors: ${b.errors.join('\n')}`);
    }));
});
