/**
 * The page as the highlight layer sees it: the conversion of a DOM selection to offsets in the
 * visible-text model of the whole body (the same extractor as the name marks, src/core/text, read
 * in idle slices by placement.ts). The page's address is the page session's (src/content/session).
 *
 * The text is read from the whole body (not only the article region) so a reader can highlight
 * anything they can select; the same call is used when saving and when re-anchoring, so the
 * selectors and the re-anchoring agree.
 */
import type { VisibleText } from '../../core/text/index.ts';

/**
 * The text offsets a DOM range covers, or null if it covers no readable text (a selection
 * inside a form field, or in Gloss's own UI). Works for ranges across elements and blocks,
 * and for boundaries on elements (a triple-click selection ends at the next block's start).
 */
export function rangeToOffsets(vt: VisibleText, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (const s of vt.segments) {
    if (!range.intersectsNode(s.node)) continue;
    const len = s.end - s.start;
    let from = 0;
    let to = len;
    if (s.node === range.startContainer) from = Math.max(0, range.startOffset - s.nodeOffset);
    if (s.node === range.endContainer) to = Math.min(len, range.endOffset - s.nodeOffset);
    if (to <= from || from >= len) continue;
    if (start < 0) start = s.start + from;
    end = s.start + to;
  }
  return start >= 0 && end > start ? { start, end } : null;
}
