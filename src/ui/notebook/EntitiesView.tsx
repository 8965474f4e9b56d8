/** By entity: the people, organisations and places the reader met or wrote about; each opens its dossier. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import type { EntityListing } from '../../core/model/dossier.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function EntitiesView({ reload, filter }: { reload: number; filter: string }) {
  const [entities, setEntities] = useState<EntityListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('notebook/entities', {}).then((r) => setEntities(r.entities), (e: Error) => setError(`Gloss could not list the names you met: ${e.message}`));
  }, [reload]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!entities) return <p>Loading…</p>;
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length ? entities.filter((e) => words.every((w) => e.name.toLowerCase().includes(w))) : entities;
  if (!entities.length) return <p class="empty">No names yet. Gloss lists here the people, organisations and places it marked on the pages you read.</p>;
  return (
    <ul class="entities" data-testid="entities-view">
      {shown.slice(0, 500).map((e) => (
        <li key={e.entityId} data-testid="entity-item">
          <a href={`#entity=${encodeURIComponent(e.entityId)}`}>{e.name}</a>
          {e.type && <span class="type"> · {e.type}</span>}
          <span class="counts">
            {' · '}{plural(e.pagesSeen, 'page', 'pages')}{e.highlights ? ` · ${plural(e.highlights, 'highlight', 'highlights')}` : ''}{e.notes ? ` · ${plural(e.notes, 'note', 'notes')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
