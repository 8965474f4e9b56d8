/**
 * Spotting and entity look-up in the background (issue #3). The compiled packs live here, so a tab
 * only sends its visible text and gets mentions back. What to draw (muted or rejected names, first
 * mention or every mention) is the content script's decision. The popover's entity comes from the
 * matcher's core of it and its details, read when asked (pack-details.ts).
 */
import type { Handlers } from './handlers.ts';
import { loadedPacks } from './packs.ts';
import { TextParts } from './text-parts.ts';
import type { Sender } from './senders.ts';
import { loadedEntity } from './pack-details.ts';
import { spot } from '../core/spot/spot.ts';
import { unknownNames } from '../core/lookup/unknown-names.ts';
import { getSettings } from './repository/index.ts';

/** a page's text sent in parts: at most this much is kept for one session, a few sessions per tab, and not for long */
const parts = new TextParts({ maxChars: 8_000_000, maxSessionsPerTab: 4, keepMs: 60_000, waitMs: 10_000 });

/** parts are kept per tab: one tab cannot add to, or read, another's */
const tabOf = (from: Sender) => (from.kind === 'content' ? String(from.tabId) : from.kind);

export const spotHandlers = {
  // the content script sends extracted page text: one "\n" between blocks, which names never span
  spot: async ({ text, lang, session, parts: count }, from) => {
    const whole = session ? (await parts.take(tabOf(from), session, count ?? 0)) + text : text;
    // the settings are read from the database while the text is spotted, not after (about 2–20 ms)
    const settings = getSettings();
    settings.catch(() => undefined);
    const found = spot(whole, await loadedPacks(), { lang, blockBreaks: true });
    // faint marks on names no pack knows: only when the reader asked for them (nothing is sent for them)
    const { onlineLookup, lookupUnknownNames } = await settings;
    return onlineLookup && lookupUnknownNames ? { ...found, unknown: unknownNames(whole, found.mentions) } : found;
  },
  'spot/part': async ({ session, index, text }, from) => {
    parts.add(tabOf(from), session, index, text, Date.now());
    return { ok: true as const };
  },
  'entity/get': async ({ id }) => loadedEntity(await loadedPacks(), id),
} satisfies Partial<Handlers>;
