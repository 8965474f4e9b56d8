/**
 * Gloss's small UI in the page itself: the selection toolbar (Highlight / Note) and the toast
 * (confirmations and Undo), in one closed shadow root made on first use. It shows nothing the
 * reader wrote: notes are shown and typed in Gloss's frame (src/content/frame/host.ts).
 */
import { render } from 'preact';
import { attachShadowHost } from './shadow-host.ts';
import { App, type Actions } from './highlight/ui/App.tsx';
import { UI_CSS } from './highlight/ui/styles.ts';
import { Store, type Panel, type Toast } from './highlight/store.ts';

export class PageUi {
  readonly store = new Store();
  private shadow: { host: HTMLElement; root: ShadowRoot } | null = null;

  constructor(private readonly actions: Actions) {}

  /** The shadow root, if anything was shown yet (test builds' probe). */
  get root(): ShadowRoot | null {
    return this.shadow?.host.isConnected ? this.shadow.root : null;
  }

  /** Whether an event target is Gloss's UI host (events from inside a closed root are retargeted to it). */
  contains(target: EventTarget | null): boolean {
    return !!this.shadow && target === this.shadow.host;
  }

  // the store first: a UI made just now renders from it
  setPanel(panel: Panel): void {
    this.store.setPanel(panel);
    if (panel.kind !== 'none') this.ensure();
  }

  get panel(): Panel {
    return this.store.get().panel;
  }

  toast(toast: Toast | null, ms?: number): void {
    this.store.toast(toast, ms);
    if (toast) this.ensure();
  }

  /** Move keyboard focus to the toolbar's first button (Tab from a selection); false if no toolbar shows. */
  focusToolbar(): boolean {
    const button = this.shadow?.root.querySelector<HTMLButtonElement>('[data-testid="toolbar"] button');
    if (!button) return false;
    button.focus();
    return this.shadow?.root.activeElement === button;
  }

  /** Whether keyboard focus is in the toolbar or the toast. */
  get hasFocus(): boolean {
    return !!this.shadow && document.activeElement === this.shadow.host;
  }

  /** Gloss is off: nothing of it shows. */
  clear(): void {
    this.store.setPanel({ kind: 'none' });
    this.store.toast(null);
  }

  private ensure(): { host: HTMLElement; root: ShadowRoot } {
    if (this.shadow?.host.isConnected) return this.shadow;
    this.shadow?.host.remove();
    const made = attachShadowHost('gloss-toolbar', UI_CSS);
    const container = document.createElement('div');
    made.root.append(container);
    render(<App store={this.store} actions={this.actions} />, container);
    this.shadow = made;
    return made;
  }
}
