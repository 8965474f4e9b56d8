/**
 * Finding saved highlights in the page's text without blocking it: the text is read in idle
 * slices (src/content/scheduler.ts) and every quote is searched step by step (core/anchor's
 * anchorSteps), so no piece of this work runs for more than a slice, however big the page.
 *
 * The whole page is read once per visit; after that only what changed is read again (the
 * smallest blocks around changed nodes, runs of neighbouring blocks read together so a passage
 * across paragraphs is found, with one unchanged neighbour on each side).
 */
import { anchorSteps } from '../../core/anchor/index.ts';
import type { Selector } from '../../core/model/types.ts';
import { BLOCK_TAGS, TextExtractor, domPieces, isReadable, type DomPiece, type VisibleText } from '../../core/text/index.ts';
import { runSliced } from '../scheduler.ts';
import { measured } from '../test-signals.ts';
import { withoutInvisible } from '../../core/text/invisible.ts';

export interface Sought {
  id: string;
  selectors: readonly Selector[];
}

/** The page's text as the highlight layer sees it: the whole body, markup rules only (no computed style). */
export async function readSliced(roots: readonly Node[], cancelled: () => boolean): Promise<VisibleText | null> {
  const ex = new TextExtractor(roots);
  return (await runSliced((stop) => ex.advance(stop), cancelled, 'highlights: read')) ? measured('highlights: text', () => ex.result()) : null;
}

/** block breaks in the text model stand for no DOM text, and whitespace runs collapse: compare without either (nor invisible characters) */
const squash = (s: string) => withoutInvisible(s).replace(/\s+/g, '');

/** Whether the DOM still holds, at `pieces`, the text the read saw there (the page may have changed since). */
export function stillThere(vt: VisibleText, start: number, end: number, pieces: readonly DomPiece[]): boolean {
  if (pieces.length === 0) return false;
  let got = '';
  for (const p of pieces) {
    if (!p.node.isConnected || p.end > p.node.data.length) return false;
    got += p.node.data.slice(p.start, p.end);
  }
  return squash(got) === squash(vt.text.slice(start, end));
}

/**
 * Search every sought highlight in the text under `roots`, in idle slices. `whole` says the roots
 * are the whole page (the stored position is then meaningful). Returns, for each one found, the
 * DOM pieces it covers now (checked against the DOM), or null when cancelled.
 */
export async function findIn(roots: readonly Node[], sought: readonly Sought[], whole: boolean, cancelled: () => boolean): Promise<Map<string, DomPiece[]> | null> {
  const found = new Map<string, DomPiece[]>();
  if (sought.length === 0) return found;
  const vt = await readSliced(roots, cancelled);
  if (!vt) return null;
  if (!/\S/.test(vt.text)) return found;
  let i = 0;
  let steps: ReturnType<typeof anchorSteps> | null = null;
  const done = await runSliced((shouldStop) => {
    while (i < sought.length) {
      const s = sought[i]!;
      steps ??= anchorSteps(vt.text, whole ? s.selectors : s.selectors.filter((x) => x.type !== 'TextPositionSelector'));
      let r = steps.next();
      while (!r.done) {
        if (shouldStop()) return false;
        r = steps.next();
      }
      steps = null;
      i++;
      if (r.value) {
        const pieces = domPieces(vt, r.value.start, r.value.end);
        if (stillThere(vt, r.value.start, r.value.end, pieces)) found.set(s.id, pieces);
      }
      if (shouldStop()) break;
    }
    return i >= sought.length;
  }, cancelled, 'highlights: anchor');
  return done ? found : null;
}

/** blocks that hold text, not other blocks: a changed run is widened by such a neighbour, never by a whole section */
const LEAF_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'dt', 'figcaption', 'td', 'th', 'caption', 'summary']);

/**
 * What to read again after the page changed: for each changed node its nearest block, outermost
 * only, in document order, grouped into runs of neighbouring blocks, each widened by one
 * neighbouring paragraph-like block on either side (a passage may run on from unchanged text).
 * Blocks inside hidden or skipped subtrees are left out.
 */
export function changedRuns(dirty: Iterable<Node>, body: HTMLElement): Element[][] {
  const blocks = new Set<Element>();
  for (const n of dirty) {
    if (!n.isConnected || !body.contains(n)) continue;
    let el: Element | null = n.nodeType === 1 ? (n as Element) : n.parentElement;
    while (el && el !== body && !BLOCK_TAGS.has(el.localName)) el = el.parentElement;
    if (el) blocks.add(el);
  }
  if (blocks.has(body)) return isReadable(body) ? [[body]] : [];
  const outer = [...blocks].filter((b) => {
    for (let a = b.parentElement; a; a = a.parentElement) if (blocks.has(a)) return false;
    return isReadable(b);
  });
  outer.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const runs: Element[][] = [];
  for (const b of outer) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]!.nextElementSibling === b) run.push(b);
    else runs.push([b]);
  }
  for (const run of runs) {
    const before = run[0]!.previousElementSibling;
    const after = run[run.length - 1]!.nextElementSibling;
    if (before && LEAF_BLOCKS.has(before.localName) && isReadable(before)) run.unshift(before);
    if (after && LEAF_BLOCKS.has(after.localName) && isReadable(after)) run.push(after);
  }
  return runs;
}
