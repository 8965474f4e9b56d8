/** A list of entries that renders the first 200 and adds more on request (10,000 entries stay quick). */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { NotebookEntry } from '../../core/model/notebook.ts';

export const PAGE_SIZE = 200;

export function EntryList({ entries, render }: { entries: NotebookEntry[]; render: (e: NotebookEntry) => ComponentChildren }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <>
      {entries.slice(0, shown).map(render)}
      {entries.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, entries.length - shown)} more of {entries.length - shown} remaining
        </button>
      )}
    </>
  );
}
