/**
 * One entity's dossier: its background from its pack (with the pack, data date and licence),
 * every page where the reader met it with dates, the highlights whose text mentions it, and the
 * reader's notes about it. Gloss can show this because it records where each name was seen.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import type { Dossier } from '../../core/model/dossier.ts';
import type { NotebookEntry } from '../../core/model/notebook.ts';
import { parseTags } from '../../core/model/notebook.ts';
import { when } from './labels.ts';

/** "Add a note about …" from the dossier: the same note the popover writes, without a page */
function AddNote({ dossier, onAdded }: { dossier: Dossier; onAdded: () => void }) {
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const type = dossier.entity?.type;
  return (
    <form class="add-note" data-testid="dossier-add-note" onSubmit={(e) => {
      e.preventDefault();
      setBusy(true);
      send('notes/add', { target: { kind: 'entity', entityId: dossier.entityId, entityName: dossier.name, ...(type ? { entityType: type } : {}) }, body, tags: parseTags(tags) }).then(
        () => {
          setBody('');
          setTags('');
          setError(null);
          onAdded();
        },
        (err: Error) => setError(`Not saved (your text is kept): ${err.message}`),
      ).finally(() => setBusy(false));
    }}>
      <label for="dossier-note">Add a note about {dossier.name}</label>
      <textarea id="dossier-note" value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <input type="text" aria-label={`Tags for the note about ${dossier.name} (comma-separated)`} placeholder="tags, comma-separated" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <div><button type="submit" disabled={busy}>Save note</button></div>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}

export function DossierView({ entityId, reload, card, onExport, onChanged }: {
  entityId: string;
  reload: number;
  card: (e: NotebookEntry) => ComponentChildren;
  onExport: (d: Dossier) => void;
  /** after a note was added here: the notebook reloads */
  onChanged: () => void;
}) {
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('notebook/dossier', { entityId }).then(setDossier, (e: Error) => setError(`Gloss could not open this dossier: ${e.message}`));
  }, [entityId, reload]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!dossier) return <p>Loading…</p>;
  const { entity, pack, name } = dossier;
  return (
    <article class="dossier" data-testid="dossier" aria-labelledby="dossier-h">
      <p><a href="#view=entities">← All names</a></p>
      <h2 id="dossier-h" data-testid="dossier-name">{name}</h2>
      {entity ? (
        <div class="background" data-testid="dossier-background">
          <p class="description">{entity.type} · {entity.description}</p>
          <p>{entity.summary}</p>
          {pack && <p class="source">From {pack.name}, data as of {pack.dataDate}, licence {pack.licence}.</p>}
        </div>
      ) : (
        <p class="hint">No knowledge pack in use describes this name any more; your notes and sightings are still here.</p>
      )}
      <p><button type="button" onClick={() => onExport(dossier)} aria-label={`Export the dossier on ${name}`}>Export this dossier</button></p>

      <section aria-labelledby="d-notes-h">
        <h3 id="d-notes-h">Your notes about {name} ({dossier.notes.length})</h3>
        {dossier.notes.length ? dossier.notes.map(card) : <p class="empty">None yet: write one below, or open a mark of {name} on a page and choose “Add a note”.</p>}
        <AddNote dossier={dossier} onAdded={onChanged} />
      </section>
      <section aria-labelledby="d-hl-h">
        <h3 id="d-hl-h">Highlights that mention {name} ({dossier.highlights.length})</h3>
        {dossier.highlights.length ? dossier.highlights.map(card) : <p class="empty">None of your highlights mention {name}.</p>}
      </section>
      <section aria-labelledby="d-seen-h">
        <h3 id="d-seen-h">Where you met {name} ({dossier.sightings.length} {dossier.sightings.length === 1 ? 'page' : 'pages'})</h3>
        <ul class="sightings" data-testid="dossier-pages">
          {dossier.sightings.map((s) => (
            <li key={s.page.id}>
              <a href={s.page.url} target="_blank" rel="noopener noreferrer">{s.page.title || s.page.url}</a>
              <span class="meta"> · {s.page.site} · {when(s.firstSeen, false)}{s.lastSeen.slice(0, 10) !== s.firstSeen.slice(0, 10) ? ` – ${when(s.lastSeen, false)}` : ''} · {s.count} {s.count === 1 ? 'mention' : 'mentions'}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
