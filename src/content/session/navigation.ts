/**
 * Notices when the page becomes another page without a reload: a site that navigates with the
 * History API (pushState/replaceState), the back and forward buttons (popstate), or a page that
 * changes its canonical link. One observer for the whole content script.
 *
 * A content script runs in its own world, so it cannot see the page's calls to
 * `history.pushState`. It listens instead to what the browser reports in every world: the
 * Navigation API's `currententrychange` (a same-document navigation of any kind) where the browser
 * has it, `popstate` and `hashchange`, and changes to the page's <head> (a new <title> or canonical
 * link, which single-page apps write when they show another article). Where the Navigation API is
 * missing, a change to the body's children is also a reason to look (an app that pushes a new
 * address draws something new). Each look compares one string: the address the page is filed
 * under (`identityOf`), which ignores the fragment and tracking parameters, so jumping to an
 * anchor or a changed `utm_` parameter is not a navigation.
 */
import { identityOf, readPageAddress } from './address.ts';

interface NavigationTarget {
  addEventListener(type: 'currententrychange', fn: () => void): void;
  removeEventListener(type: 'currententrychange', fn: () => void): void;
}

export class NavigationObserver {
  private identity: string | null;
  private scheduled = false;
  private observers: MutationObserver[] = [];
  private running = false;

  /** `onNavigate` runs when the page is filed under another address than before. */
  constructor(private readonly onNavigate: (identity: string | null) => void) {
    this.identity = identityOf(readPageAddress());
  }

  /** The address the page is filed under, as last seen. */
  get current(): string | null {
    return this.identity;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.identity = identityOf(readPageAddress());
    window.addEventListener('popstate', this.look);
    window.addEventListener('hashchange', this.look);
    const nav = navigationApi();
    nav?.addEventListener('currententrychange', this.look);
    const watch = (target: Node, options: MutationObserverInit) => {
      const o = new MutationObserver(this.look);
      o.observe(target, options);
      this.observers.push(o);
    };
    if (document.head) watch(document.head, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'rel'] });
    if (!nav && document.body) watch(document.body, { childList: true });
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    window.removeEventListener('popstate', this.look);
    window.removeEventListener('hashchange', this.look);
    navigationApi()?.removeEventListener('currententrychange', this.look);
    for (const o of this.observers) o.disconnect();
    this.observers = [];
  }

  /** Compare now (also called by the session before it files something under the page). */
  check(): void {
    const now = identityOf(readPageAddress());
    if (now === this.identity) return;
    this.identity = now;
    this.onNavigate(now);
  }

  /** many signals in one task are one look, after the page's own work in that task */
  private readonly look = () => {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.running) this.check();
    });
  };
}

function navigationApi(): NavigationTarget | null {
  const nav = (globalThis as { navigation?: NavigationTarget }).navigation;
  return nav && typeof nav.addEventListener === 'function' ? nav : null;
}
