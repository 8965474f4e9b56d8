/**
 * The highlight layer's start-up, called once from the content script (src/content/index.ts):
 * selection toolbar (Highlight / Note) in an open shadow root, the context-menu and keyboard
 * commands relayed by the background, click-to-edit on highlights, undo, and re-anchoring of
 * the page's saved highlights.
 */
import { attachShadowHost } from '../shadow-host.ts';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import type { HighlightColour, Settings } from '../../core/model/types.ts';
import { isReadable } from '../../core/text/index.ts';
import { HighlightController, errorMessage } from './controller.ts';
import { HIGHLIGHT_ATTR, HIGHLIGHT_TAG, injectHighlightStyles } from './marks.ts';
import { Store, type EditorDraft } from './store.ts';
import { App, type Actions } from './ui/App.tsx';
import { UI_CSS } from './ui/styles.ts';

/** the tab message the background sends for the context menu and the keyboard command */
export const HIGHLIGHT_COMMAND = 'highlight/command';

const SELECTION_DEBOUNCE_MS = 200;

function rectOf(range: Range): DOMRect {
  const first = range.getClientRects()[0];
  return first ?? range.getBoundingClientRect();
}

function mountUi(store: Store, actions: Actions): HTMLElement {
  const { host, root } = attachShadowHost('gloss-highlighter', UI_CSS);
  const container = document.createElement('div');
  root.append(container);
  render(<App store={store} actions={actions} />, container);
  return host;
}

let started = false;

/** Start the highlight layer on this page; once only (Gloss switched on again later calls it again). */
export async function startHighlights(settings: Settings): Promise<void> {
  if (started) return;
  started = true;
  injectHighlightStyles();
  const store = new Store();
  const ctl = new HighlightController(store, settings.defaultColour);
  /** the selection the toolbar (or a command) acts on, kept as a live range */
  let selection: Range | null = null;

  const clearSelection = () => {
    selection = null;
    window.getSelection()?.removeAllRanges();
  };
  const close = () => {
    ctl.activate(null);
    store.setPanel({ kind: 'none' });
  };

  const openNewNote = (range: Range, colour: HighlightColour) => {
    selection = range;
    store.setPanel({
      kind: 'editor',
      mode: 'new',
      anchor: () => rectOf(range),
      initial: { body: '', tags: [], colour },
      quote: range.toString().trim(),
    });
  };

  const openEditor = (id: string) => {
    const item = ctl.item(id);
    if (!item) return;
    ctl.activate(id);
    store.setPanel({
      kind: 'editor',
      mode: 'edit',
      id,
      anchor: ctl.anchorRect(id),
      initial: { body: item.body, tags: item.tags, colour: item.colour },
      quote: ctl.quoteText(id),
    });
  };

  const actions: Actions = {
    highlight: async () => {
      const range = selection;
      if (!range) return;
      try {
        await ctl.create(range, ctl.colour);
        clearSelection();
        store.setPanel({ kind: 'none' });
      } catch (e) {
        store.setPanel({ kind: 'toolbar', anchor: () => rectOf(range), error: `Not saved: ${errorMessage(e)}` });
      }
    },
    note: () => {
      if (selection) openNewNote(selection, ctl.colour);
    },
    save: async (draft: EditorDraft) => {
      const panel = store.get().panel;
      if (panel.kind !== 'editor') return;
      if (panel.mode === 'new') {
        if (!selection) throw new Error('The selected text is gone. Select the passage again.');
        await ctl.create(selection, draft.colour, { body: draft.body, tags: draft.tags });
        clearSelection();
        store.toast({ text: 'Highlight and note saved.', tone: 'ok' }, 3000);
      } else {
        await ctl.update(panel.id, draft);
        store.toast({ text: 'Saved.', tone: 'ok' }, 3000);
      }
      close();
    },
    remove: async () => {
      const panel = store.get().panel;
      if (panel.kind !== 'editor' || panel.mode !== 'edit') return;
      const removed = await ctl.remove(panel.id);
      close();
      store.toast(
        {
          text: 'Highlight deleted.',
          tone: 'ok',
          action: {
            label: 'Undo',
            run: () => {
              ctl.undoRemove(removed).then(
                () => store.toast({ text: 'Highlight restored.', tone: 'ok' }, 3000),
                (e: unknown) => store.toast({ text: `Could not restore the highlight: ${errorMessage(e)}`, tone: 'error' }),
              );
            },
          },
        },
        10000,
      );
    },
    close,
  };

  const host = mountUi(store, actions);

  // ---- selection → toolbar ----
  let pointerDown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onSelection = () => {
    if (store.get().panel.kind === 'editor' || pointerDown) return;
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      if (store.get().panel.kind === 'toolbar') store.setPanel({ kind: 'none' });
      return;
    }
    const range = sel.getRangeAt(0);
    // a cheap test here (this runs on every selection change); the exact text is read when saving
    if (host.contains(range.commonAncestorContainer) || range.toString().trim() === '' || !isReadable(range.commonAncestorContainer)) {
      if (store.get().panel.kind === 'toolbar') store.setPanel({ kind: 'none' });
      return;
    }
    const live = range.cloneRange();
    selection = live;
    store.setPanel({ kind: 'toolbar', anchor: () => rectOf(live) });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onSelection, SELECTION_DEBOUNCE_MS);
  };
  document.addEventListener('selectionchange', schedule);
  document.addEventListener('pointerdown', (e) => {
    if (e.target !== host) pointerDown = true;
  }, true);
  document.addEventListener('pointerup', () => {
    pointerDown = false;
    schedule();
  }, true);

  // ---- click or Enter on a highlight → editor ----
  document.addEventListener('click', (e) => {
    const el = (e.target as Element | null)?.closest?.(HIGHLIGHT_TAG);
    if (!el) return;
    if (window.getSelection()?.isCollapsed === false) return;
    // a highlight inside a link still follows the link; Alt+click (or Enter) edits it
    if (el.closest('a[href]') && !e.altKey) return;
    e.preventDefault();
    openEditor(el.getAttribute(HIGHLIGHT_ATTR) ?? '');
  });
  document.addEventListener('keydown', (e) => {
    const el = (e.target as Element | null)?.closest?.(HIGHLIGHT_TAG);
    if (el && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      openEditor(el.getAttribute(HIGHLIGHT_ATTR) ?? '');
    }
  });

  // ---- context menu and keyboard command (relayed by the background) ----
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as { gloss?: number; type?: string; payload?: { action?: string; defaultColour?: HighlightColour } } | null;
    if (m?.gloss !== 1) return undefined;
    if (m.type === 'settings/changed' && m.payload?.defaultColour) ctl.setDefaultColour(m.payload.defaultColour);
    if (m.type !== HIGHLIGHT_COMMAND) return undefined;
    const sel = window.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
    if (!range) {
      store.toast({ text: 'Select some text on the page first, then choose Highlight again.', tone: 'error' });
      return undefined;
    }
    selection = range;
    if (m.payload?.action === 'note') openNewNote(range, ctl.colour);
    else {
      store.setPanel({ kind: 'toolbar', anchor: () => rectOf(range) });
      void actions.highlight();
    }
    return undefined;
  });

  // ---- coming back (now, and after History API navigations to another article) ----
  const failed = (e: unknown) =>
    store.toast({ text: `Gloss could not load your highlights for this page: ${errorMessage(e)} Reload the page to try again.`, tone: 'error' }, 15000);
  let address = withoutHash(location.href);
  const checkAddress = () => {
    const now = withoutHash(location.href);
    if (now === address) return;
    address = now;
    close();
    ctl.navigated().catch(failed);
  };
  window.addEventListener('popstate', checkAddress);
  setInterval(checkAddress, ADDRESS_POLL_MS);
  try {
    await ctl.restore();
  } catch (e) {
    failed(e);
  }
}

/** how often the address is compared (a content script cannot see the page's history.pushState) */
const ADDRESS_POLL_MS = 1000;
const withoutHash = (href: string) => href.split('#')[0]!;
