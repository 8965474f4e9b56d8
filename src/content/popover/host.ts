/**
 * The popover's host in the page: one `<gloss-popover data-gloss-ui>` element with an open shadow
 * root holding the Preact popover, plus the page-level listeners that open and close it.
 *
 * Opens after a hover dwell (settings.hoverDelayMs, leaving the mark before then aborts), at once
 * on keyboard focus and on tap/click. Closes on Escape, on leaving mark and popover for longer
 * than a grace period, on an outside click, and when its mark goes away.
 */
import { attachShadowHost } from '../shadow-host.ts';
import { h, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { send } from '../../shell/messaging.ts';
import { Popover, type EntityDetail, type EntityNotes } from '../../ui/popover/Popover.tsx';
import { POPOVER_CSS } from '../../ui/popover/styles.ts';
import { ENTITY_ATTR, FIRST_ATTR, GROUP_ATTR, MARK_SELECTOR } from '../marks/wrap.ts';

/** time to move from the mark into the popover (or back) before it closes */
const GRACE_MS = 300;

export interface PopoverDeps {
  hoverDelayMs(): number;
  reject(entityId: string): Promise<void>;
  mute(entityId: string): Promise<void>;
  focusNext(direction: 1 | -1): void;
}

type OpenedBy = 'hover' | 'focus' | 'tap';

export class PopoverHost {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  /** the first piece of the open mark */
  private anchor: HTMLElement | null = null;
  private openedBy: OpenedBy | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingMark: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private readonly details = new Map<string, EntityDetail>();
  private seq = 0;
  /** a mark we give focus back to after Escape: focusing it must not reopen the popover */
  private quietFocus: HTMLElement | null = null;
  private pointerDownAt = -Infinity;

  constructor(private readonly deps: PopoverDeps) {}

  /** Listen on the page (capture phase, passive where possible). */
  attach(): void {
    document.addEventListener('mouseover', this.onOver, true);
    document.addEventListener('mouseout', this.onOut, true);
    document.addEventListener('focusin', this.onFocusIn, true);
    document.addEventListener('click', this.onClick, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    document.addEventListener('keydown', this.onKeyDown, true);
  }

  detach(): void {
    this.close();
    document.removeEventListener('mouseover', this.onOver, true);
    document.removeEventListener('mouseout', this.onOut, true);
    document.removeEventListener('focusin', this.onFocusIn, true);
    document.removeEventListener('click', this.onClick, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('keydown', this.onKeyDown, true);
    if (this.host) render(null, this.card!);
    this.host?.remove();
    this.host = this.card = this.live = null;
  }

  get openEntity(): string | null {
    return this.anchor?.getAttribute(ENTITY_ATTR) ?? null;
  }

  // ---- events ----

  private markOf(target: EventTarget | null): HTMLElement | null {
    const el = target instanceof Element ? target : null;
    const piece = el?.closest<HTMLElement>(MARK_SELECTOR);
    if (!piece) return null;
    if (piece.hasAttribute(FIRST_ATTR)) return piece;
    const group = piece.getAttribute(GROUP_ATTR);
    return document.querySelector<HTMLElement>(`${MARK_SELECTOR}[${FIRST_ATTR}][${GROUP_ATTR}="${CSS.escape(group ?? '')}"]`) ?? piece;
  }

  private inPopover(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
  }

  private readonly onOver = (e: MouseEvent) => {
    if (this.inPopover(e.target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const mark = this.markOf(e.target);
    if (!mark) return;
    if (mark === this.anchor) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (mark === this.pendingMark) return;
    clearTimeout(this.openTimer);
    this.pendingMark = mark;
    this.openTimer = setTimeout(() => {
      this.pendingMark = null;
      if (mark.isConnected) this.open(mark, 'hover');
    }, this.deps.hoverDelayMs());
  };

  private readonly onOut = (e: MouseEvent) => {
    const from = this.inPopover(e.target) ? 'popover' : this.markOf(e.target);
    if (!from) return;
    const to = e.relatedTarget;
    if (this.inPopover(to)) return;
    const toMark = this.markOf(to);
    if (from !== 'popover' && toMark === from) return;
    if (from === this.pendingMark) {
      // left before the dwell time: abort, like Page Previews
      clearTimeout(this.openTimer);
      this.pendingMark = null;
    }
    if (this.anchor && this.openedBy === 'hover' && toMark !== this.anchor) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.close(), GRACE_MS);
    }
  };

  private readonly onFocusIn = (e: FocusEvent) => {
    if (this.inPopover(e.target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const mark = this.markOf(e.target);
    if (mark) {
      if (mark === this.quietFocus) return;
      // focus from a mouse press: the click opens it (a drag to select text starting here must not)
      if (performance.now() - this.pointerDownAt < 600) return;
      if (mark !== this.anchor) this.open(mark, 'focus');
      else this.openedBy = 'focus';
      return;
    }
    if (this.anchor && this.openedBy !== 'hover') this.close();
  };

  private readonly onClick = (e: MouseEvent) => {
    const mark = this.markOf(e.target);
    if (mark && mark !== this.anchor) this.open(mark, 'tap');
    else if (mark) this.openedBy = 'tap';
  };

  private readonly onPointerDown = (e: PointerEvent) => {
    this.pointerDownAt = performance.now();
    if (!this.anchor || this.inPopover(e.target)) return;
    if (this.markOf(e.target) === this.anchor) return;
    this.close();
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      this.deps.focusNext(e.code === 'KeyN' ? 1 : -1);
      return;
    }
    if (!this.anchor) return;
    if (e.key === 'Escape') {
      const wasInside = this.inPopover(document.activeElement) || document.activeElement === this.anchor;
      const anchor = this.anchor;
      this.close();
      if (wasInside) {
        this.quietFocus = anchor;
        anchor.focus({ preventScroll: true });
        this.quietFocus = null;
      }
      e.stopPropagation();
      return;
    }
    // from a focused mark, Enter or ArrowDown moves into the popover to read and act
    if (document.activeElement === this.anchor && (e.key === 'Enter' || e.key === 'ArrowDown')) {
      e.preventDefault();
      this.card?.focus();
    }
  };

  // ---- open / close ----

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const { host, root } = attachShadowHost('gloss-popover', POPOVER_CSS);
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-labelledby', 'gloss-pop-name');
    card.setAttribute('tabindex', '-1');
    card.hidden = true;
    const live = document.createElement('div');
    live.className = 'sr';
    live.setAttribute('aria-live', 'polite');
    root.append(card, live);
    this.host = host;
    this.card = card;
    this.live = live;
  }

  open(mark: HTMLElement, by: OpenedBy): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pendingMark = null;
    const entityId = mark.getAttribute(ENTITY_ATTR);
    if (!entityId) return;
    if (this.anchor === mark && this.card && !this.card.hidden) {
      // already showing this mark (a tap sends mouseover then click): keep what the reader sees
      this.openedBy = by;
      return;
    }
    if (this.anchor) this.close();
    this.ensureHost();
    this.anchor = mark;
    this.openedBy = by;
    mark.setAttribute('data-gloss-open', '');
    const card = this.card!;
    card.hidden = false;
    const seq = ++this.seq;
    const markText = this.groupText(mark);
    const state: { detail: EntityDetail | undefined; error: string | null; notes: EntityNotes | null } = {
      detail: this.details.get(entityId),
      error: null,
      notes: null,
    };
    const draw = () => {
      if (seq !== this.seq) return;
      render(
        h(Popover, {
          key: `${entityId}:${seq}`,
          entityId,
          markText,
          detail: state.detail,
          loadError: state.error,
          notes: state.notes,
          actions: this.actionsFor(entityId, () => state.detail?.entity ?? null, markText, async () => {
            state.notes = await send('notes/aboutEntity', { entityId }).catch(() => state.notes);
            draw();
          }),
        }),
        card,
      );
      this.place();
    };
    draw();
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(mark, card, () => this.place());
    if (state.detail === undefined) {
      send('entity/get', { id: entityId }).then(
        (d) => {
          state.detail = d;
          this.details.set(entityId, d);
          draw();
          this.announce(by, d?.entity.name ?? markText, d?.entity.description);
        },
        (e: unknown) => {
          state.error = `Gloss could not load the background for this name (${e instanceof Error ? e.message : String(e)}). Try again in a moment.`;
          draw();
        },
      );
    } else {
      this.announce(by, state.detail?.entity.name ?? markText, state.detail?.entity.description);
    }
    send('notes/aboutEntity', { entityId }).then(
      (n) => {
        state.notes = n;
        draw();
      },
      () => undefined, // notes not available: the section is simply left out
    );
  }

  close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pendingMark = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.anchor?.removeAttribute('data-gloss-open');
    this.anchor = null;
    this.openedBy = null;
    this.seq++;
    if (this.card) {
      render(null, this.card);
      this.card.hidden = true;
    }
  }

  /** Marks went away (rejected, muted, Gloss switched off): close if ours was one of them. */
  marksRemoved(ids: Set<string> | 'all'): void {
    const open = this.openEntity;
    if (open && (ids === 'all' || ids.has(open) || !this.anchor?.isConnected)) this.close();
  }

  private groupText(mark: HTMLElement): string {
    const group = mark.getAttribute(GROUP_ATTR);
    const pieces = group ? document.querySelectorAll(`${MARK_SELECTOR}[${GROUP_ATTR}="${CSS.escape(group)}"]`) : [mark];
    return Array.from(pieces, (p) => p.textContent ?? '').join(' ').replace(/[\u00ad]/g, '').replace(/\s+/g, ' ').trim();
  }

  private announce(by: OpenedBy, name: string, description: string | undefined): void {
    if (by !== 'focus' || !this.live) return;
    this.live.textContent = `${name}${description ? `: ${description}` : ''}. Press Enter to read more, Escape to close.`;
  }

  private place(): void {
    const anchor = this.anchor;
    const card = this.card;
    if (!anchor || !card || card.hidden) return;
    computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (this.anchor !== anchor) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    }, () => undefined);
  }

  private actionsFor(
    entityId: string,
    entity: () => EntityDetail extends infer D ? (D extends { entity: infer E } ? E : never) | null : never,
    markText: string,
    refreshNotes: () => Promise<void>,
  ) {
    return {
      addNote: async (body: string) => {
        const e = entity();
        await send('notes/add', {
          target: { kind: 'entity', entityId, entityName: e?.name ?? markText, ...(e ? { entityType: e.type } : {}) },
          body,
          tags: [],
          url: location.href,
          title: document.title,
        });
        await refreshNotes();
      },
      // the marks go away once the choice is stored; that closes the popover (marksRemoved)
      reject: () => this.deps.reject(entityId),
      mute: () => this.deps.mute(entityId),
      openNotebook: async () => {
        await send('pages/open', { page: 'notebook', hash: `entity=${entityId}` });
      },
    };
  }
}
