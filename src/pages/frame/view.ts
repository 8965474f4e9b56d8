/** What Gloss's frame shows: one small observable value, set by the content script's requests. */
import type { HighlightColour, Selector } from '../../core/model/types.ts';
import type { PageAddress, ToFrame } from '../../protocol.ts';

export type FrameView =
  | { kind: 'none' }
  | ({ kind: 'popover'; seq: number } & ToFrame['popover/show']['req'])
  | ({ kind: 'lookup'; seq: number } & ToFrame['lookup/show']['req'])
  | { kind: 'editor-new'; seq: number; quote: string; selectors: Selector[]; page: PageAddress; colour: HighlightColour }
  | { kind: 'editor-edit'; seq: number; highlightId: string; quote: string };

export class ViewStore {
  private view: FrameView = { kind: 'none' };
  private seq = 0;
  private readonly listeners = new Set<(v: FrameView) => void>();

  get(): FrameView {
    return this.view;
  }
  /** show something new (each show gets a fresh sequence number, so its panel starts fresh) */
  show(view: DistributiveOmit<Exclude<FrameView, { kind: 'none' }>, 'seq'>): void {
    this.set({ ...view, seq: ++this.seq } as FrameView);
  }
  clear(): void {
    this.set({ kind: 'none' });
  }
  subscribe(fn: (v: FrameView) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private set(v: FrameView): void {
    this.view = v;
    for (const fn of this.listeners) fn(v);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
