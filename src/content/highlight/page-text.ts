/**
 * The page as the highlight layer sees it: the page's address, and the conversion of a DOM
 * selection to offsets in the visible-text model of the whole body (the same extractor as the
 * name marks, src/core/text, read in idle slices by placement.ts).
 *
 * The text is read from the whole body (not only the article region) so a reader can highlight
 * anything they can select; the same call is used when saving and when re-anchoring, so the
 * selectors and the re-anchoring agree.
 */
import type { VisibleText } from '../../core/text/index.ts';
import { normaliseUrl, trustedCanonical } from '../../core/url/index.ts';
import type { PageAddress } from '../../protocol.ts';

/**
 * The page's address and what it says about itself. Its canonical link is passed on only when
 * the one rule for canonicals allows it (same origin, or a mobile/AMP variant of the same site):
 * the background refuses a content script that claims any other.
 */
export function pageAddress(): PageAddress {
  const href = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href ?? null;
  const visited = normaliseUrl(location.href);
  const canonical = href ? normaliseUrl(href) : null;
  const trusted = !!visited && !!canonical && (canonical === visited || trustedCanonical(visited, canonical));
  const html = document.documentElement;
  return { url: location.href, title: document.title, canonical: trusted ? href : null, amp: html.hasAttribute('amp') || html.hasAttribute('⚡') };
}

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
