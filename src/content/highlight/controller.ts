/**
 * The highlight layer's behaviour in a page: save a selection as a highlight (with or without a
 * note), edit, recolour, delete with undo, and re-anchor saved highlights on every visit,
 * including text that arrives late. Orphans (highlights that cannot be placed) are reported to
 * the background, which keeps and lists them.
 *
 * A highlight is drawn, and a note confirmed, only after the background replied, i.e. after the
 * Dexie transaction committed. On a failed write the error is shown and the editor keeps the text.
 */
import { send } from '../../shell/messaging.ts';
import { anchor, describeRange, quoteOf, trimRange } from '../../core/anchor/index.ts';
import type { Highlight, HighlightColour } from '../../core/model/types.ts';
import { hasNoteOrTags as hasNote } from '../../core/model/notebook.ts';
import type { VisibleText } from '../../core/text/index.ts';
import { pageAddress, rangeToOffsets, readPageText } from './page-text.ts';
import { drawHighlight, eraseHighlight, highlightElements, restyleHighlight, setActive } from './marks.ts';
import type { EditorDraft, Store } from './store.ts';

/** how long a visit waits for late text before a highlight is reported as not placed */
export const ORPHAN_GRACE_MS = 4000;
/** re-anchoring attempts on DOM changes stop after this long (a page still loading text after that is rare) */
const WATCH_MS = 120_000;
const MUTATION_DEBOUNCE_MS = 250;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class HighlightController {
  private readonly items = new Map<string, Highlight>();
  private readonly pending = new Set<string>();
  private readonly reported = new Map<string, 'placed' | 'orphaned'>();
  private observer: MutationObserver | null = null;
  private mutationTimer: ReturnType<typeof setTimeout> | undefined;
  private graceOver = false;
  /** bumped on each restore, so timers of an earlier page (History API navigation) do nothing */
  private generation = 0;
  /** the page text of the last re-anchoring pass */
  private lastTriedText: string | null = null;

  constructor(private readonly store: Store, private defaultColour: HighlightColour) {}

  setDefaultColour(c: HighlightColour): void {
    this.defaultColour = c;
  }

  get colour(): HighlightColour {
    return this.defaultColour;
  }

  item(id: string): Highlight | undefined {
    return this.items.get(id);
  }

  // ---- coming back: re-anchoring ----

  async restore(): Promise<void> {
    const generation = ++this.generation;
    const { highlights } = await send('page/visit', pageAddress());
    if (generation !== this.generation) return;
    for (const item of highlights) {
      this.items.set(item.id, item);
      this.pending.add(item.id);
    }
    document.documentElement.setAttribute('data-gloss-highlights', String(highlights.length));
    if (highlights.length === 0) return;
    this.placePending();
    this.reportPlacement();
    if (this.pending.size === 0) return;
    this.watchForText();
    setTimeout(() => {
      if (generation !== this.generation) return;
      this.graceOver = true;
      this.placePending();
      this.reportPlacement();
    }, ORPHAN_GRACE_MS);
  }

  /**
   * The page became another article without a reload (a site that navigates with the History
   * API): take this article's highlights off and restore the new one's.
   */
  async navigated(): Promise<void> {
    this.generation++;
    this.stopWatching();
    this.withoutObserving(() => {
      for (const id of this.items.keys()) eraseHighlight(id);
    });
    this.items.clear();
    this.pending.clear();
    this.reported.clear();
    this.graceOver = false;
    this.lastTriedText = null;
    await this.restore();
  }

  /**
   * Try to place every highlight not yet on the page, with one read of the page text: found
   * ranges are drawn from the end of the text backwards, so wrapping one never invalidates the
   * text nodes of the ones still to draw (splitText keeps the start of a node in place). Only a
   * range overlapping one already drawn needs a fresh read (the text itself never changes).
   */
  private placePending(): void {
    if (this.pending.size === 0) return;
    this.withoutObserving(() => {
      let vt: VisibleText = readPageText();
      // DOM changes that left the text as it was (attributes, other extensions' marks) cannot place anything new
      if (vt.text === this.lastTriedText) return;
      this.lastTriedText = vt.text;
      const found: { item: Highlight; start: number; end: number }[] = [];
      for (const id of [...this.pending]) {
        const item = this.items.get(id);
        if (!item) {
          this.pending.delete(id);
          continue;
        }
        const at = anchor(vt.text, item.selectors);
        if (at) found.push({ item, start: at.start, end: at.end });
      }
      found.sort((a, b) => b.start - a.start || b.end - a.end);
      let drawnFrom = Infinity;
      for (const { item, start, end } of found) {
        if (end > drawnFrom) vt = readPageText();
        const id = item.id;
        if (drawHighlight(vt, start, end, id, item.colour, hasNote(item)).length > 0) this.pending.delete(id);
        drawnFrom = start;
      }
    });
    document.documentElement.setAttribute('data-gloss-highlights-placed', String(this.items.size - this.pending.size));
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
    if (placed.length + orphaned.length === 0) return;
    document.documentElement.setAttribute('data-gloss-highlights-orphaned', String([...this.reported.values()].filter((s) => s === 'orphaned').length));
    send('highlights/placement', { placed, orphaned }).catch((e: unknown) => {
      for (const id of [...placed, ...orphaned]) this.reported.delete(id);
      console.warn('Gloss could not record which highlights were placed on this page:', message(e));
    });
  }

  private watchForText(): void {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver(() => {
      clearTimeout(this.mutationTimer);
      this.mutationTimer = setTimeout(() => {
        this.placePending();
        this.reportPlacement();
        if (this.pending.size === 0) this.stopWatching();
      }, MUTATION_DEBOUNCE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => this.stopWatching(), WATCH_MS);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.mutationTimer);
  }

  /** Our own wrapping is not "late text": drop the records it causes. */
  private withoutObserving(fn: () => void): void {
    try {
      fn();
    } finally {
      this.observer?.takeRecords();
    }
  }

  // ---- saving ----

  /**
   * Save the text a DOM range covers as a highlight, with an optional note, and draw it once the
   * background confirmed the write. Throws (with a sentence for the reader) if it cannot.
   */
  async create(range: Range, colour: HighlightColour, note?: { body: string; tags: string[] }): Promise<Highlight> {
    const vt = readPageText();
    const raw = rangeToOffsets(vt, range);
    const offsets = raw && trimRange(vt.text, raw);
    if (!offsets || offsets.end <= offsets.start) {
      throw new Error('Gloss cannot highlight this selection: it holds no text from the page (text in form fields cannot be highlighted).');
    }
    const { quote, position } = describeRange(vt.text, offsets);
    const saved = await send('highlights/create', { ...pageAddress(), selectors: [quote, position], colour, ...(note ? { note } : {}) });
    const item = saved.highlight;
    this.items.set(item.id, item);
    this.reported.set(item.id, 'placed');
    this.draw(item);
    return item;
  }

  private draw(item: Highlight): boolean {
    let ok = false;
    this.withoutObserving(() => {
      const vt = readPageText();
      const at = anchor(vt.text, item.selectors);
      ok = !!at && drawHighlight(vt, at.start, at.end, item.id, item.colour, hasNote(item)).length > 0;
    });
    if (!ok) this.pending.add(item.id);
    return ok;
  }

  async update(id: string, draft: EditorDraft): Promise<Highlight> {
    const item = await send('highlights/update', { id, colour: draft.colour, note: { body: draft.body, tags: draft.tags } });
    this.items.set(id, item);
    restyleHighlight(id, item.colour, hasNote(item));
    return item;
  }

  async remove(id: string): Promise<Highlight> {
    const removed = await send('highlights/delete', { id });
    this.items.delete(id);
    this.pending.delete(id);
    this.reported.delete(id);
    this.withoutObserving(() => eraseHighlight(id));
    return removed;
  }

  async undoRemove(removed: Highlight): Promise<void> {
    const item = await send('highlights/restore', { highlight: removed });
    this.items.set(item.id, item);
    if (!this.draw(item)) {
      this.store.toast({ text: 'The highlight is back in your notebook, but its text is no longer on this page.', tone: 'error' });
    }
  }

  quoteText(id: string): string {
    const item = this.items.get(id);
    return item ? quoteOf(item.selectors)?.exact ?? '' : '';
  }

  /** Where the editor of a highlight should sit: its first element on the page. */
  anchorRect(id: string): () => DOMRect {
    return () => highlightElements(id)[0]?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
  }

  activate(id: string | null): void {
    setActive(id);
  }
}

export { message as errorMessage };
