/**
 * The look-up panel inside Gloss's frame: a name (selected on the page, or faintly marked) looked
 * up on Wikidata and Wikipedia, a result chosen, read, and kept as one of the reader's entities.
 *
 * Nothing is sent before the reader clicks (or presses a key) here, unless the panel was opened
 * by the browser's context menu or the look-up shortcut (the background then holds a ticket for
 * this tab): what the page's content script says opens the panel, never a request. Every request
 * goes over a port of its own (sendAbortable); closing the panel closes it, which aborts the
 * requests in the background.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { Aborted, sendAbortable } from '../../shell/port-request.ts';
import { canAskForAccess, turnLookupOn } from '../../shell/lookup-access.ts';
import { describeLookupError, isUnreachable, type LookupError } from '../../core/lookup/errors.ts';
import type { Candidate } from '../../core/lookup/types.ts';
import { whatIsSentSentence } from '../../core/lookup/what-is-sent.ts';
import { MY_PACK_ID } from '../../core/pack/import.ts';
import type { ArticleView as Article, LookupAsk } from '../../protocol.ts';
import { ArticleView, describeItem, titleOf, type FetchInfo } from '../../ui/lookup/ArticleView.tsx';
import { CandidateList } from '../../ui/lookup/CandidateList.tsx';
import { KeepForm } from '../../ui/lookup/KeepForm.tsx';
import type { FrameView } from './view.ts';
import type { ContentChannel } from './index.tsx';

type LookupView = Extract<FrameView, { kind: 'lookup' }>;

/** Chrome lets the frame ask for the hosts in the reader's click; Firefox's frame has no permissions API */
const canAskHere = canAskForAccess();

type Step =
  | { kind: 'starting' }
  /** the look-up is off (or the browser withdrew its access): nothing can be sent */
  | { kind: 'off'; why: string | null }
  /** on; waiting for the reader to ask */
  | { kind: 'ready' }
  | { kind: 'searching' }
  | { kind: 'choose'; candidates: Candidate[]; note: string | null }
  | { kind: 'reading'; candidate: Candidate }
  | { kind: 'article'; found: Article; fetch: FetchInfo; others: Candidate[] }
  | { kind: 'keep'; found: Article; fetch: FetchInfo; others: Candidate[] }
  | { kind: 'kept'; entityName: string; replaced: boolean }
  | { kind: 'failed'; message: string; retry: boolean };

/** a single best candidate is read at once; several close ones are listed */
function bestOf(candidates: Candidate[]): Candidate | null {
  if (candidates.length === 1) return candidates[0]!;
  const exact = candidates.filter((c) => c.exact);
  return exact.length === 1 && candidates[0]?.exact ? candidates[0] : null;
}

export function LookupPanel({ view, channel, announce, onSettled }: { view: LookupView; channel: ContentChannel; announce: (t: string) => void; onSettled: () => void }) {
  const { name, lang, askedBy, seq } = view;
  const [step, setStep] = useState<Step>({ kind: 'starting' });
  const live = useRef<AbortController | null>(null);
  const root = useRef<HTMLDivElement>(null);

  /** a new request: the one before it (if any) is called off */
  const request = () => {
    live.current?.abort();
    live.current = new AbortController();
    return live.current.signal;
  };

  const failed = (error: LookupError | null, message?: string) => {
    if (error?.kind === 'aborted') return;
    if (error?.kind === 'not-allowed') return setStep({ kind: 'off', why: describeLookupError(error) });
    setStep({ kind: 'failed', message: message ?? describeLookupError(error!, name), retry: error ? isUnreachable(error) : true });
  };

  const read = async (candidate: Candidate, others: Candidate[]) => {
    setStep({ kind: 'reading', candidate });
    try {
      const r = await sendAbortable('lookup/article', { qid: candidate.qid, lang }, request());
      if (!r.ok) return failed(r.error);
      const fetch = { fetchedAt: r.fetchedAt, fromCache: r.fromCache, staleBecause: r.staleBecause };
      if (r.value.article.disambiguation && others.length > 0) {
        return setStep({ kind: 'choose', candidates: others, note: `“${candidate.label}” is a page listing several meanings. Choose one:` });
      }
      setStep({ kind: 'article', found: r.value, fetch, others });
      announce(`${titleOf(r.value.article, candidate.label)}: ${describeItem(r.value.article) ?? ''}`);
    } catch (e) {
      if (!(e instanceof Aborted)) failed(null, (e as Error).message);
    }
  };

  const search = async (by: LookupAsk) => {
    setStep({ kind: 'searching' });
    try {
      const r = await sendAbortable('lookup/search', { name, lang, askedBy: by }, request());
      if (!r.ok) return failed(r.error);
      const { candidates } = r.value;
      const best = bestOf(candidates);
      if (best) return void read(best, candidates.filter((c) => c !== best));
      setStep({ kind: 'choose', candidates, note: null });
      announce(`${candidates.length} results for ${name}.`);
    } catch (e) {
      if (e instanceof Aborted) return;
      // a command whose ticket the background did not accept: the reader asks here
      if (by === 'command') return setStep({ kind: 'ready' });
      failed(null, (e as Error).message);
    }
  };

  // started at once after rendering (a frame with no size yet gets no animation frames for effects)
  useLayoutEffect(() => {
    let current = true;
    setStep({ kind: 'starting' });
    send('lookup/access', {}).then(
      ({ on, granted }) => {
        if (!current) return;
        if (!on) setStep({ kind: 'off', why: null });
        else if (!granted) setStep({ kind: 'off', why: 'Your browser no longer gives Gloss access to Wikipedia and Wikidata.' });
        else if (askedBy === 'command') void search('command');
        else setStep({ kind: 'ready' });
      },
      (e: unknown) => current && failed(null, `Gloss could not read its settings (${(e as Error).message}).`),
    );
    return () => {
      current = false;
      live.current?.abort();
    };
  }, [seq]);

  // once the reader started a look-up here, passing the pointer off the panel does not close it
  const inUse = !['starting', 'off', 'ready'].includes(step.kind);
  useLayoutEffect(() => {
    void channel.request('hold', { held: inUse }).catch(() => undefined);
  }, [inUse, seq]);

  const settled = step.kind !== 'starting';
  useLayoutEffect(() => {
    if (settled) onSettled();
  }, [settled, seq]);
  // keyboard focus follows the panel's step when the reader is in it
  useLayoutEffect(() => {
    if (!document.hasFocus()) return;
    const at = root.current;
    (at?.querySelector<HTMLElement>('[data-autofocus]') ?? at?.querySelector<HTMLElement>('button, a[href], input'))?.focus();
  }, [step.kind]);

  const close = () => void channel.request('close', { returnFocus: true }).catch(() => undefined);
  const title = step.kind === 'article' || step.kind === 'keep' ? titleOf(step.found.article, name) : name;
  const busy = step.kind === 'searching' || step.kind === 'reading';

  return (
    <div class="lookup" ref={root} data-testid="lookup" data-step={step.kind}>
      <div class="head">
        <h2 id="gloss-pop-name">{title}</h2>
        <span class="type">Look up</span>
      </div>
      {step.kind === 'starting' && <p class="desc" aria-busy="true">Loading…</p>}
      {step.kind === 'off' && (
        <>
          <p class="intro">
            {step.why ?? 'Online look-up is off.'}{' '}
            {canAskHere
              ? `Turn it on to look up “${name}” on Wikipedia and Wikidata: your browser will ask you to allow Gloss to reach them.`
              : `Turn it on in Gloss’s settings to look up “${name}” on Wikipedia and Wikidata: your browser will ask you there to allow Gloss to reach them.`}
          </p>
          <p class="sent">{whatIsSentSentence(name, lang)}</p>
          <div class="actions">
            {canAskHere && (
              <button
                type="button"
                class="primary"
                data-testid="lookup-turn-on"
                data-autofocus=""
                onClick={() => {
                  // the browser's request runs inside this click
                  void turnLookupOn().then((r) => (r.on ? search('reader') : setStep({ kind: 'off', why: r.why })));
                }}
              >
                Turn on and look up
              </button>
            )}
            <button
              type="button"
              class={canAskHere ? undefined : 'primary'}
              data-testid="lookup-settings"
              {...(canAskHere ? {} : { 'data-autofocus': '' })}
              onClick={() => void send('pages/open', { page: 'notebook', hash: 'settings' })}
            >
              {canAskHere ? 'Settings' : 'Open settings'}
            </button>
            <button type="button" onClick={close}>Close</button>
          </div>
        </>
      )}
      {step.kind === 'ready' && (
        <>
          <p class="intro">Look up “{name}” on Wikipedia and Wikidata?</p>
          <p class="sent">{whatIsSentSentence(name, lang)}</p>
          <div class="actions">
            <button type="button" class="primary" data-testid="lookup-go" data-autofocus="" onClick={() => void search('reader')}>
              Look up online
            </button>
            <button type="button" onClick={close}>Close</button>
          </div>
        </>
      )}
      {step.kind === 'searching' && <p class="desc" aria-busy="true" role="status">Looking up “{name}” on Wikidata…</p>}
      {step.kind === 'reading' && <p class="desc" aria-busy="true" role="status">Reading about {step.candidate.label} on Wikipedia…</p>}
      {step.kind === 'choose' && (
        <>
          <p class="intro">{step.note ?? `Several things are called “${name}”. Which one is it?`}</p>
          <CandidateList candidates={step.candidates} disabled={busy} onChoose={(c) => void read(c, step.candidates.filter((o) => o !== c))} />
          <div class="actions"><button type="button" onClick={close}>Close</button></div>
        </>
      )}
      {(step.kind === 'article' || step.kind === 'keep') && <ArticleView article={step.found.article} fetch={step.fetch} />}
      {step.kind === 'article' && (
        <ArticleActions
          found={step.found}
          others={step.others}
          onKeep={() => setStep({ ...step, kind: 'keep' })}
          onOthers={() => setStep({ kind: 'choose', candidates: step.others, note: `Other results for “${name}”:` })}
          onClose={close}
        />
      )}
      {step.kind === 'keep' && (
        <KeepForm
          article={step.found.article}
          selection={name}
          onKeep={(choice, note) => send('lookup/save', { qid: step.found.article.qid, lang, choice, ...(note ? { note } : {}) })}
          onKept={(o) => {
            setStep({ kind: 'kept', entityName: o.entity.name, replaced: o.replaced });
            announce(`${o.entity.name} kept.`);
          }}
          onCancel={() => setStep({ ...step, kind: 'article' })}
        />
      )}
      {step.kind === 'kept' && (
        <>
          <p class="status" role="status" data-testid="lookup-kept">
            {step.replaced ? `${step.entityName} updated in your entities.` : `Kept: ${step.entityName} is now one of your entities.`} Pages you open from now on mark it.
          </p>
          <div class="actions">
            <button type="button" onClick={() => void send('pages/open', { page: 'notebook', hash: 'packs' })}>See my entities</button>
            <button type="button" onClick={close}>Close</button>
          </div>
        </>
      )}
      {step.kind === 'failed' && (
        <>
          <p class="error" role="alert" data-testid="lookup-error">{step.message}</p>
          <div class="actions">
            {step.retry && <button type="button" data-testid="lookup-retry" onClick={() => void search('reader')}>Try again</button>}
            <button type="button" onClick={close}>Close</button>
          </div>
        </>
      )}
    </div>
  );
}

function ArticleActions({ found, others, onKeep, onOthers, onClose }: { found: Article; others: Candidate[]; onKeep: () => void; onOthers: () => void; onClose: () => void }) {
  const { known } = found;
  const mine = known?.packId === MY_PACK_ID;
  return (
    <>
      {known && (
        <p class="known" data-testid="lookup-known">
          {mine ? `You kept this as ${known.entityName}.` : `${known.packName} knows it already, as ${known.entityName}: its name is marked on pages.`}
        </p>
      )}
      <div class="actions">
        {(!known || mine) && (
          <button type="button" class="primary" data-testid="lookup-keep" onClick={onKeep}>
            {mine ? 'Update my entity' : 'Keep as my entity'}
          </button>
        )}
        {others.length > 0 && <button type="button" data-testid="lookup-others" onClick={onOthers}>{`Other results (${others.length})`}</button>}
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </>
  );
}
