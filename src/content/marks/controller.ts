/**
 * Marks on a page: reads the article's visible text in idle slices, asks the background to spot
 * names, wraps the chosen mentions, and keeps up with new content through a MutationObserver.
 * Its own DOM writes happen with the observer disconnected, so it never sees (or re-scans) its
 * own marks and cannot loop; a page that keeps removing the marks as they appear is given up on
 * after a few rounds instead of being marked again forever.
 */
import { send } from '../../shell/messaging.ts';
import type { Settings } from '../../core/model/types.ts';
import type { MarksStatus } from '../../protocol.ts';
import type { Mention } from '../../core/spot/types.ts';
import type { UnknownName } from '../../core/lookup/unknown-names.ts';
import {
  GLOSS_UI_ATTR, TextExtractor, articleOptions, articleRoots, domPieces, findArticleRegion, inArticleScope, isReadable,
  type DomPiece, type ExtractOptions,
} from '../../core/text/index.ts';
import { browserExtractOptions } from '../dom-style.ts';
import { runSliced } from '../scheduler.ts';
import { measured, testSignal } from '../test-signals.ts';
import { chooseMentions, isCertain } from './choose.ts';
import { MARK_TAG, type MarkGroup, type MarkRegistry } from './wrap.ts';
import { injectMarkStyle, removeMarkStyle } from './style.ts';

/** read new content at most this often */
const MUTATION_DEBOUNCE_MS = 250;
const SIGHTINGS_DEBOUNCE_MS = 2000;
const BRAKE_SCANS = 20;
const BRAKE_WINDOW_MS = 10_000;
const BRAKE_PAUSE_MS = 3000;
/** text sent to the background in one message at most (a long page goes in parts) */
const PART_CHARS = 128 * 1024;
/** a page that removed Gloss's marks this many times within GIVE_UP_WINDOW_MS is not marked again */
const GIVE_UP_AFTER = 3;
const GIVE_UP_WINDOW_MS = 30_000;

interface Job {
  pieces: DomPiece[];
  mention: Mention;
}

/** a name no pack knows, to be marked faintly */
interface UnknownJob {
  pieces: DomPiece[];
  name: UnknownName;
}

/** the reader wants faint marks on names no pack knows (they come with the online look-up only) */
const wantsUnknownNames = (s: Settings) => s.onlineLookup && s.lookupUnknownNames;

export interface MarksEvents {
  /** a scan finished */
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
  /** names no pack knows marked faintly on this page (lower case): each once */
  private readonly unknownMarked = new Set<string>();
  private readonly counts = new Map<string, number>();
  private rejected = new Set<string>();
  private pageUrl = location.href;
  private sightingsTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly extractOptions: ExtractOptions;
  private recentScans: number[] = [];
  private scanState: MarksStatus['state'] = 'off';
  private lastError: string | null = null;
  /** when the page removed marks Gloss had made (recent ones only) */
  private removals: number[] = [];
  private gaveUp = false;

  constructor(settings: Settings, private readonly marks: MarkRegistry, private readonly events: MarksEvents = {}) {
    this.settings = settings;
    this.extractOptions = articleOptions(browserExtractOptions());
  }

  get active(): boolean {
    return this.running;
  }

  /** for the toolbar popup: is Gloss marking here, how many marks, and what went wrong */
  status(): MarksStatus {
    return { state: this.running ? this.scanState : 'off', marks: this.entityMarks().length, error: this.lastError };
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
    this.marks.unwrap(this.marks.current());
    removeMarkStyle(document);
    this.marked.clear();
    this.unknownMarked.clear();
    this.counts.clear();
    this.removals = [];
    this.gaveUp = false;
    testSignal('marks', 0);
    testSignal('scan', null);
    this.events.onRemoved?.('all');
  }

  /** Settings changed (from this page or elsewhere): follow them without a reload. */
  async applySettings(next: Settings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    if (!this.running) return;
    const unmuted = prev.mutedEntities.some((id) => !next.mutedEntities.includes(id));
    if (prev.markEveryMention !== next.markEveryMention || unmuted || wantsUnknownNames(prev) !== wantsUnknownNames(next)) {
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

  private removeEntities(ids: Set<string>): void {
    const groups = this.marks.current().filter((g) => ids.has(g.entityId));
    this.withoutObserver(() => this.marks.unwrap(groups));
    for (const id of ids) this.marked.delete(id);
    this.updateCount();
    this.events.onRemoved?.(ids);
  }

  // ---- scanning ----

  private async scanAll(gen: number): Promise<void> {
    const body = document.body;
    if (!body) return;
    const roots = measured('marks: article region', () => {
      this.region = findArticleRegion(body);
      return articleRoots(body, this.region);
    });
    await this.scan(roots, gen);
    if (gen !== this.generation) return;
    const n = this.updateCount();
    // test builds: the first full read of the page is done
    testSignal('scan', 'done');
    this.scanState = 'done';
    this.events.onScanned?.(n);
  }

  private async scan(roots: Node[], gen: number): Promise<void> {
    const cancelled = () => gen !== this.generation;
    const ex = new TextExtractor(roots, this.extractOptions);
    if (!(await runSliced((stop) => ex.advance(stop), cancelled, 'marks: read'))) return;
    const vt = measured('marks: text', () => ex.result());
    if (!/\p{L}/u.test(vt.text)) return;
    const lang = document.documentElement.lang || undefined;
    let mentions: Mention[];
    let unknown: UnknownName[];
    try {
      ({ mentions, unknown = [] } = await this.spot(vt.text, lang));
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
    const unknownJobs: UnknownJob[] = wantsUnknownNames(this.settings)
      ? unknown.filter((name) => !this.unknownMarked.has(name.text.toLowerCase())).map((name) => ({ name, pieces: domPieces(vt, name.start, name.end) })).reverse()
      : [];
    let next = 0;
    let nextUnknown = 0;
    await runSliced((shouldStop) => {
      // one observer pause per slice, not per mark
      this.withoutObserver(() => {
        while (next < jobs.length) {
          this.wrap(jobs[next++]!);
          if (shouldStop()) return;
        }
        // faint marks after the entities' (they never overlap one: the background left those out, wrapping checks again)
        while (nextUnknown < unknownJobs.length) {
          this.wrapUnknown(unknownJobs[nextUnknown++]!);
          if (shouldStop()) return;
        }
      });
      return next >= jobs.length && nextUnknown >= unknownJobs.length;
    }, cancelled, 'marks: wrap');
    this.scheduleSightings();
  }

  /**
   * Ask the background to spot `text`. A long text goes in parts (each its own message, sent one
   * after the other), so no task in the page serialises more than PART_CHARS at once.
   */
  private async spot(text: string, lang: string | undefined): Promise<{ mentions: Mention[]; unknown?: UnknownName[] }> {
    const language = lang ? { lang } : {};
    if (text.length <= PART_CHARS) return send('spot', { text, ...language });
    const session = crypto.randomUUID();
    let at = 0;
    while (text.length - at > PART_CHARS) {
      await send('spot/part', { session, text: text.slice(at, at + PART_CHARS) });
      at += PART_CHARS;
    }
    return send('spot', { text: text.slice(at), session, ...language });
  }

  private wrap({ mention, pieces }: Job): void {
    if (!this.running || pieces.length === 0) return;
    if (!this.settings.markEveryMention && this.marked.has(mention.entityId)) return;
    if (this.rejected.has(mention.entityId) || this.settings.mutedEntities.includes(mention.entityId)) return;
    if (!this.marks.piecesStillMatch(pieces, mention.text)) return;
    this.marks.wrap(pieces, mention.entityId);
    this.marked.add(mention.entityId);
  }

  private wrapUnknown({ name, pieces }: UnknownJob): void {
    const key = name.text.toLowerCase();
    if (!this.running || pieces.length === 0 || this.unknownMarked.has(key)) return;
    if (!this.marks.piecesStillMatch(pieces, name.text)) return;
    this.marks.wrap(pieces, '', 'unknown-name');
    this.unknownMarked.add(key);
  }

  /** the marks of pack entities (not the faint ones on names no pack knows) */
  private entityMarks(): MarkGroup[] {
    return this.marks.current().filter((g) => g.kind === 'entity');
  }

  /** entities marked on the page right now (after an SPA navigation only those marked since) */
  private syncMarked(): void {
    const inDom = new Set(this.marks.current().map((g) => g.entityId));
    for (const id of Array.from(this.marked)) if (!inDom.has(id)) this.marked.delete(id);
  }

  private updateCount(): number {
    const n = this.entityMarks().length;
    testSignal('marks', n);
    return n;
  }

  // ---- new content ----

  private observe(): void {
    if (!document.body) return;
    this.observer ??= new MutationObserver((records) => measured('marks: mutations', () => this.collect(records)));
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
    const isMark = (n: Node | null) => this.marks.isMark(n);
    let removedOurs = false;
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
      for (const n of Array.from(r.removedNodes)) {
        if (!removedOurs && n.nodeType === 1 && (isMark(n) || Array.from((n as Element).getElementsByTagName(MARK_TAG)).some(isMark))) removedOurs = true;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (isMark(n)) continue;
        // Gloss's own UI hosts bring no new text
        if (n.nodeType === 1 && (n as Element).hasAttribute(GLOSS_UI_ATTR)) continue;
        if (n.nodeType === 3) {
          if (r.target && !isMark(r.target)) this.dirty.add(r.target);
        } else if (n.nodeType === 1) {
          this.dirty.add(n);
        }
      }
    }
    if (removedOurs) this.pageRemovedMarks();
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
          this.unknownMarked.clear();
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
   * The page took marks Gloss made out of its DOM (a framework re-rendering what was marked).
   * Marking the new text again is right once or twice; a page that does it every time would have
   * Gloss re-mark forever, so after GIVE_UP_AFTER rounds in GIVE_UP_WINDOW_MS Gloss keeps what is
   * marked and stops reading this page's changes.
   */
  private pageRemovedMarks(): void {
    const now = performance.now();
    this.removals = this.removals.filter((t) => now - t < GIVE_UP_WINDOW_MS);
    this.removals.push(now);
    if (this.removals.length < GIVE_UP_AFTER || this.gaveUp) return;
    this.gaveUp = true;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.mutationTimer);
    this.mutationTimer = undefined;
    this.dirty.clear();
    this.generation++;
    this.scanState = 'done';
    this.lastError = 'This page keeps removing Gloss’s marks as it redraws itself, so Gloss stopped marking its new text. Reload the page to try again.';
    console.info(`Gloss: ${this.lastError}`);
    testSignal('marks-gave-up', 'yes');
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
          !this.marks.groupOf(n) &&
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

  /** The next/previous mark from the focused one (wrapping around), or from the top of the viewport. */
  nextMark(direction: 1 | -1): MarkGroup | null {
    const marks = this.marks.current().sort((a, b) => (a.pieces[0]!.compareDocumentPosition(b.pieces[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (!marks.length) return null;
    const active = document.activeElement;
    let i = marks.findIndex((m) => m.pieces[0] === active || m.pieces[0]!.contains(active));
    if (i < 0) {
      // start from the first mark below the top of the viewport
      i = marks.findIndex((m) => m.pieces[0]!.getBoundingClientRect().bottom > 0);
      i = i < 0 ? 0 : direction === 1 ? i - 1 : i;
    }
    return marks[(i + direction + marks.length) % marks.length]!;
  }
}
