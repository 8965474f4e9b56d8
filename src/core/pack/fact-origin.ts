/**
 * Where a fact comes from and as of when, as the popover says it (docs/knowledge-packs.md,
 * "Sources and facts"): the fact's own `source` (one of its entity's sources by name), or the
 * entity's only source; dated by the fact's `asOf`, else that source's `asOf`, else the pack's
 * `dataDate`. Pure: no browser API.
 */
import type { Fact, SourceRef } from './types.ts';

export interface FactOrigin {
  /** undefined when the entity has several sources and the fact names none of them */
  source?: SourceRef;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) */
  asOf: string;
}

export function factOrigin(fact: Fact, sources: readonly SourceRef[], packDataDate: string): FactOrigin {
  const source = fact.source !== undefined ? sources.find((s) => s.name === fact.source) : sources.length === 1 ? sources[0] : undefined;
  const asOf = fact.asOf ?? source?.asOf ?? packDataDate;
  return source ? { source, asOf } : { asOf };
}

/** " (2019–2024)", " (since 2019)", " (until 2024)" or "": when the fact held */
export function factPeriod(fact: Fact): string {
  if (fact.since && fact.until) return ` (${fact.since}–${fact.until})`;
  if (fact.since) return ` (since ${fact.since})`;
  if (fact.until) return ` (until ${fact.until})`;
  return '';
}
