/**
 * The database upgrade from schema version 3 to 4 in a real browser (issue #10): the last
 * version-3 build of Gloss (built from git history by previous-build.ts) writes the reader's
 * data through its own protocol in Chromium and Firefox: highlights with a note and tags, with
 * tags only, bare; notes about an entity and a page; sightings; a "not this one here"; one of
 * the reader's own entities; settings. Then this build opens the same profile (same extension
 * origin: Chromium's id comes from the extension's folder, which is reused; Firefox's from the
 * fixed UUID) and must show every record, the notes now inside their highlights, and the
 * highlights drawn on the page again.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BROWSERS, CHROME_DIST, FIREFOX_DIST, ROOT, assertNoErrors, bridgeSend, launch, removeProfile, tempProfile, waitFor, type TestPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { previousBuild, type PreviousBuild } from './previous-build.ts';
import { exportJson } from '../../src/core/formats/json/export.ts';
import { readImportFile } from '../../src/core/formats/import.ts';
import { DEFAULT_SETTINGS } from '../../src/core/model/types.ts';

let server: StaticServer;
let old: PreviousBuild;
let work: string;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages'), '/article/': join(ROOT, 'test/fixtures/highlight') });
  old = await previousBuild(4);
  work = await mkdtemp(join(ROOT, '.tmp/db-upgrade-'));
});
after(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

/** a message of the old build's protocol (its shapes are not this build's types) */
const oldSend = (page: TestPage, type: string, payload: unknown) => bridgeSend(page, type as never, payload as never) as Promise<unknown>;

interface OldNote { id: string; target: Record<string, unknown>; pageId?: string; body: string; tags: string[]; created: string; updated: string }
interface OldHighlight { id: string; pageId: string; url: string; pageTitle: string; selectors: unknown[]; colour: string; created: string }
type OldEntry = { kind: 'highlight'; highlight: OldHighlight; note: OldNote | null } | { kind: 'note'; note: OldNote };

const quote = (exact: string, start: number) => [
  { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  { type: 'TextPositionSelector', start, end: start + exact.length },
];

for (const name of BROWSERS) {
  describe(`database upgrade 3 → 4 in ${name}`, () => {
    it('keeps every record written by the last version-3 build', async () => {
      const profile = await tempProfile();
      // one folder for both builds: Chromium names the extension (and its IndexedDB) after it
      const ext = join(work, `${name}-extension`);
      await cp(name === 'chromium' ? old.chrome : old.firefox, ext, { recursive: true });
      // the version number an earlier release had, so the second launch is an update as readers get it
      const manifest = JSON.parse(await readFile(join(ext, 'manifest.json'), 'utf8')) as { version: string };
      manifest.version = '0.0.1';
      await writeFile(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));
      const article = `${server.origin}/article/v1.html`;
      let before: { entries: OldEntry[]; rejected: unknown; settings: unknown; seen: number; kv: unknown };
      const b1 = await launch(name, profile, { extensionDir: ext });
      try {
        const page = await b1.newPage(article);
        await waitFor(page, () => document.documentElement.hasAttribute('data-gloss-highlights'), undefined, 15000, 'the old build on the page');
        const text = await page.evaluate(() => document.body.innerText, null);
        const at = (s: string) => text.indexOf(s);
        const a = 'For nine years';
        const c = 'The harbour master warned';
        await oldSend(page, 'highlights/create', { url: article, title: 'Old build article', selectors: quote(a, at(a)), colour: 'green', note: { body: 'Old note, "quoted" — é', tags: ['transport', 'council'] } });
        await oldSend(page, 'highlights/create', { url: article, title: 'Old build article', selectors: quote(c, at(c)), colour: 'pink', note: { body: '', tags: ['tags-only'] } });
        await oldSend(page, 'highlights/create', { url: article, title: 'Old build article', selectors: quote('Engineers presented', at('Engineers presented')), colour: 'yellow' });
        const visit = (await oldSend(page, 'page/visit', { url: article, title: 'Old build article' })) as { page: { id: string } };
        await oldSend(page, 'notes/add', { target: { kind: 'page', pageId: visit.page.id }, body: 'About this page', tags: ['later'] });
        await oldSend(page, 'notes/add', { target: { kind: 'entity', entityId: 'Q7747', entityName: 'Vladimir Putin', entityType: 'person' }, body: 'Entity note', tags: ['kremlin'], url: article, title: 'Old build article' });
        await oldSend(page, 'sightings/record', { url: article, title: 'Old build article', entities: [{ id: 'Q7747', count: 4 }] });
        await oldSend(page, 'marks/reject', { url: article, entityId: 'Q155' });
        await oldSend(page, 'settings/update', { patch: { defaultColour: 'purple', mutedEntities: ['Q30'] } });
        await oldSend(page, 'debug/put', { key: 'upgrade-check', value: 'kept ✓' });
        const added = (await oldSend(page, 'packs/addEntity', { draft: { name: 'Wilhelmina Tarrow', type: 'person', description: 'Council reporter', aliases: '' } })) as { accepted: boolean };
        assert.ok(added.accepted, 'the old build added an entity of the reader’s own');
        before = {
          entries: ((await oldSend(page, 'notebook/list', {})) as { entries: OldEntry[] }).entries,
          rejected: await oldSend(page, 'marks/rejected', { url: article }),
          settings: await oldSend(page, 'settings/get', {}),
          seen: ((await oldSend(page, 'notes/aboutEntity', { entityId: 'Q7747' })) as { pagesSeen: number }).pagesSeen,
          kv: await oldSend(page, 'debug/get', { key: 'upgrade-check' }),
        };
        assert.equal(before.entries.length, 5, 'three highlights and two notes written by the old build');
      } finally {
        await b1.close();
      }

      // this build, same folder, same profile: the database opens at version 4
      await rm(ext, { recursive: true, force: true });
      await cp(name === 'chromium' ? CHROME_DIST : FIREFOX_DIST, ext, { recursive: true });
      if (name === 'chromium') {
        // Chromium restarts an unpacked extension's service worker from its own copy of the script
        // (kept with the profile), not from the folder: drop that copy, as an update from the store
        // replaces it. The extension's IndexedDB is elsewhere in the profile and stays.
        await rm(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
      }
      const b2 = await launch(name, profile, { extensionDir: ext });
      try {
        const page = await b2.newPage(article);
        await waitFor(page, () => document.documentElement.getAttribute('data-gloss-highlights-placed') === '3', undefined, 15000, 'the three highlights drawn again');
        const data = await bridgeSend(page, 'notebook/snapshot', { scope: { kind: 'all' } });
        const pageByUrl = new Map(data.pages.map((p) => [p.url, p]));
        for (const e of before.entries) {
          if (e.kind === 'highlight') {
            const h = data.highlights.find((x) => x.id === e.highlight.id);
            assert.ok(h, `highlight ${e.highlight.id} is kept`);
            assert.deepEqual(
              { pageId: h.pageId, selectors: h.selectors, colour: h.colour, created: h.created, body: h.body, tags: h.tags },
              { pageId: e.highlight.pageId, selectors: e.highlight.selectors, colour: e.highlight.colour, created: e.highlight.created, body: e.note?.body ?? '', tags: e.note?.tags ?? [] },
              'its note and tags are in it now',
            );
            assert.equal(pageByUrl.get(e.highlight.url)?.id, h.pageId, 'its page record has its address');
            assert.equal(h.rev, 1);
          } else {
            const n = data.notes.find((x) => x.id === e.note.id);
            assert.ok(n, `note ${e.note.id} is kept`);
            assert.deepEqual({ ...n, rev: undefined }, { ...e.note, rev: undefined });
          }
        }
        assert.equal(data.highlights.length, 3);
        assert.equal(data.notes.length, 2, 'the notes on highlights moved into them');
        assert.deepEqual(await bridgeSend(page, 'marks/rejected', { url: article }), before.rejected);
        // what the reader set is kept; settings added since take their defaults
        assert.deepEqual(await bridgeSend(page, 'settings/get', {}), { ...DEFAULT_SETTINGS, ...(before.settings as object) });
        assert.equal((await bridgeSend(page, 'notes/aboutEntity', { entityId: 'Q7747' })).pagesSeen, before.seen);
        assert.deepEqual(await bridgeSend(page, 'debug/get', { key: 'upgrade-check' }), before.kv);
        assert.ok((await bridgeSend(page, 'packs/list', {})).packs.some((p) => p.origin === 'mine' && p.entities === 1), 'the reader’s own entity');
        // and the upgraded data exports and reads back as a valid file
        const file = exportJson(data, { exported: new Date().toISOString(), generator: 'test', scope: { kind: 'all' } });
        const read = readImportFile(file);
        assert.ok(read.ok, JSON.stringify(!read.ok && read.problems));
        await assertNoErrors(b2, page);
      } finally {
        await b2.close();
        await removeProfile(profile);
      }
      console.log(`# ${name}: a version-3 database written by ${old.commit.slice(0, 10)} ("${old.subject.slice(0, 60)}…") upgraded to version 4`);
    });
  });
}
