/**
 * Gloss's frame in a page: an iframe of the extension's own page (pages/frame.html) inside a
 * closed shadow root, showing the popover or the highlight editor. Everything that shows or takes
 * the reader's notes happens in there, in the extension's origin and process:
 *  - page scripts cannot read its document (another origin), nor find the iframe (closed root,
 *    not in `window.frames`), nor learn its address (Chrome serves it under a per-session id,
 *    `use_dynamic_url`; Firefox's moz-extension UUID is per install and never shown);
 *  - keys typed into it go to its own document: the page sees only that it lost focus.
 *
 * The content script and the frame talk over a MessageChannel handed over once, to the frame's
 * own origin, with a secret from the frame's URL that the page never sees; after that the frame
 * listens to that port only. A frame that loads a second time (something navigated it) is thrown
 * away and made again on the next use.
 */
import browser from 'webextension-polyfill';
import { autoUpdate, computePosition, flip, offset, shift, size, type ReferenceElement } from '@floating-ui/dom';
import { attachShadowHost } from '../shadow-host.ts';
import { PortChannel, type RequestHandlers } from '../../shell/channel.ts';
import type { FromFrame, ToFrame } from '../../protocol.ts';

export type Panel = 'popover' | 'editor';
export type FrameChannel = PortChannel<ToFrame, FromFrame>;

/** a panel's width with the room around it, until it says what it needs (src/pages/frame: WIDTH + padding) */
const PANEL_WIDTH: Record<Panel, number> = { popover: 356, editor: 338 };

/** how long a frame may take to load before Gloss says it could not show it */
const LOAD_TIMEOUT_MS = 10_000;

const FRAME_CSS = `iframe { position: fixed; top: 0; left: 0; border: 0; margin: 0; padding: 0; background: transparent;
  color-scheme: light dark; width: 0; height: 0; visibility: hidden; z-index: 2147483647; }
iframe.shown { visibility: visible; }`;

/** The frame's origin: Chrome loads it under a per-session URL but it runs under the extension's own id. */
function frameOrigin(): string {
  if (__GLOSS_BROWSER__ === 'chrome') return `chrome-extension://${browser.runtime.id}`;
  const u = new URL(browser.runtime.getURL(''));
  return `${u.protocol}//${u.host}`;
}

export interface Placement {
  reference: ReferenceElement;
  placement: 'bottom-start' | 'top';
}

export class FrameHost {
  private host: HTMLElement | null = null;
  private iframe: HTMLIFrameElement | null = null;
  private ready: Promise<FrameChannel> | null = null;
  private channel: FrameChannel | null = null;
  private size = { width: 0, height: 0 };
  private at: Placement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private shownSeq = 0;
  private revealed: (() => void) | null = null;

  constructor(
    private readonly panel: Panel,
    private readonly handlers: RequestHandlers<FromFrame>,
  ) {}

  /** The frame's channel, making the frame first if needed (resolves once the frame answered). */
  connect(): Promise<FrameChannel> {
    if (this.ready && this.host?.isConnected) return this.ready;
    this.teardown();
    this.ready = this.create();
    this.ready.catch(() => this.teardown());
    return this.ready;
  }

  /** The frame's channel if the frame is there (never makes one). */
  get connected(): FrameChannel | null {
    return this.host?.isConnected ? this.channel : null;
  }

  /** Whether an event target is this frame (events from inside the frame never reach the page; its host does). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  get visible(): boolean {
    return !!this.iframe?.classList.contains('shown');
  }

  /** Place the frame next to `at` and show it once the panel has told its size; resolves when it shows. */
  show(at: Placement): Promise<void> {
    // an earlier show still waiting is over
    this.revealed?.();
    this.revealed = null;
    this.at = at;
    this.shownSeq++;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (!this.iframe) return Promise.resolve();
    const iframe = this.iframe;
    const shown = new Promise<void>((resolve) => {
      this.revealed = resolve;
    });
    this.stopAutoUpdate = autoUpdate(at.reference, iframe, () => this.place(), { animationFrame: false });
    if (this.size.height > 0) this.place(true);
    return shown;
  }

  hide(): void {
    this.revealed?.();
    this.revealed = null;
    this.at = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    // keyboard focus must not stay in a frame nobody can see (Firefox keeps it there)
    if (this.host && document.activeElement === this.host) this.iframe?.blur();
    this.iframe?.classList.remove('shown');
  }

  /** Move keyboard focus into the panel. */
  async focus(): Promise<void> {
    const channel = await this.connect();
    const iframe = this.iframe;
    if (!iframe) return;
    // a frame shown a moment ago may not count as rendered yet: read its style first, and try
    // once more on the next frame if focus did not move
    void getComputedStyle(iframe).visibility;
    iframe.focus();
    if (document.activeElement !== this.host) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      iframe.focus();
    }
    await channel.request('focus', {});
  }

  /** The frame's box in the page, for the test probe. */
  rect(): DOMRect | null {
    return this.visible && this.iframe ? this.iframe.getBoundingClientRect() : null;
  }

  private async create(): Promise<FrameChannel> {
    const { host, root } = attachShadowHost(`gloss-${this.panel}`, FRAME_CSS);
    const iframe = document.createElement('iframe');
    const secret = crypto.randomUUID();
    iframe.src = `${browser.runtime.getURL('pages/frame.html')}?panel=${this.panel}#${secret}`;
    iframe.setAttribute('title', this.panel === 'popover' ? 'Gloss: about this name' : 'Gloss: highlight and note');
    iframe.setAttribute('allow', '');
    iframe.tabIndex = -1;
    // laid out at the width it will have (its height follows once it says what it needs)
    iframe.style.width = `${Math.min(PANEL_WIDTH[this.panel], innerWidth)}px`;
    this.host = host;
    this.iframe = iframe;
    const { port1, port2 } = new MessageChannel();
    const channel: FrameChannel = new PortChannel<ToFrame, FromFrame>(port1, {
      ...this.handlers,
      size: (s) => {
        this.size = { width: Math.ceil(s.width), height: Math.ceil(s.height) };
        if (this.at) this.place(true);
        else iframe.style.width = `${Math.min(this.size.width, innerWidth)}px`;
        return { ok: true as const };
      },
    });
    const loaded = new Promise<void>((resolve, reject) => {
      let loads = 0;
      const timer = setTimeout(() => reject(new Error('Gloss could not open its panel on this page (it did not load).')), LOAD_TIMEOUT_MS);
      iframe.addEventListener('load', () => {
        loads++;
        if (loads === 1) {
          clearTimeout(timer);
          iframe.contentWindow?.postMessage({ glossFrame: secret }, frameOrigin(), [port2]);
          resolve();
        } else {
          // only Gloss navigates its frame, once: anything else means it is no longer ours
          channel.close();
          this.teardown();
        }
      });
    });
    root.append(iframe);
    await loaded;
    // only Gloss's frame, holding the port, can answer
    const answered = await Promise.race([
      channel.request('hello', {}).then((r) => r.panel === this.panel),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), LOAD_TIMEOUT_MS)),
    ]);
    if (!answered) {
      channel.close();
      throw new Error('Gloss could not open its panel on this page (its frame did not answer).');
    }
    this.channel = channel;
    return channel;
  }

  /**
   * Put the frame beside its reference, wholly inside the viewport: on the side with room for the
   * whole panel (flip; the side with the most room when neither has enough), its height capped to
   * that room (size: the panel's body then scrolls inside it, its header and actions stay), moved
   * along the side to stay in the window (shift). The frame's transparent padding keeps the card
   * itself off the window's edges.
   */
  private place(reveal = false): void {
    const at = this.at;
    const iframe = this.iframe;
    if (!at || !iframe || this.size.height === 0) return;
    const seq = this.shownSeq;
    const natural = this.size;
    // the whole panel first, so flip can tell which side has room for it
    iframe.style.width = `${Math.min(natural.width, document.documentElement.clientWidth || innerWidth)}px`;
    iframe.style.height = `${natural.height}px`;
    computePosition(at.reference, iframe, {
      strategy: 'fixed',
      placement: at.placement,
      middleware: [
        offset(at.placement === 'top' ? 2 : -2),
        flip({ padding: 0 }),
        size({
          padding: 0,
          apply: ({ availableHeight }) => {
            iframe.style.height = `${Math.max(0, Math.min(natural.height, Math.floor(availableHeight)))}px`;
          },
        }),
        // across the side too: a reference scrolled out of view does not take the panel with it
        shift({ padding: 0, crossAxis: true }),
      ],
    }).then(({ x, y }) => {
      if (seq !== this.shownSeq || this.at !== at) return;
      iframe.style.left = `${Math.round(x)}px`;
      iframe.style.top = `${Math.round(y)}px`;
      if (reveal) {
        iframe.classList.add('shown');
        this.revealed?.();
        this.revealed = null;
      }
    }, (e: unknown) => console.warn('Gloss could not place its panel', e));
  }

  private teardown(): void {
    this.hide();
    this.channel?.close();
    this.channel = null;
    this.ready = null;
    this.host?.remove();
    this.host = null;
    this.iframe = null;
    this.size = { width: 0, height: 0 };
  }
}
