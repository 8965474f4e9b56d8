/** The names of entities by id, for the popup's lists (the id itself until, or unless, its pack knows it). */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';

export function useEntityNames(ids: readonly string[]): (id: string) => string {
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
  return (id) => names[id] ?? id;
}
