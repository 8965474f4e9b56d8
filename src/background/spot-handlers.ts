/**
 * Spotting and entity look-up in the background (issue #3). The compiled packs live here, so a tab
 * only sends its visible text and gets mentions back.
 */
import type { Handlers } from './handlers.ts';
import { getSettings } from './handlers.ts';
import { loadedPacks } from './packs.ts';
import { spot } from '../core/spot/spot.ts';

export const spotHandlers = {
  spot: async ({ text, lang }) => {
    const [matchers, settings] = await Promise.all([loadedPacks(), getSettings()]);
    const result = spot(text, matchers, { lang });
    if (settings.mutedEntities.length === 0) return result;
    const muted = new Set(settings.mutedEntities);
    return { ...result, mentions: result.mentions.filter((m) => !muted.has(m.entityId)) };
  },
  'entity/get': async ({ id }) => {
    for (const m of await loadedPacks()) {
      const entity = m.entity(id);
      if (entity) return { entity, pack: { id: m.meta.id, name: m.meta.name, dataDate: m.meta.dataDate, licence: m.meta.licence } };
    }
    return null;
  },
} satisfies Partial<Handlers>;
