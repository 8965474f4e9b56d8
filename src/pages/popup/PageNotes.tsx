/**
 * The popup's notes about the active tab's page (issue #6): the reader's earlier notes on it, and
 * a field to add one. "Saved" is shown only after the background confirmed the write; on failure
 * the typed text stays in the field with the reason.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import type { Note, PageRecord } from '../../core/model/types.ts';
import { parseTags } from '../../core/model/notebook.ts';
import { activeWebUrl } from './active-tab.ts';

export function PageNotes() {
  const [page, setPage] = useState<PageRecord | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    activeWebUrl()
      .then((url) => (url ? send('notes/forPage', { url }) : { page: null, notes: [] }))
      .then((r) => {
        setPage(r.page);
        setNotes(r.notes);
      }, (e: Error) => setStatus({ text: `Gloss could not read the notes for this page: ${e.message}`, error: true }));
  }, []);

  if (!page) return status ? <p class="error" role="alert">{status.text}</p> : null;

  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const note = await send('notes/add', { target: { kind: 'page', pageId: page.id }, body, tags: parseTags(tags) });
      setNotes([note, ...notes]);
      setBody('');
      setTags('');
      setStatus({ text: 'Saved.', error: false });
    } catch (e) {
      setStatus({ text: `Not saved: ${(e as Error).message} Your text is still here.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page-notes" aria-labelledby="page-notes-h">
      <h2 id="page-notes-h">Notes on this page</h2>
      {notes.map((n) => (
        <p class="page-note" key={n.id}>
          {n.body}
          {n.tags.length > 0 && <span class="tags"> {n.tags.map((t) => `#${t}`).join(' ')}</span>}
        </p>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <textarea aria-label="New note on this page" value={body} onInput={(e) => setBody(e.currentTarget.value)} placeholder="A note about this article" />
        <input type="text" aria-label="Tags (comma-separated)" value={tags} onInput={(e) => setTags(e.currentTarget.value)} placeholder="tags, comma-separated" />
        <button type="submit" disabled={busy || (!body.trim() && !tags.trim())}>{busy ? 'Saving…' : 'Save note'}</button>
      </form>
      {status && <p class={status.error ? 'error' : 'ok'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </section>
  );
}
