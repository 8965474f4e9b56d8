/**
 * Exactly what the online look-up sends, in one place: every request Gloss makes to Wikidata and
 * Wikipedia is built by `lookupRequest`, from the name the reader selected and the page's
 * language, or from ids and titles that Wikidata itself returned. Nothing else goes out: no page
 * address, no page text, no notes, no cookies (FETCH_OPTIONS), no referrer. docs/permissions.md
 * describes the same requests; test/unit/lookup-requests.test.ts holds them to it.
 */
import type { LookupEndpoints } from './endpoints.ts';
import { isWikiLanguage } from './language.ts';

/** candidates asked for per search language */
export const SEARCH_LIMIT = 7;

/** The four requests of a look-up. */
export type LookupRequest =
  /** wbsearchentities: items whose label or alias starts with `name` in `lang`; labels shown in `displayLang` */
  | { kind: 'search'; name: string; lang: string; displayLang: string }
  /** wbgetentities: one item's labels, descriptions, aliases (in `langs`) and its Wikipedia articles in those languages */
  | { kind: 'entity'; qid: string; langs: readonly string[] }
  /** wbgetclaims: what the item is an instance of (P31), to suggest a type (person, place …) */
  | { kind: 'instance-of'; qid: string }
  /** Wikipedia REST page summary of one article, in the edition of `lang` */
  | { kind: 'summary'; lang: string; title: string };

export interface HttpRequest {
  url: string;
  headers: Record<string, string>;
}

/**
 * Options for every fetch: no cookies (a reader signed in to Wikipedia stays anonymous), no
 * Referer, redirects followed (a renamed article answers with a redirect to its new title).
 */
export const FETCH_OPTIONS = Object.freeze({
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'follow',
} as const satisfies RequestInit);

const QID = /^Q[1-9]\d*$/;

export function isQid(s: string): boolean {
  return QID.test(s);
}

/**
 * The descriptive `Api-User-Agent` Wikimedia asks clients in browsers to send (the real
 * User-Agent cannot be set there): the tool, its version, what it is.
 */
export function apiUserAgent(version: string): string {
  return `Gloss/${version} (browser extension for news readers; look-ups asked for by the reader)`;
}

function wikidataUrl(endpoints: LookupEndpoints, params: Record<string, string>): string {
  // origin=* makes MediaWiki treat the request as anonymous, whatever cookies the browser holds
  const query = new URLSearchParams({ ...params, format: 'json', formatversion: '2', origin: '*' });
  return `${endpoints.wikidataApi}?${query}`;
}

function checkLang(lang: string): string {
  if (!isWikiLanguage(lang)) throw new Error(`"${lang}" is not a Wikipedia language code.`);
  return lang;
}

function checkQid(qid: string): string {
  if (!isQid(qid)) throw new Error(`"${qid}" is not a Wikidata item id (Q123).`);
  return qid;
}

/** A title as the REST API takes it in the path: spaces as underscores, every reserved character (even "/") escaped. */
export function restTitle(title: string): string {
  return encodeURIComponent(title.trim().replace(/ /g, '_'));
}

/** The URL and headers of one look-up request. Throws on a malformed language code or id (a bug, never the reader's input). */
export function lookupRequest(req: LookupRequest, endpoints: LookupEndpoints, userAgent: string): HttpRequest {
  const headers = { 'Api-User-Agent': userAgent, Accept: 'application/json' };
  switch (req.kind) {
    case 'search':
      return {
        url: wikidataUrl(endpoints, {
          action: 'wbsearchentities',
          search: req.name,
          language: checkLang(req.lang),
          uselang: checkLang(req.displayLang),
          type: 'item',
          limit: String(SEARCH_LIMIT),
        }),
        headers,
      };
    case 'entity': {
      const langs = req.langs.map(checkLang);
      return {
        url: wikidataUrl(endpoints, {
          action: 'wbgetentities',
          ids: checkQid(req.qid),
          props: 'labels|descriptions|aliases|sitelinks',
          languages: langs.join('|'),
          sitefilter: langs.map((l) => `${l}wiki`).join('|'),
        }),
        headers,
      };
    }
    case 'instance-of':
      return {
        url: wikidataUrl(endpoints, { action: 'wbgetclaims', entity: checkQid(req.qid), property: 'P31', props: '' }),
        headers,
      };
    case 'summary':
      return {
        url: `${endpoints.wikipediaRest.replace('{lang}', checkLang(req.lang))}/page/summary/${restTitle(req.title)}`,
        headers,
      };
  }
}
