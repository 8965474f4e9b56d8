/**
 * What Gloss did on the current tab: how many names it marked, or why it could not, and the names
 * the reader said are someone else on this page ("Not X here"), each with "Mark again". Asked
 * from the tab's content script (the `marks/status` and `marks/unreject` tab requests), which
 * knows which page it is.
 */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { MarksStatus, TabRequests } from '../../protocol.ts';
import { activeTab } from './active-tab.ts';
import { useEntityNames } from './entity-names.ts';

type Shown = { kind: 'status'; status: MarksStatus } | { kind: 'absent' } | null;

/** A request to the active tab's content script; undefined when no content script answers. */
async function askTab<T extends keyof TabRequests>(type: T, payload: TabRequests[T]['req']): Promise<TabRequests[T]['res'] | undefined> {
  const tab = await activeTab();
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? 'https:')) return undefined;
  return (await browser.tabs.sendMessage(tab.id, { gloss: 1, type, payload })) as TabRequests[T]['res'] | undefined;
}

async function status(): Promise<Shown> {
  if (!/^https?:/.test((await activeTab())?.url ?? 'https:')) return null;
  try {
    const s = await askTab('marks/status', {});
    return s ? { kind: 'status', status: s } : { kind: 'absent' };
  } catch {
    return { kind: 'absent' };
  }
}

export function PageStatus({ refreshKey }: { refreshKey: string }) {
  const [shown, setShown] = useState<Shown>(null);
  const [again, setAgain] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // settings changes reach the tab first; ask a moment later
    const timer = setTimeout(() => status().then((s) => live && setShown(s), () => live && setShown(null)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [refreshKey, again]);
  if (!shown) return null;
  if (shown.kind === 'absent') {
    return <p class="status">Gloss is not running in this tab yet: reload the page to let it read the names.</p>;
  }
  const { state, marks, error: failed, rejected } = shown.status;
  const markAgain = (id: string) =>
    askTab('marks/unreject', { entityId: id }).then(
      () => setAgain((n) => n + 1),
      (e: Error) => setError(`Gloss could not mark it again: ${e.message}`),
    );
  return (
    <>
      {failed ? (
        <p class="error" role="alert">{failed}</p>
      ) : state === 'reading' ? (
        <p class="status">Reading the page…</p>
      ) : state === 'done' ? (
        <p class="status" data-testid="page-marks">
          {marks === 0 ? 'No names Gloss knows on this page.' : `${marks} ${marks === 1 ? 'name' : 'names'} marked on this page.`}
        </p>
      ) : null}
      {error && <p class="error" role="alert">{error}</p>}
      <RejectedHere ids={rejected} onMarkAgain={markAgain} />
    </>
  );
}

/** Names the reader said are someone or something else on this page, each with "Mark again". */
function RejectedHere({ ids, onMarkAgain }: { ids: string[]; onMarkAgain(id: string): void }) {
  const nameOf = useEntityNames(ids);
  if (!ids.length) return null;
  return (
    <section aria-labelledby="rejected-h">
      <h2 id="rejected-h">Not marked on this page</h2>
      <ul class="muted" data-testid="rejected-here">
        {ids.map((id) => (
          <li key={id}>
            <span>{nameOf(id)}</span>
            <button type="button" onClick={() => onMarkAgain(id)} aria-label={`Mark ${nameOf(id)} again on this page`}>Mark again</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
