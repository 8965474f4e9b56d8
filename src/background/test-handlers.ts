/**
 * TEST BUILDS ONLY: messages the browser tests use to check the background (a small key/value
 * store that must survive a restart, and the errors the background saw). index.ts registers them
 * inside `if (__GLOSS_TEST__)`, so the production build holds neither the handlers nor their names.
 */
import type { Req, Res, TestMessageType } from '../protocol.ts';
import { db } from './db.ts';
import { recordedErrors } from './error-log.ts';
import { useRecordedServer } from './lookup/test-server.ts';
import { LOOKUP_MENU, onLookupMenu } from './lookup/commands.ts';
import type { Sender } from './senders.ts';

export type TestHandlers = { [T in TestMessageType]: (req: Req<T>, from: Sender) => Promise<Res<T>> };

export const testHandlers: TestHandlers = {
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
  'debug/lookupMenu': async ({ selectionText }, from) => {
    const tabId = from.kind === 'test' ? from.tabId : undefined;
    if (tabId === undefined) throw new Error('debug/lookupMenu: the asking page has no tab');
    onLookupMenu({ menuItemId: LOOKUP_MENU, selectionText, editable: false, modifiers: [] }, { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false });
    return { ok: true as const };
  },
};
