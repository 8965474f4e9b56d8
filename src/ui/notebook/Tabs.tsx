/**
 * Where the notebook is: a tab (highlights and notes, knowledge packs, settings) and, in the first, a view
 * (recent, by page, by entity, by tag) or one entity's dossier. All in the address fragment, so
 * the back button, a bookmark and the popover's "open in notebook" (#entity=<id>) reach it.
 */
export type NotebookView = 'recent' | 'pages' | 'entities' | 'tags';
export type NotebookRoute =
  | { tab: 'packs' }
  | { tab: 'settings' }
  | { tab: 'notes'; view: NotebookView; tag?: string; entityId?: string };
export type NotebookTab = NotebookRoute['tab'];

export const PACKS_HASH = '#packs';
export const SETTINGS_HASH = '#settings';

const VIEW_LABELS: Record<NotebookView, string> = { recent: 'Recent', pages: 'By page', entities: 'By entity', tags: 'By tag' };

export function routeFromHash(hash: string): NotebookRoute {
  let raw = hash.replace(/^#/, '');
  if (raw === 'packs') return { tab: 'packs' };
  if (raw === 'settings') return { tab: 'settings' };
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep it as it is
  }
  const params = new URLSearchParams(raw);
  const entityId = params.get('entity');
  if (entityId) return { tab: 'notes', view: 'entities', entityId };
  const tag = params.get('tag');
  if (tag) return { tab: 'notes', view: 'tags', tag };
  const view = params.get('view');
  return { tab: 'notes', view: view === 'pages' || view === 'entities' || view === 'tags' ? view : 'recent' };
}

export const hashOf = (r: NotebookRoute): string => {
  if (r.tab === 'packs') return PACKS_HASH;
  if (r.tab === 'settings') return SETTINGS_HASH;
  if (r.entityId) return `#entity=${encodeURIComponent(r.entityId)}`;
  if (r.tag) return `#tag=${encodeURIComponent(r.tag)}`;
  return r.view === 'recent' ? '#' : `#view=${r.view}`;
};

/** kept for callers that only need the tab */
export const tabFromHash = (hash: string): NotebookTab => routeFromHash(hash).tab;

export function NotebookTabs({ tab }: { tab: NotebookTab }) {
  return (
    <nav class="tabs" aria-label="Notebook sections">
      <a href="#" data-testid="tab-notes" aria-current={tab === 'notes' ? 'page' : undefined}>
        Highlights and notes
      </a>
      <a href={PACKS_HASH} data-testid="tab-packs" aria-current={tab === 'packs' ? 'page' : undefined}>
        Knowledge packs
      </a>
      <a href={SETTINGS_HASH} data-testid="tab-settings" aria-current={tab === 'settings' ? 'page' : undefined}>
        Settings
      </a>
    </nav>
  );
}

export function ViewTabs({ view }: { view: NotebookView }) {
  return (
    <nav class="views" aria-label="Group your notes">
      {(Object.keys(VIEW_LABELS) as NotebookView[]).map((v) => (
        <a key={v} href={hashOf({ tab: 'notes', view: v })} data-testid={`view-${v}`} aria-current={view === v ? 'page' : undefined}>
          {VIEW_LABELS[v]}
        </a>
      ))}
    </nav>
  );
}
