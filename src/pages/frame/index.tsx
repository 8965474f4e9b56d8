/**
 * Gloss's frame: the extension page a content script shows inside a web page (in a closed shadow
 * root) for everything that shows or takes the reader's notes: the background popover
 * (?panel=popover) and the highlight editor (?panel=editor). It runs in the extension's origin:
 * the page can neither read it nor see what is typed into it. See src/content/frame/host.ts.
 */
import { render } from 'preact';
import { PortChannel } from '../../shell/channel.ts';
import type { FrameSnapshot, FromFrame, ToFrame } from '../../protocol.ts';
import { POPOVER_CSS } from '../../ui/popover/styles.ts';
import { EDITOR_CSS } from '../../ui/highlight/editor.css.ts';
import { ViewStore, type FrameView } from './view.ts';
import { PopoverPanel } from './PopoverPanel.tsx';
import { LookupPanel } from './LookupPanel.tsx';
import { LOOKUP_CSS } from '../../ui/lookup/lookup.css.ts';
import { EditorPanel, undoDelete } from './EditorPanel.tsx';
import { awaitContentScript } from './connect.ts';

export type ContentChannel = PortChannel<FromFrame, ToFrame>;
type PanelKind = FrameSnapshot['panel'];

const panel: PanelKind = new URLSearchParams(location.search).get('panel') === 'editor' ? 'editor' : 'popover';
/** room around the card for its shadow; the content script places the frame with this in mind */
const PAD = 8;
/** the panel's width when the window has room for it (narrower windows get a narrower one) */
const WIDTH: Record<PanelKind, number> = { popover: 340, editor: 322 };

/**
 * The frame is sized by the content script to the room beside the name (never more than the
 * panel needs, `naturalHeight`), and the panel lays out within it: its body scrolls, its header
 * and actions stay.
 */
const FRAME_CSS = `
:root { color-scheme: light dark; }
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
#app { padding: ${PAD}px; }
.card { position: relative; top: auto; left: auto; z-index: auto; width: min(${WIDTH.popover}px, calc(100vw - ${2 * PAD}px)); max-width: none;
  max-height: max(0px, calc(100vh - ${2 * PAD}px)); box-shadow: 0 3px 10px rgba(0,0,0,.2); }
.float { width: min(${WIDTH.editor}px, calc(100vw - ${2 * PAD}px)); max-height: max(0px, calc(100vh - ${2 * PAD}px)); overflow: auto; }
.float .editor { width: auto; }
.notes { height: 8.2em; overflow: hidden; }
.notes blockquote { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/**
 * The height the panel needs to show everything without scrolling (the frame may be given less:
 * then its body scrolls). Measured from the parts, so it does not depend on the height the frame
 * has now.
 */
function naturalHeight(app: HTMLElement): number {
  const box = app.firstElementChild as HTMLElement | null;
  if (!box) return 0;
  const borders = box.offsetHeight - box.clientHeight;
  let inner = 0;
  if (box.hasAttribute('data-scroll')) inner = box.scrollHeight;
  else for (const child of Array.from(box.children) as HTMLElement[]) inner += child.hasAttribute('data-scroll') ? child.scrollHeight : child.offsetHeight;
  return Math.ceil(2 * PAD + borders + inner);
}

/** resolves the content script's request to show the current view, once its data is drawn */
let settleCurrent: (() => void) | null = null;
/** after this long the panel shows what it has ("Loading…"), rather than nothing */
const SETTLE_MAX_MS = 1500;
/** how many animation frames the panel tries to take focus for when it was just shown */
const FOCUS_TRIES = 10;

/**
 * Show something and wait until its panel says its data is drawn (or SETTLE_MAX_MS passed): the
 * content script shows the frame only then, so the panel does not grow or move under the
 * reader's pointer as its parts arrive.
 */
function untilSettled(show: () => void): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(resolve, SETTLE_MAX_MS);
    settleCurrent = resolve;
    show();
  });
}
let currentView: () => FrameView = () => ({ kind: 'none' });
/** a panel for `view` has drawn its data (an older view's panel no longer counts) */
const settledFor = (view: FrameView) => () => {
  if (currentView() === view) settleCurrent?.();
};

function App({ view, channel, announce }: { view: FrameView; channel: ContentChannel; announce: (t: string) => void }) {
  if (view.kind === 'popover') {
    return (
      <div class="card" role="dialog" aria-labelledby="gloss-pop-name" tabindex={-1}>
        <PopoverPanel view={view} channel={channel} announce={announce} onSettled={settledFor(view)} />
      </div>
    );
  }
  if (view.kind === 'lookup') {
    return (
      <div class="card" role="dialog" aria-labelledby="gloss-pop-name" tabindex={-1}>
        <LookupPanel view={view} channel={channel} announce={announce} onSettled={settledFor(view)} />
      </div>
    );
  }
  if (view.kind === 'editor-new' || view.kind === 'editor-edit') {
    return (
      <div class="float" role="dialog" aria-label={view.kind === 'editor-new' ? 'New note' : 'Edit highlight'} data-testid="editor" data-scroll="">
        <EditorPanel view={view} channel={channel} onSettled={settledFor(view)} />
      </div>
    );
  }
  return null;
}

/** test builds only: what the panel shows and where its controls are */
function inspect(): FrameSnapshot {
  const root = document.getElementById('app')!;
  const keyOf = (el: Element) =>
    el.getAttribute('data-testid') ?? el.getAttribute('data-action') ?? (el.localName === 'button' ? (el.textContent ?? '').trim() : el.localName);
  const controls: FrameSnapshot['controls'] = {};
  const fields: FrameSnapshot['fields'] = {};
  for (const el of root.querySelectorAll('[data-testid], [data-action], button, textarea, input')) {
    const key = keyOf(el);
    if (!(key in controls)) {
      const r = el.getBoundingClientRect();
      controls[key] = { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) fields[key] = el.value;
  }
  const active = document.activeElement;
  const focused = document.hasFocus() && active && active !== document.body ? keyOf(active) : null;
  const box = root.querySelector('[role="dialog"]');
  const labelledBy = box?.getAttribute('aria-labelledby');
  const style = box ? getComputedStyle(box) : null;
  const dialog = {
    role: box?.getAttribute('role') ?? null,
    name: box?.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)?.textContent ?? null : null),
    background: style?.backgroundColor ?? '',
    color: style?.color ?? '',
  };
  return { panel, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(), fields, controls, focused, dialog };
}

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = `${panel === 'popover' ? `${POPOVER_CSS}\n${LOOKUP_CSS}` : EDITOR_CSS}\n${FRAME_CSS}`;
  document.head.append(style);
  const app = document.getElementById('app')!;
  const live = document.createElement('div');
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  document.body.append(live);
  const announce = (text: string) => {
    live.textContent = text;
  };

  const store = new ViewStore();
  currentView = () => store.get();
  const port = await awaitContentScript();
  // Chromium tells a frame it is shown a moment after the page made it visible, and until then
  // focus() inside it does nothing: try again on the next frames until the panel has focus
  const focusPanel = (tries = FOCUS_TRIES) => {
    const first = app.querySelector<HTMLElement>(panel === 'editor' ? 'textarea' : '.card');
    first?.focus();
    if (first && document.activeElement !== first && tries > 1) requestAnimationFrame(() => focusPanel(tries - 1));
  };
  const channel: ContentChannel = new PortChannel<FromFrame, ToFrame>(port, {
    hello: () => ({ panel }),
    'popover/show': async (req) => {
      await untilSettled(() => store.show({ kind: 'popover', ...req }));
      return { ok: true as const };
    },
    'lookup/show': async (req) => {
      await untilSettled(() => store.show({ kind: 'lookup', ...req }));
      return { ok: true as const };
    },
    'editor/new': (req) => {
      store.show({ kind: 'editor-new', ...req });
      return { ok: true as const };
    },
    'editor/edit': async (req) => {
      await untilSettled(() => store.show({ kind: 'editor-edit', ...req }));
      return { ok: true as const };
    },
    'editor/undo': async ({ highlightId }) => {
      await undoDelete(highlightId, channel);
      return { ok: true as const };
    },
    hidden: () => {
      store.clear();
      announce('');
      return { ok: true as const };
    },
    focus: () => {
      window.focus();
      focusPanel();
      return { ok: true as const };
    },
    ...(__GLOSS_TEST__ ? { 'test/inspect': () => inspect() } : {}),
  });

  // rendered from the store directly, not from an effect: a frame that has no size yet gets no
  // animation frames, and effects could run too late for the content script's first request
  const draw = (view: FrameView) => render(<App view={view} channel={channel} announce={announce} />, app);
  store.subscribe(draw);
  draw(store.get());

  // the content script sizes the iframe to the panel. Measured after every change of the panel's
  // DOM (a MutationObserver is not tied to rendering, which the browser may hold back in a frame
  // that has no size yet) and after layout changes (fonts, images)
  let last = { width: 0, height: 0 };
  const report = () => {
    const size = { width: app.firstElementChild ? WIDTH[panel] + 2 * PAD : 0, height: naturalHeight(app) };
    if (size.width === last.width && size.height === last.height) return;
    last = size;
    void channel.request('size', size).catch(() => undefined);
  };
  new MutationObserver(report).observe(app, { childList: true, subtree: true, characterData: true, attributes: true });
  new ResizeObserver(report).observe(app);
  document.fonts?.addEventListener('loadingdone', report);

  document.documentElement.addEventListener('mouseenter', () => void channel.request('pointer', { inside: true }).catch(() => undefined));
  document.documentElement.addEventListener('mouseleave', () => void channel.request('pointer', { inside: false }).catch(() => undefined));
  document.addEventListener('keydown', (e) => {
    // Escape closes either panel, wherever focus is inside it (its body too)
    if (e.key === 'Escape') {
      e.preventDefault();
      void channel.request('close', { returnFocus: true }).catch(() => undefined);
    } else if (panel === 'popover' && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      void channel.request('marks/next', { direction: e.code === 'KeyN' ? 1 : -1 }).catch(() => undefined);
    }
  });
}

main().catch((e: unknown) => console.error('Gloss: its frame could not start', e));
