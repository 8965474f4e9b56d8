/**
 * Gloss's page-injected UI lives in an open shadow root on a host element of its own, so page
 * CSS cannot reach it and its CSS cannot leak out. The host is marked as Gloss UI (the text
 * reader skips it) and attached outside <body>, so the page's text content and its observers
 * stay untouched.
 */
import { GLOSS_UI_ATTR } from '../core/text/index.ts';

export function attachShadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(GLOSS_UI_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.documentElement.appendChild(host);
  return { host, root };
}
