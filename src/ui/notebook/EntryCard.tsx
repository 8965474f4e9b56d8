/**
 * One notebook entry (a highlight with its note, or a note about an entity or page), shared by
 * the notebook and the popup's "could not be placed" list. Optional editing of the note.
 */
import { useState } from 'preact/hooks';
import type { NotebookEntry, NoteDraft } from '../../core/model/notebook.ts';
import { parseTags } from '../../core/model/notebook.ts';

const COLOUR_CSS: Record<string, string> = {
  yellow: '#f2d13c', green: '#5fc85f', blue: '#5aa4f5', pink: '#f57fb1', purple: '#a987f5',
};

export function quoteOfEntry(e: NotebookEntry): string {
  if (e.kind !== 'highlight') return '';
  const q = e.highlight.selectors.find((s) => s.type === 'TextQuoteSelector');
  return q && q.type === 'TextQuoteSelector' ? q.exact : '';
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export interface EntryCardProps {
  entry: NotebookEntry;
  /** save the note (highlight entries: the highlight's note; note entries: that note). Throws with a sentence. */
  onSaveNote?: (draft: NoteDraft) => Promise<void>;
  onDelete?: () => Promise<void>;
  compact?: boolean;
}

export function EntryCard({ entry, onSaveNote, onDelete, compact }: EntryCardProps) {
  const note = entry.note;
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note?.body ?? '');
  const [tags, setTags] = useState((note?.tags ?? []).join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const quote = quoteOfEntry(entry);
  const orphaned = entry.kind === 'highlight' && entry.highlight.placement?.state === 'orphaned';
  const page = entry.page;
  const about = entry.kind === 'note' ? entry.note.target : null;

  const run = async (fn: () => Promise<void>, what: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      setEditing(false);
    } catch (e) {
      setError(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class={`entry ${orphaned ? 'orphaned' : ''}`} data-testid="entry" data-kind={entry.kind}>
      {entry.kind === 'highlight' && (
        <blockquote style={{ borderLeftColor: COLOUR_CSS[entry.highlight.colour] }} class={compact ? 'compact' : ''}>
          {quote}
        </blockquote>
      )}
      {about?.kind === 'entity' && <p class="about">About <strong>{about.entityName}</strong></p>}
      {about?.kind === 'page' && <p class="about">About this page</p>}
      {!editing && note && note.body && <p class="note" data-testid="entry-note">{note.body}</p>}
      {!editing && note && note.tags.length > 0 && (
        <p class="tags">{note.tags.map((t) => <span class="tag" key={t}>#{t}</span>)}</p>
      )}
      {editing && (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => onSaveNote!({ body, tags: parseTags(tags) }), 'Not saved (your text is kept)');
          }}
        >
          <textarea value={body} onInput={(e) => setBody(e.currentTarget.value)} aria-label="Note" />
          <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} aria-label="Tags (comma-separated)" placeholder="tags, comma-separated" />
          <div class="actions">
            <button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Save'}</button>
            <button type="button" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      )}
      <footer>
        {page && (
          <a href={page.url} target="_blank" rel="noopener noreferrer" title={page.url}>
            {page.title || page.url}
          </a>
        )}
        {page && <span class="site"> · {page.site}</span>}
        <span class="date"> · {when(note?.updated ?? (entry.kind === 'highlight' ? entry.highlight.updated : ''))}</span>
        {orphaned && <span class="badge" title="The passage was not found the last time you opened the page. It is kept here.">could not be placed</span>}
        {!editing && onSaveNote && (
          <button type="button" class="link" onClick={() => setEditing(true)}>
            {note ? 'Edit note' : 'Add note'}
          </button>
        )}
        {!editing && onDelete && (
          <button type="button" class="link danger" disabled={busy} onClick={() => void run(onDelete, 'Not deleted')}>
            Delete
          </button>
        )}
      </footer>
      {error && <p class="error" role="alert">{error}</p>}
    </article>
  );
}
