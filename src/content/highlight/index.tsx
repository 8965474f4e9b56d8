/**
 * The highlight layer's start-up, called once from the content script (src/content/index.ts):
 * the selection toolbar (Highlight / Note, and Look up on a selected name) in a closed shadow root, the context-menu and keyboard
 * commands relayed by the background, opening a highlight's editor (Gloss's frame) on a trusted
 * click or from the keyboard, undo, and placing the page's saved highlights.
 */
import { render } from 'preact';
import type { HighlightColour, Settings } from '../../core/model/types.ts';
import { isReadable } from '../../core/text/index.ts';
import { describeNameProblem, lookupName } from '../../core/lookup/name.ts';
import { attachShadowHost } from '../shadow-host.ts';
import { FrameHost } from '../frame/host.ts';
import type { MarkRegistry } from '../marks/wrap.ts';
import { HighlightController, errorMessage, type Selected } from './controller.ts';
import { HighlightLayer } from './layer.ts';
import { pageAddress } from './page-text.ts';
import { Store } from './store.ts';
import { App, type Actions } from './ui/App.tsx';
import { UI_CSS } from './ui/styles.ts';

const SELECTION_DEBOUNCE_MS = 200;
/** how often the address is compared (a content script cannot see the page's history.pushState) */
const ADDRESS_POLL_MS = 1000;
const withoutHash = (href: string) => href.split('#')[0]!;
const ok = { ok: true as const };

function rectOf(range: Range): DOMRect {
  const first = range.getClientRects()[0];
  return first ?? range.getBoundingClientRect();
}

export interface Highlights {
  setDefaultColour(c: HighlightColour): void;
  /** the context menu or the keyboard command, on the page's selection */
  command(action: 'highlight' | 'note'): void;
  /** the look-up's context menu item (with the name the browser reported) or shortcut (null: the selection) */
  lookUpCommand(name: string | null): void;
  /** test builds' probe */
  layer: HighlightLayer;
  editor: FrameHost;
  toolbarRoot: ShadowRoot;
}

let started: Highlights | null = null;

/** Start the highlight layer on this page; once only (Gloss switched on again gets the same one). */
/** opens the look-up panel on a selected name, next to `at` (src/content/popover/host.ts) */
export type LookUp = (name: string, at: { getBoundingClientRect(): DOMRect }, askedBy: 'toolbar' | 'command') => void;

export function startHighlights(settings: Settings, marks: MarkRegistry, lookUp: LookUp): Highlights {
  if (started) return started;
  const store = new Store();
  let editorOpen = false;
  /** the highlight whose editor is open (or null for a new one), and what opened it */
  let editing: { id: string | null; returnTo: HTMLElement | null } | null = null;

  const layer: HighlightLayer = new HighlightLayer({
    activate: (id, from) => void openEditor(id, from),
    lost: (ids) => ctl.lost(ids),
  });
  const ctl = new HighlightController(layer, settings.defaultColour);
  /** the selection the toolbar (or a command) acts on, kept as a live range */
  let selection: Range | null = null;

  const closeEditor = (returnFocus: boolean) => {
    const was = editing;
    editing = null;
    editorOpen = false;
    layer.setActive(null);
    editor.hide();
    editor.connected?.request('hidden', {}).catch(() => undefined);
    if (returnFocus && was?.returnTo?.isConnected) was.returnTo.focus({ preventScroll: true });
  };

  const editor: FrameHost = new FrameHost('editor', {
    close: ({ returnFocus }) => {
      closeEditor(returnFocus);
      return ok;
    },
    'highlight/saved': ({ highlight, hasNote, change }) => {
      const pieces = change === 'created' ? pendingNew?.pieces : undefined;
      ctl.saved(highlight, hasNote, pieces);
      if (change === 'created') {
        pendingNew = null;
        clearSelection();
        store.toast({ text: 'Highlight and note saved.', tone: 'ok' }, 3000);
      } else if (change === 'updated') store.toast({ text: 'Saved.', tone: 'ok' }, 3000);
      else store.toast({ text: 'Highlight restored.', tone: 'ok' }, 3000);
      if (change !== 'restored') closeEditor(false);
      return ok;
    },
    'highlight/deleted': ({ highlightId }) => {
      ctl.removed(highlightId);
      closeEditor(false);
      store.toast(
        {
          text: 'Highlight deleted.',
          tone: 'ok',
          action: {
            label: 'Undo',
            run: () => {
              editor.connect().then((c) => c.request('editor/undo', { highlightId })).catch(
                (e: unknown) => store.toast({ text: `Could not restore the highlight: ${errorMessage(e)}`, tone: 'error' }),
              );
            },
          },
        },
        10000,
      );
      return ok;
    },
  });

  /** the selection described for the editor of a new highlight (drawn once the frame says it was saved) */
  let pendingNew: Selected | null = null;

  const clearSelection = () => {
    selection = null;
    window.getSelection()?.removeAllRanges();
  };

  const showEditor = async (request: () => Promise<unknown>, at: () => DOMRect | null) => {
    store.setPanel({ kind: 'none' });
    editorOpen = true;
    await request();
    await editor.show({ reference: { getBoundingClientRect: () => at() ?? new DOMRect(16, 16, 0, 0) }, placement: 'top' });
    if (editorOpen) await editor.focus();
  };

  const openNewNote = async (range: Range, colour: HighlightColour) => {
    selection = range;
    try {
      const selected = await ctl.describe(range);
      pendingNew = selected;
      editing = { id: null, returnTo: null };
      const channel = await editor.connect();
      await showEditor(() => channel.request('editor/new', { quote: selected.quote, selectors: selected.selectors, page: pageAddress(), colour }), () => rectOf(range));
    } catch (e) {
      editorOpen = false;
      store.setPanel({ kind: 'toolbar', anchor: () => rectOf(range), error: `Not possible: ${errorMessage(e)}` });
    }
  };

  async function openEditor(id: string, returnTo: HTMLElement | null): Promise<void> {
    if (!ctl.item(id)) return;
    editing = { id, returnTo };
    layer.setActive(id);
    try {
      const channel = await editor.connect();
      await showEditor(() => channel.request('editor/edit', { highlightId: id, quote: ctl.quoteText(id) }), () => layer.firstRect(id));
    } catch (e) {
      closeEditor(false);
      store.toast({ text: `Gloss could not open this highlight: ${errorMessage(e)}`, tone: 'error' });
    }
  }

  const highlightNow = async (range: Range) => {
    try {
      await ctl.create(await ctl.describe(range), ctl.colour);
      clearSelection();
      store.setPanel({ kind: 'none' });
    } catch (e) {
      store.setPanel({ kind: 'toolbar', anchor: () => rectOf(range), error: `Not saved: ${errorMessage(e)}` });
    }
  };

  const actions: Actions = {
    highlight: async () => {
      if (selection) await highlightNow(selection);
    },
    note: () => {
      if (selection) void openNewNote(selection, ctl.colour);
    },
    lookUp: () => {
      const panel = store.get().panel;
      const range = selection;
      if (panel.kind !== 'toolbar' || !panel.lookUp || !range) return;
      // the selection goes, as after Highlight (the toolbar would come back over the panel); the panel stays by the name
      clearSelection();
      store.setPanel({ kind: 'none' });
      lookUp(panel.lookUp, { getBoundingClientRect: () => rectOf(range) }, 'toolbar');
    },
  };

  const { host, root } = attachShadowHost('gloss-toolbar', UI_CSS);
  const container = document.createElement('div');
  root.append(container);
  render(<App store={store} actions={actions} />, container);

  // ---- selection → toolbar ----
  let pointerDown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onSelection = () => {
    if (editorOpen || pointerDown) return;
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
    // a short selection may be a name: the toolbar offers to look it up (nothing is sent before the reader asks)
    const name = lookupName(live.toString());
    store.setPanel({ kind: 'toolbar', anchor: () => rectOf(live), ...(name.ok ? { lookUp: name.name } : {}) });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onSelection, SELECTION_DEBOUNCE_MS);
  };
  document.addEventListener('selectionchange', schedule);
  document.addEventListener('pointerdown', (e) => {
    if (e.isTrusted && e.target !== host) pointerDown = true;
  }, true);
  document.addEventListener('pointerup', (e) => {
    if (!e.isTrusted) return;
    pointerDown = false;
    schedule();
  }, true);

  // ---- a trusted click on a highlight → its editor ----
  document.addEventListener('click', (e) => {
    if (!e.isTrusted || e.button !== 0) return;
    const target = e.target instanceof Element ? e.target : null;
    // a name inside a highlight opens its popover, not the editor
    if (!target || marks.groupOf(target) || target.hasAttribute('data-gloss-ui')) return;
    const id = layer.at(e.clientX, e.clientY);
    if (!id) return;
    if (window.getSelection()?.isCollapsed === false) return;
    // a highlight inside a link still follows the link; Alt+click edits it
    if (target.closest('a[href]')) {
      if (!e.altKey) return;
      e.preventDefault();
    }
    void openEditor(id, null);
  });

  started = {
    setDefaultColour: (c) => ctl.setDefaultColour(c),
    command: (action) => {
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
      if (!range) {
        store.toast({ text: 'Select some text on the page first, then choose Highlight again.', tone: 'error' });
        return;
      }
      selection = range;
      if (action === 'note') void openNewNote(range, ctl.colour);
      else {
        store.setPanel({ kind: 'toolbar', anchor: () => rectOf(range) });
        void highlightNow(range);
      }
    },
    lookUpCommand: (reported) => {
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
      const name = lookupName(reported ?? range?.toString() ?? '');
      if (!name.ok) {
        store.toast({ text: describeNameProblem(name.problem), tone: 'error' });
        return;
      }
      store.setPanel({ kind: 'none' });
      const at = range ? () => rectOf(range) : () => new DOMRect(16, 16, 0, 0);
      lookUp(name.name, { getBoundingClientRect: at }, 'command');
    },
    layer,
    editor,
    toolbarRoot: root,
  };

  // ---- coming back (now, and after History API navigations to another article) ----
  const failed = (e: unknown) =>
    store.toast({ text: `Gloss could not load your highlights for this page: ${errorMessage(e)} Reload the page to try again.`, tone: 'error' }, 15000);
  let address = withoutHash(location.href);
  const checkAddress = () => {
    const now = withoutHash(location.href);
    if (now === address) return;
    address = now;
    if (editorOpen) closeEditor(false);
    ctl.navigated().catch(failed);
  };
  window.addEventListener('popstate', checkAddress);
  setInterval(checkAddress, ADDRESS_POLL_MS);
  ctl.restore().catch(failed);
  return started;
}
