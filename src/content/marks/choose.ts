/**
 * Which spotted mentions become marks: certain ones only (no ambiguous candidates), not muted,
 * not rejected on this page, and, unless the reader wants every mention, only the first of each
 * entity on the page. Pure.
 */
import type { Mention } from '../../core/spot/types.ts';

export interface ChooseState {
  markEveryMention: boolean;
  muted: ReadonlySet<string>;
  rejected: ReadonlySet<string>;
  /** entities already marked on this page (by earlier scans) */
  alreadyMarked: ReadonlySet<string>;
}

export function isCertain(m: Mention): boolean {
  return !!m.entityId && !(m.candidates && m.candidates.length > 0);
}

export function chooseMentions(mentions: readonly Mention[], state: ChooseState): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of sorted) {
    if (!isCertain(m) || m.start < lastEnd) continue;
    if (state.muted.has(m.entityId) || state.rejected.has(m.entityId)) continue;
    if (!state.markEveryMention && (state.alreadyMarked.has(m.entityId) || seen.has(m.entityId))) continue;
    seen.add(m.entityId);
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}
