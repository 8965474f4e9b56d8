/** By tag: every tag with how many entries carry it; choosing one lists them, newest first. */
import type { ComponentChildren } from 'preact';
import type { NotebookEntry } from '../../core/model/notebook.ts';
import { entryTags } from '../../core/model/notebook.ts';
import { EntryList } from './EntryList.tsx';

export function tagCounts(entries: readonly NotebookEntry[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const e of entries) {
    for (const t of entryTags(e)) {
      const k = t.toLowerCase();
      const c = counts.get(k) ?? { tag: t, count: 0 };
      c.count++;
      counts.set(k, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export function TagsView({ entries, tag, card }: { entries: NotebookEntry[]; tag?: string; card: (e: NotebookEntry) => ComponentChildren }) {
  const tags = tagCounts(entries);
  const chosen = tag?.toLowerCase();
  const tagged = chosen ? entries.filter((e) => entryTags(e).some((t) => t.toLowerCase() === chosen)) : [];
  return (
    <div data-testid="tags-view">
      {tags.length === 0 && <p class="empty">No tags yet. Add tags to a highlight or a note (comma-separated) to group them here.</p>}
      <ul class="tag-cloud" aria-label="Tags">
        {tags.map((t) => (
          <li key={t.tag}>
            <a class="tag" href={`#tag=${encodeURIComponent(t.tag)}`} aria-current={chosen === t.tag.toLowerCase() ? 'true' : undefined}>
              #{t.tag} <span class="n">{t.count}</span>
            </a>
          </li>
        ))}
      </ul>
      {chosen && (
        <section aria-labelledby="tag-h">
          <h3 id="tag-h">#{tag} ({tagged.length})</h3>
          <EntryList entries={tagged} render={card} />
        </section>
      )}
    </div>
  );
}
