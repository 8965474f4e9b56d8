/**
 * The look-up client: search a name, then read the chosen item. Runs in the background (the only
 * place that makes requests); fetch, the permission check, the cache and the clock are injected,
 * so it is unit-tested in Node against fakes and against the recorded API server.
 *
 *  - one request in flight per name (and per item): a second ask joins the first;
 *  - each ask can be aborted with its own AbortSignal (the popover closed); the requests stop
 *    when every asker has gone;
 *  - answers are cached; a fresh one (younger than the time-to-live) is served without a request,
 *    an old one only when the service cannot be reached, marked `stale`;
 *  - every failure is a structured LookupError (errors.ts), never an exception; a failing cache
 *    is reported (onCacheError) and the look-up goes on without it.
 */
import type { CachedAnswer, LookupCache } from './cache.ts';
import { lookupCacheKey, MemoryLookupCache } from './cache.ts';
import { rankCandidates } from './candidates.ts';
import type { LookupEndpoints } from './endpoints.ts';
import { isDisambiguationItem, typeFromInstanceOf } from './entity-type.ts';
import { isUnreachable, type LookupError, type LookupService } from './errors.ts';
import { InFlight } from './in-flight.ts';
import { lookupLanguages } from './language.ts';
import { lookupName } from './name.ts';
import { PoliteFetch, type FetchOutcome, type PoliteFetchOptions } from './polite-fetch.ts';
import { apiUserAgent, isQid, lookupRequest, type LookupRequest } from './requests.ts';
import type { Candidate, LookupArticle, Parsed, WikipediaSummary } from './types.ts';
import { parseEntityResponse, parseInstanceOfResponse, parseSearchResponse } from './wikidata.ts';
import { parseSummaryResponse } from './wikipedia.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface LookupClientOptions extends PoliteFetchOptions {
  endpoints: LookupEndpoints;
  /** Gloss's version, for the Api-User-Agent */
  version: string;
  cache?: LookupCache;
  /** how long an answer is served without asking again (default 7 days) */
  ttlMs?: number;
  /** told when the cache fails (the look-up goes on without it); the background logs it */
  onCacheError?: (error: unknown) => void;
}

export interface SearchAnswer {
  /** the name as sent */
  name: string;
  /** the page language it was looked up for */
  lang: string;
  /** best first; never empty (no candidate is the error "nothing-found") */
  candidates: Candidate[];
}

export type LookupResult<T> =
  | {
      ok: true;
      value: T;
      /** when the answer was fetched (ms since the epoch): "as of" for the reader */
      fetchedAt: number;
      fromCache: boolean;
      /** an answer older than the time-to-live, served because the service could not be reached; why */
      staleBecause: LookupError | null;
    }
  | { ok: false; error: LookupError };

type Work<T> = { ok: true; value: T } | { ok: false; error: LookupError };

const ABORTED: LookupResult<never> = { ok: false, error: { kind: 'aborted' } };

function serviceOf(req: LookupRequest): LookupService {
  return req.kind === 'summary' ? 'Wikipedia' : 'Wikidata';
}

/** a parser's refusal as the reader's error */
function parseError(parsed: Exclude<Parsed<unknown>, { ok: true }>, service: LookupService): LookupError {
  switch (parsed.problem) {
    case 'not-found':
      return { kind: 'nothing-found' };
    case 'api-error':
      return parsed.code === 'ratelimited' || parsed.code === 'maxlag'
        ? { kind: 'rate-limited', service, retryAt: null }
        : { kind: 'refused', service, status: 200, code: parsed.code };
    case 'bad-response':
      return { kind: 'bad-response', service, detail: parsed.detail };
  }
}

export class LookupClient {
  private readonly http: PoliteFetch;
  private readonly cache: LookupCache;
  private readonly ttlMs: number;
  private readonly userAgent: string;
  private readonly now: () => number;
  private readonly searches = new InFlight<LookupResult<SearchAnswer>>();
  private readonly articles = new InFlight<LookupResult<LookupArticle>>();

  constructor(private readonly options: LookupClientOptions) {
    this.http = new PoliteFetch(options);
    this.cache = options.cache ?? new MemoryLookupCache();
    this.ttlMs = options.ttlMs ?? 7 * DAY_MS;
    this.userAgent = apiUserAgent(options.version);
    this.now = options.now ?? (() => Date.now());
  }

  /** Candidates for a selected name, searched in the page's language and in English. */
  search(selection: string, pageLang: string | null | undefined, signal?: AbortSignal): Promise<LookupResult<SearchAnswer>> {
    const checked = lookupName(selection);
    if (!checked.ok) return Promise.resolve({ ok: false, error: { kind: 'not-a-name', problem: checked.problem } });
    const langs = lookupLanguages(pageLang);
    const [lang = 'en'] = langs;
    const name = checked.name;
    const key = lookupCacheKey.search(name, lang);
    const found = this.searches.run(key, signal, (shared) => this.cached(key, shared, () => this.fetchSearch(name, langs, shared)), ABORTED);
    // an empty answer is kept like any other (asking again would find nothing again), and read as "nothing found"
    return found.then((r) => (r.ok && r.value.candidates.length === 0 ? { ok: false, error: { kind: 'nothing-found' } } : r));
  }

  /** The chosen item: its Wikidata terms, a suggested type, and its Wikipedia summary (page language, else English). */
  article(qid: string, pageLang: string | null | undefined, signal?: AbortSignal): Promise<LookupResult<LookupArticle>> {
    if (!isQid(qid)) return Promise.resolve({ ok: false, error: { kind: 'nothing-found' } });
    const langs = lookupLanguages(pageLang);
    const key = lookupCacheKey.article(qid, langs[0] ?? 'en');
    return this.articles.run(key, signal, (shared) => this.cached(key, shared, () => this.fetchArticle(qid, langs, shared)), ABORTED);
  }

  private readonly cacheFailed = (error: unknown): undefined => {
    this.options.onCacheError?.(error);
    return undefined;
  };

  /** A fresh cached answer, else the service's, else (service unreachable) an old cached one. */
  private async cached<T>(key: string, signal: AbortSignal, fetchFresh: () => Promise<Work<T>>): Promise<LookupResult<T>> {
    const kept = (await this.cache.get(key).catch(this.cacheFailed)) as CachedAnswer<T> | undefined;
    if (kept && this.now() - kept.fetchedAt < this.ttlMs) {
      return { ok: true, value: kept.value, fetchedAt: kept.fetchedAt, fromCache: true, staleBecause: null };
    }
    const fresh = await fetchFresh();
    if (signal.aborted) return ABORTED;
    if (fresh.ok) {
      const answer = { value: fresh.value, fetchedAt: this.now() };
      await this.cache.put(key, answer).catch(this.cacheFailed);
      return { ok: true, ...answer, fromCache: false, staleBecause: null };
    }
    if (kept && isUnreachable(fresh.error)) {
      return { ok: true, value: kept.value, fetchedAt: kept.fetchedAt, fromCache: true, staleBecause: fresh.error };
    }
    return fresh;
  }

  /** One request's JSON. Only a Wikipedia summary may answer 404 (no such article); from the Action API it is a refusal. */
  private async get(req: LookupRequest, signal: AbortSignal): Promise<FetchOutcome> {
    const service = serviceOf(req);
    const answer = await this.http.getJson(lookupRequest(req, this.options.endpoints, this.userAgent), service, signal);
    if (answer.ok && answer.status === 404 && req.kind !== 'summary') {
      return { ok: false, error: { kind: 'refused', service, status: 404, code: null } };
    }
    return answer;
  }

  private async fetchSearch(name: string, langs: string[], signal: AbortSignal): Promise<Work<SearchAnswer>> {
    const [displayLang = 'en'] = langs;
    const answers = await Promise.all(langs.map((lang) => this.get({ kind: 'search', name, lang, displayLang }, signal)));
    const results = [];
    for (const [i, answer] of answers.entries()) {
      if (!answer.ok) return answer;
      const parsed = parseSearchResponse(answer.json);
      if (!parsed.ok) return { ok: false, error: parseError(parsed, 'Wikidata') };
      results.push({ lang: langs[i] ?? displayLang, hits: parsed.value });
    }
    const candidates = rankCandidates(name, results);
    return { ok: true, value: { name, lang: displayLang, candidates } };
  }

  private async fetchArticle(qid: string, langs: string[], signal: AbortSignal): Promise<Work<LookupArticle>> {
    const [entityAnswer, classesAnswer] = await Promise.all([
      this.get({ kind: 'entity', qid, langs }, signal),
      this.get({ kind: 'instance-of', qid }, signal),
    ]);
    if (!entityAnswer.ok) return entityAnswer;
    const entity = parseEntityResponse(entityAnswer.json, qid);
    if (!entity.ok) return { ok: false, error: parseError(entity, 'Wikidata') };
    if (!entity.value) return { ok: false, error: { kind: 'nothing-found' } };
    const item = entity.value;
    // the type is a suggestion: without it the reader picks one, so a failure here is not the reader's problem
    const classes = classesAnswer.ok ? parseInstanceOfResponse(classesAnswer.json) : null;
    const instanceOf = classes?.ok ? classes.value : null;

    const wikipedia = await this.fetchSummary(item.sitelinks, langs, signal);
    if (!wikipedia.ok) return wikipedia;
    return {
      ok: true,
      value: {
        qid: item.qid,
        lang: langs[0] ?? 'en',
        item,
        instanceOf,
        suggestedType: instanceOf ? typeFromInstanceOf(instanceOf) : null,
        disambiguation: (instanceOf ? isDisambiguationItem(instanceOf) : false) || wikipedia.value?.kind === 'disambiguation',
        wikipedia: wikipedia.value,
      },
    };
  }

  /** the first article, in language order, that Wikipedia has; null when there is none */
  private async fetchSummary(sitelinks: Record<string, string>, langs: string[], signal: AbortSignal): Promise<Work<WikipediaSummary | null>> {
    for (const lang of langs) {
      const title = sitelinks[`${lang}wiki`];
      if (!title) continue;
      const answer = await this.get({ kind: 'summary', lang, title }, signal);
      if (!answer.ok) return answer;
      // an article deleted since Wikidata linked it: try the next language
      if (answer.status === 404) continue;
      const parsed = parseSummaryResponse(answer.json, { lang, title });
      if (parsed.ok) return { ok: true, value: parsed.value };
      if (parsed.problem === 'not-found') continue;
      return { ok: false, error: parseError(parsed, 'Wikipedia') };
    }
    return { ok: true, value: null };
  }
}
