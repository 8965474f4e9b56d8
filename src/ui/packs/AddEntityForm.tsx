/**
 * "Add your own entity": name, type, one-line description, aliases (comma-separated), optional
 * summary, and a note for when a name is shared with another entity. The background validates it
 * like any pack; a refusal shows the validator's sentences and keeps what the reader typed.
 */
import { useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { ENTITY_TYPES, type EntityType } from '../../core/pack/types.ts';
import type { EntityDraft } from '../../core/pack/my-entities.ts';
import { Messages } from './Messages.tsx';

const EMPTY: EntityDraft = { name: '', type: 'person', description: '', aliases: '', summary: '', sharedNote: '' };

export function AddEntityForm({ onAdded }: { onAdded: () => void }) {
  const [draft, setDraft] = useState<EntityDraft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const needsNote = errors.some((e) => e.includes('sharedNote'));
  const set = (patch: Partial<EntityDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    setBusy(true);
    setErrors([]);
    setAdded(null);
    try {
      const r = await send('packs/addEntity', { draft });
      if (!r.accepted) {
        setErrors(r.errors);
        return;
      }
      setAdded(`${r.entity.name} added to My entities. Pages you open from now on mark it.`);
      setDraft(EMPTY);
      onAdded();
    } catch (e) {
      setErrors([`Not saved (your text is kept): ${(e as Error).message}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="add"
      data-testid="entity-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label for="gl-e-name">Name</label>
      <input id="gl-e-name" required value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} placeholder="Jane Doe" />
      <label for="gl-e-type">Type</label>
      <select id="gl-e-type" value={draft.type} onChange={(e) => set({ type: e.currentTarget.value as EntityType })}>
        {ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
      </select>
      <label for="gl-e-desc">Description</label>
      <input id="gl-e-desc" required value={draft.description} onInput={(e) => set({ description: e.currentTarget.value })} placeholder="one line: Mayor of Eastwick since 2024" />
      <label for="gl-e-aliases">Other names</label>
      <input id="gl-e-aliases" value={draft.aliases} onInput={(e) => set({ aliases: e.currentTarget.value })} placeholder="comma-separated: J. Doe, Doe" />
      <label for="gl-e-summary">Summary</label>
      <textarea id="gl-e-summary" value={draft.summary} onInput={(e) => set({ summary: e.currentTarget.value })} placeholder="optional: a few sentences of background" />
      {(needsNote || draft.sharedNote) && (
        <>
          <label for="gl-e-note">Note</label>
          <input
            id="gl-e-note"
            value={draft.sharedNote}
            onInput={(e) => set({ sharedNote: e.currentTarget.value })}
            placeholder="how a reader tells them apart: the baker, not the president"
          />
        </>
      )}
      <div class="wide">
        <button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Add entity'}</button>
      </div>
      {errors.length > 0 && (
        <div class="wide status refused" role="alert" data-testid="entity-errors">
          Not added{needsNote ? ': a name is shared with another entity; write a note saying how to tell them apart and add it again' : ''}.
          <Messages items={errors} testid="entity-error-list" />
        </div>
      )}
      {added && <p class="wide status ok" role="status" data-testid="entity-added">{added}</p>}
    </form>
  );
}
