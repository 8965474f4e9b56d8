/**
 * TEST BUILDS ONLY: messages the browser tests use to check the background (a small key/value
 * store that must survive a restart, and the errors the background saw). index.ts registers them
 * inside `if (__GLOSS_TEST__)`, so the production build holds neither the handlers nor their names.
 */
import type { Req, Res, TestMessageType } from '../protocol.ts';
import { db } from './db.ts';
import { recordedErrors } from './error-log.ts';
import { useRecordedServer } from './lookup/test-server.ts';
import type { Sender } from './senders.ts';

export type TestHandlers = { [T in TestMessageType]: (req: Req<T>, from: Sender) => Promise<Res<T>> };

/** the test handlers that need the extension's APIs: index.ts adds them (this file also loads in Node's unit tests) */
type NeedBrowser = 'debug/lookupMenu' | 'debug/reloadPack';

export const testHandlers: Omit<TestHandlers, NeedBrowser> = {
  'debug/put': async ({ key, value }) => {
    await db.kv.put({ key, value });
    return { ok: true as const };
  },
  'debug/get': async ({ key }) => ({ value: (await db.kv.get(key))?.value ?? null }),
  'debug/errors': async () => ({ errors: recordedErrors() }),
  'debug/lookupServer': async ({ origin }) => {
    await useRecordedServer(origin);
    return { ok: true as const };
  },
  'debug/tab': async (_req, from) => ({ tabId: from.kind === 'test' ? from.tabId ?? null : null }),
};
