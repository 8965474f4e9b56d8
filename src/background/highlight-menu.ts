/**
 * "Highlight with Gloss" / "Note with Gloss" (and "Look up … with Gloss", lookup/commands.ts) in
 * the context menu of selected text, and the `highlight-selection` keyboard command (manifest
 * `commands`, changeable by the reader in the browser's shortcut settings). Both are relayed to the tab's content script, which owns the
 * selection. Listeners are registered synchronously at start-up (called from index.ts).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { TabMessages } from '../protocol.ts';
import { recordError } from './error-log.ts';
import { LOOKUP_MENU, createLookupMenu, onLookupMenu } from './lookup/commands.ts';

const MENU = { highlight: 'gloss-highlight', note: 'gloss-note' } as const;

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU.highlight, title: 'Highlight with Gloss', contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU.note, title: 'Note with Gloss…', contexts: ['selection'] });
  createLookupMenu();
}

function tellTab(tabId: number | undefined, action: TabMessages['highlight/command']['action']): void {
  if (tabId === undefined || tabId < 0) return;
  const payload: TabMessages['highlight/command'] = { action };
  browser.tabs.sendMessage(tabId, { gloss: 1, type: 'highlight/command', payload }).catch((e: unknown) => {
    // the page has no Gloss content script (a browser page, the web store, a PDF viewer)
    recordError('highlight/command', new Error(`Gloss cannot highlight on this page (${e instanceof Error ? e.message : String(e)}).`));
  });
}

export function listenForHighlightCommands(): void {
  const ensureMenus = () => createMenus().catch((e: unknown) => recordError('contextMenus', e));
  browser.runtime.onInstalled.addListener(ensureMenus);
  browser.runtime.onStartup.addListener(ensureMenus);
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId === MENU.highlight) tellTab(tab?.id, 'highlight');
    else if (info.menuItemId === MENU.note) tellTab(tab?.id, 'note');
    else if (info.menuItemId === LOOKUP_MENU) onLookupMenu(info, tab);
  });
  browser.commands?.onCommand.addListener((command: string) => {
    if (command !== 'highlight-selection') return;
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tellTab(tab?.id, 'highlight'), (e: unknown) => recordError('highlight-selection', e));
  });
}
