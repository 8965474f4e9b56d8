/** Tolerant reads of untyped JSON: a missing or wrongly typed field reads as absent, never as a crash. */
import { webLink } from '../url/web-link.ts';

export type JsonObject = Record<string, unknown>;

export function asObject(x: unknown): JsonObject | null {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as JsonObject) : null;
}

/** a non-empty string after trimming, else null */
export function asText(x: unknown): string | null {
  return typeof x === 'string' && x.trim() !== '' ? x.trim() : null;
}

export function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** an http(s) URL, else null (never javascript:, data: …) */
export function asHttpUrl(x: unknown): string | null {
  return webLink(asText(x));
}

/** a MediaWiki Action API error object (`{error: {code, info}}`), in format version 1 or 2 */
export function mediaWikiError(json: JsonObject): { code: string; info: string } | null {
  const error = asObject(json.error);
  if (!error) return null;
  return { code: asText(error.code) ?? 'unknown', info: asText(error.info) ?? asText(error['*']) ?? '' };
}
