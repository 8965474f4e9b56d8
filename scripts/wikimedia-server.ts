/**
 * The recorded Wikimedia API server: answers on 127.0.0.1 the way Wikidata's Action API
 * (wbsearchentities, wbgetentities, wbgetclaims) and Wikipedia's REST page summary answer, from
 * the recorded responses in test/fixtures/wikimedia (see its README). For the look-up tests:
 *
 *  - every request is logged (method, route, parameters, headers, status, aborted), so a test can
 *    prove that nothing was sent, or exactly what was;
 *  - `script()` makes the next matching requests answer 429 with Retry-After, a 5xx, or slowly
 *    (to abort mid-request), then the recorded answers again;
 *  - `until()` waits for an observable state of the log, never a fixed time.
 *
 * Test builds point the extension at it (recordedServerEndpoints in src/core/lookup/endpoints.ts);
 * production builds cannot. `node --import tsx scripts/wikimedia-server.ts [port]` runs it alone.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordedServerEndpoints, type LookupEndpoints } from '../src/core/lookup/endpoints.ts';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/wikimedia/', import.meta.url));
const JSON_TYPE = 'application/json; charset=utf-8';
const SUMMARY_TYPE = 'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.4.0"';

export type Route = 'wbsearchentities' | 'wbgetentities' | 'wbgetclaims' | 'summary' | 'other';

export interface LoggedRequest {
  method: string;
  route: Route;
  /** path and query as received */
  url: string;
  /** query parameters (Action API) */
  params: Record<string, string>;
  /** summary requests: the language edition and the decoded title */
  lang: string | null;
  title: string | null;
  headers: IncomingHttpHeaders;
  /** the status sent; null while the answer is pending (slow) or when the client went away first */
  status: number | null;
  /** the client closed the connection before the answer was complete */
  aborted: boolean;
  /** when the request arrived and when its connection was done with (performance.now() of this process) */
  receivedAt: number;
  closedAt: number | null;
}

/** A scripted answer: a status (with Retry-After, body) instead of the recorded one, and/or a delay before answering. */
export interface ScriptedReply {
  status?: number;
  retryAfter?: string;
  body?: string;
  delayMs?: number;
}

export interface WikimediaServer {
  origin: string;
  /** the endpoints a test build's look-up client uses to reach this server */
  endpoints: LookupEndpoints;
  /** every request received, in order */
  readonly requests: LoggedRequest[];
  /** the next requests of `route` ('any' for all) get these replies, one each, in order */
  script(route: Route | 'any', ...replies: ScriptedReply[]): void;
  /** resolves when `check(requests)` holds (checked on every change of the log), rejects after `timeoutMs` */
  until(check: (requests: readonly LoggedRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  /** forget the log and the scripts */
  reset(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------- recorded answers

type Json = Record<string, unknown>;

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

const searchKey = (lang: string, text: string) => `${lang}|${text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;
const titleKey = (lang: string, title: string) => `${lang}|${title.trim().replace(/ /g, '_')}`;

interface Recorded {
  searches: Map<string, Json>;
  entities: Map<string, Json>;
  claims: Map<string, Json>;
  summaries: Map<string, Json>;
}

function loadRecorded(root: string): Recorded {
  const rec: Recorded = { searches: new Map(), entities: new Map(), claims: new Map(), summaries: new Map() };
  for (const lang of readdirSync(join(root, 'wikidata/search'))) {
    for (const file of jsonFiles(join(root, 'wikidata/search', lang))) {
      const json = readJson(file);
      rec.searches.set(searchKey(lang, String((json.searchinfo as Json).search)), json);
    }
  }
  for (const file of jsonFiles(join(root, 'wikidata/entities'))) {
    for (const [id, entity] of Object.entries(readJson(file).entities as Json)) rec.entities.set(id, entity as Json);
  }
  for (const file of jsonFiles(join(root, 'wikidata/claims'))) {
    rec.claims.set(file.replace(/^.*\/(Q\d+)\.json$/, '$1'), readJson(file).claims as Json);
  }
  for (const lang of readdirSync(join(root, 'wikipedia/summary'))) {
    for (const file of jsonFiles(join(root, 'wikipedia/summary', lang))) {
      const json = readJson(file);
      const canonical = ((json.titles as Json | undefined)?.canonical ?? json.title) as string;
      rec.summaries.set(titleKey(lang, canonical), json);
    }
  }
  return rec;
}

interface Answer {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown, type = JSON_TYPE): Answer => ({ status, type, body: JSON.stringify(body) });
const apiError = (code: string, info: string) => json(200, { error: { code, info, docref: 'See https://www.wikidata.org/w/api.php for API usage.' }, servedby: 'mw-recorded' });

/** the languages and sites a wbgetentities request asked for; all when absent */
function pick<T>(map: unknown, wanted: string | undefined): Record<string, T> | undefined {
  if (typeof map !== 'object' || map === null) return undefined;
  if (!wanted) return map as Record<string, T>;
  const keep = new Set(wanted.split('|'));
  return Object.fromEntries(Object.entries(map).filter(([k]) => keep.has(k))) as Record<string, T>;
}

function getEntities(rec: Recorded, p: Record<string, string>): Answer {
  const ids = (p.ids ?? '').split('|').filter(Boolean);
  if (ids.length === 0) return apiError('param-missing', 'Either provide the item "ids" or pairs of "sites" and "titles" for corresponding pages.');
  const bad = ids.find((id) => !/^[QPL][1-9]\d*$/.test(id));
  if (bad) return apiError('no-such-entity', `Could not find an entity with the ID "${bad}".`);
  const props = new Set((p.props ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|'));
  const entities: Json = {};
  for (const id of ids) {
    const full = rec.entities.get(id);
    if (!full) {
      entities[id] = { id, missing: '' };
      continue;
    }
    const out: Json = { type: full.type, id: full.id };
    if (props.has('labels') && full.labels) out.labels = pick(full.labels, p.languages);
    if (props.has('descriptions') && full.descriptions) out.descriptions = pick(full.descriptions, p.languages);
    if (props.has('aliases') && full.aliases) out.aliases = pick(full.aliases, p.languages);
    if (props.has('sitelinks') && full.sitelinks) out.sitelinks = pick(full.sitelinks, p.sitefilter);
    entities[id] = out;
  }
  return json(200, { entities, success: 1 });
}

function actionApi(rec: Recorded, p: Record<string, string>): Answer {
  switch (p.action) {
    case 'wbsearchentities': {
      if (!p.search) return apiError('nosuchparam', 'The "search" parameter must be set.');
      if (!p.language) return apiError('nosuchparam', 'The "language" parameter must be set.');
      const recorded = rec.searches.get(searchKey(p.language, p.search));
      const limit = Number(p.limit ?? 7);
      const hits = ((recorded?.search as unknown[] | undefined) ?? []).slice(0, limit);
      return json(200, { searchinfo: { search: p.search }, search: hits, success: 1 });
    }
    case 'wbgetentities':
      return getEntities(rec, p);
    case 'wbgetclaims': {
      const claims = p.entity ? rec.claims.get(p.entity) : undefined;
      if (!claims) return apiError('no-such-entity', `Could not find an entity with the ID "${p.entity ?? ''}".`);
      return json(200, { claims: pick(claims, p.property) ?? {} });
    }
    default:
      return apiError('badvalue', `Unrecognized value for parameter "action": ${p.action ?? ''}.`);
  }
}

function summary(rec: Recorded, lang: string, title: string): Answer {
  const found = rec.summaries.get(titleKey(lang, title));
  if (found) return json(200, found, SUMMARY_TYPE);
  return json(
    404,
    {
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      method: 'get',
      detail: 'Page or revision not found.',
      uri: `/${lang}.wikipedia.org/v1/page/summary/${encodeURIComponent(title)}`,
    },
    'application/problem+json',
  );
}

// ---------------------------------------------------------------- the server

const SUMMARY_PATH = /^\/wikipedia\/([a-z]{2,3})\/api\/rest_v1\/page\/summary\/([^/]+)$/;

function classify(method: string, rawUrl: string, headers: IncomingHttpHeaders): LoggedRequest {
  const url = new URL(rawUrl, 'http://127.0.0.1');
  const entry: LoggedRequest = {
    method,
    route: 'other',
    url: rawUrl,
    params: {},
    lang: null,
    title: null,
    headers,
    status: null,
    aborted: false,
    receivedAt: performance.now(),
    closedAt: null,
  };
  if (url.pathname === '/wikidata/w/api.php') {
    entry.params = Object.fromEntries(url.searchParams);
    const action = entry.params.action;
    if (action === 'wbsearchentities' || action === 'wbgetentities' || action === 'wbgetclaims') entry.route = action;
    return entry;
  }
  const m = SUMMARY_PATH.exec(url.pathname);
  if (m) {
    entry.route = 'summary';
    entry.lang = m[1] ?? null;
    entry.title = decodeURIComponent(m[2] ?? '').replace(/_/g, ' ');
  }
  return entry;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'api-user-agent, accept',
  'access-control-allow-methods': 'GET',
  'access-control-expose-headers': 'retry-after',
};

export async function startWikimediaServer(options: { port?: number; fixtures?: string } = {}): Promise<WikimediaServer> {
  const recorded = loadRecorded(options.fixtures ?? FIXTURES);
  const requests: LoggedRequest[] = [];
  const scripts: { route: Route | 'any'; reply: ScriptedReply }[] = [];
  const watchers = new Set<() => void>();
  const changed = () => {
    for (const w of [...watchers]) w();
  };

  const answerFor = (entry: LoggedRequest): Answer => {
    if (entry.method === 'OPTIONS') return { status: 204, type: 'text/plain', body: '' };
    if (entry.method !== 'GET') return { status: 405, type: 'text/plain; charset=utf-8', body: 'Method not allowed' };
    if (entry.route === 'summary') return summary(recorded, entry.lang ?? '', entry.title ?? '');
    if (entry.route === 'other' && !entry.url.startsWith('/wikidata/w/api.php')) return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
    return actionApi(recorded, entry.params);
  };

  const server: Server = createServer((req, res) => {
    const entry = classify(req.method ?? 'GET', req.url ?? '/', req.headers);
    requests.push(entry);
    const i = entry.method === 'OPTIONS' ? -1 : scripts.findIndex((s) => s.route === 'any' || s.route === entry.route);
    const scripted = i >= 0 ? scripts.splice(i, 1)[0]?.reply : undefined;
    let timer: NodeJS.Timeout | undefined;
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) entry.aborted = true;
      entry.closedAt = performance.now();
      changed();
    });
    const send = () => {
      const recordedAnswer = answerFor(entry);
      const answer: Answer =
        scripted?.status !== undefined
          ? {
              status: scripted.status,
              type: 'text/html; charset=utf-8',
              body: scripted.body ?? `<!DOCTYPE html><title>Wikimedia Error</title><p>Error ${scripted.status}</p>`,
              headers: scripted.retryAfter !== undefined ? { 'retry-after': scripted.retryAfter } : {},
            }
          : recordedAnswer;
      entry.status = answer.status;
      res.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store', ...CORS, ...answer.headers });
      res.end(answer.body);
    };
    if (scripted?.delayMs) {
      timer = setTimeout(send, scripted.delayMs);
    } else {
      send();
    }
    changed();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    endpoints: recordedServerEndpoints(origin),
    requests,
    script(route, ...replies) {
      for (const reply of replies) scripts.push({ route, reply });
    },
    until(check, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const test = () => {
          if (!check(requests)) return;
          watchers.delete(test);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          watchers.delete(test);
          reject(new Error(`the recorded Wikimedia server did not reach the expected state in ${timeoutMs} ms; requests: ${requests.map((r) => `${r.method} ${r.url} → ${r.status ?? (r.aborted ? 'aborted' : 'pending')}`).join(', ') || 'none'}`));
        }, timeoutMs);
        watchers.add(test);
        test();
      });
    },
    reset() {
      requests.length = 0;
      scripts.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? 0);
  const s = await startWikimediaServer({ port });
  console.log(`recorded Wikimedia API on ${s.origin}\n  Wikidata:  ${s.endpoints.wikidataApi}\n  Wikipedia: ${s.endpoints.wikipediaRest}`);
}
