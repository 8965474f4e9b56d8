/**
 * The notebook: every highlight and note, in four views (recent, by page, by entity with each
 * entity's dossier, by tag), searched as you type (MiniSearch, typo-tolerant), with Export and
 * Import dialogs, and the highlights that "could not be placed" on their page (kept, never
 * dropped). Data comes from the background's repository; the views and the search index are
 * built here, once per load.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { HIGHLIGHT_COLOURS, type HighlightColour, type PageRecord } from '../../core/model/types.ts';
import { byUpdatedDesc, entryId, type NotebookEntry, type NotebookQuery, type NoteDraft } from '../../core/model/notebook.ts';
import { entriesOf } from '../../core/model/dataset.ts';
import { buildSearch, type NotebookSearch } from '../../core/model/search.ts';
import type { Dossier } from '../../core/model/dossier.ts';
import { EntryCard } from '../../ui/notebook/EntryCard.tsx';
import { EntryList } from '../../ui/notebook/EntryList.tsx';
import { injectEntryCss } from '../../ui/notebook/entry.css.ts';
import { NotebookTabs, ViewTabs, routeFromHash, type NotebookRoute } from '../../ui/notebook/Tabs.tsx';
import { PagesView } from '../../ui/notebook/PagesView.tsx';
import { TagsView } from '../../ui/notebook/TagsView.tsx';
import { EntitiesView } from '../../ui/notebook/EntitiesView.tsx';
import { DossierView } from '../../ui/notebook/DossierView.tsx';
import { ExportDialog, type ScopeChoice } from '../../ui/notebook/ExportDialog.tsx';
import { ImportDialog } from '../../ui/notebook/ImportDialog.tsx';
import { entryName, short } from '../../ui/notebook/labels.ts';
import { PacksPanel } from '../../ui/packs/PacksPanel.tsx';
import { injectPacksCss } from '../../ui/packs/packs.css.ts';
import { LookupSettings } from '../../ui/settings/LookupSettings.tsx';

injectEntryCss();
injectPacksCss();

type Show = NonNullable<NotebookQuery['show']>;
const SHOW_LABELS: Record<Show, string> = {
  all: 'Everything',
  highlights: 'Highlights',
  notes: 'Notes on people and pages',
  orphaned: 'Not placed',
};

const matchesFilters = (e: NotebookEntry, show: Show, colour: HighlightColour | undefined): boolean => {
  if (show === 'highlights' && e.kind !== 'highlight') return false;
  if (show === 'notes' && e.kind !== 'note') return false;
  if (show === 'orphaned' && !(e.kind === 'highlight' && e.highlight.placement?.state === 'orphaned')) return false;
  return !colour || (e.kind === 'highlight' && e.highlight.colour === colour);
};

type DialogState = null | { kind: 'import' } | { kind: 'export'; initial: string; extra: ScopeChoice | null };

export function Notebook() {
  const [version, setVersion] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [route, setRoute] = useState<NotebookRoute>(() => routeFromHash(location.hash));
  const [entries, setEntries] = useState<NotebookEntry[] | null>(null);
  const [orphans, setOrphans] = useState<NotebookEntry[]>([]);
  const [text, setText] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [colour, setColour] = useState<HighlightColour | undefined>(undefined);
  const [undo, setUndo] = useState<{ text: string; what: string; run: () => Promise<void> } | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    send('ping', {}).then((r) => setVersion(r.version), (e: Error) => setError(e.message));
    const onHash = () => setRoute(routeFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const load = useCallback(async () => {
    try {
      const [data, lost] = await Promise.all([send('notebook/data', {}), send('highlights/orphans', {})]);
      setEntries(entriesOf(data).sort(byUpdatedDesc));
      setOrphans(lost.entries);
      setLoads((n) => n + 1);
      setError(null);
    } catch (e) {
      setError(`Gloss could not read your notebook: ${(e as Error).message}`);
    }
  }, []);
  useEffect(() => void load(), [load]);

  // one index per notebook; a reload after an edit re-reads only the entries that changed
  const search = useRef<NotebookSearch | null>(null);
  const index = useMemo(() => (search.current = search.current ? search.current.update(entries ?? []) : buildSearch(entries ?? [])), [entries]);
  const filtered = useMemo(() => {
    if (!entries) return [];
    const hits = index.search(text);
    let list = entries;
    if (hits) {
      const byId = new Map(entries.map((e) => [entryId(e), e]));
      list = hits.map((id) => byId.get(id)).filter((e): e is NotebookEntry => !!e);
    }
    return list.filter((e) => matchesFilters(e, show, colour));
  }, [entries, index, text, show, colour]);
  const searching = text.trim() !== '' || show !== 'all' || colour !== undefined;

  const remove = async (entry: NotebookEntry) => {
    if (entry.kind === 'highlight') {
      const removed = await send('highlights/delete', { id: entry.highlight.id });
      setUndo({ text: 'Highlight deleted.', what: entryName(entry), run: async () => void (await send('highlights/restore', { highlight: removed })) });
    } else {
      const removed = await send('notes/delete', { id: entry.note.id });
      setUndo({ text: 'Note deleted.', what: entryName(entry), run: async () => void (await send('notes/restore', { note: removed })) });
    }
    await load();
  };

  const saveNote = async (entry: NotebookEntry, draft: NoteDraft) => {
    if (entry.kind === 'highlight') await send('highlights/update', { id: entry.highlight.id, note: draft });
    else await send('notes/update', { id: entry.note.id, ...draft });
    await load();
  };

  const card = (e: NotebookEntry, hidePage = false) => (
    <EntryCard key={`${entryId(e)}:${loads}`} entry={e} hidePage={hidePage} onSaveNote={(d) => saveNote(e, d)} onDelete={() => remove(e)} />
  );

  const total = entries?.length ?? 0;
  const scopes: ScopeChoice[] = [{ key: 'all', label: `Everything (${total} ${total === 1 ? 'entry' : 'entries'})`, scope: { kind: 'all' }, described: { kind: 'all' } }];
  if (searching && filtered.length) {
    scopes.push({ key: 'search', label: `The current search result (${filtered.length})`, scope: { kind: 'annotations', ids: filtered.map(entryId) }, described: { kind: 'annotations', count: filtered.length } });
  }
  if (dialog?.kind === 'export' && dialog.extra) scopes.push(dialog.extra);
  const exportPage = (page: PageRecord) => setDialog({
    kind: 'export', initial: 'page',
    extra: { key: 'page', label: `The page '${short(page.title || page.url, 60)}'`, scope: { kind: 'page', pageId: page.id }, described: { kind: 'page', pageId: page.id } },
  });
  const exportDossier = (d: Dossier) => setDialog({
    kind: 'export', initial: 'entity',
    extra: { key: 'entity', label: `The dossier on ${d.name}`, scope: { kind: 'entity', entityId: d.entityId }, described: { kind: 'entity', entityId: d.entityId, entityName: d.name } },
  });

  const notesTab = route.tab === 'notes' ? route : null;
  return (
    <main>
      <header class="top">
        <h1>Gloss notebook</h1>
        {version && <span class="version" data-testid="version">Gloss {version}</span>}
        <span class="spacer" />
        <button type="button" onClick={() => setDialog({ kind: 'export', initial: searching && filtered.length ? 'search' : 'all', extra: null })}>Export</button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })}>Import</button>
      </header>
      <NotebookTabs tab={route.tab} />
      {route.tab === 'packs' && <PacksPanel />}
      {route.tab === 'settings' && <LookupSettings />}
      {error && <p class="error" role="alert">{error}</p>}
      {undo && (
        <p class="undo" role="status">
          {undo.text}{' '}
          <button type="button" aria-label={`Undo deleting ${undo.what}`} onClick={() => {
            const u = undo;
            setUndo(null);
            u.run().then(load, (e: Error) => setError(`Could not undo: ${e.message}`));
          }}>
            Undo
          </button>
        </p>
      )}

      {notesTab && orphans.length > 0 && notesTab.view === 'recent' && (
        <section class="orphans" data-testid="orphans" aria-labelledby="orphans-h">
          <h2 id="orphans-h">Could not be placed on their page ({orphans.length})</h2>
          <p class="hint">
            The passage was not found the last time you opened the page (it was removed or rewritten). They stay here with
            their notes; they come back on the page if the text returns.
          </p>
          {orphans.map((e) => card(e))}
        </section>
      )}

      {notesTab && (
        <section aria-labelledby="all-h">
          <h2 id="all-h" class="visually-hidden">Highlights and notes</h2>
          <ViewTabs view={notesTab.view} />
          {!notesTab.entityId && (
            <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
              <input type="search" placeholder={notesTab.view === 'entities' ? 'Find a name' : 'Search quotes, notes, tags, pages, names'} aria-label="Search" data-testid="search"
                value={text} onInput={(e) => setText(e.currentTarget.value)} />
              {notesTab.view === 'recent' && (
                <>
                  <select aria-label="Show" value={show} onChange={(e) => setShow(e.currentTarget.value as Show)}>
                    {(Object.keys(SHOW_LABELS) as Show[]).map((v) => <option key={v} value={v}>{SHOW_LABELS[v]}</option>)}
                  </select>
                  <select aria-label="Colour" value={colour ?? ''} onChange={(e) => setColour((e.currentTarget.value || undefined) as HighlightColour | undefined)}>
                    <option value="">All colours</option>
                    {HIGHLIGHT_COLOURS.map((c) => <option key={c} value={c}>{c}</option>)}
                  </select>
                </>
              )}
            </form>
          )}
          {entries === null && !error && <p>Loading…</p>}
          {entries && total === 0 && notesTab.view !== 'entities' && !notesTab.entityId && (
            <p class="empty">Nothing yet. Select text on a web page and choose Highlight or Note, or import notes you exported.</p>
          )}
          {entries && total > 0 && notesTab.view === 'recent' && (
            <>
              {filtered.length === 0 && <p class="empty">Nothing matches this search.</p>}
              {filtered.length > 0 && (
                <p class="count" data-testid="count" aria-live="polite">
                  {filtered.length === total ? `${total} ${total === 1 ? 'entry' : 'entries'}` : `${filtered.length} of ${total} ${total === 1 ? 'entry' : 'entries'}`}
                </p>
              )}
              <EntryList key={`${text}|${show}|${colour ?? ''}`} entries={filtered} render={(e) => card(e)} />
            </>
          )}
          {entries && total > 0 && notesTab.view === 'pages' && <PagesView entries={filtered} card={(e) => card(e, true)} onExport={exportPage} />}
          {entries && notesTab.view === 'tags' && <TagsView entries={filtered} tag={notesTab.tag} card={(e) => card(e)} />}
          {notesTab.view === 'entities' && !notesTab.entityId && <EntitiesView reload={loads} filter={text} />}
          {notesTab.entityId && <DossierView entityId={notesTab.entityId} reload={loads} card={(e) => card(e)} onExport={exportDossier} onChanged={() => void load()} />}
        </section>
      )}

      {dialog?.kind === 'export' && <ExportDialog scopes={scopes} initialScope={dialog.initial} version={version ?? '?'} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'import' && <ImportDialog onClose={() => setDialog(null)} onImported={() => void load()} />}
    </main>
  );
}
