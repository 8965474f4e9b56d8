/**
 * Spotting and entity look-up in the background (issue #3). The compiled packs live here, so a tab
 * only sends its visible text and gets mentions back. What to draw (muted or rejected names, first
 * mention or every mention) is the content script's decision. The popover's entity comes from the
 * matcher's core of it and its details, read when asked (pack-details.ts).
 */
import type { Handlers } from './handlers.ts';
import { loadedPacks } from './packs.ts';
import { Refusal } from './refusal.ts';
import type { Sender } from './senders.ts';
import { loadedEntity } from './pack-details.ts';
import { spot } from '../core/spot/spot.ts';
import { unknownNames } from '../core/lookup/unknown-names.ts';
import { getSettings } from './repository/index.ts';

/** a page's text sent in parts: at most this much is kept for one session, a few sessions per tab, and not for long */
const MAX_SESSION_CHARS = 8_000_000;
const MAX_SESSIONS_PER_TAB = 4;
const SESSION_MS = 60_000;
const sessions = new Map<string, { parts: string[]; chars: number; at: number }>();

/** parts are kept per tab: one tab cannot add to, or read, another's */
const sessionKey = (from: Sender, session: string) => `${from.kind === 'content' ? from.tabId : from.kind}:${session}`;

function dropStale(now: number): void {
  for (const [k, s] of sessions) if (now - s.at > SESSION_MS) sessions.delete(k);
}

export const spotHandlers = {
  // the content script sends extracted page text: one "\n" between blocks, which names never span
  spot: async ({ text, lang, session }, from) => {
    let whole = text;
    if (session) {
      const key = sessionKey(from, session);
      const kept = sessions.get(key);
      sessions.delete(key);
      if (!kept) throw new Refusal('Gloss lost the first part of this page’s text (its background restarted). Reload the page to try again.');
      whole = kept.parts.join('') + text;
    }
    const found = spot(whole, await loadedPacks(), { lang, blockBreaks: true });
    // faint marks on names no pack knows: only when the reader asked for them (nothing is sent for them)
    const { onlineLookup, lookupUnknownNames } = await getSettings();
    return onlineLookup && lookupUnknownNames ? { ...found, unknown: unknownNames(whole, found.mentions) } : found;
  },
  'spot/part': async ({ session, text }, from) => {
    const now = Date.now();
    dropStale(now);
    const key = sessionKey(from, session);
    const tab = key.slice(0, key.indexOf(':') + 1);
    if (!sessions.has(key) && [...sessions.keys()].filter((k) => k.startsWith(tab)).length >= MAX_SESSIONS_PER_TAB) {
      throw new Refusal('This page is sending Gloss too much text at once.');
    }
    const kept = sessions.get(key) ?? { parts: [], chars: 0, at: now };
    if (kept.chars + text.length > MAX_SESSION_CHARS) {
      sessions.delete(key);
      throw new Refusal('This page’s text is too long for Gloss to look up its names.');
    }
    kept.parts.push(text);
    kept.chars += text.length;
    kept.at = now;
    sessions.set(key, kept);
    return { ok: true as const };
  },
  'entity/get': async ({ id }) => loadedEntity(await loadedPacks(), id),
} satisfies Partial<Handlers>;
