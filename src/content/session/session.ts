/**
 * One page session per tab (the content script's owner of what the page is and whether Gloss is
 * on here), in the spirit of Hypothesis's Guest with its NavigationObserver:
 *
 *  - **page identity**: `address()` is the one answer to "which page is this" for marks, the
 *    popover, highlights, sightings and rejections (see address.ts);
 *  - **settings**: the reader's settings as this tab sees them; pause and "off on this site" stop
 *    every feature (marks, popover, highlights) and switching back on starts them again;
 *  - **navigation**: one observer (navigation.ts); when the page becomes another page, every
 *    feature hears it once;
 *  - **messages from the background**: one typed listener (tab-messages.ts).
 *
 * Features (marks, popover, highlights) receive the session and implement `PageFeature`; the
 * session calls them in the order they were added (and stops them in reverse). A feature's call
 * returns at once: work it starts (reading the page, placing highlights) runs on its own and is
 * cancelled by the feature when it is stopped or the page changes, so switching off never waits.
 */
import { offOnSite } from '../../core/model/settings.ts';
import { send } from '../../shell/messaging.ts';
import type { Settings } from '../../core/model/types.ts';
import type { PageAddress } from '../../protocol.ts';
import { testEvent, testSignal } from '../test-signals.ts';
import { identityOf, readPageAddress } from './address.ts';
import { NavigationObserver } from './navigation.ts';
import { listenToBackground, type TabHandlers } from './tab-messages.ts';

export interface PageFeature {
  /** Gloss is on for this page: at the start, or switched on again (after pause or site off) */
  start(): void;
  /** Gloss is now off for this page: take everything off it */
  stop(): void;
  /** the page became another page without a reload (only while on) */
  navigated?(): void;
  /** the settings changed while Gloss stays on */
  settingsChanged?(prev: Settings, next: Settings): void;
}

/** Whether Gloss is off on this page with these settings. */
export function isOff(settings: Settings, hostname = location.hostname): boolean {
  return offOnSite(settings, hostname);
}

/** Resolves once the document has been parsed (at once if it already has). */
export function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

export class PageSession {
  private current: Settings;
  private readonly features: PageFeature[] = [];
  private readonly navigation: NavigationObserver;
  private running = false;
  /** settings changes and navigations are followed one after the other, never interleaved */
  private queue: Promise<void> = Promise.resolve();

  /** Ask the background for this tab's view of the settings and make the session. */
  static async open(): Promise<PageSession> {
    return new PageSession(await send('settings/get', {}));
  }

  constructor(settings: Settings) {
    this.current = settings;
    this.navigation = new NavigationObserver(() => this.enqueue(() => this.navigated()));
  }

  get settings(): Settings {
    return this.current;
  }

  /** Gloss is on for this page now. */
  get on(): boolean {
    return this.running;
  }

  /** The page's address now (looking first whether the page became another one). */
  address(): PageAddress {
    if (this.running) this.navigation.check();
    return readPageAddress();
  }

  /** The address the page is filed under now (what two visits of the same article share). */
  identity(): string | null {
    return identityOf(this.address());
  }

  /** Add a feature; the session starts, stops and tells it from now on. */
  use(feature: PageFeature): void {
    this.features.push(feature);
  }

  /**
   * Listen to the background's messages for this tab. The session answers `settings/changed`
   * itself; the rest are the features'.
   */
  listen(handlers: Omit<TabHandlers, 'settings/changed'>): void {
    listenToBackground({
      ...handlers,
      'settings/changed': () => {
        // a notice: this tab's own view of the settings is asked for
        this.enqueue(async () => this.follow(await send('settings/get', {})));
      },
    } as TabHandlers);
  }

  /** Start every feature if Gloss is on here (call once the features are added). */
  begin(): Promise<void> {
    return this.enqueue(async () => {
      if (isOff(this.current)) {
        testSignal('', 'off');
        testEvent('session', 'off');
      } else this.switchOn();
    });
  }

  private enqueue(step: () => Promise<void> | void): Promise<void> {
    const next = this.queue.then(step).catch((e: unknown) => console.warn('Gloss:', e instanceof Error ? e.message : e));
    this.queue = next;
    return next;
  }

  private switchOn(): void {
    this.running = true;
    this.navigation.start();
    testSignal('', 'ready');
    testEvent('session', 'on');
    for (const f of this.features) f.start();
  }

  private switchOff(): void {
    this.running = false;
    this.navigation.stop();
    for (const f of [...this.features].reverse()) f.stop();
    testSignal('', 'off');
    testEvent('session', 'off');
  }

  private follow(next: Settings): void {
    const prev = this.current;
    this.current = next;
    const off = isOff(next);
    if (this.running && off) this.switchOff();
    else if (!this.running && !off) this.switchOn();
    else if (this.running) for (const f of this.features) f.settingsChanged?.(prev, next);
    testEvent('session', 'settings');
  }

  private navigated(): void {
    if (!this.running) return;
    testEvent('session', 'navigated', this.navigation.current ?? '');
    for (const f of this.features) f.navigated?.();
  }
}
