/**
 * Where the built-in pack's entity details (compiled.ts, `EntityDetails`) are in the extension:
 * in chunks of DETAIL_CHUNK_SIZE entities, in the pack's entity order, each a gzipped JSON array.
 * The build writes them (scripts/build-steps.ts); the background reads the one chunk a popover
 * needs (src/background/pack-details.ts). Pure: no browser API.
 */
import type { EntityDetails } from './compiled.ts';

/** the built-in pack's matcher part (compiled-file.ts), gzipped */
export const DEFAULT_PACK_PATH = 'packs/default.pack.gz';
/** entities per chunk of details: about 60 KB gzipped for the default pack's kind of entity */
export const DETAIL_CHUNK_SIZE = 256;

/** the file of chunk `chunk` of the built-in pack's details */
export function detailChunkPath(chunk: number): string {
  return `packs/default-details/${String(chunk).padStart(4, '0')}.json.gz`;
}

/** which chunk holds the details of entity `index`, and where in it */
export function detailPlace(index: number): { chunk: number; offset: number } {
  return { chunk: Math.floor(index / DETAIL_CHUNK_SIZE), offset: index % DETAIL_CHUNK_SIZE };
}

/** the details split into chunks, in order */
export function detailChunks(details: readonly EntityDetails[]): EntityDetails[][] {
  const out: EntityDetails[][] = [];
  for (let i = 0; i < details.length; i += DETAIL_CHUNK_SIZE) out.push(details.slice(i, i + DETAIL_CHUNK_SIZE));
  return out;
}
