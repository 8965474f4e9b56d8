/**
 * Background support for marks on pages (issue #4): per-page "not this entity here" rejections
 * (the repository's `rejections` table, keyed by page id since schema version 4; a page named as
 * it names itself, so its AMP and canonical addresses share them), and notices to open tabs when
 * settings change or the "next-mark" command is pressed.
 */
import browser from 'webextension-polyfill';
import type { TabMessages } from '../protocol.ts';
import { rejectOn, rejectedOn, unrejectOn } from './repository/index.ts';
import type { Handlers } from './handlers.ts';

export const marksHandlers = {
  'marks/reject': async ({ entityId, ...page }) => {
    await rejectOn(page, entityId);
    return { ok: true as const };
  },
  'marks/unreject': async ({ entityId, ...page }) => {
    await unrejectOn(page, entityId);
    return { ok: true as const };
  },
  'marks/rejected': async (page) => ({ entityIds: await rejectedOn(page) }),
} satisfies Partial<Handlers>;

/** Send a notice to the content script of every open tab; tabs without Gloss are skipped quietly. */
export async function tellTabs<T extends keyof TabMessages>(type: T, payload: TabMessages[T], onlyTabId?: number): Promise<void> {
  const tabs = onlyTabId === undefined ? await browser.tabs.query({}) : [{ id: onlyTabId }];
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, { gloss: 1, type, payload }).catch(() => undefined),
    ),
  );
}

/** Settings changed: tell every tab to ask again (a notice; each content script gets its own view). */
export function settingsChanged(): void {
  tellTabs('settings/changed', {}).catch((e: unknown) => console.warn('Gloss could not tell tabs about new settings', e));
}

/** The "next-mark" command (manifest `commands`): the active tab moves focus to its next mark. */
export function listenForMarkCommands(): void {
  browser.commands?.onCommand.addListener((command: string) => {
    if (command !== 'next-mark') return;
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => (tab?.id === undefined ? undefined : tellTabs('marks/next', { direction: 1 }, tab.id)),
      () => undefined,
    );
  });
}
