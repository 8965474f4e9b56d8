/**
 * One loaded pack: name, version, where it comes from, entity count, data date, licence, sources.
 * Imported packs and My entities can be removed after a confirmation; the reader's own entities
 * are listed, each removable.
 */
import { useState } from 'preact/hooks';
import type { PackInfo } from '../../core/pack/import.ts';

const ORIGIN: Record<PackInfo['origin'], string> = { 'built-in': 'built in', imported: 'imported', mine: 'yours' };

function day(iso: string | undefined): string {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleDateString(undefined, { dateStyle: 'medium' }) : '';
}

export interface PackCardProps {
  pack: PackInfo;
  onRemove: () => Promise<void>;
  onRemoveEntity: (id: string) => Promise<void>;
}

export function PackCard({ pack, onRemove, onRemoveEntity }: PackCardProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (fn: () => Promise<void>, what: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(`${what}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const removable = pack.origin !== 'built-in';
  return (
    <article class={`pack ${pack.error ? 'failed' : ''}`} data-testid="pack" data-pack-id={pack.id} data-origin={pack.origin}>
      <h3>
        <span data-testid="pack-name">{pack.name}</span>
        {pack.version && pack.origin !== 'mine' && <span class="version">v{pack.version}</span>}
        <span class="origin">{ORIGIN[pack.origin]}</span>
      </h3>
      {pack.error ? (
        <p class="error" role="alert">Not in use: {pack.error}</p>
      ) : (
        <p class="facts" data-testid="pack-facts">
          {pack.entities.toLocaleString()} {pack.entities === 1 ? 'entity' : 'entities'} · data as of {pack.dataDate} · licence {pack.licence}
          {pack.sources.length > 0 && <> · sources: {pack.sources.map((s) => s.name).join(', ')}</>}
          {pack.origin === 'imported' && pack.added && <> · imported {day(pack.added)}{pack.fileName ? ` from ${pack.fileName}` : ''}</>}
        </p>
      )}
      {pack.description && pack.origin !== 'mine' && <p class="desc">{pack.description}</p>}
      {pack.own && pack.own.length > 0 && (
        <ul class="own" data-testid="own-entities">
          {pack.own.map((e) => (
            <li key={e.id} data-entity-id={e.id}>
              <strong>{e.name}</strong> <span class="type">{e.type}</span> — {e.description}
              {e.aliases.length > 0 && <span class="type">(also {e.aliases.join(', ')})</span>}
              <button type="button" class="link danger" disabled={busy} onClick={() => void run(() => onRemoveEntity(e.id), `${e.name} was not removed`)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {removable && (
        <div class="actions">
          {!confirming && (
            <button type="button" class="danger" data-testid="pack-remove" disabled={busy} onClick={() => setConfirming(true)}>
              {pack.origin === 'mine' ? 'Remove all my entities…' : 'Remove pack…'}
            </button>
          )}
          {confirming && (
            <span class="confirm" role="group" aria-label="Confirm removal">
              {pack.origin === 'mine'
                ? `Remove all ${pack.entities} of your entities? Their names will no longer be marked.`
                : `Remove “${pack.name}”? Its ${pack.entities.toLocaleString()} entities will no longer be marked. You can import the file again later.`}{' '}
              <button type="button" class="danger" data-testid="pack-remove-confirm" disabled={busy} onClick={() => void run(onRemove, 'Not removed')}>
                Remove
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          )}
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </article>
  );
}
