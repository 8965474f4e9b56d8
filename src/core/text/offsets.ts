/**
 * From offsets in the extracted text back to the DOM: the Text-node pieces a range covers (what
 * marks and highlights wrap) and single DOM points (what a DOM Range needs).
 */
import type { DomPiece, Segment, VisibleText } from './types.ts';

/** Index of the segment containing offset (start <= offset < end), or -1 (separator / out of range). */
export function segmentIndexAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first span ending after offset, in spans kept in text order without overlaps (segments, mentions). */
export function firstEndingAfter(segments: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span of `spans` (in text order, without overlaps: segments, mentions) covers some of [start, end). */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const i = firstEndingAfter(spans, start);
  return i < spans.length && spans[i]!.start < end;
}

/**
 * The Text-node pieces that text[start, end) came from, in document order. Consecutive pieces in
 * one node are joined, so a soft hyphen or a collapsed run of spaces inside a name ends up inside
 * the piece rather than splitting it.
 */
export function domPieces(vt: VisibleText, start: number, end: number): DomPiece[] {
  const out: DomPiece[] = [];
  if (end <= start) return out;
  for (let i = firstEndingAfter(vt.segments, start); i < vt.segments.length; i++) {
    const s = vt.segments[i]!;
    if (s.start >= end) break;
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.end);
    const piece = { node: s.node, start: s.nodeOffset + (from - s.start), end: s.nodeOffset + (to - s.start) };
    const last = out[out.length - 1];
    if (last && last.node === piece.node && piece.start >= last.end) last.end = piece.end;
    else out.push(piece);
  }
  return out;
}

/** The DOM point for a text offset: the start of the character at offset (or the end of the previous one). */
export function domPoint(vt: VisibleText, offset: number, bias: 'start' | 'end' = 'start'): { node: Text; offset: number } | null {
  const segs = vt.segments;
  if (bias === 'end') {
    const i = segmentIndexAt(segs, offset - 1);
    if (i < 0) return null;
    const s = segs[i]!;
    return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
  }
  const i = segmentIndexAt(segs, offset);
  if (i < 0) return null;
  const s = segs[i]!;
  return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
}

/** The text offset of a DOM point inside a mapped Text node, or -1 if that character is not part of the text. */
export function textOffsetOf(vt: VisibleText, node: Text, nodeOffset: number): number {
  for (const s of vt.segments) {
    if (s.node === node && nodeOffset >= s.nodeOffset && nodeOffset <= s.nodeOffset + (s.end - s.start)) {
      return s.start + (nodeOffset - s.nodeOffset);
    }
  }
  return -1;
}
