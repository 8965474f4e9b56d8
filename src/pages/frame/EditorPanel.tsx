/**
 * The highlight editor inside Gloss's frame: note, tags and colour of a new highlight or of a
 * saved one. It reads and writes the note through the background itself; the page's content
 * script only learns that a highlight was saved (to draw it) or deleted (to erase it).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { onPage } from '../../core/model/notebook.ts';
import type { Highlight } from '../../core/model/types.ts';
import { Editor, type EditorDraft } from '../../ui/highlight/Editor.tsx';
import type { FrameView } from './view.ts';
import type { ContentChannel } from './index.tsx';

type EditorView = Extract<FrameView, { kind: 'editor-new' | 'editor-edit' }>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** highlights deleted from this editor, kept for the page's Undo */
export const deleted = new Map<string, Highlight>();

/** `onSettled`: the editor shows what it will show (a new one at once, a saved one once its note is read) */
export function EditorPanel({ view, channel, onSettled }: { view: EditorView; channel: ContentChannel; onSettled: () => void }) {
  const [loaded, setLoaded] = useState<Highlight | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => void channel.request('close', { returnFocus: true });
  const settled = view.kind === 'editor-new' || !!loaded || !!error;
  useLayoutEffect(() => {
    if (settled) onSettled();
  }, [settled, view.seq]);

  // started at once after rendering (a frame with no size yet gets no animation frames for effects)
  useLayoutEffect(() => {
    setLoaded(null);
    setError(null);
    if (view.kind !== 'editor-edit') return;
    let live = true;
    send('highlights/get', { id: view.highlightId }).then(
      (item) => live && setLoaded(item),
      (e: unknown) => live && setError(message(e)),
    );
    return () => {
      live = false;
    };
  }, [view.seq]);

  if (view.kind === 'editor-new') {
    return (
      <Editor
        key={view.seq}
        mode="new"
        quote={view.quote}
        initial={{ body: '', tags: [], colour: view.colour }}
        onSave={async (d: EditorDraft) => {
          const saved = await send('highlights/create', { ...view.page, selectors: view.selectors, colour: d.colour, note: { body: d.body, tags: d.tags } });
          await channel.request('highlight/saved', { ...onPage(saved.highlight), change: 'created' });
        }}
        onClose={close}
      />
    );
  }
  if (error) {
    return (
      <div class="editor">
        <p class="error" role="alert" data-testid="editor-error">{`Gloss could not open this highlight: ${error}`}</p>
        <div class="row"><button type="button" data-testid="cancel" onClick={close}>Close</button></div>
      </div>
    );
  }
  if (!loaded) return <div class="editor" aria-busy="true"><p class="quote">{view.quote}</p></div>;
  const highlight = loaded;
  return (
    <Editor
      key={view.seq}
      mode="edit"
      quote={view.quote}
      initial={{ body: highlight.body, tags: highlight.tags, colour: highlight.colour }}
      onSave={async (d: EditorDraft) => {
        const item = await send('highlights/update', { id: highlight.id, colour: d.colour, note: { body: d.body, tags: d.tags } });
        await channel.request('highlight/saved', { ...onPage(item), change: 'updated' });
      }}
      onDelete={async () => {
        const removed = await send('highlights/delete', { id: highlight.id });
        deleted.set(highlight.id, removed);
        await channel.request('highlight/deleted', { highlightId: highlight.id });
      }}
      onClose={close}
    />
  );
}

/** Undo in the page's toast: put back what this editor deleted. */
export async function undoDelete(highlightId: string, channel: ContentChannel): Promise<void> {
  const removed = deleted.get(highlightId);
  if (!removed) throw new Error('Gloss no longer has this highlight to put back. Reload the page.');
  const item = await send('highlights/restore', { highlight: removed });
  deleted.delete(highlightId);
  await channel.request('highlight/saved', { ...onPage(item), change: 'restored' });
}
