/**
 * The notebook's two tabs: highlights and notes, and knowledge packs (#packs). Plain links to
 * hashes, so the browser's back button and a bookmark reach either tab.
 */
export type NotebookTab = 'notes' | 'packs';

export const PACKS_HASH = '#packs';

export function tabFromHash(hash: string): NotebookTab {
  return hash === PACKS_HASH ? 'packs' : 'notes';
}

export function NotebookTabs({ tab }: { tab: NotebookTab }) {
  return (
    <nav class="tabs" aria-label="Notebook sections">
      <a href="#" data-testid="tab-notes" aria-current={tab === 'notes' ? 'page' : undefined}>
        Highlights and notes
      </a>
      <a href={PACKS_HASH} data-testid="tab-packs" aria-current={tab === 'packs' ? 'page' : undefined}>
        Knowledge packs
      </a>
    </nav>
  );
}
