/**
 * By page: each page with its title (a link), site and dates, its highlights in reading order
 * with their notes, then the notes about the page and those written on it; newest page first.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { NotebookEntry } from '../../core/model/notebook.ts';
import type { PageRecord } from '../../core/model/types.ts';
import { entryUpdated } from '../../core/model/notebook.ts';
import { storedStart } from '../../core/model/selectors.ts';
import { short, when } from './labels.ts';

interface Group {
  page: PageRecord;
  entries: NotebookEntry[];
  last: string;
}

/** where a highlight sits on its page (its stored position), for reading order */
const readingOrder = (e: NotebookEntry): number => (e.kind === 'highlight' ? storedStart(e.highlight.selectors) : Number.MAX_SAFE_INTEGER);

export function groupByPage(entries: readonly NotebookEntry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of entries) {
    if (!e.page) continue;
    let g = groups.get(e.page.id);
    if (!g) groups.set(e.page.id, (g = { page: e.page, entries: [], last: '' }));
    g.entries.push(e);
    if (entryUpdated(e) > g.last) g.last = entryUpdated(e);
  }
  const list = [...groups.values()];
  for (const g of list) g.entries.sort((a, b) => (a.kind === b.kind ? readingOrder(a) - readingOrder(b) : a.kind === 'highlight' ? -1 : 1));
  const lastOf = (g: Group) => (g.page.lastVisit > g.last ? g.page.lastVisit : g.last);
  return list.sort((a, b) => (lastOf(a) < lastOf(b) ? 1 : -1));
}

const GROUPS_PER_STEP = 50;

export function PagesView({ entries, card, onExport }: { entries: NotebookEntry[]; card: (e: NotebookEntry) => ComponentChildren; onExport: (page: PageRecord) => void }) {
  const groups = groupByPage(entries);
  const [shown, setShown] = useState(GROUPS_PER_STEP);
  if (!groups.length) return <p class="empty">No page has highlights or notes that match.</p>;
  return (
    <div data-testid="pages-view">
      {groups.slice(0, shown).map((g) => {
        const highlights = g.entries.filter((e) => e.kind === 'highlight').length;
        return (
          <section class="page-group" key={g.page.id} data-testid="page-group" aria-labelledby={`pg-${g.page.id}`}>
            <h3 id={`pg-${g.page.id}`}>
              <a href={g.page.url} target="_blank" rel="noopener noreferrer">{g.page.title || g.page.url}</a>
            </h3>
            <p class="meta">
              {g.page.site} · first read {when(g.page.firstVisit, false)} · last read {when(g.page.lastVisit, false)} · {highlights} {highlights === 1 ? 'highlight' : 'highlights'}{' '}
              <button type="button" class="link" onClick={() => onExport(g.page)} aria-label={`Export notes on '${short(g.page.title || g.page.url)}'`}>Export</button>
            </p>
            {g.entries.map(card)}
          </section>
        );
      })}
      {groups.length > shown && <button type="button" class="more" onClick={() => setShown(shown + GROUPS_PER_STEP)}>Show more pages ({groups.length - shown} remaining)</button>}
    </div>
  );
}
