/**
 * Look-ups the reader asks for through the browser: "Look up “…” with Gloss" in the context menu
 * of selected text (the browser reports the text) and the `lookup-selection` keyboard command
 * (manifest `commands`). Each leaves a ticket for its tab (src/core/lookup/tickets.ts) and tells
 * the tab's content script to open the look-up panel; Gloss's frame there starts the look-up with
 * the ticket. The context menu item is created with the highlight items (highlight-menu.ts).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { LookupTickets } from '../../core/lookup/tickets.ts';
import { recordError } from '../error-log.ts';
import { tellTabs } from '../marks-handlers.ts';
import type { Sender } from '../senders.ts';

export const LOOKUP_MENU = 'gloss-lookup';
export const LOOKUP_COMMAND = 'lookup-selection';

export const lookupTickets = new LookupTickets();

export function createLookupMenu(): void {
  browser.contextMenus.create({ id: LOOKUP_MENU, title: 'Look up “%s” with Gloss', contexts: ['selection'] });
}

function askTab(tabId: number | undefined, name: string | null): void {
  if (tabId === undefined || tabId < 0) return;
  lookupTickets.issue(tabId, name);
  tellTabs('lookup/command', { name }, tabId).catch((e: unknown) => recordError(LOOKUP_COMMAND, e));
}

/** the context menu item was chosen: `info.selectionText` is the text the browser saw selected */
export function onLookupMenu(info: Menus.OnClickData, tab?: Tabs.Tab): void {
  askTab(tab?.id, info.selectionText ?? null);
}

export function listenForLookupCommand(): void {
  browser.commands?.onCommand.addListener((command: string) => {
    if (command !== LOOKUP_COMMAND) return;
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => askTab(tab?.id, null), (e: unknown) => recordError(LOOKUP_COMMAND, e));
  });
}

/**
 * TEST BUILDS ONLY (registered by index.ts inside `if (__GLOSS_TEST__)`): what choosing the context
 * menu item does, for the asking tab; the browser's menu itself cannot be driven by a test.
 */
export async function lookupMenuForTests({ selectionText }: { selectionText: string }, from: Sender): Promise<{ ok: true }> {
  const tabId = from.kind === 'test' ? from.tabId : undefined;
  if (tabId === undefined) throw new Error('debug/lookupMenu: the asking page has no tab');
  askTab(tabId, selectionText);
  return { ok: true };
}
