/**
 * Marks on a page: reads the article's visible text in idle slices, asks the background to spot
 * names, wraps the chosen mentions, and keeps up with new content through a MutationObserver.
 * Its own DOM writes happen with the observer disconnected, so it never sees (or re-scans) its
 * own marks and cannot loop.
 */
import { send } from '../../shell/messaging.ts';
import type { Settings } from '../../core/model/types.ts';
import type { MarksStatus } from '../../protocol.ts';
import type { Mention } from '../../core/spot/types.ts';
import {
  GLOSS_UI_ATTR, TextExtractor, articleOptions, articleRoots, domPieces, findArticleRegion, inArticleScope, isReadable,
  type DomPiece, type ExtractOptions,
} from '../../core/text/index.ts';
import { browserExtractOptions } from '../dom-style.ts';
import { runSliced } from '../scheduler.ts';
import { chooseMentions, isCertain } from './choose.ts';
import { ENTITY_ATTR, FIRST_ATTR, MARK_SELECTOR, MARK_TAG, isMark, piecesStillMatch, unwrapMarks, wrapPieces } from './wrap.ts';
import { injectMarkStyle, removeMarkStyle } from './style.ts';

/** read new content at most this often */
const MUTATION_DEBOUNCE_MS = 250;
const SIGHTINGS_DEBOUNCE_MS = 2000;
const BRAKE_SCANS = 20;
const BRAKE_WINDOW_MS = 10_000;
const BRAKE_PAUSE_MS = 3000;

interface Job {
  pieces: DomPiece[];
  mention: Mention;
}

export interface MarksEvents {
  /** a scan finished (tests and the benchmark read `data-gloss-marks` on <html>) */
  onScanned?: (markCount: number) => void;
  /** marks of these entities were removed (the popover closes if it shows one) */
  onRemoved?: (entityIds: Set<string> | 'all') => void;
}

export class MarksController {
  private settings: Settings;
  private running = false;
  private generation = 0;
  private region: Element | null = null;
  private observer: MutationObserver | null = null;
  private readonly dirty = new Set<Node>();
  private mutationTimer: ReturnType<typeof setTimeout> | undefined;
  private pumping = false;
  private readonly marked = new Set<string>();
  private readonly counts = new Map<string, number>();
  private rejected = new Set<string>();
  private groupSeq = 0;
  private pageUrl = location.href;
  private sightingsTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly extractOptions: ExtractOptions;
  private recentScans: number[] = [];
  private scanState: MarksStatus['state'] = 'off';
  private lastError: string | null = null;

  constructor(settings: Settings, private readonly events: MarksEvents = {}) {
    this.settings = settings;
    this.extractOptions = articleOptions(browserExtractOptions());
  }

  get active(): boolean {
    return this.running;
  }

  /** for the toolbar popup: is Gloss marking here, how many marks, and what went wrong */
  status(): MarksStatus {
    const marks = document.querySelectorAll(`${MARK_SELECTOR}[${FIRST_ATTR}]`).length;
    return { state: this.running ? this.scanState : 'off', marks, error: this.lastError };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.scanState = 'reading';
    const gen = ++this.generation;
    injectMarkStyle(document);
    try {
      this.rejected = new Set((await send('marks/rejected', { url: location.href })).entityIds);
    } catch (e) {
      console.warn('Gloss could not read which names you rejected on this page; marking them anyway.', e);
    }
    if (gen !== this.generation) return;
    this.observe();
    await this.scanAll(gen);
  }

  /** Stop scanning and take every mark out of the page. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.mutationTimer);
    this.mutationTimer = undefined;
    this.dirty.clear();
    unwrapMarks(Array.from(document.querySelectorAll(MARK_TAG)));
    removeMarkStyle(document);
    this.marked.clear();
    this.counts.clear();
    document.documentElement.setAttribute('data-gloss-marks', '0');
    document.documentElement.removeAttribute('data-gloss-scan');
    this.events.onRemoved?.('all');
  }

  /** Settings changed (from this page or elsewhere): follow them without a reload. */
  async applySettings(next: Settings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    if (!this.running) return;
    const unmuted = prev.mutedEntities.some((id) => !next.mutedEntities.includes(id));
    if (prev.markEveryMention !== next.markEveryMention || unmuted) {
      this.stop();
      await this.start();
      return;
    }
    const newlyMuted = next.mutedEntities.filter((id) => !prev.mutedEntities.includes(id));
    if (newlyMuted.length) this.removeEntities(new Set(newlyMuted));
  }

  /** "Not this entity here": unmark it on this page and remember that. */
  async reject(entityId: string): Promise<void> {
    await send('marks/reject', { url: location.href, entityId });
    this.rejected.add(entityId);
    this.removeEntities(new Set([entityId]));
  }

  /** "Don't mark this entity": unmark it here now; the settings change reaches other tabs. */
  async mute(entityId: string): Promise<void> {
    const muted = this.settings.mutedEntities.includes(entityId) ? this.settings.mutedEntities : [...this.settings.mutedEntities, entityId];
    this.settings = await send('settings/update', { patch: { mutedEntities: muted } });
    this.removeEntities(new Set([entityId]));
  }

  private removeEntities(ids: Set<string>): void {
    const marks = Array.from(document.querySelectorAll(MARK_SELECTOR)).filter((m) => ids.has(m.getAttribute(ENTITY_ATTR) ?? ''));
    this.withoutObserver(() => unwrapMarks(marks));
    for (const id of ids) this.marked.delete(id);
    this.updateCount();
    this.events.onRemoved?.(ids);
  }

  // ---- scanning ----

  private async scanAll(gen: number): Promise<void> {
    const body = document.body;
    if (!body) return;
    this.region = findArticleRegion(body);
    await this.scan(articleRoots(body), gen);
    if (gen !== this.generation) return;
    const n = this.updateCount();
    // public signal for tests and the page benchmark: the first full read of the page is done
    document.documentElement.setAttribute('data-gloss-scan', 'done');
    this.scanState = 'done';
    this.events.onScanned?.(n);
  }

  private async scan(roots: Node[], gen: number): Promise<void> {
    const cancelled = () => gen !== this.generation;
    const ex = new TextExtractor(roots, this.extractOptions);
    if (!(await runSliced((stop) => ex.advance(stop), cancelled))) return;
    const vt = ex.result();
    if (!/\p{L}/u.test(vt.text)) return;
    const lang = document.documentElement.lang || undefined;
    let mentions: Mention[];
    try {
      ({ mentions } = await send('spot', lang ? { text: vt.text, lang } : { text: vt.text }));
    } catch (e) {
      this.lastError = `Gloss could not look up the names on this page (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`;
      console.warn(this.lastError);
      return;
    }
    this.lastError = null;
    if (cancelled()) return;
    for (const m of mentions) {
      if (isCertain(m) && !this.rejected.has(m.entityId)) this.counts.set(m.entityId, (this.counts.get(m.entityId) ?? 0) + 1);
    }
    // the page may have re-rendered away some of our marks: trust the DOM, not memory
    this.syncMarked();
    const chosen = chooseMentions(mentions, {
      markEveryMention: this.settings.markEveryMention,
      muted: new Set(this.settings.mutedEntities),
      rejected: this.rejected,
      alreadyMarked: this.marked,
    });
    const jobs: Job[] = chosen.map((mention) => ({ mention, pieces: domPieces(vt, mention.start, mention.end) })).reverse();
    let next = 0;
    await runSliced((shouldStop) => {
      // one observer pause per slice, not per mark
      this.withoutObserver(() => {
        while (next < jobs.length) {
          this.wrap(jobs[next++]!);
          if (shouldStop()) break;
        }
      });
      return next >= jobs.length;
    }, cancelled);
    this.scheduleSightings();
  }

  private wrap({ mention, pieces }: Job): void {
    if (!this.running || pieces.length === 0) return;
    if (!this.settings.markEveryMention && this.marked.has(mention.entityId)) return;
    if (this.rejected.has(mention.entityId) || this.settings.mutedEntities.includes(mention.entityId)) return;
    if (!piecesStillMatch(pieces, mention.text)) return;
    wrapPieces(pieces, mention.entityId, String(++this.groupSeq));
    this.marked.add(mention.entityId);
  }

  /** entities marked on the page right now (after an SPA navigation only those marked since) */
  private syncMarked(): void {
    const inDom = new Set(Array.from(document.querySelectorAll(`${MARK_SELECTOR}[${FIRST_ATTR}]`), (m) => m.getAttribute(ENTITY_ATTR) ?? ''));
    for (const id of Array.from(this.marked)) if (!inDom.has(id)) this.marked.delete(id);
  }

  private updateCount(): number {
    const n = document.querySelectorAll(`${MARK_SELECTOR}[${FIRST_ATTR}]`).length;
    document.documentElement.setAttribute('data-gloss-marks', String(n));
    return n;
  }

  // ---- new content ----

  private observe(): void {
    if (!document.body) return;
    this.observer ??= new MutationObserver((records) => this.collect(records));
    // attributes: content revealed by removing [hidden]/aria-hidden or opening a <details>
    this.observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'open'],
    });
  }

  /** Run a DOM write of our own with the observer off, keeping the page's pending records. */
  private withoutObserver(fn: () => void): void {
    const obs = this.observer;
    if (!obs) return fn();
    this.collect(obs.takeRecords());
    obs.disconnect();
    try {
      fn();
    } finally {
      if (this.running) this.observe();
    }
  }

  private collect(records: MutationRecord[]): void {
    if (!records.length || !this.running) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        const parent = r.target.parentNode;
        if (parent && !isMark(parent)) this.dirty.add(parent);
        continue;
      }
      if (r.type === 'attributes') {
        if (!isMark(r.target)) this.dirty.add(r.target);
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (isMark(n)) continue;
        // Gloss's own elements (UI hosts, highlights wrapping existing text) bring no new text
        if (n.nodeType === 1 && ((n as Element).hasAttribute(GLOSS_UI_ATTR) || (n as Element).localName.startsWith('gloss-'))) continue;
        if (n.nodeType === 3) {
          if (r.target && !isMark(r.target)) this.dirty.add(r.target);
        } else if (n.nodeType === 1) {
          this.dirty.add(n);
        }
      }
    }
    // throttled, not debounced: a page that never stops changing (tickers, clocks) still gets read
    if (this.dirty.size && this.mutationTimer === undefined) {
      this.mutationTimer = setTimeout(() => {
        this.mutationTimer = undefined;
        void this.pump();
      }, MUTATION_DEBOUNCE_MS);
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping || !this.running) return;
    this.pumping = true;
    try {
      while (this.dirty.size && this.running) {
        const gen = this.generation;
        if (location.href !== this.pageUrl) {
          // single-page-app navigation: a new page, so first mentions and rejections start over
          this.pageUrl = location.href;
          this.marked.clear();
          this.counts.clear();
          this.rejected = new Set((await send('marks/rejected', { url: location.href }).catch(() => ({ entityIds: [] }))).entityIds);
        }
        if (!this.region?.isConnected) {
          this.dirty.clear();
          await this.scanAll(gen);
          continue;
        }
        await this.brake();
        const roots = this.takeDirtyRoots();
        if (roots.length) await this.scan(roots, gen);
        if (gen === this.generation) {
          const n = this.updateCount();
          this.events.onScanned?.(n);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  /**
   * A page that answers every change with another (a framework re-rendering what we marked, a
   * ticker) must not keep Gloss busy: past BRAKE_SCANS reads in BRAKE_WINDOW_MS, wait a while.
   */
  private async brake(): Promise<void> {
    const now = performance.now();
    this.recentScans = this.recentScans.filter((t) => now - t < BRAKE_WINDOW_MS);
    this.recentScans.push(now);
    if (this.recentScans.length > BRAKE_SCANS) await new Promise((r) => setTimeout(r, BRAKE_PAUSE_MS));
  }

  /** Dirty nodes worth reading: connected, in the article's scope, readable, outermost only. */
  private takeDirtyRoots(): Node[] {
    const region = this.region!;
    const connected = Array.from(this.dirty).filter((n) => n.isConnected);
    this.dirty.clear();
    // outermost only: drop a node when one of its ancestors is also dirty (O(nodes × depth))
    const set = new Set(connected);
    const outer = connected.filter((n) => {
      for (let a = n.parentNode; a; a = a.parentNode) if (set.has(a)) return false;
      return true;
    });
    return outer
      .filter(
        (n) =>
          !(n.parentNode && isMark(n.parentNode)) &&
          (region === document.body || inArticleScope(n, region)) &&
          isReadable(n, this.extractOptions, null),
      )
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  // ---- sightings ----

  private scheduleSightings(): void {
    clearTimeout(this.sightingsTimer);
    this.sightingsTimer = setTimeout(() => {
      const entities = Array.from(this.counts, ([id, count]) => ({ id, count }));
      if (!entities.length) return;
      send('sightings/record', { url: location.href, title: document.title, entities }).catch((e: unknown) =>
        console.info('Gloss could not record which names this page mentions:', e instanceof Error ? e.message : e),
      );
    }, SIGHTINGS_DEBOUNCE_MS);
  }

  // ---- keyboard ----

  /** Move focus to the next/previous mark (wrapping around); its popover opens on focus. */
  focusNext(direction: 1 | -1): void {
    const marks = Array.from(document.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}[${FIRST_ATTR}]`));
    if (!marks.length) return;
    const active = document.activeElement;
    let i = marks.findIndex((m) => m === active || m.contains(active));
    if (i < 0) {
      // start from the first mark below the top of the viewport
      i = marks.findIndex((m) => m.getBoundingClientRect().bottom > 0);
      i = i < 0 ? 0 : direction === 1 ? i - 1 : i;
    }
    const next = marks[(i + direction + marks.length) % marks.length]!;
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }
}
