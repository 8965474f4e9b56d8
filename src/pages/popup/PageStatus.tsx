/**
 * What Gloss did on the current tab: how many names it marked, or why it could not (asked from
 * the tab's content script with the `marks/status` tab request).
 */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { MarksStatus, TabRequests } from '../../protocol.ts';

type Shown = { kind: 'status'; status: MarksStatus } | { kind: 'absent' } | null;

async function askTab(): Promise<Shown> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? 'https:')) return null;
  try {
    const type: keyof TabRequests = 'marks/status';
    const status = (await browser.tabs.sendMessage(tab.id, { gloss: 1, type, payload: {} })) as MarksStatus | undefined;
    return status ? { kind: 'status', status } : { kind: 'absent' };
  } catch {
    return { kind: 'absent' };
  }
}

export function PageStatus({ refreshKey }: { refreshKey: string }) {
  const [shown, setShown] = useState<Shown>(null);
  useEffect(() => {
    let live = true;
    // settings changes reach the tab first; ask a moment later
    const timer = setTimeout(() => askTab().then((s) => live && setShown(s), () => live && setShown(null)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [refreshKey]);
  if (!shown) return null;
  if (shown.kind === 'absent') {
    return <p class="status">Gloss is not running in this tab yet: reload the page to let it read the names.</p>;
  }
  const { state, marks, error } = shown.status;
  if (error) return <p class="error" role="alert">{error}</p>;
  if (state === 'off') return null;
  if (state === 'reading') return <p class="status">Reading the page…</p>;
  return (
    <p class="status" data-testid="page-marks">
      {marks === 0 ? 'No names Gloss knows on this page.' : `${marks} ${marks === 1 ? 'name' : 'names'} marked on this page.`}
    </p>
  );
}
