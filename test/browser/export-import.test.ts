/**
 * Export and import through the real UI, in real Chromium and real Firefox (issue #10):
 * highlights with a note and tags, a highlight with tags only, a note about an entity from the
 * popover and one from the notebook's dossier → the notebook (views, search, dossier, names of
 * buttons) → Export → JSON and Web Annotation downloaded and read from disk → a fresh profile
 * → Import (preview, then import) → Export again: the same file but for the export date. Then
 * bad files (cut off, a broken record, another kind of file) are refused with a sentence that
 * says where, and nothing changes. Fixture: test/fixtures/pages/marks.html (invented text).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, ROOT, assertNoErrors, bridgeSend, waitFor, waitForUi, withBrowser, type BrowserName, type GlossBrowser, type TestPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { clickUi, select, waitForHighlights } from './highlight-helpers.ts';
import { addNoteInPopover, markSel, readMarks, waitForMarks, waitForPopover } from './marks-helpers.ts';
import { chooseFile, clickByName, download, type Downloaded } from './transfer.ts';

let server: StaticServer;
let work: string;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages') });
  work = await mkdtemp(join(tmpdir(), 'gloss-export-'));
});
after(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

const NOTE = 'Ask again, "twice" — Minsk, Vilnius';
const ENTITY_NOTE = 'Spoke from exile; check the date';

async function openNotebook(b: GlossBrowser, from: TestPage): Promise<TestPage> {
  const nb = await b.openExtensionPage(from, 'notebook');
  await waitFor(nb, () => document.querySelector('[data-testid="version"]') !== null, undefined, 10000, 'the notebook');
  return nb;
}

/** Export in a format through the dialog and return the downloaded file. */
async function exportAs(b: GlossBrowser, nb: TestPage, format: 'JSON' | 'Web Annotation', dir: string): Promise<Downloaded> {
  await clickByName(b, nb, 'button', 'Export');
  await waitFor(nb, () => !!document.querySelector('[data-testid="export-dialog"]'), undefined, 5000, 'the Export dialog');
  await clickByName(b, nb, 'radio', format);
  const file = await download(b, nb, () => clickByName(b, nb, 'button', 'Download'), dir);
  await waitFor(nb, () => !!document.querySelector('[data-testid="export-status"]'), undefined, 5000, 'the export to say it saved the file');
  await clickByName(b, nb, 'button', 'Close');
  await waitFor(nb, () => !document.querySelector('[data-testid="export-dialog"]'), undefined, 5000, 'the dialog to close');
  return file;
}

/** Import a file through the dialog: the preview first, then the import; returns the preview's text. */
async function importFile(b: GlossBrowser, nb: TestPage, path: string): Promise<string> {
  await clickByName(b, nb, 'button', 'Import');
  await chooseFile(b, nb, '[data-testid="import-file"]', path);
  await waitFor(nb, () => document.querySelector('[data-testid="import-dialog"]')?.getAttribute('data-state') === 'preview', undefined, 15000, 'the import preview');
  const preview = await nb.evaluate(() => document.querySelector('[data-testid="import-preview"]')!.textContent!, null);
  await clickByName(b, nb, 'button', 'Import these notes');
  await waitFor(nb, () => document.querySelector('[data-testid="import-dialog"]')?.getAttribute('data-state') === 'done', undefined, 15000, 'the import');
  await clickByName(b, nb, 'button', 'Close');
  return preview;
}

/** A file the dialog must refuse: the sentence shown; the notebook is unchanged. */
async function refused(b: GlossBrowser, nb: TestPage, path: string): Promise<string> {
  await clickByName(b, nb, 'button', 'Import');
  await chooseFile(b, nb, '[data-testid="import-file"]', path);
  await waitFor(nb, () => document.querySelector('[data-testid="import-dialog"]')?.getAttribute('data-state') === 'refused', undefined, 15000, 'the refusal');
  const text = await nb.evaluate(() => document.querySelector('[data-testid="import-problems"]')!.textContent!, null);
  await clickByName(b, nb, 'button', 'Cancel');
  return text;
}

const withoutDate = (text: string, key: string) => text.replace(new RegExp(`"${key}": "[^"]+"`), `"${key}": "…"`);

/**
 * Run `fn` in a fresh profile with the notebook open; the browser is closed and the profile removed
 * afterwards. Chromium opens the notebook directly; Firefox lets a driver reach an extension page
 * only through the extension, so a blank page (no names, no highlights) asks for it, and Gloss
 * files that page as visited: `helper` is its address.
 */
async function withFreshNotebook(name: BrowserName, dir: string, fn: (fresh: { b: GlossBrowser; nb: TestPage; helper: string | null }) => Promise<void>): Promise<void> {
  await withBrowser(name, async (b) => {
    const helper = name === 'firefox' ? `${server.origin}/fixtures/blank.html` : null;
    const from = helper ? await b.newPage(helper) : (null as unknown as TestPage);
    await fn({ b, nb: await openNotebook(b, from), helper });
  }, { downloadsDir: dir });
}

/** The export of a fresh profile: the same as the original but for the date and (Firefox) the helper page's visit. */
function assertSameExport(b: Downloaded, a: Downloaded, dateKey: string, helper: string | null): void {
  const textA = withoutDate(a.bytes.toString('utf8'), dateKey);
  const textB = withoutDate(b.bytes.toString('utf8'), dateKey);
  // Web Annotation files hold no pages of their own: the helper page cannot be in them
  if (!helper || dateKey !== 'exported') return assert.equal(textB, textA);
  const fileB = JSON.parse(textB) as { pages: { url: string; id: string }[] };
  const visited = fileB.pages.filter((p) => p.url === helper);
  assert.equal(visited.length, 1, 'the helper page, visited by the test driver');
  fileB.pages = fileB.pages.filter((p) => p.url !== helper);
  assert.ok(!visited[0] || !JSON.stringify(fileB).includes(visited[0].id), 'nothing refers to the helper page');
  assert.deepEqual(fileB, JSON.parse(textA));
}

const ONLY = process.env.GLOSS_BROWSERS?.split(',');
for (const name of BROWSERS.filter((x) => !ONLY || ONLY.includes(x))) {
  describe(`export and import in ${name}`, () => {
    it('round-trips highlights, notes, tags and entity notes through the UI into a fresh profile; refuses bad files', async () => {
      const dir = await mkdtemp(join(work, `${name}-`));
      const { jsonA, annoA } = await withBrowser(name, async (b1) => {
        // 1. the reader's data, made through the page's own UI
        const page = await b1.newPage(`${server.origin}/fixtures/marks.html`);
        await waitForMarks(page, 3);
        await waitFor(page, () => document.documentElement.hasAttribute('data-gloss-highlights'), undefined, 10000, 'the highlight layer');
        const lukashenko = (await readMarks(page)).find((m) => m.text === 'Alexander Lukashenko')!.entity;
        // the editor is Gloss's frame and the highlights an overlay in a closed shadow root: real mouse and
        // keys, and the test build's probes to see them (as highlights.test.ts and marks.test.ts do)
        await select(page, 'p-bold', 'Lukashenko', 'p-bold', 'on Monday');
        await clickUi(page, 'toolbar', 'toolbar-note');
        await waitForUi(page, (u) => u.editor?.focused === 'note-body' && u.editor.hasFocus, 'the note field to have focus', 5000);
        await page.keyboard.type(NOTE);
        await clickUi(page, 'editor', 'note-tags');
        await page.keyboard.type('politics, belarus');
        await clickUi(page, 'editor', 'save');
        await waitForHighlights(page, (hs) => hs.some((h) => h.hasNote && h.text.replaceAll('|', '') === 'Lukashenko hosted the talks on Monday'), 'the first highlight, with its note');
        await waitForUi(page, (u) => !u.editor && u.toast?.text === 'Highlight and note saved.', 'the editor to close with a confirmation');
        // a highlight with tags and no note
        await select(page, 'p-repeat', 'Later,', 'p-repeat', 'state television');
        await clickUi(page, 'toolbar', 'toolbar-note');
        await waitForUi(page, (u) => u.editor?.focused === 'note-body' && u.editor.hasFocus, 'the note field to have focus', 5000);
        await clickUi(page, 'editor', 'note-tags');
        await page.keyboard.type('tv');
        await clickUi(page, 'editor', 'save');
        await waitForHighlights(page, (hs) => hs.some((h) => h.hasNote && h.text.replaceAll('|', '') === 'Later, Lukashenko told state television'), 'the tags-only highlight, drawn as written on');
        await waitForUi(page, (u) => !u.editor, 'the editor to close');
        // a note about an entity, from the popover (Gloss's frame): click the name, then as a reader writes one
        const tsikhanouskaya = (await readMarks(page)).find((m) => m.text === 'Sviatlana Tsikhanouskaya')!.entity;
        await page.click(markSel(tsikhanouskaya));
        await waitForPopover(page, 'Tsikhanouskaya');
        await addNoteInPopover(page, ENTITY_NOTE);
        await waitForPopover(page, 'You noted 1 thing');

        // the page's names are recorded as met (the content script sends them once the marks settle)
        const deadline = Date.now() + 15000;
        while ((await bridgeSend(page, 'notes/aboutEntity', { entityId: lukashenko })).pagesSeen < 1) {
          assert.ok(Date.now() < deadline, 'the sightings of the page were recorded');
          await new Promise((r) => setTimeout(r, 200));
        }

        // 2. the notebook: views, typo-tolerant search, the dossier, what each button says it acts on
        const nb = await openNotebook(b1, page);
        await waitFor(nb, () => document.querySelectorAll('[data-testid="entry"]').length === 3, undefined, 10000, 'three entries');
        const labels = await nb.evaluate(() => [...document.querySelectorAll('button[aria-label^="Delete"]')].map((x) => x.getAttribute('aria-label')), null);
        assert.ok(labels.includes("Delete highlight 'Lukashenko hosted the talks on…'"), labels.join(' | '));
        assert.ok(labels.some((l) => l === 'Delete note about Sviatlana Tsikhanouskaya'), labels.join(' | '));
        await nb.evaluate(() => {
          const s = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
          s.value = 'televsion';
          s.dispatchEvent(new Event('input', { bubbles: true }));
        }, null);
        await waitFor(nb, () => document.querySelector('[data-testid="count"]')?.textContent === '1 of 3 entries', undefined, 5000, '"televsion" to find the highlight on state television');
        // the Export dialog offers the search result; then the search is cleared
        await clickByName(b1, nb, 'button', 'Export');
        await clickByName(b1, nb, 'radio', 'The current search result (1)');
        await clickByName(b1, nb, 'button', 'Close');
        await nb.evaluate(() => {
          const s = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
          s.value = '';
          s.dispatchEvent(new Event('input', { bubbles: true }));
        }, null);
        await waitFor(nb, () => document.querySelector('[data-testid="count"]')?.textContent === '3 entries', undefined, 5000, 'the search cleared');
        await nb.evaluate(() => void (location.hash = '#view=pages'), null);
        await waitFor(nb, () => document.querySelectorAll('[data-testid="page-group"]').length === 1, undefined, 5000, 'the by-page view');
        await nb.evaluate((id: string) => void (location.hash = `#entity=${encodeURIComponent(id)}`), lukashenko);
        await waitFor(nb, () => document.querySelector('[data-testid="dossier-name"]')?.textContent === 'Alexander Lukashenko', undefined, 10000, 'the dossier');
        await waitFor(nb, () => /Highlights that mention Alexander Lukashenko \(2\)/.test(document.querySelector('[data-testid="dossier"]')!.textContent!), undefined, 10000, 'both highlights in the dossier');
        const dossier = await nb.evaluate(() => document.querySelector('[data-testid="dossier"]')!.textContent!, null);
        assert.match(dossier, /Where you met Alexander Lukashenko \(1 page\)/);
        assert.ok(!!(await nb.evaluate(() => document.querySelector('[data-testid="dossier-background"]')?.textContent, null)), 'the background from the pack');
        // a note from the dossier itself
        await nb.evaluate(() => {
          const t = document.querySelector<HTMLTextAreaElement>('#dossier-note')!;
          t.value = 'Seen in two articles';
          t.dispatchEvent(new Event('input', { bubbles: true }));
        }, null);
        await clickByName(b1, nb, 'button', 'Save note');
        await waitFor(nb, () => /Your notes about Alexander Lukashenko \(1\)/.test(document.querySelector('[data-testid="dossier"]')!.textContent!), undefined, 10000, 'the dossier note');

        // 3. export JSON and Web Annotation; both files are read from disk
        const jsonA = await exportAs(b1, nb, 'JSON', dir);
        assert.match(jsonA.name, /^gloss-notes-\d{4}-\d{2}-\d{2}\.json$/);
        const annoA = await exportAs(b1, nb, 'Web Annotation', dir);
        assert.match(annoA.name, /^gloss-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
        const file = JSON.parse(jsonA.bytes.toString('utf8'));
        assert.equal(file.format, 'gloss-notes');
        assert.equal(file.annotations.length, 4);
        assert.ok(file.annotations.some((a: { body: string; tags: string[] }) => a.body === NOTE && a.tags.join() === 'politics,belarus'));
        assert.ok(file.annotations.some((a: { body: string; tags: string[] }) => a.body === '' && a.tags.join() === 'tv'), 'tags without a note');
        assert.ok(file.sightings.length >= 3, 'the names met on the page');
        await assertNoErrors(b1, page);
        return { jsonA, annoA };
      }, { downloadsDir: dir });

      // 4. a fresh profile: import the JSON through the dialog, export again → the same file but for the date
      const jsonPath = join(dir, 'import-a.json');
      await writeFile(jsonPath, jsonA.bytes);
      await withFreshNotebook(name, dir, async (two) => {
        const preview = await importFile(two.b, two.nb, jsonPath);
        assert.match(preview, /Will add2 highlights, 2 notes, 1 page, \d+ sightings of names/);
        await waitFor(two.nb, () => document.querySelectorAll('[data-testid="entry"]').length === 4, undefined, 10000, 'the imported entries');
        const jsonB = await exportAs(two.b, two.nb, 'JSON', dir);
        assertSameExport(jsonB, jsonA, 'exported', two.helper);

        // importing the same file again adds nothing
        await clickByName(two.b, two.nb, 'button', 'Import');
        await chooseFile(two.b, two.nb, '[data-testid="import-file"]', jsonPath);
        await waitFor(two.nb, () => document.querySelector('[data-testid="import-dialog"]')?.getAttribute('data-state') === 'preview', undefined, 15000, 'the second preview');
        assert.match(await two.nb.evaluate(() => document.querySelector('[data-testid="import-preview"]')!.textContent!, null), /already in your notebook: importing it changes nothing/);
        await clickByName(two.b, two.nb, 'button', 'Cancel');

        // 5. bad files: refused with what and where, and nothing changes
        const text = jsonA.bytes.toString('utf8');
        const cut = join(dir, 'cut.json');
        await writeFile(cut, text.slice(0, Math.floor(text.length / 2)));
        assert.match(await refused(two.b, two.nb, cut), /cut\.json was not imported\. Nothing in your notebook changed\..*ends early at line \d+, column \d+: it looks cut off/);
        const broken = JSON.parse(text);
        broken.annotations[1].target.colour = 'orange';
        const brokenPath = join(dir, 'broken.json');
        await writeFile(brokenPath, JSON.stringify(broken));
        assert.match(await refused(two.b, two.nb, brokenPath), /Record 2 of "annotations" \(id [0-9a-f-]{36}\), field "target\.colour": colour must be one of yellow, green, blue, pink, purple\./);
        const pack = join(dir, 'pack.json');
        await writeFile(pack, JSON.stringify({ format: 'gloss-pack', formatVersion: 1, entities: [] }));
        assert.match(await refused(two.b, two.nb, pack), /This is a knowledge pack, not an export of notes\. Import it under "Knowledge packs"\./);
        const after = await exportAs(two.b, two.nb, 'JSON', dir);
        assert.equal(withoutDate(after.bytes.toString('utf8'), 'exported'), withoutDate(jsonB.bytes.toString('utf8'), 'exported'), 'nothing changed');
        await assertNoErrors(two.b, await two.b.newPage(`${server.origin}/fixtures/blank.html`));
      });

      // 6. Web Annotation into another fresh profile: exported again, the same for the fields it carries
      const annoPath = join(dir, 'import-a.jsonld');
      await writeFile(annoPath, annoA.bytes);
      await withFreshNotebook(name, dir, async (three) => {
        const preview = await importFile(three.b, three.nb, annoPath);
        assert.match(preview, /W3C Web Annotations.*Will add2 highlights, 2 notes, 1 page/);
        await waitFor(three.nb, () => document.querySelectorAll('[data-testid="entry"]').length === 4, undefined, 10000, 'the imported entries');
        const annoB = await exportAs(three.b, three.nb, 'Web Annotation', dir);
        assertSameExport(annoB, annoA, 'generated', three.helper);
        const names = await three.nb.evaluate(() => [...document.querySelectorAll('[data-testid="entry"] .about strong')].map((x) => x.textContent), null);
        assert.deepEqual(names.sort(), ['Alexander Lukashenko', 'Sviatlana Tsikhanouskaya'], 'entity names from the pack');
        await assertNoErrors(three.b, await three.b.newPage(`${server.origin}/fixtures/blank.html`));
      });
    });
  });
}
