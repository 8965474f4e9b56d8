/**
 * Ranking the search results of a look-up for the reader: one list from the searches in the
 * page's language and in English. An item whose label or alias is the whole selected name comes
 * before one that only starts with it ("Adams" before "Adamstown"); then what the page-language
 * search found before what only the English one did; then Wikidata's own order. An item found by
 * both searches is listed once, at its best place.
 */
import { normaliseKey } from '../spot/normalise.ts';
import type { Candidate, SearchHit } from './types.ts';

/** candidates shown to choose from */
export const MAX_CANDIDATES = 5;

export interface SearchResults {
  /** the language the search was made in */
  lang: string;
  hits: readonly SearchHit[];
}

interface Ranked {
  candidate: Candidate;
  langRank: number;
  position: number;
}

function better(a: Ranked, b: Ranked): number {
  return Number(b.candidate.exact) - Number(a.candidate.exact) || a.langRank - b.langRank || a.position - b.position;
}

/** `results` best language first (as lookupLanguages gives them) → the candidates, best first. */
export function rankCandidates(name: string, results: readonly SearchResults[], limit = MAX_CANDIDATES): Candidate[] {
  const key = normaliseKey(name);
  const best = new Map<string, Ranked>();
  results.forEach(({ lang, hits }, langRank) => {
    hits.forEach((hit, position) => {
      const exact = normaliseKey(hit.match.text) === key || normaliseKey(hit.label) === key;
      const ranked: Ranked = { candidate: { ...hit, searchLang: lang, exact }, langRank, position };
      const seen = best.get(hit.qid);
      if (!seen || better(ranked, seen) < 0) best.set(hit.qid, ranked);
    });
  });
  return [...best.values()].sort(better).slice(0, limit).map((r) => r.candidate);
}
