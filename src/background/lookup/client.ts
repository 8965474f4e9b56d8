/**
 * The background's one look-up client (src/core/lookup/client.ts): the only place Gloss makes
 * requests to Wikidata and Wikipedia. Before every request it asks `lookupAllowed`: the reader's
 * "Look up online" setting and the browser's grant of the Wikipedia and Wikidata hosts, both. Its
 * answers are kept in the repository's `lookups` table.
 *
 * Test builds only: it may be pointed at the recorded API server on 127.0.0.1
 * (scripts/wikimedia-server.ts, test-server.ts). Production builds have no such branch
 * (lookup/endpoints.ts).
 */
import browser from 'webextension-polyfill';
import { LookupClient } from '../../core/lookup/client.ts';
import { LOOKUP_HOST_PERMISSIONS } from '../../core/lookup/endpoints.ts';
import { lookupEndpoints } from './endpoints.ts';
import { recordedServerOrigin } from './test-server.ts';
import * as repo from '../repository/index.ts';
import { recordError } from '../error-log.ts';

/** May Gloss reach Wikipedia and Wikidata now? Asked before every request; anything but a clear yes is a no. */
export async function lookupAllowed(): Promise<boolean> {
  const settings = await repo.getSettings();
  return settings.onlineLookup && (await hostsGranted());
}

/** the browser's grant of the optional host permissions (manifest `optional_host_permissions`) */
export function hostsGranted(): Promise<boolean> {
  return browser.permissions.contains({ origins: [...LOOKUP_HOST_PERMISSIONS] });
}

let current: { testOrigin: string | null; client: LookupClient } | null = null;

/** The client; in a test build, made again when a test pointed look-ups at another recorded server. */
export async function lookupClient(): Promise<LookupClient> {
  const testOrigin = __GLOSS_TEST__ ? await recordedServerOrigin() : null;
  if (current?.testOrigin !== testOrigin || !current) {
    const client = new LookupClient({
      fetch: (input, init) => fetch(input, init),
      allowed: lookupAllowed,
      endpoints: lookupEndpoints(testOrigin),
      version: __GLOSS_VERSION__,
      cache: repo.lookupCache,
      onCacheError: (e) => recordError('look-up cache', e),
    });
    current = { testOrigin, client };
  }
  return current.client;
}
