/**
 * Turning the online look-up on and off, from Gloss's frame (the look-up panel) or the notebook's
 * settings. On: the browser is asked for the Wikipedia and Wikidata hosts (the manifest's
 * `optional_host_permissions`) at that moment, inside the reader's click (browsers grant such a
 * request only during a user gesture: `turnLookupOn` must be called straight from the click
 * handler), and only a grant turns the setting on. Off: the setting goes off at once (no request
 * is made from then on) and the browser is asked to withdraw the access; Chrome refuses to withdraw
 * hosts that Gloss's content script is declared for, the setting is what stops Gloss then.
 */
import browser from 'webextension-polyfill';
import { LOOKUP_HOST_PERMISSIONS } from '../core/lookup/endpoints.ts';
import { send } from './messaging.ts';

export type TurnedOn = { on: true } | { on: false; why: string };

/**
 * Whether this page may ask the browser for the hosts itself: Gloss's own pages can; Firefox gives
 * Gloss's frame inside a web page no permissions API (the reader turns the look-up on in the
 * notebook's settings there).
 */
export function canAskForAccess(): boolean {
  return typeof (browser as { permissions?: { request?: unknown } }).permissions?.request === 'function';
}

export async function turnLookupOn(): Promise<TurnedOn> {
  let granted: boolean;
  try {
    // first, before any await: still inside the click
    granted = await browser.permissions.request({ origins: [...LOOKUP_HOST_PERMISSIONS] });
  } catch (e) {
    return { on: false, why: `Your browser did not ask for access to Wikipedia and Wikidata (${(e as Error).message}). Try again from Gloss’s settings in the notebook.` };
  }
  if (!granted) return { on: false, why: 'The look-up stays off: access to Wikipedia and Wikidata was not allowed. Nothing was sent.' };
  try {
    await send('lookup/turnOn', {});
    return { on: true };
  } catch (e) {
    return { on: false, why: (e as Error).message };
  }
}

/** the browser's grant, as the settings page shows it */
export function lookupHostsGranted(): Promise<boolean> {
  return browser.permissions.contains({ origins: [...LOOKUP_HOST_PERMISSIONS] }).catch(() => false);
}

/** Gloss's own pages only (settings/update) */
export async function turnLookupOff(): Promise<void> {
  await send('settings/update', { patch: { onlineLookup: false } });
  await browser.permissions.remove({ origins: [...LOOKUP_HOST_PERMISSIONS] }).catch(() => false);
}
