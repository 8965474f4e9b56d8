/**
 * What the highlight layer shows in the page's own shadow root, as one small observable value:
 * the toolbar over a selection and a toast (confirmation, error, undo). The editor, which shows
 * the reader's note, is Gloss's frame (src/content/frame/host.ts).
 */
/** `lookUp`: the selection looks like a name, which the toolbar offers to look up */
export type Panel = { kind: 'none' } | { kind: 'toolbar'; anchor: () => DOMRect; error?: string; lookUp?: string };

export interface Toast {
  text: string;
  tone: 'ok' | 'error';
  action?: { label: string; run: () => void };
}

export interface UiState {
  panel: Panel;
  toast: Toast | null;
}

export class Store {
  private state: UiState = { panel: { kind: 'none' }, toast: null };
  private readonly listeners = new Set<(s: UiState) => void>();
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  get(): UiState {
    return this.state;
  }
  subscribe(fn: (s: UiState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  setPanel(panel: Panel): void {
    this.state = { ...this.state, panel };
    this.emit();
  }
  toast(toast: Toast | null, ms = 6000): void {
    clearTimeout(this.toastTimer);
    this.state = { ...this.state, toast };
    this.emit();
    if (toast) this.toastTimer = setTimeout(() => this.toast(null), ms);
  }
  private emit(): void {
    for (const fn of this.listeners) fn(this.state);
  }
}
