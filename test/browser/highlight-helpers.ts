/**
 * Probes for the highlight browser tests: the drawn highlights (an overlay in a closed shadow
 * root, so read through the test build's probe), and the toolbar, toast and editor (the editor
 * is Gloss's frame), clicked with the real mouse like a reader; a selection made with the DOM
 * Selection API. Shared by the highlight and export/import browser tests.
 */
import { clickStill, probe, type TestPage, type UiProbe } from './harness.ts';

export interface DrawnHighlight {
  id: string;
  /** the text of each piece (one per text node), joined by "|" */
  text: string;
  colour: string;
  hasNote: boolean;
  rects: { x: number; y: number; width: number; height: number }[];
}

export function highlightsOn(page: TestPage): Promise<DrawnHighlight[]> {
  return probe<DrawnHighlight[]>(page, 'highlights');
}

/** The text of each drawn highlight, by id. */
export async function drawn(page: TestPage): Promise<Record<string, string>> {
  return Object.fromEntries((await highlightsOn(page)).map((h) => [h.id, h.text]));
}

export async function waitForHighlights(page: TestPage, check: (hs: DrawnHighlight[]) => unknown, what: string, timeoutMs = 10000): Promise<DrawnHighlight[]> {
  const deadline = Date.now() + timeoutMs;
  let last: DrawnHighlight[] = [];
  while (Date.now() < deadline) {
    try {
      last = await highlightsOn(page);
    } catch (e) {
      // just after a reload or a navigation the content script may not have registered its probe yet
      if (!/no probe/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (drawn: ${JSON.stringify(last.map((h) => h.text.slice(0, 40)))})`);
}

type Where = 'toolbar' | 'editor' | 'toast';
const controlsOf = (u: UiProbe, where: Where) => (where === 'toolbar' ? u.toolbar : where === 'toast' ? u.toast?.controls : u.editor?.controls) ?? null;

/** Click a control of the toolbar, the toast or the editor frame (by data-testid) with the real mouse, once it is in place. */
export function clickUi(page: TestPage, where: Where, testid: string): Promise<void> {
  return clickStill(page, (u) => ({ control: controlsOf(u, where)?.[testid], frame: where === 'editor' ? u.editor?.rect : null }), `the "${testid}" control`);
}

/** The value of a field in the editor frame. */
export async function uiValue(page: TestPage, testid: string): Promise<string | null> {
  return (await probe<UiProbe>(page, 'ui')).editor?.fields[testid] ?? null;
}

/** Click a drawn highlight: 10 px into its first line box. */
export async function clickHighlight(page: TestPage, pick: (h: DrawnHighlight) => boolean, what: string): Promise<void> {
  const [h] = await waitForHighlights(page, (hs) => hs.some(pick), what).then((hs) => hs.filter(pick));
  const r = h!.rects[0]!;
  await page.mouse.click(r.x + 10, r.y + r.height / 2);
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
