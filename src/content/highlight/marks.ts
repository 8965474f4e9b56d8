/**
 * Drawing highlights in the page: each highlight is one or more <gloss-highlight> elements
 * wrapping exactly the text it covers (split Text nodes), styled by one injected stylesheet.
 * Page CSS rarely targets an unknown tag, and removing a highlight puts the text back as it was.
 */
import { domPieces, type VisibleText } from '../../core/text/index.ts';
import type { HighlightColour } from '../../core/model/types.ts';

export const HIGHLIGHT_TAG = 'gloss-highlight';
export const HIGHLIGHT_ATTR = 'data-gloss-highlight';

const COLOURS: Record<HighlightColour, string> = {
  yellow: 'rgba(255, 226, 71, 0.55)',
  green: 'rgba(120, 220, 120, 0.5)',
  blue: 'rgba(110, 180, 255, 0.5)',
  pink: 'rgba(255, 140, 190, 0.5)',
  purple: 'rgba(190, 150, 255, 0.5)',
};

export function colourValue(c: HighlightColour): string {
  return COLOURS[c];
}

export function injectHighlightStyles(): void {
  if (document.getElementById('gloss-highlight-style')) return;
  const style = document.createElement('style');
  style.id = 'gloss-highlight-style';
  style.setAttribute('data-gloss-ui', '');
  style.textContent =
    `${HIGHLIGHT_TAG}{display:inline;background:${COLOURS.yellow};color:inherit;cursor:pointer;border-radius:2px;` +
    `box-decoration-break:clone;-webkit-box-decoration-break:clone}` +
    Object.entries(COLOURS).map(([k, v]) => `${HIGHLIGHT_TAG}[data-colour="${k}"]{background:${v}}`).join('') +
    `${HIGHLIGHT_TAG}[data-has-note]{text-decoration:underline dotted 1px}` +
    `${HIGHLIGHT_TAG}:focus-visible{outline:2px solid #3b6fd8;outline-offset:1px}` +
    `${HIGHLIGHT_TAG}[data-active]{outline:2px solid #3b6fd8}`;
  (document.head ?? document.documentElement).appendChild(style);
}

/** Wrap text[start, end) of the page in highlight elements. Returns the elements (document order). */
export function drawHighlight(vt: VisibleText, start: number, end: number, id: string, colour: HighlightColour, hasNote: boolean): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const piece of domPieces(vt, start, end)) {
    let node = piece.node;
    if (!node.parentNode) continue;
    if (piece.end < node.data.length) node.splitText(piece.end);
    if (piece.start > 0) node = node.splitText(piece.start);
    const el = document.createElement(HIGHLIGHT_TAG);
    el.setAttribute(HIGHLIGHT_ATTR, id);
    el.setAttribute('data-colour', colour);
    if (hasNote) el.setAttribute('data-has-note', '');
    node.parentNode!.insertBefore(el, node);
    el.appendChild(node);
    out.push(el);
  }
  const first = out[0];
  if (first) {
    first.tabIndex = 0;
    first.setAttribute('role', 'button');
    first.setAttribute('aria-label', 'Highlight: open to edit the note, tags or colour');
  }
  return out;
}

export function highlightElements(id: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`${HIGHLIGHT_TAG}[${HIGHLIGHT_ATTR}="${CSS.escape(id)}"]`));
}

export function restyleHighlight(id: string, colour: HighlightColour, hasNote: boolean): void {
  for (const el of highlightElements(id)) {
    el.setAttribute('data-colour', colour);
    el.toggleAttribute('data-has-note', hasNote);
  }
}

export function setActive(id: string | null): void {
  for (const el of document.querySelectorAll(`${HIGHLIGHT_TAG}[data-active]`)) el.removeAttribute('data-active');
  if (id) for (const el of highlightElements(id)) el.setAttribute('data-active', '');
}

/** Remove a highlight's elements, keeping their contents in place. */
export function eraseHighlight(id: string): void {
  for (const el of highlightElements(id)) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
}
