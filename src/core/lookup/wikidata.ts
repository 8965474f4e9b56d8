/**
 * Parsers for the Wikidata Action API responses a look-up reads: wbsearchentities,
 * wbgetentities (terms and sitelinks) and wbgetclaims (P31). Tolerant: missing optional fields are
 * absent in the result, results without a usable id are skipped, and only a response that is not
 * the documented shape at all is refused. Both JSON format versions (1 and 2) are read.
 */
import { asArray, asObject, asText, mediaWikiError, type JsonObject } from './json-fields.ts';
import { isQid } from './requests.ts';
import type { Parsed, SearchHit, WikidataItem } from './types.ts';

function notShape(detail: string): Parsed<never> {
  return { ok: false, problem: 'bad-response', detail };
}

function apiError(json: JsonObject): Parsed<never> | null {
  const e = mediaWikiError(json);
  return e ? { ok: false, problem: 'api-error', ...e } : null;
}

/** `{value, language}` term objects, as in `display.label` */
function termValue(x: unknown): string | null {
  return asText(asObject(x)?.value);
}

function searchHit(x: unknown): SearchHit | null {
  const hit = asObject(x);
  const qid = asText(hit?.id);
  if (!hit || !qid || !isQid(qid)) return null;
  const display = asObject(hit.display);
  const label = termValue(display?.label) ?? asText(hit.label) ?? qid;
  const description = termValue(display?.description) ?? asText(hit.description);
  const match = asObject(hit.match);
  return {
    qid,
    label,
    description,
    match: {
      type: asText(match?.type) ?? 'label',
      lang: asText(match?.language),
      text: asText(match?.text) ?? label,
    },
  };
}

/** wbsearchentities → the hits, in the API's order (its relevance). */
export function parseSearchResponse(input: unknown): Parsed<SearchHit[]> {
  const json = asObject(input);
  if (!json) return notShape('the search answer is not a JSON object');
  const error = apiError(json);
  if (error) return error;
  if (!Array.isArray(json.search)) return notShape('the search answer has no "search" list');
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  for (const x of json.search) {
    const hit = searchHit(x);
    if (hit && !seen.has(hit.qid)) {
      seen.add(hit.qid);
      hits.push(hit);
    }
  }
  return { ok: true, value: hits };
}

/** `{fr: {language, value}}` → `{fr: value}`; entries without a value are left out */
function termMap(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, term] of Object.entries(asObject(x) ?? {})) {
    const value = termValue(term);
    if (value) out[lang] = value;
  }
  return out;
}

function aliasMap(x: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(asObject(x) ?? {})) {
    const values = asArray(list).map(termValue).filter((v): v is string => v !== null);
    if (values.length) out[lang] = values;
  }
  return out;
}

function sitelinkMap(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [site, link] of Object.entries(asObject(x) ?? {})) {
    const title = asText(asObject(link)?.title);
    if (title) out[site] = title;
  }
  return out;
}

/**
 * wbgetentities for one id → the item, or null when Wikidata says it is missing (deleted, never
 * existed). A redirected id answers with the target's data; its `id` is then the target's.
 */
export function parseEntityResponse(input: unknown, qid: string): Parsed<WikidataItem | null> {
  const json = asObject(input);
  if (!json) return notShape('the entity answer is not a JSON object');
  const error = apiError(json);
  if (error) return error;
  const entities = asObject(json.entities);
  if (!entities) return notShape('the entity answer has no "entities" object');
  const entity = asObject(entities[qid]) ?? asObject(Object.values(entities)[0]);
  if (!entity) return notShape(`the entity answer does not hold ${qid}`);
  if ('missing' in entity) return { ok: true, value: null };
  const id = asText(entity.id);
  return {
    ok: true,
    value: {
      qid: id && isQid(id) ? id : qid,
      labels: termMap(entity.labels),
      descriptions: termMap(entity.descriptions),
      aliases: aliasMap(entity.aliases),
      sitelinks: sitelinkMap(entity.sitelinks),
    },
  };
}

/** the item id a statement's main snak points at ("Q5"), if it is a plain value */
function statementItem(x: unknown): string | null {
  const statement = asObject(x);
  if (!statement || statement.rank === 'deprecated') return null;
  const snak = asObject(statement.mainsnak);
  if (!snak || snak.snaktype !== 'value') return null;
  const value = asObject(asObject(snak.datavalue)?.value);
  const id = asText(value?.id) ?? (typeof value?.['numeric-id'] === 'number' ? `Q${value['numeric-id']}` : null);
  return id && isQid(id) ? id : null;
}

/** wbgetclaims for P31 → the classes the item is an instance of ("Q5" human), preferred ones first. */
export function parseInstanceOfResponse(input: unknown): Parsed<string[]> {
  const json = asObject(input);
  if (!json) return notShape('the claims answer is not a JSON object');
  const error = apiError(json);
  if (error) return error;
  const claims = asObject(json.claims);
  if (!claims) return notShape('the claims answer has no "claims" object');
  const statements = asArray(claims.P31);
  const preferred = statements.filter((s) => asObject(s)?.rank === 'preferred');
  const ids = [...preferred, ...statements.filter((s) => !preferred.includes(s))].map(statementItem);
  return { ok: true, value: [...new Set(ids.filter((id): id is string => id !== null))] };
}
