/**
 * TEST BUILDS ONLY: which recorded API server (scripts/wikimedia-server.ts, on 127.0.0.1) the
 * look-up client uses instead of Wikimedia. Kept in the database so it outlives a service worker
 * that went to sleep; only the `debug/lookupServer` test message sets it, and a production build
 * never reads it (client.ts asks only when __GLOSS_TEST__).
 */
import { db } from '../db.ts';
import { recordedServerEndpoints } from '../../core/lookup/endpoints.ts';

const KEY = 'test:lookup-server';

export async function recordedServerOrigin(): Promise<string | null> {
  return (await db.kv.get(KEY))?.value ?? null;
}

/** send look-ups to the recorded server at `origin` (http://127.0.0.1:PORT only), or to Wikimedia again (null) */
export async function useRecordedServer(origin: string | null): Promise<void> {
  if (origin === null) {
    await db.kv.delete(KEY);
    return;
  }
  recordedServerEndpoints(origin); // throws for anything but http://127.0.0.1:PORT
  await db.kv.put({ key: KEY, value: origin });
}
