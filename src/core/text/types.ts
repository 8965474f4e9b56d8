/**
 * The visible-text model: the text a reader sees on a page, as one string, plus a map from every
 * character of that string back to the DOM Text node and offset it came from.
 *
 * Pure: built over standard DOM interfaces (Node, Element, Text) handed in by an adapter
 * (the content script in a browser, linkedom in Node). Never touches window/document globals.
 */

/** Inserted between blocks (paragraphs, headings, cells, list items, <br>): maps to no DOM text. */
export const BLOCK_SEPARATOR = '\n';

/**
 * One run of the extracted text that maps 1:1 onto consecutive characters of one Text node:
 * text.slice(start, end) === node.data.slice(nodeOffset, nodeOffset + (end - start)),
 * except that any whitespace character in the node appears as a plain space in the text.
 */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

export interface VisibleText {
  text: string;
  /** sorted by start, non-overlapping; separators and collapsed whitespace fall between segments */
  segments: Segment[];
}

export interface ExtractOptions {
  /**
   * Browser adapters pass a computed-style check (display:none, visibility:hidden). Without it,
   * only markup tells hiddenness (hidden attribute, aria-hidden="true", closed <details>).
   */
  isHidden?: (el: Element) => boolean;
  /** override the tag-based block/inline decision (e.g. from computed display); undefined = default */
  isBlock?: (el: Element) => boolean | undefined;
  /** extra elements to leave out (their whole subtree) */
  skip?: (el: Element) => boolean;
}

/** A piece of a text range inside one Text node: what a mark element wraps. */
export interface DomPiece {
  node: Text;
  /** offsets within node.data */
  start: number;
  end: number;
}
