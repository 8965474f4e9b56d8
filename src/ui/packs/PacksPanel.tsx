/**
 * The notebook's "Knowledge packs" tab: the packs in use (built-in first), importing a pack file,
 * removing one, and adding entities of one's own.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import type { PackInfo } from '../../core/pack/import.ts';
import { ImportPack } from './ImportPack.tsx';
import { PackCard } from './PackCard.tsx';
import { AddEntityForm } from './AddEntityForm.tsx';
import { MyEntitiesFile } from './MyEntitiesFile.tsx';
import { injectPacksCss } from './packs.css.ts';

export function PacksPanel() {
  const [packs, setPacks] = useState<PackInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => injectPacksCss(), []);

  const load = useCallback(async () => {
    try {
      const r = await send('packs/list', {});
      setPacks(r.packs);
      setError(r.error);
    } catch (e) {
      setError(`Gloss could not list its knowledge packs: ${(e as Error).message}`);
    }
  }, []);

  useEffect(() => void load(), [load]);

  return (
    <section class="packs" data-testid="packs" aria-labelledby="packs-h">
      <h2 id="packs-h">Knowledge packs</h2>
      <p class="hint">The people, organisations and places Gloss recognises come from these packs. Names from every pack are marked.</p>
      {error && <p class="error" role="alert">{error}</p>}
      {packs === null && !error && <p>Loading…</p>}
      {packs?.map((p) => (
        <PackCard
          key={p.id}
          pack={p}
          onRemove={async () => {
            await send('packs/remove', { id: p.id });
            await load();
          }}
          onRemoveEntity={async (id) => {
            await send('packs/removeEntity', { id });
            await load();
          }}
        />
      ))}
      <ImportPack onImported={() => void load()} />
      <h2>Add your own entity</h2>
      <p class="hint">Someone the packs do not know (a local figure, a company you follow): saved in “My entities”, only on this computer.</p>
      <AddEntityForm onAdded={() => void load()} />
      <h2>Share your entities</h2>
      <p class="hint">Your own entities, and the ones you kept from online look-ups, as one pack file; or add the entities of such a file to yours.</p>
      <MyEntitiesFile hasOwn={packs?.some((p) => p.origin === 'mine' && !p.error && p.entities > 0) ?? false} onChanged={() => void load()} />
    </section>
  );
}
