/**
 * One notebook entry (a highlight with its note and tags, or a note about an entity or page),
 * shared by the notebook's views and the popup's "could not be placed" list. Optional editing.
 * Every button names what it acts on for screen readers.
 */
import { useState } from 'preact/hooks';
import type { NotebookEntry, NoteDraft } from '../../core/model/notebook.ts';
import { entryBody, entryQuote, entryTags, entryUpdated, parseTags } from '../../core/model/notebook.ts';
import { COLOUR_CSS } from '../../core/formats/web-annotation/vocabulary.ts';
import { entryName, noteName, when } from './labels.ts';

export interface EntryCardProps {
  entry: NotebookEntry;
  /** save the note (highlight entries: the note and tags on it; note entries: that note). Throws with a sentence. */
  onSaveNote?: (draft: NoteDraft) => Promise<void>;
  onDelete?: () => Promise<void>;
  compact?: boolean;
  /** leave out the page line (the view already says which page) */
  hidePage?: boolean;
}

export function EntryCard({ entry, onSaveNote, onDelete, compact, hidePage }: EntryCardProps) {
  const body = entryBody(entry);
  const tagList = entryTags(entry);
  const [editing, setEditing] = useState(false);
  const [draftBody, setBody] = useState(body);
  const [tags, setTags] = useState(tagList.join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const quote = entryQuote(entry);
  const orphaned = entry.kind === 'highlight' && entry.highlight.placement?.state === 'orphaned';
  const page = entry.page;
  const about = entry.kind === 'note' ? entry.note.target : null;
  const hasNote = body.trim() !== '' || tagList.length > 0;

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
    <article class={`entry ${orphaned ? 'orphaned' : ''}`} data-testid="entry" data-kind={entry.kind} aria-label={entryName(entry)}>
      {entry.kind === 'highlight' && (
        <blockquote style={{ borderLeftColor: COLOUR_CSS[entry.highlight.colour] }} class={compact ? 'compact' : ''}>
          {quote}
        </blockquote>
      )}
      {about?.kind === 'entity' && (
        <p class="about">
          About {compact ? <strong>{about.entityName}</strong> : <a href={`#entity=${encodeURIComponent(about.entityId)}`}><strong>{about.entityName}</strong></a>}
        </p>
      )}
      {about?.kind === 'page' && <p class="about">About this page</p>}
      {!editing && body && <p class="note" data-testid="entry-note">{body}</p>}
      {!editing && tagList.length > 0 && (
        <p class="tags">
          {tagList.map((t) => (compact ? <span class="tag" key={t}>#{t}</span> : <a class="tag" key={t} href={`#tag=${encodeURIComponent(t)}`}>#{t}</a>))}
        </p>
      )}
      {editing && (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => onSaveNote!({ body: draftBody, tags: parseTags(tags) }), 'Not saved (your text is kept)');
          }}
        >
          <textarea value={draftBody} onInput={(e) => setBody(e.currentTarget.value)} aria-label="Note" />
          <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} aria-label="Tags (comma-separated)" placeholder="tags, comma-separated" />
          <div class="actions">
            <button type="submit" disabled={busy} aria-label={`Save ${noteName(entry)}`}>{busy ? 'Saving…' : 'Save'}</button>
            <button type="button" onClick={() => setEditing(false)} aria-label={`Cancel editing ${noteName(entry)}`}>Cancel</button>
          </div>
        </form>
      )}
      <footer>
        {page && !hidePage && (
          <a href={page.url} target="_blank" rel="noopener noreferrer" title={page.url}>
            {page.title || page.url}
          </a>
        )}
        {page && !hidePage && <span class="site"> · {page.site}</span>}
        <span class="date"> · {when(entryUpdated(entry))}</span>
        {orphaned && <span class="badge" title="The passage was not found the last time you opened the page. It is kept here.">could not be placed</span>}
        {!editing && onSaveNote && (
          <button type="button" class="link" onClick={() => setEditing(true)} aria-label={`${hasNote ? 'Edit' : 'Add'} ${noteName(entry)}`}>
            {hasNote ? 'Edit note' : 'Add note'}
          </button>
        )}
        {!editing && onDelete && (
          <button type="button" class="link danger" disabled={busy} onClick={() => void run(onDelete, 'Not deleted')} aria-label={`Delete ${entryName(entry)}`}>
            Delete
          </button>
        )}
      </footer>
      {error && <p class="error" role="alert">{error}</p>}
    </article>
  );
}
