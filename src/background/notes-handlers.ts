/**
 * The reader's data: pages, highlights, notes, sightings (issue #6).
 * Placeholder until the store lands: answers with a clear error instead of pretending to save.
 */
import type { Handlers } from './handlers.ts';

const notYet = async (): Promise<never> => {
  throw new Error('Gloss cannot save notes in this version yet.');
};

export const notesHandlers = {
  'sightings/record': notYet,
  'notes/aboutEntity': notYet,
  'notes/add': notYet,
} satisfies Partial<Handlers>;
