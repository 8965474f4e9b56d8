/**
 * The popover always fits (issue #13), in real Chromium and Firefox: with its name at 20 heights
 * in the viewport and in 3 window sizes down to 320×480, Gloss's frame (the iframe's whole box)
 * stays inside the viewport, beside the name without covering it, its header (name, type,
 * one-line description) shows, and its actions can be reached; the rest scrolls inside the card.
 * And the case from the issue: the demo at 1280×900 with "Belarus" about 450 px down, by hover.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  BROWSERS, ROOT, assertNoErrors, drawnTwice, lastEvent, probe, setViewport, suiteBrowser, waitForUi,
  type FrameProbe, type TestEvent, type TestPage, type UiProbe,
} from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { readMarks, waitForMarks, waitForPopoverClosed } from './marks-helpers.ts';

let server: StaticServer;
before(async () => {
  server = await startStaticServer({ '/fixtures/': join(ROOT, 'test/fixtures/pages'), '/demo/': join(ROOT, 'demo') });
});
after(async () => {
  await server.close();
});

const SIZES: [number, number][] = [[1280, 900], [800, 600], [320, 480]];
const POSITIONS = 20;
/** the frame keeps this much transparent room around the card for its shadow */
const PAD = 8;
const HEADER = ['pop-name', 'pop-type', 'pop-desc'];
const ACTIONS = ['note', 'reject', 'mute', 'notebook'];

type Box = { x: number; y: number; width: number; height: number };
const inside = (b: Box, o: Box) => b.x >= o.x - 0.5 && b.y >= o.y - 0.5 && b.x + b.width <= o.x + o.width + 0.5 && b.y + b.height <= o.y + o.height + 0.5;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const fmt = (b: Box) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;

/** Scroll so the first mark of `entity` has its top at `y` in the viewport; its box then. */
async function placeMark(page: TestPage, sel: string, y: number): Promise<Box> {
  return page.evaluate(({ sel, y }) => {
    const el = document.querySelector(sel)!;
    window.scrollBy(0, el.getBoundingClientRect().top - y);
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, { sel, y });
}

/** The popover, once it shows the entity and its box has stopped changing (two probes in a row). */
async function settledPopover(page: TestPage, name: string, since: number): Promise<FrameProbe> {
  let before = '';
  const ui = await waitForUi(page, (u) => {
    const p = u.popover;
    if (!p || !p.text.includes(name) || !p.text.includes('Source:')) return false;
    const now = JSON.stringify([p.rect, p.controls['pop-name'] ?? null, p.controls.notebook ?? null]);
    const still = now === before;
    before = now;
    return still;
  }, `the popover about ${name}, in place (${await page.evaluate(() => `${innerWidth}×${innerHeight} scrolled to ${Math.round(scrollY)}`, null)})`).catch(async (e: unknown) => {
    // what Gloss did since the click, to tell a click that missed from a popover that did not show
    const events = await probe<TestEvent[]>(page, 'events', since).catch(() => []);
    throw new Error(`${e instanceof Error ? e.message : String(e)}; events: ${events.map((v) => `${v.kind}:${v.what}${v.detail ? `(${v.detail})` : ''}`).join(', ')}`);
  });
  return ui.popover!;
}

/**
 * What is wrong with how the card shows (nothing, when everything the reader needs is on screen:
 * the frame in the viewport, beside the name, header and actions visible).
 */
function misfits(p: FrameProbe, mark: Box, view: Box, where: string): string[] {
  const wrong: string[] = [];
  if (!inside(p.rect, view)) wrong.push(`${where}: the frame (${fmt(p.rect)}) is not inside the ${view.width}×${view.height} viewport`);
  const card = { x: p.rect.x + PAD, y: p.rect.y + PAD, width: p.rect.width - 2 * PAD, height: p.rect.height - 2 * PAD };
  if (overlaps(card, mark)) wrong.push(`${where}: the card (${fmt(card)}) covers its name (${fmt(mark)})`);
  for (const key of [...HEADER, ...ACTIONS]) {
    const c = p.controls[key];
    if (!c || c.width === 0) wrong.push(`${where}: "${key}" is not in the popover`);
    else if (!inside(c, card) || !inside(c, view)) wrong.push(`${where}: "${key}" (${fmt(c)}) does not show inside the card (${fmt(card)}) and the viewport`);
  }
  return wrong;
}

for (const name of BROWSERS) {
  describe(`the popover fits the window in ${name}`, () => {
    const suite = suiteBrowser(name);

    it(`stays inside the viewport at ${POSITIONS} heights in ${SIZES.map(([w, h]) => `${w}×${h}`).join(', ')}, header and actions in view`, async () => {
      const page = await suite.browser.newPage(`${server.origin}/fixtures/long-article.html`);
      await waitForMarks(page, 1);
      const [belarus] = await readMarks(page);
      assert.equal(belarus?.text, 'Belarus');
      const sel = `[data-gloss-first][data-gloss-entity="${belarus!.entity}"]`;
      const wrong: string[] = [];
      for (const [width, height] of SIZES) {
        await setViewport(page, width, height);
        const view = { x: 0, y: 0, width, height };
        for (let i = 0; i < POSITIONS; i++) {
          const markHeight = (await placeMark(page, sel, 0)).height;
          const y = Math.round(2 + (i * (height - markHeight - 4)) / (POSITIONS - 1));
          const mark = await placeMark(page, sel, y);
          // the card just closed may have been drawn where the name now is: click what is on screen
          await drawnTwice(page);
          const since = await lastEvent(page);
          await page.mouse.click(mark.x + Math.min(mark.width / 2, 6), mark.y + mark.height / 2);
          const shown = await settledPopover(page, 'Belarus', since);
          wrong.push(...misfits(shown, mark, view, `${width}×${height}, name at ${Math.round(mark.y)} px`));
          await page.keyboard.press('Escape');
          await waitForPopoverClosed(page);
        }
      }
      assert.deepEqual(wrong, [], `${wrong.length} of ${SIZES.length * POSITIONS} placements do not fit:\n${wrong.join('\n')}`);
      await assertNoErrors(suite.browser, page);
      await page.close();
    });

    it('the demo at 1280×900 with "Belarus" about 450 px down: the whole card shows above or below it', async () => {
      const page = await suite.browser.newPage(`${server.origin}/demo/`);
      await setViewport(page, 1280, 900);
      await waitForMarks(page, 3);
      const belarus = (await readMarks(page)).find((m) => m.text === 'Belarus');
      assert.ok(belarus, 'the demo marks Belarus');
      const mark = await placeMark(page, `[data-gloss-first][data-gloss-entity="${belarus.entity}"]`, 450);
      const since = await lastEvent(page);
      await page.mouse.move(mark.x + 4, mark.y + mark.height / 2);
      const shown = await settledPopover(page, 'Belarus', since);
      assert.deepEqual(misfits(shown, mark, { x: 0, y: 0, width: 1280, height: 900 }, 'the demo'), []);
      // long content scrolls inside the card, under the header: the header is at the card's top
      const ui = await probe<UiProbe>(page, 'ui');
      assert.ok(ui.popover!.controls['pop-name']!.y - ui.popover!.rect.y < 40, 'the name heads the card');
      await assertNoErrors(suite.browser, page);
      await page.close();
    });
  });
}
