/**
 * How the reader's highlights are drawn: tinted boxes over the text, in a closed shadow root of
 * Gloss's own, never elements in the page's DOM. The page's text nodes are not split or wrapped,
 * so a page script finds no trace of what the reader saved on it (no `<gloss-highlight>`, no
 * attribute, no changed text node), and its own re-renders do not fight Gloss's.
 *
 * Each highlight is a list of live DOM Ranges over the Text nodes it covers; its boxes are the
 * ranges' client rects, laid out again when the page's layout changes (resize, fonts, mutations,
 * scrolling inside a scroll box). The boxes take no pointer events: a click on highlighted text
 * reaches the page as usual, and Gloss hit-tests trusted clicks itself (`at`). Keyboard readers
 * reach each highlight through a button in the same shadow root (Tab after the page's own
 * controls), labelled with the start of the passage.
 */
import type { HighlightColour } from '../../core/model/types.ts';
import type { DomPiece } from '../../core/text/index.ts';
import { colourValue } from '../../ui/highlight/colours.ts';
import { attachShadowHost, type ShadowHost } from '../shadow-host.ts';
import { measured } from '../test-signals.ts';

/** below positioned page content with a z-index (sticky headers stay on top), above the text */
const LAYER_HOST_CSS = `:host { all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  pointer-events: none !important; filter: none !important; transform: none !important; clip-path: none !important; }`;
const LAYER_CSS = `
.box { position: absolute; pointer-events: none; border-radius: 2px; mix-blend-mode: var(--blend, multiply); }
.box.note { box-shadow: inset 0 -2px 0 -0.5px rgba(60, 60, 70, .75); }
.box.active { outline: 2px solid #3b6fd8; outline-offset: 0; }
.key { position: absolute; pointer-events: none; margin: 0; padding: 0; border: 0; background: transparent; color: transparent;
  font-size: 1px; overflow: hidden; border-radius: 2px; }
.key:focus { outline: none; }
.key:focus-visible { outline: 2px solid #3b6fd8; outline-offset: 1px; }
`;

interface Drawn {
  id: string;
  ranges: Range[];
  /** the text each range covered when drawn: a range whose text changed was re-rendered away */
  texts: string[];
  colour: HighlightColour;
  hasNote: boolean;
  boxes: HTMLElement[];
  key: HTMLButtonElement;
}

export interface LayerEvents {
  /** Enter or Space on a highlight's keyboard stop (focus goes back to `from` when its editor closes) */
  activate(id: string, from: HTMLElement): void;
  /** the page changed the text under these highlights: they are no longer shown */
  lost(ids: string[]): void;
}

export class HighlightLayer {
  private shadow: ShadowHost | null = null;
  /** a highlight whose keyboard stop had focus when its text was lost: its next drawing takes focus back */
  private lostFocus: string | null = null;
  private readonly items = new Map<string, Drawn>();
  private active: string | null = null;
  private frame = 0;
  private observer: MutationObserver | null = null;
  private resize: ResizeObserver | null = null;

  constructor(private readonly events: LayerEvents) {}

  has(id: string): boolean {
    return this.items.has(id);
  }

  /** Draw a highlight over `pieces` of the page's text. False if the text is no longer there. */
  draw(id: string, pieces: readonly DomPiece[], colour: HighlightColour, hasNote: boolean, label: string): boolean {
    const ranges: Range[] = [];
    const texts: string[] = [];
    for (const p of pieces) {
      if (!p.node.isConnected || p.end > p.node.data.length || p.end <= p.start) return false;
      const r = document.createRange();
      r.setStart(p.node, p.start);
      r.setEnd(p.node, p.end);
      ranges.push(r);
      texts.push(p.node.data.slice(p.start, p.end));
    }
    if (ranges.length === 0) return false;
    // a highlight drawn again (its text was re-rendered) keeps keyboard focus on its new stop
    const refocus = this.hasFocus(id) || this.lostFocus === id;
    this.erase(id);
    const root = this.ensure();
    const key = document.createElement('button');
    key.type = 'button';
    key.className = 'key';
    key.setAttribute('aria-label', `Highlight: ${label.slice(0, 80)}${label.length > 80 ? '…' : ''}. Press Enter to open its note.`);
    key.addEventListener('keydown', (e) => {
      if (e.isTrusted && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        this.events.activate(id, key);
      }
    });
    key.addEventListener('focus', () => ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'nearest' }));
    root.append(key);
    this.items.set(id, { id, ranges, texts, colour, hasNote, boxes: [], key });
    this.watch();
    this.layoutOne(this.items.get(id)!, this.origin());
    if (refocus) {
      this.lostFocus = null;
      const active = document.activeElement;
      if (!active || active === document.body || active === this.shadow?.host) key.focus({ preventScroll: true });
    }
    return true;
  }

  /** The keyboard stop of a highlight, as drawn now (a highlight drawn again has a new one). */
  keyOf(id: string): HTMLElement | null {
    return this.items.get(id)?.key ?? null;
  }

  private hasFocus(id: string): boolean {
    const key = this.items.get(id)?.key;
    return key !== undefined && this.shadow?.root.activeElement === key;
  }

  erase(id: string): void {
    const item = this.items.get(id);
    if (!item) return;
    for (const b of item.boxes) b.remove();
    item.key.remove();
    this.items.delete(id);
    if (this.active === id) this.active = null;
    if (this.items.size === 0) this.unwatch();
  }

  eraseAll(): void {
    for (const id of [...this.items.keys()]) this.erase(id);
  }

  restyle(id: string, colour: HighlightColour, hasNote: boolean): void {
    const item = this.items.get(id);
    if (!item) return;
    item.colour = colour;
    item.hasNote = hasNote;
    this.layoutOne(item, this.origin());
  }

  setActive(id: string | null): void {
    this.active = id;
    this.layout();
  }

  /** The highlight under a point of the viewport (the last drawn wins where two overlap). */
  at(x: number, y: number): string | null {
    let hit: string | null = null;
    for (const item of this.items.values()) {
      for (const r of item.ranges) {
        for (const rect of r.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) hit = item.id;
        }
      }
    }
    return hit;
  }

  /** Where a highlight starts on screen (the editor sits next to it). */
  firstRect(id: string): DOMRect | null {
    const r = this.items.get(id)?.ranges[0];
    return r ? r.getClientRects()[0] ?? r.getBoundingClientRect() : null;
  }

  /** Test builds' probe: every highlight with its text and where its boxes are. */
  describe(): { id: string; text: string; colour: HighlightColour; hasNote: boolean; rects: { x: number; y: number; width: number; height: number }[] }[] {
    return [...this.items.values()].map((i) => ({
      id: i.id,
      text: i.ranges.map((r) => r.toString()).join('|'),
      colour: i.colour,
      hasNote: i.hasNote,
      rects: i.ranges.flatMap((r) => [...r.getClientRects()].map((c) => ({ x: c.left, y: c.top, width: c.width, height: c.height }))),
    }));
  }

  // ---- drawing ----

  private ensure(): ShadowRoot {
    if (!this.shadow?.host.isConnected) {
      this.shadow?.host.remove();
      this.shadow = attachShadowHost('gloss-layer', LAYER_CSS, LAYER_HOST_CSS);
      for (const item of this.items.values()) {
        item.boxes = [];
        this.shadow.root.append(item.key);
      }
    }
    return this.shadow.root;
  }

  private origin(): { x: number; y: number } {
    const r = this.shadow!.host.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }

  /** Lay every highlight out again on the next frame (many changes, one layout). */
  layout(): void {
    if (this.frame || this.items.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      measured('highlights: layout', () => {
        this.ensure();
        const lost = [...this.items.values()].filter((i) => !intact(i));
        for (const i of lost) {
          if (this.hasFocus(i.id)) this.lostFocus = i.id;
          this.erase(i.id);
        }
        if (lost.length) this.events.lost(lost.map((i) => i.id));
        const o = this.origin();
        for (const item of this.items.values()) this.layoutOne(item, o);
      });
    });
  }

  private layoutOne(item: Drawn, o: { x: number; y: number }): void {
    const root = this.ensure();
    const rects = item.ranges.flatMap((r) => [...r.getClientRects()]).filter((r) => r.width > 0.5 && r.height > 0.5);
    while (item.boxes.length > rects.length) item.boxes.pop()!.remove();
    while (item.boxes.length < rects.length) {
      const b = document.createElement('div');
      root.insertBefore(b, item.key);
      item.boxes.push(b);
    }
    const blend = pageIsDark() ? 'screen' : 'multiply';
    rects.forEach((r, i) => {
      const b = item.boxes[i]!;
      b.className = `box${item.hasNote ? ' note' : ''}${this.active === item.id ? ' active' : ''}`;
      b.style.cssText = `left:${r.left - o.x}px;top:${r.top - o.y}px;width:${r.width}px;height:${r.height}px;background:${colourValue(item.colour)};--blend:${blend}`;
    });
    const first = rects[0];
    if (first) item.key.style.cssText = `left:${first.left - o.x}px;top:${first.top - o.y}px;width:${first.width}px;height:${first.height}px`;
  }

  // ---- following the page's layout ----

  private readonly onChange = () => this.layout();

  private watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(this.onChange);
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    this.resize = new ResizeObserver(this.onChange);
    if (document.body) this.resize.observe(document.body);
    window.addEventListener('resize', this.onChange, { passive: true });
    // a scroll box inside the page moves its text but not the document
    document.addEventListener('scroll', this.onChange, { capture: true, passive: true });
    document.fonts?.addEventListener('loadingdone', this.onChange);
  }

  private unwatch(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.resize?.disconnect();
    this.resize = null;
    window.removeEventListener('resize', this.onChange);
    document.removeEventListener('scroll', this.onChange, { capture: true });
    document.fonts?.removeEventListener('loadingdone', this.onChange);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

/** A highlight whose text nodes are gone or changed no longer shows what the reader highlighted. */
function intact(item: Drawn): boolean {
  return item.ranges.every((r, i) => r.startContainer.isConnected && r.toString() === item.texts[i]);
}

let darkCache: { at: number; dark: boolean } | null = null;
/** a dark page gets light-on-dark blending (multiply would make the tint vanish) */
function pageIsDark(): boolean {
  const now = performance.now();
  if (darkCache && now - darkCache.at < 2000) return darkCache.dark;
  const bg = (el: Element | null) => (el ? getComputedStyle(el).backgroundColor : '');
  const colour = [bg(document.body), bg(document.documentElement)].find((c) => c && !/rgba\(.*,\s*0\)$|transparent/.test(c)) ?? 'rgb(255,255,255)';
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number);
  const dark = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255 < 0.4;
  darkCache = { at: now, dark };
  return dark;
}
