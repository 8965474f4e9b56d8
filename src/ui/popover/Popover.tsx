/**
 * The background popover for one marked name. Everything from packs, pages and notes is rendered
 * as text (JSX text nodes), never as HTML; links only for http(s) source URLs.
 *
 * Laid out as a Card: the header (name, type, one-line description) always shows, the rest
 * scrolls inside the card, the actions stay under it.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Res } from '../../protocol.ts';
import type { EntityType, SourceRef } from '../../core/pack/types.ts';
import { factOrigin, factPeriod } from '../../core/pack/fact-origin.ts';
import { Card } from './Card.tsx';

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
  /** a note the reader started about this name on this page and did not save ('' if none) */
  draft: string;
  /** the reader's unsaved note changed ('' when saved, cancelled or emptied) */
  onDraft(body: string): void;
  /** the name sits inside one of the reader's highlights: offer its editor */
  inHighlight?: boolean;
  actions: {
    addNote(body: string): Promise<void>;
    reject(): Promise<void>;
    mute(): Promise<void>;
    openNotebook(): Promise<void>;
    openHighlight(): Promise<void>;
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

/** a source's name, linked when it has an http(s) address */
function SourceName({ source }: { source: SourceRef }) {
  const href = safeHref(source.url);
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{source.name}</a> : <>{source.name}</>;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A summary that only repeats the description (a personal entity saved without one) is not shown twice. */
const sameText = (a: string, b: string) => a.replace(/[\s.]+$/u, '').trim().toLowerCase() === b.replace(/[\s.]+$/u, '').trim().toLowerCase();

export function Popover({ entityId, markText, detail, loadError, notes, draft: initialDraft, onDraft, inHighlight, actions }: PopoverProps) {
  const [writing, setWriting] = useState(initialDraft !== '');
  const [draft, setDraftState] = useState(initialDraft);
  const [status, setStatus] = useState<string | null>(initialDraft ? 'Your unsaved note is still here.' : null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** "Add a note" was chosen: move into the text box (not when a kept draft is shown again) */
  const [focusNote, setFocusNote] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (writing && focusNote) noteRef.current?.focus();
  }, [writing, focusNote]);
  const setDraft = (body: string) => {
    setDraftState(body);
    onDraft(body);
  };

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

  const head = (
    <>
      <div class="head">
        <h2 id="gloss-pop-name" data-testid="pop-name">{name}</h2>
        {entity && <span class="type" data-testid="pop-type">{TYPE_LABEL[entity.type] ?? entity.type}</span>}
      </div>
      {detail === undefined && !loadError && <p class="desc" aria-busy="true">Loading…</p>}
      {loadError && <p class="error" role="alert">{loadError}</p>}
      {detail === null && !loadError && <p class="desc" data-testid="pop-desc">Gloss has no background on this name in its knowledge packs.</p>}
      {entity && <p class="desc" id="gloss-pop-desc" data-testid="pop-desc">{entity.description}</p>}
    </>
  );

  // while a note is being written its form takes the actions' place under the card, always in view
  const noteForm = (
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
        <button type="button" onClick={() => { setDraft(''); setStatus(null); setWriting(false); }}>Discard</button>
      </div>
    </form>
  );
  const buttons = (
    <>
      {status && <p class="status" role="status">{status}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {writing ? noteForm : (
        <div class="actions" role="group" aria-label="Actions">
          <button type="button" data-action="note" onClick={() => { setStatus(null); setFocusNote(true); setWriting(true); }}>Add a note</button>
          {inHighlight && (
            <button type="button" data-action="highlight" onClick={() => run(actions.openHighlight)}>Your highlight</button>
          )}
          <button type="button" data-action="reject" disabled={busy} onClick={() => run(actions.reject)} title="This name on this page is someone or something else">
            {`Not ${name} here`}
          </button>
          <button type="button" data-action="mute" disabled={busy} onClick={() => run(actions.mute)}>{`Don't mark ${name}`}</button>
          <button type="button" data-action="notebook" onClick={() => run(actions.openNotebook)}>Open in notebook</button>
        </div>
      )}
    </>
  );

  return (
    <Card head={head} actions={buttons}>
      {entity && (
        <>
          {entity.summary && !sameText(entity.summary, entity.description) && <p class="summary">{entity.summary}</p>}
          {entity.facts && entity.facts.length > 0 && (
            <dl aria-label="At a glance">
              {entity.facts.map((f, i) => {
                const origin = factOrigin(f, entity.sources, detail!.pack.dataDate);
                return (
                  <Fragment key={i}>
                    <dt>{f.label}</dt>
                    <dd>
                      {f.value}
                      <span class="when">{factPeriod(f)}</span>
                      <span class="from" data-fact-origin="">
                        {origin.source && <SourceName source={origin.source} />}
                        {origin.source ? `, as of ${origin.asOf}` : `As of ${origin.asOf}`}
                      </span>
                    </dd>
                  </Fragment>
                );
              })}
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
        </section>
      )}
      {detail && (
        <div class="source">
          {'Source: '}
          {detail.entity.sources.map((s, i) => (
            <Fragment key={i}>
              {i > 0 && '; '}
              <SourceName source={s} />
              {` (${s.licence}${s.asOf ? `, as of ${s.asOf}` : ''})`}
            </Fragment>
          ))}
          {` · ${detail.pack.name}, data as of ${detail.pack.dataDate}`}
        </div>
      )}
      <span hidden data-entity={entityId} />
    </Card>
  );
}
