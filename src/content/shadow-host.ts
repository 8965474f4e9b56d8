/**
 * Gloss's page-injected UI lives in a closed shadow root on a host element of its own: page CSS
 * cannot reach inside, page scripts get null from `host.shadowRoot`, and the root is only ever
 * held in the content script's own world. The host is marked as Gloss UI (the text reader skips
 * it) and attached outside <body>, so the page's text content and its observers stay untouched.
 *
 * What a closed root does not hide: events from inside are retargeted to the host and reach the
 * page's listeners. So nothing the reader types goes into a shadow root here; text the reader
 * writes is typed into Gloss's frame (src/content/frame/host.ts), a document of the extension's
 * own origin whose events never reach the page.
 */
import { GLOSS_UI_ATTR } from '../core/text/index.ts';

/** page styles on the host lose to these (inner !important beats outer !important) */
const HOST_CSS = `:host { all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  filter: none !important; transform: none !important; clip-path: none !important; mix-blend-mode: normal !important; z-index: 2147483647 !important; }`;

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function attachShadowHost(tag: string, css: string, hostCss = HOST_CSS): ShadowHost {
  const host = document.createElement(tag);
  host.setAttribute(GLOSS_UI_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `${hostCss}\n${css}`;
  root.append(style);
  document.documentElement.appendChild(host);
  return { host, root };
}
