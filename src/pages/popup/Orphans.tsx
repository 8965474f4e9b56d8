/**
 * The popup's "could not be placed on this page" list (issue #6): highlights saved on the active
 * tab's article whose passage was not found at the last visit, with their text and note.
 * The URL may be given (tests, the notebook); otherwise the active tab's is used.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import type { NotebookEntry } from '../../core/model/notebook.ts';
import { EntryCard } from '../../ui/notebook/EntryCard.tsx';
import { injectEntryCss } from '../../ui/notebook/entry.css.ts';
import { activeWebUrl } from './active-tab.ts';

export function Orphans({ url }: { url?: string }) {
  const [entries, setEntries] = useState<NotebookEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    injectEntryCss();
    (url ? Promise.resolve(url) : activeWebUrl())
      .then((u) => (u ? send('highlights/orphans', { url: u }) : { entries: [] }))
      .then((r) => setEntries(r.entries), (e: Error) => setError(`Gloss could not list this page's highlights: ${e.message}`));
  }, [url]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (entries.length === 0) return null;
  return (
    <section class="orphans" data-testid="orphans">
      <h2>Could not be placed on this page ({entries.length})</h2>
      {entries.map((e) => (
        <EntryCard key={e.kind === 'highlight' ? e.highlight.id : e.note.id} entry={e} compact />
      ))}
    </section>
  );
}
