/**
 * Spotting and entity look-up in the background (owned by the spotting engine, issue #3/#4).
 * Placeholder until the engine lands: answers with a clear error instead of guessing.
 */
import type { Handlers } from './handlers.ts';

export const spotHandlers = {
  spot: async () => {
    throw new Error('Gloss: the spotting engine is not built into this version yet.');
  },
  'entity/get': async () => null,
} satisfies Partial<Handlers>;
