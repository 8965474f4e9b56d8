/**
 * Where the background's look-up client sends requests. A production build always uses the real
 * Wikimedia hosts: `__GLOSS_TEST__` is the constant false there (build.mjs), so the test
 * branch below is removed from the bundle. A test build (dist/*-test) may be pointed at the
 * recorded API server (scripts/wikimedia-server.ts), and only on 127.0.0.1.
 */
import { recordedServerEndpoints, WIKIMEDIA_ENDPOINTS, type LookupEndpoints } from '../../core/lookup/endpoints.ts';

/** `testServerOrigin`: the recorded server's origin a browser test handed to a test build; ignored otherwise. */
export function lookupEndpoints(testServerOrigin?: string | null): LookupEndpoints {
  if (__GLOSS_TEST__ && testServerOrigin) return recordedServerEndpoints(testServerOrigin);
  return WIKIMEDIA_ENDPOINTS;
}
