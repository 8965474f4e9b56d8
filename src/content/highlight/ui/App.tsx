/** Everything the highlight layer shows over a page: toolbar, editor, toast. */
import { useEffect, useState } from 'preact/hooks';
import { Floating } from './Floating.tsx';
import { Editor } from './Editor.tsx';
import type { EditorDraft, Store, UiState } from '../store.ts';

export interface Actions {
  highlight: () => Promise<void>;
  note: () => void;
  save: (draft: EditorDraft) => Promise<void>;
  remove: () => Promise<void>;
  close: () => void;
}

export function App({ store, actions }: { store: Store; actions: Actions }) {
  const [state, setState] = useState<UiState>(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  const { panel, toast } = state;
  return (
    <>
      {panel.kind === 'toolbar' && (
        <Floating anchor={panel.anchor} label="Gloss" testid="toolbar">
          <div class="toolbar" onMouseDown={(e) => e.preventDefault()}>
            <button type="button" data-testid="toolbar-highlight" onClick={() => void actions.highlight()}>
              Highlight
            </button>
            <button type="button" data-testid="toolbar-note" onClick={() => actions.note()}>
              Note
            </button>
          </div>
          {panel.error && <p class="error" role="alert" style={{ padding: '0 8px 6px' }}>{panel.error}</p>}
        </Floating>
      )}
      {panel.kind === 'editor' && (
        <Floating anchor={panel.anchor} label={panel.mode === 'new' ? 'New note' : 'Edit highlight'} testid="editor">
          <Editor
            key={panel.mode === 'edit' ? panel.id : 'new'}
            mode={panel.mode}
            quote={panel.quote}
            initial={panel.initial}
            onSave={actions.save}
            {...(panel.mode === 'edit' ? { onDelete: actions.remove } : {})}
            onClose={actions.close}
          />
        </Floating>
      )}
      {toast && (
        <div class={`toast ${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button type="button" data-testid="toast-action" onClick={toast.action.run}>
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </>
  );
}
