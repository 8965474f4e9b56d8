/**
 * "Add your own entity": name, type, one-line description, aliases (comma-separated), optional
 * summary, and a note for when a name is shared with another entity. The background checks it
 * like any pack and answers in the form's terms; a refusal keeps what the reader typed. When the
 * name is already another entity's ("'Minsk' is already a place in the default pack"), the form
 * offers to add it as another meaning: with a note saying how to tell them apart (the
 * description, unless the reader writes one).
 */
import { useRef, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { ENTITY_TYPES, type EntityType } from '../../core/pack/types.ts';
import type { EntityDraft, EntityProblem } from '../../core/pack/my-entities.ts';
import { Messages } from './Messages.tsx';

const EMPTY: EntityDraft = { name: '', type: 'person', description: '', aliases: '', summary: '', sharedNote: '' };

export function AddEntityForm({ onAdded }: { onAdded: () => void }) {
  const [draft, setDraft] = useState<EntityDraft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<EntityProblem[]>([]);
  const [noteShown, setNoteShown] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const shared = problems.find((p) => p.anotherMeaning);
  const set = (patch: Partial<EntityDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (sent: EntityDraft) => {
    setBusy(true);
    setProblems([]);
    setAdded(null);
    try {
      const r = await send('packs/addEntity', { draft: sent });
      if (!r.accepted) {
        setProblems(r.problems);
        return;
      }
      setAdded(`${r.entity.name} added to My entities. Pages you open from now on mark it.`);
      setDraft(EMPTY);
      setNoteShown(false);
      onAdded();
    } catch (e) {
      setProblems([{ code: 'invalid', message: `Not saved (your text is kept): ${(e as Error).message}` }]);
    } finally {
      setBusy(false);
    }
  };

  /** "Add as another meaning": a note tells the two apart; the description is that note unless one is written */
  const addAsAnotherMeaning = () => {
    const note = (draft.sharedNote ?? '').trim() || draft.description.trim();
    setNoteShown(true);
    if (!note) {
      setProblems([{ code: 'empty', field: 'sharedNote', message: 'Write how a reader tells them apart (for example "the bar, not the city"), then add it again.' }]);
      requestAnimationFrame(() => noteRef.current?.focus());
      return;
    }
    const next = { ...draft, sharedNote: note };
    setDraft(next);
    void submit(next);
  };

  return (
    <form
      class="add"
      data-testid="entity-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(draft);
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
      {(noteShown || shared || draft.sharedNote) && (
        <>
          <label for="gl-e-note">How to tell them apart</label>
          <input
            id="gl-e-note"
            ref={noteRef}
            value={draft.sharedNote}
            onInput={(e) => set({ sharedNote: e.currentTarget.value })}
            placeholder="the bar, not the city"
          />
        </>
      )}
      <div class="wide">
        <button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Add entity'}</button>
      </div>
      {problems.length > 0 && (
        <div class="wide status refused" role="alert" data-testid="entity-errors">
          Not added yet.
          <Messages items={problems.map((p) => p.message)} testid="entity-error-list" />
          {shared && (
            <button type="button" data-testid="entity-another-meaning" disabled={busy} onClick={addAsAnotherMeaning}>
              {`Add as another meaning of '${shared.anotherMeaning!.name}'`}
            </button>
          )}
        </div>
      )}
      {added && <p class="wide status ok" role="status" data-testid="entity-added">{added}</p>}
    </form>
  );
}
