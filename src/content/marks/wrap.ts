/**
 * Wrapping mentions in mark elements and taking them out again. A mark is a `<gloss-mark>`
 * element (inline, unknown to page CSS) around existing Text nodes, so the page's text, links and
 * copied text stay the same. A mention spanning several Text nodes gets one mark per piece; the
 * first piece is the focusable one.
 *
 * A mark carries no entity id and no other attribute the page could read: which entity a mark
 * stands for is known only to the content script, in a WeakMap keyed by the elements it made
 * (`MarkRegistry`). Gloss acts on an element only if it is in there, so a `<gloss-mark>` a page
 * makes itself, or one it copies, is just page content.
 */
import type { DomPiece } from '../../core/text/index.ts';
import { testMarkAttributes } from '../test-signals.ts';
import { withoutInvisible } from '../../core/text/invisible.ts';

export const MARK_TAG = 'gloss-mark';
/** the fainter mark on a name no pack knows (the reader turned these on), which offers a look-up */
export const UNKNOWN_NAME_TAG = 'gloss-name';

/**
 * What a mark stands for: an entity of a pack, or a name no pack knows (`entityId` is then empty:
 * the name is the mark's text).
 */
export type MarkKind = 'entity' | 'unknown-name';
/** the id of the one text every mark is described by (aria-describedby; style.ts adds it to the page) */
export const MARK_HINT_ID = 'gloss-mark-hint';

/** One marked mention: its entity and the elements that make it up, in document order. */
export interface MarkGroup {
  id: number;
  kind: MarkKind;
  entityId: string;
  pieces: HTMLElement[];
}

const normalise = (s: string) => withoutInvisible(s).replace(/\s+/g, ' ');

export class MarkRegistry {
  private readonly byElement = new WeakMap<Element, MarkGroup>();
  private readonly groups = new Set<MarkGroup>();
  private seq = 0;

  /** The mark Gloss made that `node` is (or is inside), if any. */
  groupOf(node: Node | null): MarkGroup | undefined {
    for (let el: Element | null = node && (node.nodeType === 1 ? (node as Element) : node.parentElement); el; el = el.parentElement) {
      if (el.localName === MARK_TAG || el.localName === UNKNOWN_NAME_TAG) {
        const g = this.byElement.get(el);
        if (g) return g;
      }
    }
    return undefined;
  }

  /** Whether `node` is itself a mark element Gloss made. */
  isMark(node: Node | null): boolean {
    return !!node && node.nodeType === 1 && this.byElement.has(node as Element);
  }

  /** Marks on the page now (those a page removed are forgotten). */
  current(): MarkGroup[] {
    const out: MarkGroup[] = [];
    for (const g of this.groups) {
      if (g.pieces[0]!.isConnected) out.push(g);
      else this.groups.delete(g);
    }
    return out;
  }

  /**
   * Wrap the pieces of one mention. Call for mentions in reverse document order so earlier offsets
   * into the same Text node stay valid (splitText keeps the original node as the prefix).
   */
  wrap(pieces: readonly DomPiece[], entityId: string, kind: MarkKind = 'entity'): MarkGroup {
    const group: MarkGroup = { id: ++this.seq, kind, entityId: kind === 'entity' ? entityId : '', pieces: [] };
    for (let i = pieces.length - 1; i >= 0; i--) {
      const { node, start, end } = pieces[i]!;
      const doc = node.ownerDocument;
      let middle: Text = node;
      if (end < middle.data.length) middle.splitText(end);
      if (start > 0) middle = middle.splitText(start);
      const mark = doc.createElement(kind === 'entity' ? MARK_TAG : UNKNOWN_NAME_TAG);
      if (i === 0) {
        mark.setAttribute('tabindex', '-1');
        // a screen reader says that a summary is there (the hint the marks' style adds to the page)
        if (kind === 'entity') mark.setAttribute('aria-describedby', MARK_HINT_ID);
      }
      testMarkAttributes(mark, entityId, String(group.id), i === 0);
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      group.pieces.unshift(mark);
      this.byElement.set(mark, group);
    }
    this.groups.add(group);
    return group;
  }

  /** Take marks out, leaving their text exactly where it was. */
  unwrap(groups: Iterable<MarkGroup>): void {
    for (const g of groups) {
      for (const mark of g.pieces) {
        const parent = mark.parentNode;
        this.byElement.delete(mark);
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
      this.groups.delete(g);
    }
  }

  /** The mention's text as the reader sees it (pieces joined). */
  text(g: MarkGroup): string {
    return normalise(g.pieces.map((p) => p.textContent ?? '').join(' ')).trim();
  }

  /**
   * Whether the pieces still hold `expected` (the DOM may have changed while the background was
   * spotting) and are not already inside one of Gloss's marks.
   */
  piecesStillMatch(pieces: readonly DomPiece[], expected: string): boolean {
    let got = '';
    for (const p of pieces) {
      if (!p.node.isConnected || p.end > p.node.data.length) return false;
      if (this.groupOf(p.node)) return false;
      got += p.node.data.slice(p.start, p.end);
    }
    return normalise(got).trim() === normalise(expected).trim();
  }
}
