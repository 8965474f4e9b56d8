/**
 * Driving Gloss's highlight layer on a page as a reader does: select text with the DOM Selection
 * API, click the toolbar and editor (in the highlighter's shadow root) with the real mouse.
 * Shared by the highlight and export/import browser tests.
 */
import { waitFor, type TestPage } from './harness.ts';

/** Click an element of the highlight UI (in its shadow root) with the real mouse, once it is positioned. */
export async function clickUi(page: TestPage, testid: string): Promise<void> {
  await waitFor(
    page,
    (id) => {
      const el = document.querySelector('gloss-highlighter')?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      const float = el?.closest<HTMLElement>('.float');
      return !!el && (!float || float.style.transform !== '');
    },
    testid,
    10000,
    `the "${testid}" control`,
  );
  const at = await page.evaluate((id) => {
    const r = document.querySelector('gloss-highlighter')!.shadowRoot!.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, testid);
  await page.mouse.click(at.x, at.y);
}

export function uiValue(page: TestPage, testid: string): Promise<string | null> {
  return page.evaluate((id) => document.querySelector('gloss-highlighter')?.shadowRoot?.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)?.value ?? null, testid);
}

/** Select from `startText` (in #startId) to the end of `endText` (in #endId) with the DOM Selection API. */
export async function select(page: TestPage, startId: string, startText: string, endId: string, endText: string): Promise<void> {
  await page.evaluate(
    ({ startId, startText, endId, endText }) => {
      const find = (id: string, needle: string) => {
        const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const i = n.data.indexOf(needle);
          if (i >= 0) return { node: n, i };
        }
        throw new Error(`"${needle}" not in #${id}`);
      };
      const a = find(startId, startText);
      const b = find(endId, endText);
      const range = document.createRange();
      range.setStart(a.node, a.i);
      range.setEnd(b.node, b.i + endText.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    { startId, startText, endId, endText },
  );
}

