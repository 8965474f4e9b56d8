/**
 * When the background popover opens and closes. The popover itself is Gloss's frame
 * (src/content/frame/host.ts, pages/frame.html): this module listens on the page and tells it
 * which name to show and where.
 *
 * Opens after a hover dwell (settings.hoverDelayMs, leaving the mark before then aborts), on a
 * click or tap, and on keyboard focus that came from the reader's keys (the next-mark shortcut,
 * Enter on a focused mark). Closes on Escape, on leaving mark and popover for longer than a grace
 * period, on an outside click, and when its mark goes away.
 *
 * Only real input counts: every listener drops events whose `isTrusted` is false (a page script
 * can dispatch any event, never a trusted one), and only marks Gloss made itself (its registry,
 * not a tag name or an attribute) open anything. A page calling `focus()` on a mark does not open
 * it either: focus opens the popover only right after a trusted key press or Gloss's own move.
 *
 * The same frame shows the look-up panel (issue #14): for a faint mark on a name no pack knows
 * (opened like a popover), and for a selected name (the selection toolbar's "Look up", the
 * browser's context menu or shortcut: `showLookup`). Opening it sends nothing anywhere; closing
 * it (any way the popover closes) tells the frame, which calls off its requests.
 */
import type { ReferenceElement } from '@floating-ui/dom';
import type { ToFrame } from '../../protocol.ts';
import { FrameHost } from '../frame/host.ts';
import type { MarkGroup, MarkRegistry } from '../marks/wrap.ts';
import type { PageFeature, PageSession } from '../session/session.ts';
import { testEvent } from '../test-signals.ts';

/** time to move from the mark into the popover (or back) before it closes */
const GRACE_MS = 300;
/** focus this soon after a trusted key press counts as the reader's keyboard */
const KEY_INTENT_MS = 1000;

export interface PopoverDeps {
  marks: MarkRegistry;
  /** "Not X here" for this page (`markText`: the name as the page writes it, for the Undo toast) */
  reject(entityId: string, markText: string): Promise<void>;
  /** the next/previous mark for the shortcut */
  nextMark(direction: 1 | -1): MarkGroup | null;
  /** the reader's highlight a mark sits in, if any */
  highlightAt(mark: HTMLElement): string | null;
  /** open that highlight's editor (focus returns to `returnTo` when it closes) */
  openHighlight(id: string, returnTo: HTMLElement | null): void;
}

type OpenedBy = 'hover' | 'focus' | 'tap';
const ok = { ok: true as const };

/** the page's language as it declares it (what a look-up sends besides the name) */
const pageLanguage = (): string | null => document.documentElement.lang || null;

export class PopoverHost implements PageFeature {
  readonly frame: FrameHost;
  /** the open mention, and its first piece (what the popover sits next to and focus returns to) */
  private open: { group: MarkGroup; anchor: HTMLElement; by: OpenedBy; shown: Promise<boolean> } | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: MarkGroup | null = null;
  /** the look-up panel opened on a selected name (not on a mark) */
  private selectionLookup: { shown: Promise<boolean> } | null = null;
  private seq = 0;
  /** a mark we give focus to ourselves: with the shortcut (opens it) or back after Escape (does not) */
  private ownFocus: HTMLElement | null = null;
  private quietFocus: HTMLElement | null = null;
  private pointerDownAt = -Infinity;
  private keyAt = -Infinity;
  private attached = false;
  /** the open popover is in use (an unsaved note, or a look-up the reader started): the pointer leaving does not close it */
  private held = false;

  constructor(private readonly session: PageSession, private readonly deps: PopoverDeps) {
    this.frame = new FrameHost('popover', {
      pointer: ({ inside }) => {
        if (inside) clearTimeout(this.closeTimer);
        else if (this.open?.by === 'hover') this.closeSoon();
        return ok;
      },
      hold: ({ held }) => {
        this.held = held && !!this.open;
        if (this.held) clearTimeout(this.closeTimer);
        return ok;
      },
      'highlight/open': () => {
        const open = this.open;
        const id = open ? this.deps.highlightAt(open.anchor) : null;
        if (!open || !id) return ok;
        this.close();
        this.deps.openHighlight(id, open.anchor);
        return ok;
      },
      close: ({ returnFocus }) => {
        const anchor = this.open?.anchor;
        this.close();
        if (returnFocus && anchor?.isConnected) this.focusQuietly(anchor);
        return ok;
      },
      'marks/next': ({ direction }) => {
        this.focusNext(direction);
        return ok;
      },
      'marks/reject': async ({ entityId }) => {
        const group = this.open?.group;
        await this.deps.reject(entityId, group?.entityId === entityId ? this.deps.marks.text(group) : '');
        return ok;
      },
    });
  }

  /** Gloss is on: listen on the page (capture phase). */
  start(): void {
    if (this.attached) return;
    this.attached = true;
    for (const [type, fn] of this.listeners) document.addEventListener(type, fn as EventListener, true);
  }

  /** Gloss is off: close, and listen no more. */
  stop(): void {
    this.close();
    this.attached = false;
    for (const [type, fn] of this.listeners) document.removeEventListener(type, fn as EventListener, true);
  }

  /** Another page: what was open was about the old one. */
  navigated(): void {
    this.close();
  }

  get openEntity(): string | null {
    return this.open?.group.entityId ?? null;
  }

  /** The frame's box on the page while it shows (test builds' probe). */
  frameRect(): DOMRect | null {
    return this.frame.rect();
  }

  /** Move focus to the next/previous mark; its popover opens (keyboard). */
  focusNext(direction: 1 | -1): void {
    const next = this.deps.nextMark(direction);
    if (!next) return;
    const el = next.pieces[0]!;
    this.ownFocus = el;
    try {
      el.focus();
    } finally {
      this.ownFocus = null;
    }
    el.scrollIntoView({ block: 'nearest' });
    if (this.open?.group !== next) this.show(next, 'focus');
  }

  /** Marks went away (rejected, muted, Gloss switched off): close if ours was one of them. */
  marksRemoved(ids: Set<string> | 'all'): void {
    const open = this.open;
    if (open && (ids === 'all' || ids.has(open.group.entityId) || !open.anchor.isConnected)) this.close();
  }

  close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    this.seq++;
    this.open?.anchor.removeAttribute('data-gloss-open');
    const wasOpen = !!this.open || !!this.selectionLookup;
    this.open = null;
    this.held = false;
    this.selectionLookup = null;
    this.frame.hide();
    if (wasOpen) {
      testEvent('popover', 'closed');
      // an unsaved note stays in the frame for this name and page
      this.frame.connected?.request('hidden', {}).catch(() => undefined);
    }
  }

  // ---- events (trusted only) ----

  private readonly listeners: [string, (e: Event) => void][] = [
    ['mouseover', (e) => e.isTrusted && this.onOver(e as MouseEvent)],
    ['mouseout', (e) => e.isTrusted && this.onOut(e as MouseEvent)],
    ['focusin', (e) => e.isTrusted && this.onFocusIn(e as FocusEvent)],
    ['click', (e) => e.isTrusted && this.onClick(e as MouseEvent)],
    ['pointerdown', (e) => e.isTrusted && this.onPointerDown(e as PointerEvent)],
    ['keydown', (e) => e.isTrusted && this.onKeyDown(e as KeyboardEvent)],
  ];

  private markOf(target: EventTarget | null): MarkGroup | undefined {
    return target instanceof Node ? this.deps.marks.groupOf(target) : undefined;
  }

  private onOver(e: MouseEvent): void {
    if (this.frame.contains(e.target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const mark = this.markOf(e.target);
    if (!mark) return;
    if (mark === this.open?.group) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (mark === this.pending) return;
    // the reader is writing a note in the open popover: passing over another name does not replace it
    if (this.held) {
      testEvent('popover', 'hover-ignored', 'held');
      return;
    }
    clearTimeout(this.openTimer);
    this.pending = mark;
    // the frame loads while the reader dwells, so the first popover is not late
    void this.frame.connect().catch(() => undefined);
    this.openTimer = setTimeout(() => {
      this.pending = null;
      if (mark.pieces[0]!.isConnected) this.show(mark, 'hover');
    }, this.session.settings.hoverDelayMs);
  }

  private onOut(e: MouseEvent): void {
    const fromFrame = this.frame.contains(e.target);
    const from = fromFrame ? null : this.markOf(e.target);
    if (!fromFrame && !from) return;
    const to = e.relatedTarget;
    if (this.frame.contains(to)) return;
    const toMark = this.markOf(to);
    if (from && toMark === from) return;
    if (from && from === this.pending) {
      // left before the dwell time: abort, like Page Previews
      clearTimeout(this.openTimer);
      this.pending = null;
      testEvent('popover', 'hover-aborted');
    }
    if (this.open?.by === 'hover' && toMark !== this.open.group) this.closeSoon();
  }

  private onFocusIn(e: FocusEvent): void {
    if (this.frame.contains(e.target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const mark = this.markOf(e.target);
    if (mark) {
      const el = e.target as HTMLElement;
      if (el === this.quietFocus || (el === this.ownFocus && this.open?.group === mark)) return;
      // focus from a mouse press: the click opens it (a drag to select text starting here must not)
      if (performance.now() - this.pointerDownAt < 600) return;
      // a page's own element.focus() is not the reader asking
      if (el !== this.ownFocus && performance.now() - this.keyAt > KEY_INTENT_MS) return;
      if (mark !== this.open?.group) this.show(mark, 'focus');
      else this.open.by = 'focus';
      return;
    }
    if (this.open && this.open.by !== 'hover') this.close();
  }

  private onClick(e: MouseEvent): void {
    const mark = this.markOf(e.target);
    if (mark && mark !== this.open?.group) this.show(mark, 'tap');
    else if (mark && this.open) this.open.by = 'tap';
  }

  private onPointerDown(e: PointerEvent): void {
    this.pointerDownAt = performance.now();
    if (this.selectionLookup && !this.frame.contains(e.target)) this.close();
    if (!this.open || this.frame.contains(e.target)) return;
    if (this.markOf(e.target) === this.open.group) return;
    this.close();
  }

  private onKeyDown(e: KeyboardEvent): void {
    this.keyAt = performance.now();
    testEvent('popover', 'key', e.key);
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      this.focusNext(e.code === 'KeyN' ? 1 : -1);
      return;
    }
    const focused = this.markOf(document.activeElement);
    const onFirstPiece = !!focused && focused.pieces[0] === document.activeElement;
    if (e.key === 'Escape' && this.selectionLookup) {
      this.close();
      return;
    }
    if (e.key === 'Escape' && this.open) {
      const anchor = this.open.anchor;
      const wasAt = document.activeElement === anchor || this.frame.contains(document.activeElement);
      this.close();
      if (wasAt) this.focusQuietly(anchor);
      e.stopPropagation();
      return;
    }
    // from a focused mark, Enter or ArrowDown opens its popover and moves into it to read and act
    if (onFirstPiece && (e.key === 'Enter' || e.key === 'ArrowDown')) {
      e.preventDefault();
      if (focused !== this.open?.group) this.show(focused!, 'focus', true);
      else {
        const open = this.open;
        // it may still be on its way: move in once it shows
        void open.shown.then((shown) => (shown && this.open === open ? this.frame.focus() : undefined)).catch(() => undefined);
      }
    }
  }

  // ---- open / close ----

  /** the pointer left mark and popover: close after the grace period, unless a note is being written in it */
  private closeSoon(): void {
    clearTimeout(this.closeTimer);
    if (this.held) {
      testEvent('popover', 'leave-held');
      return;
    }
    this.closeTimer = setTimeout(() => this.close(), GRACE_MS);
  }

  private focusQuietly(el: HTMLElement): void {
    this.quietFocus = el;
    try {
      el.focus({ preventScroll: true });
    } finally {
      this.quietFocus = null;
    }
  }

  private show(group: MarkGroup, by: OpenedBy, focusInside = false): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    if (this.open?.group === group && this.frame.visible) {
      // already showing this mark (a tap sends mouseover then click): keep what the reader sees
      this.open.by = by;
      return;
    }
    if (this.open) this.close();
    const anchor = group.pieces[0]!;
    const seq = ++this.seq;
    const markText = this.deps.marks.text(group);
    testEvent('popover', 'opened', `${by}:${group.kind === 'entity' ? group.entityId : 'unknown-name'}`);
    const shown = this.frame
      .connect()
      .then(async (channel) => {
        if (seq !== this.seq) return false;
        if (group.kind === 'unknown-name') await channel.request('lookup/show', { name: markText, lang: pageLanguage(), askedBy: 'unknown-name', openedBy: by });
        else {
          await channel.request('popover/show', {
            entityId: group.entityId,
            markText,
            openedBy: by,
            page: this.session.address(),
            inHighlight: this.deps.highlightAt(anchor) !== null,
          });
        }
        if (seq !== this.seq) return false;
        await this.frame.show({ reference: anchor, placement: 'bottom-start' });
        if (focusInside && seq === this.seq) await this.frame.focus();
        return seq === this.seq;
      })
      .catch((e: unknown) => {
        if (seq === this.seq) this.close();
        console.info('Gloss could not open the popover:', e instanceof Error ? e.message : e);
        return false;
      });
    this.open = { group, anchor, by, shown };
    anchor.setAttribute('data-gloss-open', '');
  }

  /**
   * The look-up panel for a selected name, next to the selection (`at`), with keyboard focus in
   * it: from the selection toolbar, or from the browser's context menu or shortcut. Resolves to
   * whether it showed.
   */
  showLookup(name: string, at: ReferenceElement, askedBy: Exclude<ToFrame['lookup/show']['req']['askedBy'], 'unknown-name'>): Promise<boolean> {
    this.close();
    const seq = ++this.seq;
    const shown = this.frame
      .connect()
      .then(async (channel) => {
        if (seq !== this.seq) return false;
        await channel.request('lookup/show', { name, lang: pageLanguage(), askedBy, openedBy: 'tap' });
        if (seq !== this.seq) return false;
        await this.frame.show({ reference: at, placement: 'bottom-start' });
        if (seq === this.seq) await this.frame.focus();
        return seq === this.seq;
      })
      .catch((e: unknown) => {
        if (seq === this.seq) this.close();
        console.info('Gloss could not open the look-up:', e instanceof Error ? e.message : e);
        return false;
      });
    this.selectionLookup = { shown };
    return shown;
  }
}
