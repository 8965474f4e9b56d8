/**
 * The notebook: every highlight and note, newest first, with a basic search and filters, and the
 * highlights that "could not be placed" on their page at the last visit (kept, never dropped).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../core/model/types.ts';
import { queryFromHash, type NotebookEntry, type NotebookQuery, type NoteDraft } from '../../core/model/notebook.ts';
import { EntryCard } from '../../ui/notebook/EntryCard.tsx';
import { injectEntryCss } from '../../ui/notebook/entry.css.ts';
import { NotebookTabs, tabFromHash } from '../../ui/notebook/Tabs.tsx';
import { PacksPanel } from '../../ui/packs/PacksPanel.tsx';
import { injectPacksCss } from '../../ui/packs/packs.css.ts';

injectEntryCss();
injectPacksCss();

const SHOW_LABELS: Record<NonNullable<NotebookQuery['show']>, string> = {
  all: 'Everything',
  highlights: 'Highlights',
  notes: 'Notes on people and pages',
  orphaned: 'Not placed',
};

async function saveNote(entry: NotebookEntry, draft: NoteDraft): Promise<void> {
  if (entry.kind === 'highlight') await send('highlights/update', { id: entry.highlight.id, note: draft });
  else await send('notes/update', { id: entry.note.id, ...draft });
}

export function Notebook() {
  const [version, setVersion] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<NotebookQuery>(() => queryFromHash(location.hash));
  const [tab, setTab] = useState(() => tabFromHash(location.hash));
  const [entries, setEntries] = useState<NotebookEntry[] | null>(null);
  const [orphans, setOrphans] = useState<NotebookEntry[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [total, setTotal] = useState(0);
  const [undo, setUndo] = useState<{ text: string; run: () => Promise<void> } | null>(null);

  useEffect(() => {
    send('ping', {}).then((r) => setVersion(r.version), (e: Error) => setError(e.message));
    const onHash = () => {
      setQuery(queryFromHash(location.hash));
      setTab(tabFromHash(location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const load = useCallback(async () => {
    try {
      const [list, lost] = await Promise.all([send('notebook/list', query), send('highlights/orphans', {})]);
      setEntries(list.entries);
      setTags(list.tags);
      setTotal(list.total);
      setOrphans(lost.entries);
      setError(null);
    } catch (e) {
      setError(`Gloss could not read your notebook: ${(e as Error).message}`);
    }
  }, [query]);

  useEffect(() => {
    const t = setTimeout(() => void load(), 150);
    return () => clearTimeout(t);
  }, [load]);

  const remove = async (entry: NotebookEntry) => {
    if (entry.kind === 'highlight') {
      const removed = await send('highlights/delete', { id: entry.highlight.id });
      setUndo({ text: 'Highlight deleted.', run: async () => void (await send('highlights/restore', removed)) });
    } else {
      const note = entry.note;
      await send('notes/delete', { id: note.id });
      setUndo({
        text: 'Note deleted.',
        run: async () => void (await send('notes/add', { target: note.target, body: note.body, tags: note.tags })),
      });
    }
    await load();
  };

  const card = (e: NotebookEntry) => (
    <EntryCard
      key={e.kind === 'highlight' ? e.highlight.id : e.note.id}
      entry={e}
      onSaveNote={async (d) => {
        await saveNote(e, d);
        await load();
      }}
      onDelete={() => remove(e)}
    />
  );

  return (
    <main>
      <header class="top">
        <h1>Gloss notebook</h1>
        {version && <span class="version" data-testid="version">Gloss {version}</span>}
      </header>
      <NotebookTabs tab={tab} />
      {tab === 'packs' && <PacksPanel />}
      {error && <p class="error" role="alert">{error}</p>}
      {undo && (
        <p class="undo" role="status">
          {undo.text}{' '}
          <button
            type="button"
            onClick={() => {
              const u = undo;
              setUndo(null);
              u.run().then(load, (e: Error) => setError(`Could not undo: ${e.message}`));
            }}
          >
            Undo
          </button>
        </p>
      )}

      {tab === 'notes' && orphans.length > 0 && (
        <section class="orphans" data-testid="orphans" aria-labelledby="orphans-h">
          <h2 id="orphans-h">Could not be placed on their page ({orphans.length})</h2>
          <p class="hint">
            The passage was not found the last time you opened the page (it was removed or rewritten). They stay here with
            their notes; they come back on the page if the text returns.
          </p>
          {orphans.map(card)}
        </section>
      )}

      <section aria-labelledby="all-h" hidden={tab !== 'notes'}>
        <h2 id="all-h">Highlights and notes</h2>
        <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <input
            type="search"
            placeholder="Search quotes, notes, tags, pages"
            aria-label="Search"
            data-testid="search"
            value={query.text ?? ''}
            onInput={(e) => setQuery({ ...query, text: e.currentTarget.value })}
          />
          <select aria-label="Show" value={query.show ?? 'all'} onChange={(e) => setQuery({ ...query, show: e.currentTarget.value as NotebookQuery['show'] })}>
            {Object.entries(SHOW_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
          <select aria-label="Tag" value={query.tag ?? ''} onChange={(e) => setQuery({ ...query, tag: e.currentTarget.value || undefined })}>
            <option value="">All tags</option>
            {tags.map((t) => <option key={t} value={t}>#{t}</option>)}
          </select>
          <select aria-label="Colour" value={query.colour ?? ''} onChange={(e) => setQuery({ ...query, colour: (e.currentTarget.value || undefined) as HighlightColour | undefined })}>
            <option value="">All colours</option>
            {HIGHLIGHT_COLOURS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </form>
        {query.entityId && (
          <p class="scope" data-testid="entity-scope">
            Notes about{' '}
            <strong>
              {entries?.map((e) => (e.note?.target.kind === 'entity' ? e.note.target.entityName : '')).find(Boolean) ?? 'this name'}
            </strong>{' '}
            <button
              type="button"
              onClick={() => {
                history.replaceState(null, '', location.pathname);
                setQuery({ show: 'all' });
              }}
            >
              Show everything
            </button>
          </p>
        )}
        {entries === null && !error && <p>Loading…</p>}
        {entries && total === 0 && <p class="empty">Nothing yet. Select text on a web page and choose Highlight or Note.</p>}
        {entries && total > 0 && entries.length === 0 && <p class="empty">Nothing matches this search.</p>}
        {entries && entries.length > 0 && (
          <p class="count" data-testid="count">
            {entries.length === total ? `${total} ${total === 1 ? 'entry' : 'entries'}` : `${entries.length} of ${total} ${total === 1 ? 'entry' : 'entries'}`}
          </p>
        )}
        {entries?.map(card)}
      </section>
    </main>
  );
}
