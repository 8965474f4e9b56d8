/**
 * Marks on a page (a feature of the page session): reads the article's visible text in slices,
 * asks the background to spot names, wraps the chosen mentions, and keeps up with new content
 * through a MutationObserver. Its own DOM writes happen with the observer disconnected, so it
 * never sees (or re-scans) its own marks and cannot loop; a page that keeps removing the marks as
 * they appear is given up on after a few rounds instead of being marked again forever.
 *
 * The first read of a page is the one the reader waits for: it runs at a prompt pace (each slice
 * a task of its own, not idle time), the background's answers it needs (names rejected on this
 * page) are asked for while it reads, and the text goes to the background as it is read.
 */
import { send } from '../../shell/messaging.ts';
import type { Settings } from '../../core/model/types.ts';
import type { MarksStatus, PageAddress } from '../../protocol.ts';
import type { PageFeature, PageSession } from '../session/session.ts';
import type { Mention } from '../../core/spot/types.ts';
import type { UnknownName } from '../../core/lookup/unknown-names.ts';
import {
  GLOSS_UI_ATTR, TextExtractor, articleOptions, articleRoots, domPieces, findArticleRegion, inArticleScope, isReadable,
  type DomPiece, type ExtractOptions,
} from '../../core/text/index.ts';
import { browserExtractOptions } from '../dom-style.ts';
import { runSliced, type Pace } from '../scheduler.ts';
import { measured, testEvent, testSignal } from '../test-signals.ts';
import { chooseMentions, isCertain } from './choose.ts';
import { SpotStream } from './spot-stream.ts';
import { MARK_TAG, type MarkGroup, type MarkRegistry } from './wrap.ts';
import { injectMarkStyle, removeMarkStyle } from './style.ts';

/** read new content at most this often */
const MUTATION_DEBOUNCE_MS = 250;
const SIGHTINGS_DEBOUNCE_MS = 2000;
const BRAKE_SCANS = 20;
const BRAKE_WINDOW_MS = 10_000;
const BRAKE_PAUSE_MS = 3000;
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
  /** marks of these entities were removed (the popover closes if it shows one) */
  onRemoved?: (entityIds: Set<string> | 'all') => void;
}

export class MarksController implements PageFeature {
  private running = false;
  private generation = 0;
  private region: Element | null = null;
  private observer: MutationObserver | null = null;
  private readonly dirty = new Set<Node>();
  private mutationTimer: ReturnType<typeof setTimeout> | undefined;
  private pumping = false;
  private reading = false;
  private readonly marked = new Set<string>();
  /** names no pack knows marked faintly on this page (lower case): each once */
  private readonly unknownMarked = new Set<string>();
  private readonly counts = new Map<string, number>();
  /** names the reader rejected on this page ("Not X here"); asked for while the page is read */
  private rejected: Promise<Set<string>> = Promise.resolve(new Set());
  private sightingsTimer: ReturnType<typeof setTimeout> | undefined;
  /** the page the counted names were read on */
  private sightingsPage: PageAddress | null = null;
  private recentScans: number[] = [];
  private scanState: MarksStatus['state'] = 'off';
  private lastError: string | null = null;
  /** when the page removed marks Gloss had made (recent ones only) */
  private removals: number[] = [];
  private gaveUp = false;

  constructor(private readonly session: PageSession, private readonly marks: MarkRegistry, private readonly events: MarksEvents = {}) {}

  /** how to read the article, fresh for each read (what an element's style said is kept for one read only) */
  private extractOptions(): ExtractOptions {
    return articleOptions(browserExtractOptions());
  }

  private get settings(): Settings {
    return this.session.settings;
  }

  get active(): boolean {
    return this.running;
  }

  /** for the toolbar popup: is Gloss marking here, how many marks, what went wrong, which names were rejected here */
  async status(): Promise<MarksStatus> {
    const rejected = this.running ? [...(await this.rejected)] : [];
    return { state: this.running ? this.scanState : 'off', marks: this.entityMarks().length, error: this.lastError, rejected };
  }

  /** Gloss is on for this page: read it and mark it (the call returns at once; the read runs on its own). */
  start(): void {
    if (this.running) return;
    this.running = true;
    injectMarkStyle(document);
    this.observe();
    this.readPage('prompt');
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
    this.forgetPage();
    this.scanState = 'off';
    testSignal('marks', 0);
    testSignal('scan', null);
    this.events.onRemoved?.('all');
  }

  /**
   * The page became another article (History API): its marks, first mentions and rejections were
   * the old page's. Take the marks off and read the page once, as it is now.
   */
  navigated(): void {
    if (!this.running) return;
    this.generation++;
    clearTimeout(this.mutationTimer);
    this.mutationTimer = undefined;
    this.dirty.clear();
    this.withoutObserver(() => this.marks.unwrap(this.marks.current()));
    this.forgetPage();
    this.events.onRemoved?.('all');
    this.readPage('prompt');
  }

  /** Settings changed (from this page or elsewhere) while Gloss stays on: follow them without a reload. */
  settingsChanged(prev: Settings, next: Settings): void {
    if (!this.running) return;
    const unmuted = prev.mutedEntities.some((id) => !next.mutedEntities.includes(id));
    if (prev.markEveryMention !== next.markEveryMention || unmuted || wantsUnknownNames(prev) !== wantsUnknownNames(next)) {
      this.stop();
      this.start();
      return;
    }
    const newlyMuted = next.mutedEntities.filter((id) => !prev.mutedEntities.includes(id));
    if (newlyMuted.length) this.removeEntities(new Set(newlyMuted));
  }

  /** "Not this entity here": unmark it on this page and remember that. */
  async reject(entityId: string): Promise<void> {
    await send('marks/reject', { ...this.pageRef(), entityId });
    (await this.rejected).add(entityId);
    this.removeEntities(new Set([entityId]));
  }

  /** Undo "Not this entity here" (the toast's Undo, the popup's "Mark again"): mark it again on this page. */
  async unreject(entityId: string): Promise<void> {
    await send('marks/unreject', { ...this.pageRef(), entityId });
    (await this.rejected).delete(entityId);
    if (!this.running) return;
    // its first mention may be anywhere: read the article again (marks already made stay)
    this.readPage('prompt', false);
  }

  private pageRef() {
    const { url, canonical, amp } = this.session.address();
    return { url, canonical: canonical ?? null, amp: amp === true };
  }

  /** a new page (or Gloss just switched on): nothing marked or counted yet, rejections asked for again */
  private forgetPage(): void {
    this.flushSightings();
    this.marked.clear();
    this.unknownMarked.clear();
    this.counts.clear();
    this.removals = [];
    this.gaveUp = false;
    this.lastError = null;
    this.region = null;
    this.rejected = Promise.resolve(new Set());
  }

  private removeEntities(ids: Set<string>): void {
    const groups = this.marks.current().filter((g) => ids.has(g.entityId));
    this.withoutObserver(() => this.marks.unwrap(groups));
    for (const id of ids) this.marked.delete(id);
    this.updateCount();
    this.events.onRemoved?.(ids);
  }

  // ---- scanning ----

  /** Read the whole article (its region found again) and mark it; `fresh`: ask for this page's rejections again. */
  private readPage(pace: Pace, fresh = true): void {
    const gen = this.generation;
    this.scanState = 'reading';
    if (fresh) {
      this.rejected = send('marks/rejected', this.pageRef()).then(
        (r) => new Set(r.entityIds),
        (e: unknown) => {
          console.warn('Gloss could not read which names you rejected on this page; marking them anyway.', e);
          return new Set<string>();
        },
      );
    }
    void this.scanAll(gen, pace).catch((e: unknown) => console.warn('Gloss could not read this page:', e));
  }

  private async scanAll(gen: number, pace: Pace): Promise<void> {
    const body = document.body;
    if (!body) return;
    this.reading = true;
    // a full read counts every mention again (a re-read must not add up)
    this.counts.clear();
    try {
      const roots = measured('marks: article region', () => {
        this.region = findArticleRegion(body);
        return articleRoots(body, this.region);
      });
      await this.scan(roots, gen, pace);
    } finally {
      this.reading = false;
    }
    if (gen !== this.generation) return;
    this.updateCount();
    // test builds: a full read of the page is done
    testSignal('scan', 'done');
    testEvent('marks', 'read', this.session.identity() ?? '');
    this.scanState = 'done';
    this.settledIfIdle();
  }

  private async scan(roots: Node[], gen: number, pace: Pace): Promise<void> {
    const cancelled = () => gen !== this.generation;
    const ex = new TextExtractor(roots, this.extractOptions());
    const lang = document.documentElement.lang || undefined;
    const stream = new SpotStream(lang);
    // the text goes to the background as it is read
    const read = await runSliced((stop) => {
      const done = ex.advance(stop);
      stream.feed(ex.drain());
      return done;
    }, cancelled, 'marks: read', pace);
    if (!read) return;
    const vt = measured('marks: text', () => ex.result());
    if (!/\p{L}/u.test(vt.text)) return;
    let mentions: Mention[];
    let unknown: UnknownName[];
    try {
      ({ mentions, unknown = [] } = await stream.finish());
    } catch (e) {
      this.lastError = `Gloss could not look up the names on this page (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`;
      console.warn(this.lastError);
      return;
    }
    const rejected = await this.rejected;
    if (cancelled()) return;
    this.lastError = null;
    for (const m of mentions) {
      if (isCertain(m) && !rejected.has(m.entityId)) this.counts.set(m.entityId, (this.counts.get(m.entityId) ?? 0) + 1);
    }
    // the page may have re-rendered away some of our marks: trust the DOM, not memory
    this.syncMarked();
    const chosen = chooseMentions(mentions, {
      markEveryMention: this.settings.markEveryMention,
      muted: new Set(this.settings.mutedEntities),
      rejected,
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
          this.wrap(jobs[next++]!, rejected);
          if (shouldStop()) return;
        }
        // faint marks after the entities' (they never overlap one: the background left those out, wrapping checks again)
        while (nextUnknown < unknownJobs.length) {
          this.wrapUnknown(unknownJobs[nextUnknown++]!);
          if (shouldStop()) return;
        }
      });
      return next >= jobs.length && nextUnknown >= unknownJobs.length;
    }, cancelled, 'marks: wrap', pace);
    this.scheduleSightings();
  }

  private wrap({ mention, pieces }: Job, rejected: ReadonlySet<string>): void {
    if (!this.running || pieces.length === 0) return;
    if (!this.settings.markEveryMention && this.marked.has(mention.entityId)) return;
    if (rejected.has(mention.entityId) || this.settings.mutedEntities.includes(mention.entityId)) return;
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

  /** test builds: nothing is left to do until the page changes again (an observable end of work) */
  private settledIfIdle(): void {
    if (this.running && !this.reading && !this.pumping && this.mutationTimer === undefined && this.dirty.size === 0) testEvent('marks', 'settled');
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
    this.schedulePump();
  }

  private schedulePump(): void {
    if (this.dirty.size && this.mutationTimer === undefined && this.running) {
      this.mutationTimer = setTimeout(() => {
        this.mutationTimer = undefined;
        void this.pump();
      }, MUTATION_DEBOUNCE_MS);
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping || !this.running) return;
    // a full read is under way: it is read afterwards (a change during the read may not be in it)
    if (this.reading) return this.schedulePump();
    this.pumping = true;
    try {
      while (this.dirty.size && this.running && !this.reading) {
        const gen = this.generation;
        if (!this.region?.isConnected) {
          // the article itself was replaced: read it whole again
          this.dirty.clear();
          this.pumping = false;
          this.readPage('idle', false);
          return;
        }
        await this.brake();
        const roots = this.takeDirtyRoots();
        if (roots.length) await this.scan(roots, gen, 'idle');
        if (gen === this.generation) this.updateCount();
      }
    } finally {
      this.pumping = false;
      this.schedulePump();
      this.settledIfIdle();
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
    const options = this.extractOptions();
    return outer
      .filter(
        (n) =>
          !this.marks.groupOf(n) &&
          (region === document.body || inArticleScope(n, region)) &&
          isReadable(n, options, null),
      )
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  // ---- sightings ----

  /** Record which names this page mentions, a little later (one message for a page read in several goes). */
  private scheduleSightings(): void {
    clearTimeout(this.sightingsTimer);
    this.sightingsPage = this.session.address();
    this.sightingsTimer = setTimeout(() => this.recordSightings(), SIGHTINGS_DEBOUNCE_MS);
  }

  /** Record them now (the page is about to be forgotten), under the page they were read on. */
  private flushSightings(): void {
    if (this.sightingsTimer === undefined) return;
    clearTimeout(this.sightingsTimer);
    this.recordSightings();
  }

  private recordSightings(): void {
    this.sightingsTimer = undefined;
    const page = this.sightingsPage;
    const entities = Array.from(this.counts, ([id, count]) => ({ id, count }));
    if (!entities.length || !page) return;
    send('sightings/record', { ...page, entities }).then(
      () => testEvent('marks', 'sightings', page.url),
      (e: unknown) => console.info('Gloss could not record which names this page mentions:', e instanceof Error ? e.message : e),
    );
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
