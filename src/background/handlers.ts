/**
 * The background's answer to every protocol message. Each area contributes a partial table;
 * `Handlers` makes the union complete at compile time. A handler runs only after the dispatcher
 * has checked the sender against its rule (senders.ts) and gets the checked sender.
 */
import browser from 'webextension-polyfill';
import type { MessageType, Req, Res } from '../protocol.ts';
import type { Settings } from '../core/model/types.ts';
import * as repo from './repository/index.ts';
import { settingsChanged } from './marks-handlers.ts';
import type { Sender } from './senders.ts';
import { offOnSite } from '../core/model/settings.ts';
import { defaultPack } from './packs.ts';

/** `signal`: aborted when the sender gave up (its port closed: src/background/port-requests.ts) */
export type Handler<T extends MessageType> = (req: Req<T>, from: Sender, signal?: AbortSignal) => Promise<Res<T>>;
export type Handlers = { [T in MessageType]: Handler<T> };

/** What a sender is told about the settings: a web page's content script learns no other site the reader switched off. */
export function settingsFor(settings: Settings, from: Sender): Settings {
  if (from.kind !== 'content') return settings;
  const host = new URL(from.url).hostname;
  return { ...settings, disabledSites: settings.disabledSites.filter((s) => s === host) };
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = await repo.updateSettings(change);
  // once committed, open pages follow: pause, site off and muted names apply live
  settingsChanged();
  return next;
}

export const coreHandlers = {
  ping: async () => ({ ok: true as const, version: __GLOSS_VERSION__ }),
  'settings/get': async (_req, from) => {
    const settings = await repo.getSettings();
    // a page that opens asks this first, at document_start, and asks to spot once it is parsed: a
    // background woken by it reads the built-in pack now rather than then (unless Gloss is off there)
    if (from.kind === 'content' && !offOnSite(settings, new URL(from.url).hostname)) void defaultPack().catch(() => undefined);
    return settingsFor(settings, from);
  },
  'settings/update': async ({ patch }) => updateSettings((current) => ({ ...current, ...patch })),
  'settings/mute': async ({ entityId }) => {
    await updateSettings((current) => (current.mutedEntities.includes(entityId) ? current : { ...current, mutedEntities: [...current.mutedEntities, entityId] }));
    return { ok: true as const };
  },
  'pages/open': async ({ page, hash }) => {
    const url = browser.runtime.getURL(`pages/${page}.html`) + (hash ? `#${encodeURIComponent(hash)}` : '');
    await browser.tabs.create({ url });
    return { ok: true as const };
  },
} satisfies Partial<Handlers>;
