/**
 * Spotting and entity look-up in the background (issue #3). The compiled packs live here, so a tab
 * only sends its visible text and gets mentions back. What to draw (muted or rejected names, first
 * mention or every mention) is the content script's decision.
 */
import type { Handlers } from './handlers.ts';
import { loadedPacks } from './packs.ts';
import { spot } from '../core/spot/spot.ts';

export const spotHandlers = {
  // the content script sends extracted page text: one "\n" between blocks, which names never span
  spot: async ({ text, lang }) => spot(text, await loadedPacks(), { lang, blockBreaks: true }),
  'entity/get': async ({ id }) => {
    for (const m of await loadedPacks()) {
      const entity = m.entity(id);
      if (entity) return { entity, pack: { id: m.meta.id, name: m.meta.name, dataDate: m.meta.dataDate, licence: m.meta.licence } };
    }
    return null;
  },
} satisfies Partial<Handlers>;
