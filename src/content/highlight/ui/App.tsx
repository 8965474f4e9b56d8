/**
 * The selection toolbar and the toast, in a closed shadow root. They show nothing the reader
 * wrote, and act only on trusted clicks (a page cannot reach into the root, and an event it
 * dispatches has isTrusted false).
 */
import { useEffect, useState } from 'preact/hooks';
import { Floating } from './Floating.tsx';
import type { Store, Toast, UiState } from '../store.ts';

export interface Actions {
  highlight: () => Promise<void>;
  note: () => void;
  /** look the selected name up online (opens the look-up panel; nothing is sent before the reader asks there) */
  lookUp: () => void;
}

/** a click handler that ignores synthetic clicks */
const trusted = (fn: () => void) => (e: MouseEvent) => {
  if (e.isTrusted) fn();
};

export function App({ store, actions }: { store: Store; actions: Actions }) {
  const [state, setState] = useState<UiState>(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // a change between the first render and this effect
    setState(store.get());
    return unsubscribe;
  }, [store]);
  const { panel, toast } = state;
  return (
    <>
      {panel.kind === 'toolbar' && (
        <Floating anchor={panel.anchor} label="Gloss" testid="toolbar">
          <div class="toolbar" onMouseDown={(e) => e.preventDefault()}>
            <button type="button" data-testid="toolbar-highlight" onClick={trusted(() => void actions.highlight())}>
              Highlight
            </button>
            <button type="button" data-testid="toolbar-note" onClick={trusted(() => actions.note())}>
              Note
            </button>
            {panel.lookUp && (
              <button type="button" data-testid="toolbar-lookup" title={`Look up “${panel.lookUp}” on Wikipedia`} onClick={trusted(() => actions.lookUp())}>
                Look up
              </button>
            )}
          </div>
          {panel.error && <p class="error" role="alert" style={{ padding: '0 8px 6px' }}>{panel.error}</p>}
        </Floating>
      )}
      {toast && (
        <div class={`toast ${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button type="button" data-testid="toast-action" onClick={trusted(() => takeToastAction(store, toast))}>
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </>
  );
}

/** The toast's action (Undo) is done once: the toast goes, and what it offered happens. */
function takeToastAction(store: Store, toast: Toast): void {
  store.toast(null);
  toast.action?.run();
}
