/**
 * Why a look-up did not give an answer, as structured values (the UI decides by `kind`), and the
 * sentence a reader reads for each.
 */
import { describeNameProblem, type NameProblem } from './name.ts';

/** which service a request went to, named as the reader knows it */
export type LookupService = 'Wikidata' | 'Wikipedia';

export type LookupError =
  /** the reader has not allowed Gloss to reach Wikipedia and Wikidata: nothing was sent */
  | { kind: 'not-allowed' }
  /** the selection is not a name (empty, or a whole passage): nothing was sent */
  | { kind: 'not-a-name'; problem: NameProblem }
  /** the request did not reach the service (no network, DNS, connection refused) */
  | { kind: 'offline'; service: LookupService }
  /** the service did not answer in time */
  | { kind: 'timeout'; service: LookupService }
  /** the service asked Gloss to slow down and the wait is longer than Gloss keeps a reader waiting */
  | { kind: 'rate-limited'; service: LookupService; retryAt: number | null }
  /** the service failed (5xx) on every try */
  | { kind: 'server-error'; service: LookupService; status: number }
  /** the service refused the request (4xx, or an API error such as a blocked address) */
  | { kind: 'refused'; service: LookupService; status: number; code: string | null }
  /** the service answered, and knows nothing by that name or id */
  | { kind: 'nothing-found' }
  /** the answer was not in the documented format */
  | { kind: 'bad-response'; service: LookupService; detail: string }
  /** the reader closed the popover (or looked elsewhere) before the answer came */
  | { kind: 'aborted' };

/** Errors after which a cached answer, even an old one, is better than nothing. */
export function isUnreachable(error: LookupError): boolean {
  return ['offline', 'timeout', 'rate-limited', 'server-error'].includes(error.kind);
}

function minutesFrom(now: number, at: number): string {
  const minutes = Math.max(1, Math.ceil((at - now) / 60_000));
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

/** The reader's sentence: what happened and what to do. `name` is what they looked up. */
export function describeLookupError(error: LookupError, name = '', now = Date.now()): string {
  const what = name ? `"${name}"` : 'this name';
  switch (error.kind) {
    case 'not-allowed':
      return 'Online look-up is off. Turn it on in the Gloss settings (Gloss asks your browser for access to Wikipedia and Wikidata) and try again.';
    case 'not-a-name':
      return describeNameProblem(error.problem);
    case 'offline':
      return `Gloss could not reach ${error.service}. Check that you are online, then try again.`;
    case 'timeout':
      return `${error.service} did not answer in time. Try again in a moment.`;
    case 'rate-limited':
      return error.retryAt === null
        ? `${error.service} asked Gloss to slow down. Try again in a few minutes.`
        : `${error.service} asked Gloss to wait before looking up more names. Try again in ${minutesFrom(now, error.retryAt)}.`;
    case 'server-error':
      return `${error.service} had a problem answering (error ${error.status}). Try again later.`;
    case 'refused':
      return `${error.service} refused the look-up${error.code ? ` (${error.code})` : ` (error ${error.status})`}. Try again later; if it keeps happening, your network may block ${error.service}.`;
    case 'nothing-found':
      return `Wikidata knows nothing called ${what}. Check the spelling, or select the full name.`;
    case 'bad-response':
      return `${error.service} sent an answer Gloss could not read. Try again later.`;
    case 'aborted':
      return 'The look-up was stopped.';
  }
}
