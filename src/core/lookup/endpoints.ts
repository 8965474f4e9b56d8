/**
 * Where the online look-up sends its requests. Production builds use the real Wikimedia hosts,
 * fixed here; only test builds may point the client at the recorded API server on 127.0.0.1
 * (src/background/lookup/endpoints.ts decides, from a build-time flag). Pure: no browser API.
 */

export interface LookupEndpoints {
  /** the MediaWiki Action API of Wikidata (wbsearchentities, wbgetentities, wbgetclaims) */
  wikidataApi: string;
  /** the Wikipedia REST API of one language edition; `{lang}` stands for the checked language code */
  wikipediaRest: string;
}

export const WIKIMEDIA_ENDPOINTS: Readonly<LookupEndpoints> = Object.freeze({
  wikidataApi: 'https://www.wikidata.org/w/api.php',
  wikipediaRest: 'https://{lang}.wikipedia.org/api/rest_v1',
});

/**
 * The optional host permissions the reader grants when turning the look-up on: exactly the hosts
 * of WIKIMEDIA_ENDPOINTS (any language edition of Wikipedia, and Wikidata). The manifest lists
 * the same patterns (test/unit/manifest.test.ts checks), and without the grant no request is made.
 */
export const LOOKUP_HOST_PERMISSIONS: readonly string[] = Object.freeze(['https://*.wikipedia.org/*', 'https://www.wikidata.org/*']);

/** Where the licence and source links of looked-up text point, whatever server answered. */
export const WIKIDATA_ITEM_URL = 'https://www.wikidata.org/wiki/';

const LOOPBACK_ORIGIN = /^http:\/\/127\.0\.0\.1:\d{1,5}$/;

/**
 * The recorded API server's endpoints (scripts/wikimedia-server.ts) at `origin`. Only a loopback
 * origin (http://127.0.0.1:PORT) is accepted, so even a test build cannot be sent anywhere else.
 */
export function recordedServerEndpoints(origin: string): LookupEndpoints {
  if (!LOOPBACK_ORIGIN.test(origin)) {
    throw new Error(`The recorded look-up server must run on http://127.0.0.1:PORT, not "${origin}".`);
  }
  return {
    wikidataApi: `${origin}/wikidata/w/api.php`,
    wikipediaRest: `${origin}/wikipedia/{lang}/api/rest_v1`,
  };
}
