/**
 * Highlights on a page, a feature of the page session (src/content/session): the selection
 * toolbar (Highlight / Note, and Look up on a selected name), the context-menu and keyboard commands relayed by the background,
 * opening a highlight's editor (Gloss's frame) on a trusted click or from the keyboard, undo, and
 * placing the page's saved highlights. Pause and "off on this site" take it all off the page
 * (highlights, toolbar, editor); switching back on places the highlights again.
 */
import type { HighlightColour, Settings } from '../../core/model/types.ts';
import { isReadable } from '../../core/text/index.ts';
import { describeNameProblem, lookupName } from '../../core/lookup/name.ts';
import { FrameHost } from '../frame/host.ts';
import type { MarkRegistry } from '../marks/wrap.ts';
import type { PageUi } from '../page-ui.tsx';
import type { PageFeature, PageSession } from '../session/session.ts';
import { HighlightController, errorMessage, type Selected } from './controller.ts';
import { HighlightLayer } from './layer.ts';

const SELECTION_DEBOUNCE_MS = 200;
const ok = { ok: true as const };

function rectOf(range: Range): DOMRect {
  const first = range.getClientRects()[0];
  return first ?? range.getBoundingClientRect();
}

/** opens the look-up panel on a selected name, next to `at` (src/content/popover/host.ts) */
export type LookUp = (name: string, at: { getBoundingClientRect(): DOMRect }, askedBy: 'toolbar' | 'command') => void;

export class HighlightFeature implements PageFeature {
  readonly layer: HighlightLayer;
  readonly editor: FrameHost;
  private readonly ctl: HighlightController;
  private running = false;
  private editorOpen = false;
  /** the highlight whose editor is open (or null for a new one), and what opened it */
  private editing: { id: string | null; returnTo: HTMLElement | null } | null = null;
  /** the selection the toolbar (or a command) acts on, kept as a live range */
  private selection: Range | null = null;
  /** the selection described for the editor of a new highlight (drawn once the frame says it was saved) */
  private pendingNew: Selected | null = null;
  private pointerDown = false;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly session: PageSession,
    private readonly marks: MarkRegistry,
    private readonly ui: PageUi,
    private readonly lookUp: LookUp,
  ) {
    this.layer = new HighlightLayer({
      activate: (id, from) => void this.openEditor(id, from),
      lost: (ids) => this.ctl.lost(ids),
    });
    this.ctl = new HighlightController(this.layer, session);
    this.editor = new FrameHost('editor', {
      close: ({ returnFocus }) => {
        this.closeEditor(returnFocus);
        return ok;
      },
      'highlight/saved': ({ highlight, hasNote, change }) => {
        const pieces = change === 'created' ? this.pendingNew?.pieces : undefined;
        this.ctl.saved(highlight, hasNote, pieces);
        if (change === 'created') {
          this.pendingNew = null;
          this.clearSelection();
          this.ui.toast({ text: 'Highlight and note saved.', tone: 'ok' }, 3000);
        } else if (change === 'updated') this.ui.toast({ text: 'Saved.', tone: 'ok' }, 3000);
        else this.ui.toast({ text: 'Highlight restored.', tone: 'ok' }, 3000);
        if (change !== 'restored') this.closeEditor(false);
        return ok;
      },
      'highlight/deleted': ({ highlightId }) => {
        this.ctl.removed(highlightId);
        this.closeEditor(false);
        this.ui.toast(
          {
            text: 'Highlight deleted.',
            tone: 'ok',
            action: {
              label: 'Undo',
              run: () => {
                this.editor.connect().then((c) => c.request('editor/undo', { highlightId })).catch(
                  (e: unknown) => this.ui.toast({ text: `Could not restore the highlight: ${errorMessage(e)}`, tone: 'error' }),
                );
              },
            },
          },
          10000,
        );
        return ok;
      },
    });
  }

  // ---- the page session ----

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const [target, type, fn] of this.listeners) target.addEventListener(type, fn, true);
    this.ctl.start().catch((e: unknown) => this.failed(e));
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    for (const [target, type, fn] of this.listeners) target.removeEventListener(type, fn, true);
    clearTimeout(this.selectionTimer);
    if (this.editorOpen || this.editing) this.closeEditor(false);
    this.selection = null;
    this.pendingNew = null;
    this.ui.clear();
    this.ctl.stop();
  }

  navigated(): void {
    if (this.editorOpen || this.editing) this.closeEditor(false);
    this.ctl.navigated().catch((e: unknown) => this.failed(e));
  }

  settingsChanged(_prev: Settings, next: Settings): void {
    this.ctl.setDefaultColour(next.defaultColour);
  }

  // ---- what the toolbar and the commands do ----

  /** the toolbar's Highlight */
  async highlightSelection(): Promise<void> {
    if (this.selection) await this.highlightNow(this.selection);
  }

  /** the toolbar's Note */
  noteSelection(): void {
    if (this.selection) void this.openNewNote(this.selection, this.ctl.colour);
  }

  /** the toolbar's Look up (offered when the selection looks like a name) */
  lookUpSelection(): void {
    const panel = this.ui.panel;
    const range = this.selection;
    if (panel.kind !== 'toolbar' || !panel.lookUp || !range) return;
    // the selection goes, as after Highlight (the toolbar would come back over the panel); the panel stays by the name
    this.clearSelection();
    this.ui.setPanel({ kind: 'none' });
    this.lookUp(panel.lookUp, { getBoundingClientRect: () => rectOf(range) }, 'toolbar');
  }

  /** the look-up's context menu item (with the name the browser reported) or shortcut (null: the selection) */
  lookUpCommand(reported: string | null): void {
    if (!this.running) return;
    const sel = window.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
    const name = lookupName(reported ?? range?.toString() ?? '');
    if (!name.ok) {
      this.ui.toast({ text: describeNameProblem(name.problem), tone: 'error' });
      return;
    }
    this.ui.setPanel({ kind: 'none' });
    const at = range ? () => rectOf(range) : () => new DOMRect(16, 16, 0, 0);
    this.lookUp(name.name, { getBoundingClientRect: at }, 'command');
  }

  /** the context menu or the keyboard command, on the page's selection */
  command(action: 'highlight' | 'note'): void {
    if (!this.running) return;
    const sel = window.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
    if (!range) {
      this.ui.toast({ text: 'Select some text on the page first, then choose Highlight again.', tone: 'error' });
      return;
    }
    this.selection = range;
    if (action === 'note') void this.openNewNote(range, this.ctl.colour);
    else {
      this.ui.setPanel({ kind: 'toolbar', anchor: () => rectOf(range) });
      void this.highlightNow(range);
    }
  }

  /** The saved highlight under a mark (a name inside a highlight), if any: the popover offers its editor. */
  highlightAt(el: Element): string | null {
    const r = el.getBoundingClientRect();
    return this.layer.at(r.left + r.width / 2, r.top + r.height / 2);
  }

  /** Open a highlight's editor (from its keyboard stop, a click, or a name's popover inside it). */
  async openEditor(id: string, returnTo: HTMLElement | null): Promise<void> {
    if (!this.ctl.item(id)) return;
    this.editing = { id, returnTo };
    this.layer.setActive(id);
    try {
      const channel = await this.editor.connect();
      await this.showEditor(() => channel.request('editor/edit', { highlightId: id, quote: this.ctl.quoteText(id) }), () => this.layer.firstRect(id));
    } catch (e) {
      this.closeEditor(false);
      this.ui.toast({ text: `Gloss could not open this highlight: ${errorMessage(e)}`, tone: 'error' });
    }
  }

  // ---- inside ----

  private failed(e: unknown): void {
    this.ui.toast({ text: `Gloss could not load your highlights for this page: ${errorMessage(e)} Reload the page to try again.`, tone: 'error' }, 15000);
  }

  private closeEditor(returnFocus: boolean): void {
    const was = this.editing;
    this.editing = null;
    this.editorOpen = false;
    this.layer.setActive(null);
    this.editor.hide();
    this.editor.connected?.request('hidden', {}).catch(() => undefined);
    if (!returnFocus || !was) return;
    // a highlight drawn again while its editor was open has a new keyboard stop: focus goes there
    const target = was.returnTo?.isConnected ? was.returnTo : was.returnTo && was.id ? this.layer.keyOf(was.id) : null;
    target?.focus({ preventScroll: true });
  }

  private clearSelection(): void {
    this.selection = null;
    window.getSelection()?.removeAllRanges();
  }

  private async showEditor(request: () => Promise<unknown>, at: () => DOMRect | null): Promise<void> {
    this.ui.setPanel({ kind: 'none' });
    this.editorOpen = true;
    await request();
    await this.editor.show({ reference: { getBoundingClientRect: () => at() ?? new DOMRect(16, 16, 0, 0) }, placement: 'top' });
    if (this.editorOpen) await this.editor.focus();
  }

  private async openNewNote(range: Range, colour: HighlightColour): Promise<void> {
    this.selection = range;
    try {
      const selected = await this.ctl.describe(range);
      this.pendingNew = selected;
      this.editing = { id: null, returnTo: null };
      const channel = await this.editor.connect();
      const page = this.session.address();
      await this.showEditor(() => channel.request('editor/new', { quote: selected.quote, selectors: selected.selectors, page, colour }), () => rectOf(range));
    } catch (e) {
      this.editorOpen = false;
      this.ui.setPanel({ kind: 'toolbar', anchor: () => rectOf(range), error: `Not possible: ${errorMessage(e)}` });
    }
  }

  private async highlightNow(range: Range): Promise<void> {
    try {
      await this.ctl.create(await this.ctl.describe(range), this.ctl.colour);
      this.clearSelection();
      this.ui.setPanel({ kind: 'none' });
    } catch (e) {
      this.ui.setPanel({ kind: 'toolbar', anchor: () => rectOf(range), error: `Not saved: ${errorMessage(e)}` });
    }
  }

  // ---- page events (trusted only) ----

  private readonly onSelection = () => {
    if (this.editorOpen || this.pointerDown || !this.running) return;
    // the reader moved into the toolbar (Tab): what it acts on is kept
    if (this.ui.hasFocus) return;
    const sel = window.getSelection();
    const hide = () => {
      if (this.ui.panel.kind === 'toolbar') this.ui.setPanel({ kind: 'none' });
    };
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return hide();
    const range = sel.getRangeAt(0);
    // a cheap test here (this runs on every selection change); the exact text is read when saving
    if (this.ui.contains(range.commonAncestorContainer) || range.toString().trim() === '' || !isReadable(range.commonAncestorContainer)) return hide();
    const live = range.cloneRange();
    this.selection = live;
    // a short selection may be a name: the toolbar offers to look it up (nothing is sent before the reader asks)
    const name = lookupName(live.toString());
    this.ui.setPanel({ kind: 'toolbar', anchor: () => rectOf(live), ...(name.ok ? { lookUp: name.name } : {}) });
  };

  private scheduleSelection(): void {
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(this.onSelection, SELECTION_DEBOUNCE_MS);
  }

  private readonly listeners: [Document, string, EventListener][] = [
    [document, 'selectionchange', () => this.scheduleSelection()],
    [document, 'pointerdown', (e) => {
      if (e.isTrusted && !this.ui.contains(e.target)) this.pointerDown = true;
    }],
    [document, 'pointerup', (e) => {
      if (!e.isTrusted) return;
      this.pointerDown = false;
      this.scheduleSelection();
    }],
    [document, 'keydown', (e) => {
      if (e.isTrusted) this.onKeyDown(e as KeyboardEvent);
    }],
    [document, 'click', (e) => {
      if (e.isTrusted) this.onClick(e as MouseEvent);
    }],
  ];

  /** Tab from a selection goes to the toolbar over it (not to the page's next link or highlight). */
  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || this.ui.hasFocus || this.editorOpen) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed) return;
    // a form field's own Tab is the page's
    const active = document.activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active instanceof HTMLElement && active.isContentEditable)) return;
    const toolbarShows = () => this.ui.panel.kind === 'toolbar';
    if (!toolbarShows()) {
      // selected a moment ago (the toolbar waits for the selection to settle): show it now
      clearTimeout(this.selectionTimer);
      this.onSelection();
      if (!toolbarShows()) return;
    }
    if (this.ui.focusToolbar()) e.preventDefault();
  }

  /** a trusted click on a highlight → its editor (a name inside a highlight opens its popover instead) */
  private onClick(e: MouseEvent): void {
    if (e.button !== 0) return;
    const target = e.target instanceof Element ? e.target : null;
    if (!target || this.marks.groupOf(target) || target.hasAttribute('data-gloss-ui')) return;
    const id = this.layer.at(e.clientX, e.clientY);
    if (!id) return;
    if (window.getSelection()?.isCollapsed === false) return;
    // a highlight inside a link still follows the link; Alt+click edits it
    if (target.closest('a[href]')) {
      if (!e.altKey) return;
      e.preventDefault();
    }
    void this.openEditor(id, null);
  }
}
