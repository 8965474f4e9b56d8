/**
 * The background's answer to every protocol message. Each area contributes a partial table;
 * `Handlers` makes the union complete at compile time.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { MessageType, Req, Res } from '../protocol.ts';
import { db } from './db.ts';
import { getSettings, updateSettings } from './repository/index.ts';
import { recordedErrors } from './error-log.ts';
import { settingsChanged } from './marks-handlers.ts';

export type Handler<T extends MessageType> = (req: Req<T>, sender: Runtime.MessageSender) => Promise<Res<T>>;
export type Handlers = { [T in MessageType]: Handler<T> };

export const coreHandlers = {
  ping: async () => ({ ok: true as const, version: __GLOSS_VERSION__ }),
  'settings/get': async () => getSettings(),
  'settings/update': async ({ patch }) => {
    const next = await updateSettings(patch);
    // once committed, open pages follow: pause, site off and muted names apply live
    settingsChanged(next);
    return next;
  },
  'debug/put': async ({ key, value }) => {
    await db.kv.put({ key, value });
    return { ok: true as const };
  },
  'debug/get': async ({ key }) => ({ value: (await db.kv.get(key))?.value ?? null }),
  'debug/errors': async () => ({ errors: recordedErrors() }),
  'pages/open': async ({ page, hash }) => {
    const url = browser.runtime.getURL(`pages/${page}.html`) + (hash ? `#${encodeURIComponent(hash)}` : '');
    await browser.tabs.create({ url });
    return { ok: true as const };
  },
} satisfies Partial<Handlers>;
