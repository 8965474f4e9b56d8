/**
 * A hostile page (test/fixtures/pages/attack.html), in real Chromium and Firefox: the reader has
 * notes about entities (one on the page, one not), a highlight with a note and tags on the page
 * itself, a personal entity, names met on other sites, a muted name and a site switched off. The
 * page's own script hooks every API before Gloss arrives, logs every key, event, message and DOM
 * change, reads every shadow root and attribute, forges marks for real and guessed ids, fires
 * synthetic input at everything, spoofs messages, and probes Gloss's frame. Meanwhile the reader
 * reads the popover of a name they noted, opens their highlight's note, and types a new note.
 *
 * The page must get none of the reader's strings, synthetic input must open nothing, and notes,
 * highlights, settings, muted names and packs must be as they were (plus the note the reader typed).
 *
 * The attack page is served from `localhost`, where the test build has no test bridge and no test
 * signals: it meets Gloss as it ships. The reader's data is set up from a 127.0.0.1 tab.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  BROWSERS, ROOT, assertNoErrors, bridgeSend, inGlossFrame, waitFor, waitInGlossFrame, withBrowser, type TestPage,
} from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages') });
});
after(async () => {
  await server.close();
});

const BELARUS = 'gloss:country:by';
const FRANCE = 'gloss:country:fr';
const MINSK_TEXT = 'Minsk';

/** everything the reader keeps; none of it may reach the page */
const SECRET = {
  entityNote: 'Belarusnote Q7 ask the embassy about visas',
  entityTag: 'visaqueue7',
  offPageNote: 'Francenote K2 pension reform timeline',
  highlightNote: 'Grainnote W4 check the corridor tonnage',
  highlightTag: 'grainwatch4',
  personalName: 'Oskar Vendelmoor',
  personalDescription: 'Privatedesc my landlord and councillor',
  typedNote: 'Typednote Z8 minsk follow up',
  typedInEditor: 'Editortyped V3 not saved',
  disabledSite: 'secret-site-31.example',
  metPhrase: 'You met this name',
};

async function keyUntil(page: TestPage, key: string, panel: 'popover' | 'editor', fn: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if (await inGlossFrame(page, panel, fn)) return;
    await page.keyboard.press(key);
  }
  await waitInGlossFrame(page, panel, fn, what, 1000);
}

async function snapshot(control: TestPage) {
  const list = await bridgeSend(control, 'notebook/list', {});
  const settings = await bridgeSend(control, 'settings/get', {});
  const packs = await bridgeSend(control, 'packs/list', {});
  return {
    entries: list.entries.map((e) => (e.kind === 'highlight' ? { h: e.highlight.id, colour: e.highlight.colour, note: e.highlight.body, tags: e.highlight.tags } : { n: e.note.id, body: e.note.body, tags: e.note.tags })),
    settings,
    packs: packs.packs.map((p) => ({ id: p.id, entities: p.entities })),
  };
}

for (const name of BROWSERS) {
  describe(`a hostile page in ${name}`, () => {
    it('learns nothing the reader keeps, opens nothing with synthetic input, and changes nothing', { timeout: 180_000 }, () =>
      withBrowser(name, async (b) => {
        const control = await b.newPage(`${server.origin}/fixtures/marks.html`);
        const attackUrl = `${server.origin.replace('127.0.0.1', 'localhost')}/fixtures/attack.html`;
        // ---- the reader's data ----
        await bridgeSend(control, 'notes/add', { target: { kind: 'entity', entityId: BELARUS, entityName: 'Belarus' }, body: SECRET.entityNote, tags: [SECRET.entityTag], url: control.url(), title: 'Elsewhere' });
        await bridgeSend(control, 'notes/add', { target: { kind: 'entity', entityId: FRANCE, entityName: 'France' }, body: SECRET.offPageNote, tags: [], url: control.url(), title: 'Elsewhere' });
        const personal = await bridgeSend(control, 'packs/addEntity', { draft: { name: SECRET.personalName, type: 'person', description: SECRET.personalDescription, aliases: '' } });
        assert.ok(personal.accepted, 'the personal entity is added');
        const personalId = personal.accepted ? personal.entity.id : '';
        for (const other of ['/elsewhere/one', '/elsewhere/two']) {
          await bridgeSend(control, 'sightings/record', { url: `${server.origin}${other}`, title: other, entities: [{ id: BELARUS, count: 2 }, { id: FRANCE, count: 1 }, { id: personalId, count: 1 }] });
        }
        const putin = (await bridgeSend(control, 'spot', { text: 'Vladimir Putin spoke.' })).mentions[0]!.entityId;
        await bridgeSend(control, 'settings/update', { patch: { mutedEntities: [putin], disabledSites: [SECRET.disabledSite] } });
        const made = await bridgeSend(control, 'highlights/create', {
          url: attackUrl,
          title: 'Harbour talks',
          selectors: [{ type: 'TextQuoteSelector', exact: 'Negotiators worked through the night on the grain corridor text', prefix: '', suffix: ', and a draft' }],
          colour: 'pink',
          note: { body: SECRET.highlightNote, tags: [SECRET.highlightTag] },
        });
        const before = await snapshot(control);
        const t0 = new Date().toISOString();

        // ---- the hostile page ----
        const page = await b.newPage(attackUrl);
        await waitFor(page, () => document.querySelectorAll('gloss-mark').length >= 3, undefined, 20000, 'Gloss to mark the page');
        // the highlight is placed (the page's content script reported it)
        const placed = async () => (await bridgeSend(control, 'notebook/list', {})).entries.some((e) => e.kind === 'highlight' && e.highlight.id === made.highlight.id && e.highlight.placement?.state === 'placed' && e.highlight.placement.checked > t0);
        for (let i = 0; !(await placed()); i++) {
          assert.ok(i < 200, 'the highlight is placed on the hostile page');
          await new Promise((r) => setTimeout(r, 50));
        }

        // ---- the page's attacks (before the reader touches anything, so any panel that appears is the page's doing) ----
        const attempts = await page.evaluate(
          (a) => (window as unknown as { __attack: { run(g: string[], id: string): Promise<Record<string, unknown>> } }).__attack.run(a.guesses, a.id),
          { guesses: [FRANCE, personalId, BELARUS, putin], id: b.extensionId ?? 'gloss@gloss.invalid' },
        );
        // synthetic input and spoofed messages opened nothing, not even for a moment (the toolbar may show for the
        // script's selection: it holds nothing, and only a trusted click acts on it)
        const panels = (list: unknown) => (list as string[]).filter((t) => t !== 'gloss-toolbar');
        assert.deepEqual(panels(attempts.uiSeenDuringAttack), [], 'no popover or editor showed during the attack');
        assert.deepEqual(attempts.panelsCreated, [], 'Gloss did not even prepare a popover or editor for synthetic input');
        assert.deepEqual(panels(attempts.uiAfterSpoofs), [], 'no popover or editor open after the attack');
        assert.equal(attempts.extensionApi, 'none', 'the page has no extension messaging API');
        if (name === 'chromium') {
          assert.match(String(attempts.frameFetch), /^refused/, 'Gloss’s frame is not served at the extension’s public id (dynamic URL only)');
          assert.doesNotMatch(String(attempts.frameLoad), /^loaded (?!cross-origin)/, 'a page cannot load and read Gloss’s frame');
        }

        // the reader reads the popover of a name they noted: it shows their note, in Gloss's frame
        const belarus = await page.evaluate(() => {
          const m = [...document.querySelectorAll('gloss-mark')].find((el) => el.textContent === 'Belarus')!;
          const r = m.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }, null);
        await page.mouse.move(belarus.x, belarus.y);
        await waitInGlossFrame(page, 'popover', () => document.body.innerText.includes('Belarusnote Q7') && /You met this name on \d pages/.test(document.body.innerText), 'the reader’s note and sightings in the popover');
        await page.mouse.move(5, 5);
        await waitFor(page, () => !(window as unknown as { __attack: { glossOnScreen(): string[] } }).__attack.glossOnScreen().includes('gloss-popover'), undefined, 5000, 'the popover to close');

        // the reader opens their highlight: its note and tags show in the editor; they type and cancel
        const line = await page.evaluate(() => {
          const r = document.createRange();
          r.selectNodeContents(document.getElementById('highlighted')!);
          const box = r.getClientRects()[0]!;
          return { x: box.left + 20, y: box.top + box.height / 2 };
        }, null);
        await page.mouse.click(line.x, line.y);
        await waitInGlossFrame(page, 'editor', () => {
          const body = document.querySelector<HTMLTextAreaElement>('[data-testid="note-body"]');
          const tags = document.querySelector<HTMLInputElement>('[data-testid="note-tags"]');
          return body?.value === 'Grainnote W4 check the corridor tonnage' && tags?.value === 'grainwatch4' && document.activeElement === body;
        }, 'the highlight’s note and tags in the editor, with the note field focused');
        await page.keyboard.type(` ${SECRET.typedInEditor}`);
        await waitInGlossFrame(page, 'editor', () => document.querySelector<HTMLTextAreaElement>('[data-testid="note-body"]')!.value.endsWith('Editortyped V3 not saved'), 'the typed text in the editor');
        await page.keyboard.press('Escape');
        await waitFor(page, () => !(window as unknown as { __attack: { glossOnScreen(): string[] } }).__attack.glossOnScreen().includes('gloss-editor'), undefined, 5000, 'the editor to close');

        // the reader writes a note about a name from the keyboard: next-mark shortcut, Enter, Tab to "Add a note"
        await page.bringToFront();
        const kb = page.keyboard as unknown as { down(k: string): Promise<void>; up(k: string): Promise<void>; press(k: string): Promise<void>; type(t: string): Promise<void> };
        await kb.down('Alt');
        await kb.down('Shift');
        await kb.press('KeyN');
        await kb.up('Shift');
        await kb.up('Alt');
        await waitFor(page, (t: string) => document.activeElement?.textContent === t && (window as unknown as { __attack: { glossOnScreen(): string[] } }).__attack.glossOnScreen().includes('gloss-popover'), MINSK_TEXT, 5000, 'the first mark focused, its popover open');
        await kb.press('Enter');
        await waitFor(page, () => document.activeElement?.localName === 'gloss-popover', undefined, 5000, 'focus in the popover');
        await keyUntil(page, 'Tab', 'popover', () => document.activeElement?.getAttribute('data-action') === 'note', '"Add a note" focused');
        await kb.press('Enter');
        await waitInGlossFrame(page, 'popover', () => document.activeElement?.localName === 'textarea', 'the note field focused');
        await kb.type(SECRET.typedNote);
        await keyUntil(page, 'Tab', 'popover', () => document.activeElement?.textContent === 'Save note', '"Save note" focused');
        await kb.press('Enter');
        await waitInGlossFrame(page, 'popover', () => document.body.innerText.includes('Note saved.'), 'the note saved');
        await kb.press('Escape');

        // everything the page saw, from before Gloss started to now (leaving out what it wrote itself:
        // its forged marks carry the ids it guessed)
        const seen = await page.evaluate(() => {
          const a = (window as unknown as { __attack: { seen: string[]; dump(): void } }).__attack;
          a.dump();
          return a.seen.filter((l) => !l.includes('data-forged')).join('\n');
        }, null);

        // it learned none of the reader's strings (the entity ids it tried are its own guesses, so they are not checked here;
        // that no mark carries an id is)
        const lower = seen.toLowerCase();
        for (const [what, secret] of Object.entries(SECRET)) {
          assert.ok(!lower.includes(secret.toLowerCase()), `the page saw the reader's ${what} ("${secret}")`);
        }
        // …and no Gloss state: <html> carries only the page's own attribute, marks only what makes them work
        assert.match(seen, /html attributes: lang=en\n/, 'no Gloss attribute on <html>');
        assert.ok(!/data-gloss-(entity|first|mark|scan|marks|highlights)/.test(seen), 'no Gloss state attributes anywhere');
        assert.ok(!/shadowRoot of gloss|captured root/.test(seen), 'no Gloss shadow root was readable');
        assert.ok(/key keydown: Enter/.test(seen) && !/key keydown: Z\|/.test(seen), 'the page logged the reader’s keys on the page, none typed into Gloss’s frame');
        // ---- nothing changed, but the note the reader typed ----
        const afterward = await snapshot(control);
        const added = afterward.entries.filter((e) => !before.entries.some((x) => JSON.stringify(x) === JSON.stringify(e)));
        assert.deepEqual(added.map((e) => ('body' in e ? e.body : e)), [SECRET.typedNote], 'only the reader’s own new note was added');
        assert.deepEqual(afterward.entries.filter((e) => !added.includes(e)), before.entries, 'notes and highlights are as they were');
        assert.deepEqual(afterward.settings, before.settings, 'settings and muted names are as they were');
        assert.deepEqual(afterward.packs, before.packs, 'packs are as they were');
        await assertNoErrors(b, control);
      }));
  });
}
