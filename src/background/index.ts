/**
 * Background entry (Chrome service worker / Firefox background script). Owns the database and
 * answers protocol messages; all listeners are registered synchronously at start so a message
 * wakes a sleeping service worker and is still handled.
 *
 * Every message goes through one door: who sent it is read from what the browser says about the
 * sender, the message's rule (senders.ts) is applied, and only then does its handler run. A
 * refusal changes nothing and is not logged as an error.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { coreHandlers, type Handlers } from './handlers.ts';
import { spotHandlers } from './spot-handlers.ts';
import { packsHandlers } from './packs-handlers.ts';
import { notesHandlers } from './notes-handlers.ts';
import { notebookHandlers } from './notebook-handlers.ts';
import { importHandlers } from './import-handlers.ts';
import { marksHandlers, listenForMarkCommands } from './marks-handlers.ts';
import { watchGlobalErrors } from './error-log.ts';
import { listenForHighlightCommands } from './highlight-menu.ts';
import { dispatch, type AnyHandler } from './dispatch.ts';
import { originOf } from './senders.ts';
import { testHandlers, type TestHandlers } from './test-handlers.ts';
import { lookupHandlers } from './lookup/handlers.ts';
import { listenForLookupCommand, lookupMenuForTests } from './lookup/commands.ts';
import { listenForPortRequests } from './port-requests.ts';
import { defaultPack, reloadDefaultPackForTests } from './packs.ts';

watchGlobalErrors(globalThis as unknown as Parameters<typeof watchGlobalErrors>[0]);

const handlers: Handlers = {
  ...coreHandlers,
  ...spotHandlers,
  ...packsHandlers,
  ...notesHandlers,
  ...notebookHandlers,
  ...importHandlers,
  ...marksHandlers,
  ...lookupHandlers,
};
const table = new Map<string, AnyHandler>(Object.entries(handlers) as [string, AnyHandler][]);
if (__GLOSS_TEST__) {
  const all: TestHandlers = { ...testHandlers, 'debug/lookupMenu': lookupMenuForTests, 'debug/reloadPack': ({ damageKept }) => reloadDefaultPackForTests(damageKept) };
  for (const [type, h] of Object.entries(all)) table.set(type, h as AnyHandler);
}

const self = { id: browser.runtime.id, origin: originOf(new URL(browser.runtime.getURL(''))) };

// installed or updated: the built-in pack is loaded once now, so that its unpacked copy (pack-cache.ts)
// is kept before the first page asks and a background that wakes reads it back
browser.runtime.onInstalled.addListener(() => void defaultPack().catch(() => undefined));

listenForMarkCommands();
listenForHighlightCommands();
listenForLookupCommand();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(table, message, sender, self));
// requests that can be called off (a look-up whose popover closed): the same door, over a port
listenForPortRequests(table, self);
