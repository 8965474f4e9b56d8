/**
 * TEST BUILDS ONLY: what the test bridge may ask the content script on 127.0.0.1 pages (see
 * test-signals.ts and src/test-bridge): the drawn highlights, and the state and controls of
 * Gloss's UI, including what its frames show. Called inside `if (__GLOSS_TEST__)`, so the
 * production build holds none of it.
 */
import type { Settings } from '../core/model/types.ts';
import type { FrameSnapshot, PageAddress } from '../protocol.ts';
import type { FrameHost } from './frame/host.ts';
import type { HighlightFeature } from './highlight/index.tsx';
import type { MarkRegistry } from './marks/wrap.ts';
import type { PageUi } from './page-ui.tsx';
import type { PopoverHost } from './popover/host.ts';
import type { PageSession } from './session/session.ts';
import { testProbe, type TestEvent } from './test-signals.ts';

type Box = { x: number; y: number; width: number; height: number };
export interface FrameProbe extends Omit<FrameSnapshot, 'controls'> {
  /** where the frame is on the page */
  rect: Box;
  /** its controls, in page coordinates */
  controls: Record<string, Box>;
  /** keyboard focus is in this frame */
  hasFocus: boolean;
}
/** What the page session holds: whether Gloss is on here, the settings it follows, the page's address and identity. */
export interface SessionProbe {
  on: boolean;
  settings: Settings;
  address: PageAddress;
  identity: string | null;
}

export interface UiProbe {
  toolbar: Record<string, Box> | null;
  /** the data-testid of the toolbar's or toast's control that has keyboard focus */
  toolbarFocused: string | null;
  toast: { text: string; controls: Record<string, Box> } | null;
  popover: FrameProbe | null;
  editor: FrameProbe | null;
}

const box = (r: DOMRect): Box => ({ x: r.left, y: r.top, width: r.width, height: r.height });

async function frameProbe(frame: FrameHost, hostTag: string): Promise<FrameProbe | null> {
  const rect = frame.rect();
  if (!rect) return null;
  const snap = await (await frame.connect()).request('test/inspect', {});
  const controls: Record<string, Box> = {};
  for (const [k, c] of Object.entries(snap.controls)) controls[k] = { x: c.x + rect.left, y: c.y + rect.top, width: c.width, height: c.height };
  return { ...snap, rect: box(rect), controls, hasFocus: document.activeElement?.localName === hostTag };
}

function controlsIn(root: ParentNode, selector: string): Record<string, Box> {
  const out: Record<string, Box> = {};
  for (const el of root.querySelectorAll(selector)) out[el.getAttribute('data-testid') ?? el.localName] = box(el.getBoundingClientRect());
  return out;
}

export function registerTestProbes(ui: { session: PageSession; popover: PopoverHost; highlights: HighlightFeature; ui: PageUi; marks: MarkRegistry }): void {
  testProbe('highlights', () => ui.highlights.layer.describe());
  testProbe('work', () => (globalThis as unknown as { __glossTestWork?: unknown }).__glossTestWork ?? null);
  testProbe('events', (since: number) => ((globalThis as unknown as { __glossTestEvents?: TestEvent[] }).__glossTestEvents ?? []).filter((e) => e.seq > (since ?? 0)));
  testProbe('session', (): SessionProbe => ({ on: ui.session.on, settings: ui.session.settings, address: ui.session.address(), identity: ui.session.identity() }));
  testProbe('ui', async (): Promise<UiProbe> => {
    const root = ui.ui.root;
    const toolbar = root?.querySelector('[data-testid="toolbar"]') ?? null;
    const toast = root?.querySelector('[data-testid="toast"]') ?? null;
    return {
      toolbar: toolbar && toolbar.getAttribute('style') ? controlsIn(toolbar, '[data-testid]') : null,
      toolbarFocused: root?.activeElement?.getAttribute('data-testid') ?? null,
      toast: toast ? { text: (toast.querySelector('span')?.textContent ?? '').trim(), controls: controlsIn(toast, '[data-testid]') } : null,
      popover: await frameProbe(ui.popover.frame, 'gloss-popover'),
      editor: await frameProbe(ui.highlights.editor, 'gloss-editor'),
    };
  });
}
