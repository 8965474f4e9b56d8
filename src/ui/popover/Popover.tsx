/**
 * The background popover for one marked name. Everything from packs, pages and notes is rendered
 * as text (JSX text nodes), never as HTML; links only for http(s) source URLs.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Res } from '../../protocol.ts';
import type { EntityType, Fact } from '../../core/pack/types.ts';

export type EntityDetail = Res<'entity/get'>;
export type EntityNotes = Res<'notes/aboutEntity'>;

export interface PopoverProps {
  entityId: string;
  /** the marked text, shown while loading or when the pack has no entry */
  markText: string;
  /** undefined while loading */
  detail: EntityDetail | undefined;
  loadError: string | null;
  /** null when notes are unavailable: the section is left out */
  notes: EntityNotes | null;
  actions: {
    addNote(body: string): Promise<void>;
    reject(): Promise<void>;
    mute(): Promise<void>;
    openNotebook(): Promise<void>;
  };
}

const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  event: 'Event',
  other: 'Entity',
};

function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function factWhen(f: Fact): string {
  if (f.since && f.until) return ` (${f.since}–${f.until})`;
  if (f.since) return ` (since ${f.since})`;
  if (f.asOf) return ` (as of ${f.asOf})`;
  return '';
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function Popover({ entityId, markText, detail, loadError, notes, actions }: PopoverProps) {
  const [writing, setWriting] = useState(false);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // "Add a note" puts the reader in the text box
  useEffect(() => {
    if (writing) noteRef.current?.focus();
  }, [writing]);

  const entity = detail?.entity;
  const name = entity?.name ?? markText;
  const run = async (what: () => Promise<void>, done?: string) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      if (done) setStatus(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <div class="head">
        <h2 id="gloss-pop-name">{name}</h2>
        {entity && <span class="type">{TYPE_LABEL[entity.type] ?? entity.type}</span>}
      </div>
      {detail === undefined && !loadError && <p class="desc" aria-busy="true">Loading…</p>}
      {loadError && <p class="error" role="alert">{loadError}</p>}
      {detail === null && !loadError && <p class="desc">Gloss has no background on this name in its knowledge packs.</p>}
      {entity && (
        <>
          <p class="desc" id="gloss-pop-desc">{entity.description}</p>
          {entity.summary && <p class="summary">{entity.summary}</p>}
          {entity.facts && entity.facts.length > 0 && (
            <dl aria-label="At a glance">
              {entity.facts.map((f, i) => (
                <Fragment key={i}>
                  <dt>{f.label}</dt>
                  <dd>
                    {f.value}
                    <span class="when">{factWhen(f)}</span>
                  </dd>
                </Fragment>
              ))}
            </dl>
          )}
        </>
      )}
      {/* always the same section, whatever the reader has noted: the card's size tells nothing (docs/security.md) */}
      {notes && (
        <section class="notes" aria-label="Your notes about this">
          <div>
            {notes.count > 0 ? `You noted ${notes.count} ${notes.count === 1 ? 'thing' : 'things'} about ${name}.` : `No notes about ${name} yet.`}
            {notes.pagesSeen > 1 && ` You met this name on ${notes.pagesSeen} pages.`}
          </div>
          {notes.latest && (
            <blockquote>
              {notes.latest.body}
              <div class="when">{formatDate(notes.latest.updated)}</div>
            </blockquote>
          )}
          {notes.count > 0 && <button type="button" class="linkish" onClick={() => run(actions.openNotebook)}>See your notes in the notebook</button>}
        </section>
      )}
      {detail && (
        <div class="source">
          {'Source: '}
          {detail.entity.sources.map((s, i) => {
            const href = safeHref(s.url);
            return (
              <Fragment key={i}>
                {i > 0 && '; '}
                {href ? <a href={href} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name}
                {` (${s.licence})`}
              </Fragment>
            );
          })}
          {` · ${detail.pack.name}, data as of ${detail.pack.dataDate}`}
        </div>
      )}
      {writing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const body = (noteRef.current?.value ?? draft).trim();
            if (!body) {
              setError('Type a note first, then save it.');
              return;
            }
            void run(async () => {
              await actions.addNote(body);
              setDraft('');
              setWriting(false);
            }, 'Note saved.');
          }}
        >
          <label class="sr" for="gloss-pop-note">{`Note about ${name}`}</label>
          <textarea
            id="gloss-pop-note"
            ref={noteRef}
            value={draft}
            placeholder={`What do you want to remember about ${name}?`}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <div class="actions">
            <button type="submit" disabled={busy}>Save note</button>
            <button type="button" onClick={() => setWriting(false)}>Cancel</button>
          </div>
        </form>
      )}
      {status && <p class="status" role="status">{status}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions" role="group" aria-label="Actions">
        {!writing && (
          <button type="button" data-action="note" onClick={() => { setStatus(null); setWriting(true); }}>Add a note</button>
        )}
        <button type="button" data-action="reject" disabled={busy} onClick={() => run(actions.reject)} title="This name on this page is someone or something else">
          {`Not ${name} here`}
        </button>
        <button type="button" data-action="mute" disabled={busy} onClick={() => run(actions.mute)}>{`Don't mark ${name}`}</button>
        <button type="button" data-action="notebook" onClick={() => run(actions.openNotebook)}>Open in notebook</button>
      </div>
      <span hidden data-entity={entityId} />
    </div>
  );
}
