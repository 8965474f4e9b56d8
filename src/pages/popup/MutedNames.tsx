/**
 * The names the reader asked Gloss not to mark ("Don't mark …" in the popover), each with a way
 * to mark it again.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';

export function MutedNames({ ids, onUnmute }: { ids: string[]; onUnmute(id: string): void }) {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    Promise.all(ids.map(async (id) => [id, (await send('entity/get', { id }).catch(() => null))?.entity.name ?? id] as const)).then(
      (pairs) => live && setNames(Object.fromEntries(pairs)),
    );
    return () => {
      live = false;
    };
  }, [ids.join('|')]);
  if (!ids.length) return null;
  return (
    <section aria-labelledby="muted-h">
      <h2 id="muted-h">Not marked anywhere</h2>
      <ul class="muted">
        {ids.map((id) => (
          <li key={id}>
            <span>{names[id] ?? id}</span>
            <button type="button" onClick={() => onUnmute(id)} aria-label={`Mark ${names[id] ?? id} again`}>Mark again</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
