/**
 * Background entry (Chrome service worker / Firefox background script). Owns the database and
 * answers protocol messages; all listeners are registered synchronously at start so a message
 * wakes a sleeping service worker and is still handled.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isEnvelope, type MessageType, type Reply } from '../protocol.ts';
import { coreHandlers, type Handlers } from './handlers.ts';
import { spotHandlers } from './spot-handlers.ts';
import { packsHandlers } from './packs-handlers.ts';
import { notesHandlers } from './notes-handlers.ts';
import { notebookHandlers } from './notebook-handlers.ts';
import { importHandlers } from './import-handlers.ts';
import { marksHandlers, listenForMarkCommands } from './marks-handlers.ts';
import { recordError, watchGlobalErrors } from './error-log.ts';
import { Refusal } from './refusal.ts';
import { listenForHighlightCommands } from './highlight-menu.ts';

watchGlobalErrors(globalThis as unknown as Parameters<typeof watchGlobalErrors>[0]);

const handlers: Handlers = {
  ...coreHandlers,
  ...spotHandlers,
  ...packsHandlers,
  ...notesHandlers,
  ...notebookHandlers,
  ...importHandlers,
  ...marksHandlers,
};

listenForMarkCommands();
listenForHighlightCommands();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers[message.type as MessageType] as
    | ((req: unknown, s: typeof sender) => Promise<unknown>)
    | undefined;
  if (!handler) {
    return Promise.resolve({ ok: false, error: `Gloss does not know the message "${message.type}".` } satisfies Reply<MessageType>);
  }
  return handler(message.payload, sender).then(
    (value) => ({ ok: true, value }),
    (e: unknown) => {
      if (!(e instanceof Refusal)) {
        console.error(`Gloss: ${message.type} failed`, e);
        recordError(message.type, e);
      }
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    },
  );
});
