/**
 * A note typed in the popover is never lost (issue #13), in real Chromium and Firefox: the
 * pointer leaving does not close a popover that holds an unsaved note; Escape and a click outside
 * close it and keep the note for that name on that page, and it comes back when the popover
 * reopens; passing over another name does not replace it; Save and Discard clear it; another page
 * does not get it; and the page itself never sees it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BROWSERS, ROOT, assertNoErrors, lastEvent, probe, setViewport, suiteBrowser, waitForEvent, waitForUi, type TestPage, type UiProbe } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { clickInPopover, readMarks, setSettings, waitForMarks, waitForPopover, waitForPopoverClosed } from './marks-helpers.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages') });
});
after(async () => {
  await server.close();
});

async function markBox(page: TestPage, text: string): Promise<{ x: number; y: number }> {
  const m = (await readMarks(page)).find((x) => x.text === text);
  assert.ok(m, `a mark on "${text}"`);
  return page.evaluate((entity: string) => {
    const r = document.querySelector(`[data-gloss-first][data-gloss-entity="${entity}"]`)!.getBoundingClientRect();
    return { x: r.left + 4, y: r.top + r.height / 2 };
  }, m.entity);
}

const field = async (page: TestPage) => (await probe<UiProbe>(page, 'ui')).popover?.fields.textarea ?? null;

/** Leave mark and popover with the pointer, and wait until Gloss decided what to do about it. */
async function pointerAway(page: TestPage): Promise<string> {
  const since = await lastEvent(page);
  await page.mouse.move(3, 3);
  const seen = await waitForEvent(page, (e) => e.kind === 'popover' && (e.what === 'leave-held' || e.what === 'closed'), since, 'Gloss to answer the pointer leaving');
  return seen[seen.length - 1]!.what;
}

for (const name of BROWSERS) {
  describe(`drafts in the popover in ${name}`, () => {
    const suite = suiteBrowser(name);

    it('keeps an unsaved note open on pointer leave, and for that name and page after Escape or a click outside', async () => {
      const url = `${server.origin}/fixtures/marks.html`;
      const page = await suite.browser.newPage(url);
      await setViewport(page, 1280, 900);
      await waitForMarks(page, 5);
      const before = await lastEvent(page);
      await setSettings(page, { hoverDelayMs: 200 });
      await waitForEvent(page, (e) => e.kind === 'session' && e.what === 'settings', before, 'the new hover delay to apply');
      const draft = `Ask ${name} about the visa ban`;

      // hover opens; "Add a note" moves into the text box; the reader types
      let at = await markBox(page, 'Kaja Kallas');
      await page.mouse.move(at.x, at.y);
      await waitForPopover(page, 'Kaja Kallas');
      await clickInPopover(page, 'note');
      await waitForUi(page, (u) => u.popover?.focused === 'textarea' && u.popover.hasFocus, 'the note field to have focus');
      await page.keyboard.type(draft);
      await waitForUi(page, (u) => u.popover?.fields.textarea === draft, 'the draft in the field');

      // the pointer leaves: the popover stays, with the draft
      assert.equal(await pointerAway(page), 'leave-held', 'leaving does not close a popover holding a note');
      assert.equal(await field(page), draft);

      // passing over another name (one the popover does not cover) does not replace it
      const since = await lastEvent(page);
      const frame = (await probe<UiProbe>(page, 'ui')).popover!.rect;
      const covered = (p: { x: number; y: number }) => p.x >= frame.x && p.x <= frame.x + frame.width && p.y >= frame.y && p.y <= frame.y + frame.height;
      const others = await Promise.all(['Minsk', 'Vilnius', 'Alexander Lukashenko'].map((t) => markBox(page, t)));
      at = others.find((p) => !covered(p))!;
      await page.mouse.move(at.x, at.y);
      await waitForEvent(page, (e) => e.kind === 'popover' && (e.what === 'hover-ignored' || e.what === 'opened'), since, 'Gloss to answer the hover');
      assert.ok((await probe<UiProbe>(page, 'ui')).popover?.text.includes('Kaja Kallas'), 'still the popover being written in');

      // Escape closes it; hovering the name again brings the draft back
      await page.mouse.move(3, 3);
      await waitForUi(page, (u) => u.popover?.hasFocus, 'focus still in the popover');
      await page.keyboard.press('Escape');
      await waitForPopoverClosed(page);
      at = await markBox(page, 'Kaja Kallas');
      await page.mouse.move(at.x, at.y);
      await waitForUi(page, (u) => u.popover?.fields.textarea === draft, 'the draft back after Escape');
      assert.ok((await probe<UiProbe>(page, 'ui')).popover!.text.includes('Your unsaved note is still here.'));
      // it holds the reopened popover too
      assert.equal(await pointerAway(page), 'leave-held');

      // a click outside closes it and keeps the draft too
      await page.mouse.click(3, 3);
      await waitForPopoverClosed(page);
      await page.mouse.click(at.x, at.y);
      await waitForUi(page, (u) => u.popover?.fields.textarea === draft, 'the draft back after a click outside');

      // the page never had it: not in its DOM, not in its title, not in any attribute
      const onPage = await page.evaluate((d: string) => document.documentElement.outerHTML.includes(d) || document.title.includes(d), draft);
      assert.equal(onPage, false, 'the draft is kept in Gloss’s frame, out of the page’s reach');

      // another page with the same name has no draft
      const other = await suite.browser.newPage(`${url}?edition=2`);
      await waitForMarks(other, 5);
      const at2 = await markBox(other, 'Kaja Kallas');
      await other.mouse.click(at2.x, at2.y);
      await waitForPopover(other, 'Kaja Kallas');
      assert.equal(await field(other), null, 'a draft belongs to its page');
      await other.close();

      // Save: the note is saved and the draft is gone
      await page.bringToFront();
      await clickInPopover(page, 'Save note');
      await waitForPopover(page, 'You noted 1 thing');
      await page.keyboard.press('Escape');
      await waitForPopoverClosed(page);
      await page.mouse.move(3, 3);
      await page.mouse.move(at.x, at.y);
      await waitForPopover(page, 'You noted 1 thing');
      assert.equal(await field(page), null, 'no draft after saving');
      assert.equal(await pointerAway(page), 'closed', 'without a draft, leaving closes a hover popover as before');
      await waitForPopoverClosed(page);

      // Discard clears a draft the reader does not want
      await page.mouse.click(at.x, at.y);
      await waitForPopover(page, 'Kaja Kallas');
      await clickInPopover(page, 'note');
      await waitForUi(page, (u) => u.popover?.focused === 'textarea', 'the note field');
      await page.keyboard.type('never mind');
      await clickInPopover(page, 'Discard');
      await waitForUi(page, (u) => !!u.popover && u.popover.fields.textarea === undefined, 'the form to go');
      await page.keyboard.press('Escape');
      await waitForPopoverClosed(page);
      await page.mouse.click(at.x, at.y);
      await waitForPopover(page, 'Kaja Kallas');
      assert.equal(await field(page), null, 'no draft after Discard');

      await setSettings(page, { hoverDelayMs: 300 });
      await assertNoErrors(suite.browser, page);
      await page.close();
    });
  });
}
