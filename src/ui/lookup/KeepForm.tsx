/**
 * "Keep as my entity": the names it will be marked by (the selection and the item's labels
 * ticked, Wikidata's other names offered unticked, more can be typed), its type and its one-line
 * description, as the reader confirms them. When one of its names is another entity's too, the
 * reader is asked how to tell them apart (the item's description is offered).
 */
import { useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../core/pack/types.ts';
import { parseAliasList } from '../../core/pack/my-entities.ts';
import { suggestAliases, suggestedName, type SaveChoice } from '../../core/lookup/personal-entity.ts';
import type { LookupArticle } from '../../core/lookup/types.ts';
import type { KeepOutcome, OtherMeaning } from '../../core/lookup/keep.ts';
import { describeItem } from './ArticleView.tsx';

const TYPE_LABEL: Record<EntityType, string> = { person: 'A person', organisation: 'An organisation', place: 'A place', event: 'An event', other: 'Something else' };

export interface KeepFormProps {
  article: LookupArticle;
  /** the name the reader looked up */
  selection: string;
  onKeep: (choice: SaveChoice, note?: string) => Promise<KeepOutcome>;
  onKept: (outcome: Extract<KeepOutcome, { outcome: 'kept' }>) => void;
  onCancel: () => void;
}

export function KeepForm({ article, selection, onKeep, onKept, onCancel }: KeepFormProps) {
  const [name, setName] = useState(() => suggestedName(article, selection));
  const [type, setType] = useState<EntityType | ''>(article.suggestedType ?? '');
  const offered = suggestAliases(article, selection, name);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(offered.filter((s) => s.ticked).map((s) => s.text)));
  const [more, setMore] = useState('');
  const initialDescription = describeItem(article) ?? '';
  const [description, setDescription] = useState(initialDescription);
  const [asked, setAsked] = useState<{ others: OtherMeaning[]; note: string } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!type) return setProblems(['Choose what it is: a person, an organisation, a place, an event or something else.']);
    if (!name.trim()) return setProblems(['Give it a name: the name as pages write it.']);
    const aliases = [
      ...offered.filter((s) => ticked.has(s.text)).map((s) => ({ text: s.text, lang: s.lang })),
      ...parseAliasList(more, name).map((text) => ({ text })),
    ];
    const choice: SaveChoice = { name, type, aliases, ...(description.trim() !== initialDescription ? { description } : {}) };
    setBusy(true);
    setProblems([]);
    try {
      const outcome = await onKeep(choice, asked?.note);
      if (outcome.outcome === 'kept') onKept(outcome);
      else if (outcome.outcome === 'needs-note') setAsked({ others: outcome.others, note: asked?.note || outcome.suggestedNote });
      else if (outcome.outcome === 'known') setProblems([`${outcome.packName} already has it, as ${outcome.entityName}: its name is marked already.`]);
      else setProblems(outcome.problems);
    } catch (e) {
      setProblems([(e as Error).message]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form data-testid="lookup-keep-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label>
        Name
        <input type="text" data-testid="keep-name" data-autofocus="" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        What it is
        <select data-testid="keep-type" value={type} onChange={(e) => setType(e.currentTarget.value as EntityType)}>
          {!type && <option value="">Choose…</option>}
          {ENTITY_TYPES.map((t) => <option key={t} value={t}>{TYPE_LABEL[t]}</option>)}
        </select>
      </label>
      <label>
        One line about it
        <input type="text" data-testid="keep-description" value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>Mark it on pages as</legend>
        {offered.map((s) => (
          <label key={s.text}>
            <input
              type="checkbox"
              checked={ticked.has(s.text)}
              data-testid={`keep-alias-${s.text}`}
              onChange={(e) => {
                const next = new Set(ticked);
                if (e.currentTarget.checked) next.add(s.text);
                else next.delete(s.text);
                setTicked(next);
              }}
            />
            {s.text} {s.lang && <span class="lang">{s.lang}</span>}
          </label>
        ))}
        <label>
          Other names (comma-separated)
          <input type="text" data-testid="keep-more" value={more} onInput={(e) => setMore(e.currentTarget.value)} />
        </label>
      </fieldset>
      {asked && (
        <label>
          {`“${asked.others[0]?.name ?? name}” is also ${asked.others.map((o) => `${o.entityName} (${o.packName})`).join(', ')}. How do you tell them apart?`}
          <input type="text" data-testid="keep-note" value={asked.note} onInput={(e) => setAsked({ ...asked, note: e.currentTarget.value })} />
        </label>
      )}
      {problems.length > 0 && (
        <div class="error" role="alert">{problems.map((p, i) => <div key={i}>{p}</div>)}</div>
      )}
      <div class="actions">
        <button type="submit" class="primary" data-testid="keep-save" disabled={busy}>Keep</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
