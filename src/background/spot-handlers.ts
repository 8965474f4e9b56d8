/**
 * Spotting and entity look-up in the background (issue #3). The compiled packs live here, so a tab
 * only sends its visible text and gets mentions back. What to draw (muted or rejected names, first
 * mention or every mention) is the content script's decision. The popover's entity comes from the
 * matcher's core of it and its details, read when asked (pack-details.ts).
 */
import type { Handlers } from './handlers.ts';
import { loadedPacks } from './packs.ts';
import { entityDetails } from './pack-details.ts';
import { spot } from '../core/spot/spot.ts';
import { joinEntity } from '../core/pack/compiled.ts';

export const spotHandlers = {
  // the content script sends extracted page text: one "\n" between blocks, which names never span
  spot: async ({ text, lang }) => spot(text, await loadedPacks(), { lang, blockBreaks: true }),
  'entity/get': async ({ id }) => {
    for (const m of await loadedPacks()) {
      const index = m.indexOf(id);
      if (index < 0) continue;
      const entity = joinEntity(m.entityAt(index), await entityDetails(m, index));
      return { entity, pack: { id: m.meta.id, name: m.meta.name, dataDate: m.meta.dataDate, licence: m.meta.licence } };
    }
    return null;
  },
} satisfies Partial<Handlers>;
