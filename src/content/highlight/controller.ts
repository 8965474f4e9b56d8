/**
 * The highlight layer's behaviour in a page: save a selection as a highlight, and place saved
 * highlights on every visit, including text that arrives late. Orphans (highlights that cannot be
 * placed) are reported to the background, which keeps and lists them.
 *
 * The content script holds what it needs to draw a highlight (its selectors, colour and whether
 * it has a note), never the note's text: notes are read and written by Gloss's editor frame.
 *
 * Waiting for late text is bounded: only what changed is read again, in idle slices; after an
 * attempt that placed nothing the next waits twice as long (up to MAX_BACKOFF_MS); watching stops
 * after WATCH_MS; and a highlight the page keeps re-rendering away is given up on after
 * GIVE_UP_AFTER losses instead of being placed again forever.
 */
import { send } from '../../shell/messaging.ts';
import { describeRange, snapToWords, trimRange } from '../../core/anchor/index.ts';
import type { HighlightColour, Selector } from '../../core/model/types.ts';
import { onPage, type HighlightOnPage, type PageHighlight } from '../../core/model/notebook.ts';
import { quoteText } from '../../core/model/selectors.ts';
import { domPieces, type DomPiece } from '../../core/text/index.ts';
import { idleAfter } from '../scheduler.ts';
import type { PageSession } from '../session/session.ts';
import { measured, testEvent, testSignal } from '../test-signals.ts';
import { rangeToOffsets } from './page-text.ts';
import { changedRuns, findIn, readSliced, stillThere, type Sought } from './placement.ts';
import type { HighlightLayer } from './layer.ts';

/** how long a visit waits for late text before a highlight is reported as not placed */
export const ORPHAN_GRACE_MS = 4000;
/** placing on DOM changes stops after this long (a page still loading text after that is rare) */
const WATCH_MS = 120_000;
/** first wait after a change, and the longest wait after attempts that placed nothing */
const BASE_DELAY_MS = 250;
const MAX_BACKOFF_MS = 30_000;
/** a highlight whose text the page replaced this many times is no longer placed again */
const GIVE_UP_AFTER = 3;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A passage the reader selected, described for saving (selectors) and for drawing (pieces). */
export interface Selected {
  selectors: Selector[];
  quote: string;
  pieces: DomPiece[];
}

export class HighlightController {
  private readonly items = new Map<string, PageHighlight>();
  private readonly pending = new Set<string>();
  private readonly reported = new Map<string, 'placed' | 'orphaned'>();
  private readonly losses = new Map<string, number>();
  private readonly gaveUp = new Set<string>();
  private observer: MutationObserver | null = null;
  private readonly dirty = new Set<Node>();
  private waiting = false;
  private delay = BASE_DELAY_MS;
  private watchUntil = 0;
  private graceOver = false;
  /** bumped on each restore, so work for an earlier page (History API navigation) does nothing */
  private generation = 0;

  private defaultColour: HighlightColour;

  constructor(private readonly layer: HighlightLayer, private readonly session: PageSession) {
    this.defaultColour = session.settings.defaultColour;
  }

  setDefaultColour(c: HighlightColour): void {
    this.defaultColour = c;
  }

  get colour(): HighlightColour {
    return this.defaultColour;
  }

  item(id: string): PageHighlight | undefined {
    return this.items.get(id);
  }

  quoteText(id: string): string {
    const item = this.items.get(id);
    return item ? quoteText(item.highlight.selectors) : '';
  }

  private placedCount(): number {
    return [...this.items.keys()].filter((id) => this.layer.has(id)).length;
  }

  // ---- coming back ----

  /** Gloss is on for this page: place its saved highlights. */
  start(): Promise<void> {
    return this.restore();
  }

  /** Gloss is off for this page: take every highlight off and stop watching. */
  stop(): void {
    this.forget();
  }

  private async restore(): Promise<void> {
    const generation = ++this.generation;
    const page = this.session.address();
    testEvent('highlights', 'visit', page.url);
    const { highlights } = await send('page/visit', page);
    if (generation !== this.generation) return;
    for (const item of highlights) {
      this.items.set(item.highlight.id, item);
      this.pending.add(item.highlight.id);
    }
    testSignal('highlights', highlights.length);
    if (highlights.length === 0) return;
    // changes during the first read are caught by the watcher
    this.watch();
    await this.place(generation, [[document.body]], true);
    this.reportPlacement();
    setTimeout(() => {
      if (generation !== this.generation) return;
      this.graceOver = true;
      this.reportPlacement();
    }, ORPHAN_GRACE_MS);
  }

  /**
   * The page became another article without a reload (a site that navigates with the History
   * API): take this article's highlights off and restore the new one's.
   */
  async navigated(): Promise<void> {
    this.forget();
    await this.restore();
  }

  private forget(): void {
    this.generation++;
    this.stopWatching();
    this.layer.eraseAll();
    this.items.clear();
    this.pending.clear();
    this.reported.clear();
    this.losses.clear();
    this.gaveUp.clear();
    this.graceOver = false;
    testSignal('highlights-placed', 0);
  }

  /** Read `runs` (each a list of neighbouring roots) in idle slices and draw every pending highlight found there. */
  private async place(generation: number, runs: Node[][], whole: boolean): Promise<number> {
    let placed = 0;
    for (const roots of runs) {
      const sought: Sought[] = [...this.pending].flatMap((id) => {
        const item = this.items.get(id);
        return item ? [{ id, selectors: item.highlight.selectors }] : [];
      });
      if (sought.length === 0) break;
      const found = await findIn(roots, sought, whole, () => generation !== this.generation);
      if (!found) return placed;
      for (const [id, pieces] of found) if (this.drawItem(id, pieces)) placed++;
    }
    testSignal('highlights-placed', this.placedCount());
    return placed;
  }

  private drawItem(id: string, pieces: readonly DomPiece[]): boolean {
    const item = this.items.get(id);
    if (!item || !this.pending.has(id)) return false;
    if (!this.layer.draw(id, pieces, item.highlight.colour, item.hasNote, quoteText(item.highlight.selectors))) return false;
    this.pending.delete(id);
    return true;
  }

  /** Tell the background what changed since the last report: placed now, or (after the grace period) not placed. */
  private reportPlacement(): void {
    const placed: string[] = [];
    const orphaned: string[] = [];
    for (const id of this.items.keys()) {
      const state = this.pending.has(id) ? (this.graceOver ? 'orphaned' : null) : 'placed';
      if (!state || this.reported.get(id) === state) continue;
      (state === 'placed' ? placed : orphaned).push(id);
      this.reported.set(id, state);
    }
    testSignal('highlights-placed', this.placedCount());
    if (placed.length + orphaned.length === 0) return;
    testSignal('highlights-orphaned', [...this.reported.values()].filter((s) => s === 'orphaned').length);
    send('highlights/placement', { page: this.session.address(), placed, orphaned }).catch((e: unknown) => {
      for (const id of [...placed, ...orphaned]) this.reported.delete(id);
      console.warn('Gloss could not record which highlights were placed on this page:', message(e));
    });
  }

  // ---- late text: bounded watching ----

  private watch(): void {
    this.watchUntil = performance.now() + WATCH_MS;
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((records) =>
      measured('highlights: mutations', () => {
        for (const r of records) {
          if (r.type === 'childList') for (const n of Array.from(r.addedNodes)) this.dirty.add(n);
          else this.dirty.add(r.target);
        }
        this.schedule();
      }),
    );
    // attributes: text revealed by removing [hidden]/aria-hidden or opening a <details>
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'open'] });
  }

  private schedule(): void {
    if (this.waiting || this.dirty.size === 0) return;
    if (this.pending.size === 0 || performance.now() > this.watchUntil) {
      this.stopWatching();
      return;
    }
    this.waiting = true;
    const generation = this.generation;
    void idleAfter(this.delay)
      .then(async () => {
        if (generation !== this.generation) return;
        const runs = changedRuns(this.dirty, document.body);
        this.dirty.clear();
        const placed = runs.length ? await this.place(generation, runs, false) : 0;
        if (generation !== this.generation) return;
        // nothing found: wait longer before the next try; something found: back to quick
        this.delay = placed > 0 ? BASE_DELAY_MS : Math.min(MAX_BACKOFF_MS, this.delay * 2);
        testSignal('highlights-backoff', this.delay);
        if (placed > 0) this.reportPlacement();
      })
      .finally(() => {
        this.waiting = false;
        if (generation === this.generation) this.schedule();
      });
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.dirty.clear();
    this.delay = BASE_DELAY_MS;
    testSignal('highlights-watching', null);
  }

  /** The page replaced the text under drawn highlights (the layer noticed): place them again, a few times at most. */
  lost(ids: string[]): void {
    for (const id of ids) {
      if (!this.items.has(id)) continue;
      const n = (this.losses.get(id) ?? 0) + 1;
      this.losses.set(id, n);
      if (n >= GIVE_UP_AFTER) {
        this.gaveUp.add(id);
        this.pending.delete(id);
        console.info('Gloss: this page keeps redrawing the text of one of your highlights, so Gloss stopped showing it here. It is still in your notebook.');
        testSignal('highlights-gave-up', this.gaveUp.size);
        continue;
      }
      this.pending.add(id);
    }
    testSignal('highlights-placed', this.placedCount());
    if (this.pending.size === 0) return;
    this.delay = BASE_DELAY_MS;
    this.watch();
    // the re-rendered text is new DOM: read the page's body blocks that hold it
    this.dirty.add(document.body);
    this.schedule();
  }

  // ---- saving ----

  /** Describe a selected range for saving: selectors on the page's text, and the DOM pieces to draw. */
  async describe(range: Range): Promise<Selected> {
    const generation = this.generation;
    const vt = await readSliced([document.body], () => generation !== this.generation);
    const raw = vt && rangeToOffsets(vt, range);
    // whole words: a selection that ends inside a word takes the whole word
    const offsets = raw && snapToWords(vt.text, trimRange(vt.text, raw));
    if (!vt || !offsets || offsets.end <= offsets.start) {
      throw new Error('Gloss cannot highlight this selection: it holds no text from the page (text in form fields cannot be highlighted).');
    }
    const { quote, position } = describeRange(vt.text, offsets);
    const pieces = domPieces(vt, offsets.start, offsets.end);
    if (!stillThere(vt, offsets.start, offsets.end, pieces)) throw new Error('The page changed while Gloss read the selection. Select the passage again.');
    return { selectors: [quote, position], quote: quote.exact, pieces };
  }

  /** Save a described selection as a highlight (no note), and draw it once the background confirmed the write. */
  async create(selected: Selected, colour: HighlightColour): Promise<HighlightOnPage> {
    const saved = onPage((await send('highlights/create', { ...this.session.address(), selectors: selected.selectors, colour })).highlight);
    this.saved(saved.highlight, saved.hasNote, selected.pieces);
    return saved.highlight;
  }

  /** A highlight was created, changed or restored (here or from the editor): draw it, or restyle it. */
  saved(highlight: HighlightOnPage, hasNote: boolean, pieces?: readonly DomPiece[]): void {
    const id = highlight.id;
    const had = this.items.has(id) && this.layer.has(id);
    this.items.set(id, { highlight, hasNote });
    this.reported.set(id, 'placed');
    if (had) {
      this.layer.restyle(id, highlight.colour, hasNote);
      return;
    }
    this.pending.add(id);
    if (pieces && this.drawItem(id, pieces)) return;
    // not at hand (restored by Undo, or the page changed): find it in the page's text
    const generation = this.generation;
    void this.place(generation, [[document.body]], true).then(() => {
      if (generation === this.generation && this.pending.has(id)) this.watch();
    });
  }

  /** A highlight was deleted from the editor: take it off the page. */
  removed(id: string): void {
    this.items.delete(id);
    this.pending.delete(id);
    this.reported.delete(id);
    this.layer.erase(id);
  }
}

export { message as errorMessage };
