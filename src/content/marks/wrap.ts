/**
 * Wrapping mentions in mark elements and taking them out again. A mark is a `<gloss-mark>`
 * element (inline, unknown to page CSS) around existing Text nodes, so the page's text, links and
 * copied text stay the same. A mention spanning several Text nodes gets one mark per piece, all
 * sharing `data-gloss-mark`; the first piece is the focusable one.
 */
import type { DomPiece } from '../../core/text/index.ts';
import { withoutInvisible } from '../../core/text/invisible.ts';

export const MARK_TAG = 'gloss-mark';
/** public contract for user styles and tests */
export const ENTITY_ATTR = 'data-gloss-entity';
export const GROUP_ATTR = 'data-gloss-mark';
export const FIRST_ATTR = 'data-gloss-first';
export const MARK_SELECTOR = `${MARK_TAG}[${ENTITY_ATTR}]`;

const normalise = (s: string) => withoutInvisible(s).replace(/\s+/g, ' ');

export function isMark(node: Node | null): node is Element {
  return !!node && node.nodeType === 1 && (node as Element).localName === MARK_TAG;
}

/**
 * Whether the pieces still hold `expected` (the DOM may have changed while the background was
 * spotting) and are not already inside a mark.
 */
export function piecesStillMatch(pieces: readonly DomPiece[], expected: string): boolean {
  let got = '';
  for (const p of pieces) {
    if (!p.node.isConnected || p.end > p.node.data.length) return false;
    if (p.node.parentElement?.closest(MARK_TAG)) return false;
    got += p.node.data.slice(p.start, p.end);
  }
  return normalise(got).trim() === normalise(expected).trim();
}

/**
 * Wrap the pieces of one mention. Call for mentions in reverse document order so earlier offsets
 * into the same Text node stay valid (splitText keeps the original node as the prefix).
 */
export function wrapPieces(pieces: readonly DomPiece[], entityId: string, group: string): Element[] {
  const marks: Element[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { node, start, end } = pieces[i]!;
    const doc = node.ownerDocument;
    let middle: Text = node;
    if (end < middle.data.length) middle.splitText(end);
    if (start > 0) middle = middle.splitText(start);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(ENTITY_ATTR, entityId);
    mark.setAttribute(GROUP_ATTR, group);
    if (i === 0) {
      mark.setAttribute(FIRST_ATTR, '');
      mark.setAttribute('tabindex', '-1');
    }
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    marks.unshift(mark);
  }
  return marks;
}

/** Take marks out, leaving their text exactly where it was. */
export function unwrapMarks(marks: Iterable<Element>): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
}
