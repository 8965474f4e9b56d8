/**
 * The built-in pack, unpacked, kept in the extension's own Cache Storage once it has been loaded.
 * Chrome stops an idle background after 30 seconds, and the next page wakes it: reading these bytes
 * back is quicker than fetching the gzipped file from the package and unpacking it again.
 *
 * The copy is named by the pack's id, a hash of the packaged file that the build puts in the code,
 * so an update or another build never reads an older pack; storing a copy deletes the others. A
 * copy is used only when it has the length it was stored with, and packs.ts falls back to the
 * packaged file when a copy cannot be read or decoded. Web pages cannot reach an extension's Cache
 * Storage. It holds nothing of the reader's: only what the package itself holds.
 */

const CACHE_NAME = 'gloss-built-in-pack';
const LENGTH_HEADER = 'x-gloss-length';

/** Cache Storage keys are http(s) requests: an address that is never fetched */
function keyOf(id: string): string {
  return `https://gloss.invalid/built-in-pack/${encodeURIComponent(id)}`;
}

function cacheStorage(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches;
}

/** The unpacked pack stored under `id`, or null when there is none (or it cannot be read whole). */
export async function readKeptPack(id: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const storage = cacheStorage();
  if (!storage) return null;
  try {
    const res = await (await storage.open(CACHE_NAME)).match(keyOf(id));
    if (!res) return null;
    const bytes = new Uint8Array(await res.arrayBuffer());
    return bytes.length === Number(res.headers.get(LENGTH_HEADER)) ? bytes : null;
  } catch (e) {
    console.info('Gloss could not read its copy of the built-in pack; it reads the packaged file instead.', e);
    return null;
  }
}

/** Keep `bytes` as the unpacked pack `id`, in place of any other. */
export async function keepPack(id: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  // the response copies the bytes now: the caller's buffer is not held while the copy is written
  const copy = new Response(bytes, { headers: { 'content-type': 'application/octet-stream', [LENGTH_HEADER]: String(bytes.length) } });
  const cache = await storage.open(CACHE_NAME);
  const key = keyOf(id);
  for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
  await cache.put(key, copy);
}

/** Forget the copy (it could not be decoded). */
export async function dropKeptPack(): Promise<void> {
  await cacheStorage()?.delete(CACHE_NAME);
}

/** TEST BUILDS: replace the copy by bytes of the same length that are no pack */
export async function damageKeptPackForTests(id: string): Promise<void> {
  const kept = await readKeptPack(id);
  if (!kept) throw new Error('no kept copy of the built-in pack to damage');
  kept.fill(0x7b);
  await keepPack(id, kept);
}
