/**
 * Walks the visible text under one or more root nodes and builds a VisibleText: the text with
 * whitespace collapsed, invisible characters (soft hyphens, zero-width, bidi marks) removed, a BLOCK_SEPARATOR between blocks, and a segment map
 * back to the DOM. Resumable, so a browser adapter can spread a big page over several idle slices.
 */
import {
  BLOCK_TAGS, GLOSS_UI_ATTR, SKIP_TAGS, SPACE_CLASS_BODY, isClosedDetailsBody, isEditable, isMarkupHidden, isSpace,
} from './rules.ts';
import { INVISIBLE_CLASS_BODY } from './invisible.ts';
import { BLOCK_SEPARATOR, type ExtractOptions, type Segment, type VisibleText } from './types.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
/** left-out elements that still separate the words around them */
const BOUNDARY_WHEN_SKIPPED = new Set(['pre', 'textarea', 'select', 'button', 'input', 'iframe', 'video', 'audio', 'canvas', 'svg', 'math', 'object', 'embed', 'table']);

/** An element whose whole subtree is never read (skipped tag, hidden, editable, Gloss UI, caller's rule). */
export function isExcluded(el: Element, options: ExtractOptions = {}): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute(GLOSS_UI_ATTR)) return true;
  if (isMarkupHidden(el) || isEditable(el)) return true;
  if (options.skip?.(el)) return true;
  if (options.isHidden?.(el)) return true;
  return false;
}

/**
 * A run of visible text in one Text node: visible characters, with single plain spaces between
 * them (most spaces: the run goes on, which is the same text and offsets as a collapsed space,
 * with far fewer pieces). Any other white space, two spaces, or an invisible character ends it.
 */
const VISIBLE = `[^${SPACE_CLASS_BODY}${INVISIBLE_CLASS_BODY}]`;
const VISIBLE_RUN = new RegExp(`${VISIBLE}+(?: ${VISIBLE}+)*`, 'g');

export class TextExtractor {
  private parts: string[] = [];
  /** parts joined in batches as the text grows, so the final join is short however big the page */
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly segments: Segment[] = [];
  private pendingBreak = false;
  private pendingSpace: { node: Text; offset: number } | null = null;
  /** how many of `chunks` `drain()` has handed out */
  private drained = 0;
  private rootIndex = 0;
  /** the node to visit next (entering it), or null when the current root is finished */
  private cur: Node | null;
  private finished = false;
  /**
   * The elements the walk is inside, outermost first, with whether each is a block: asked once on
   * the way in, so climbing out needs no second look at the element's style (each look at the
   * computed style makes an object; on a page of 100,000 nodes those add up).
   */
  private readonly open: { el: Element; block: boolean }[] = [];

  constructor(private readonly roots: readonly Node[], private readonly options: ExtractOptions = {}) {
    this.cur = roots[0] ?? null;
    if (!this.cur) this.finished = true;
  }

  get done(): boolean {
    return this.finished;
  }

  /**
   * Walk until done or until shouldStop() says the time slice is over (checked every few nodes).
   * Returns true when the whole text has been read.
   */
  advance(shouldStop: () => boolean = () => false): boolean {
    let visits = 0;
    while (!this.finished) {
      if (++visits % 32 === 0 && shouldStop()) return false;
      const node = this.cur;
      if (!node) {
        this.nextRoot();
        continue;
      }
      const root = this.roots[this.rootIndex]!;
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        this.readText(node as Text);
        this.cur = this.after(node, root);
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (this.excluded(el)) {
          if (BOUNDARY_WHEN_SKIPPED.has(el.localName) || this.isBlock(el)) this.pendingBreak = true;
          this.cur = this.after(node, root);
        } else {
          const block = this.isBlock(el);
          if (block) this.pendingBreak = true;
          if (el.localName === 'br' || el.localName === 'wbr') {
            if (el.localName === 'br') this.pendingBreak = true;
            this.cur = this.after(node, root);
          } else {
            const first = this.firstReadableChild(el);
            if (first) this.open.push({ el, block });
            this.cur = first ?? this.after(node, root);
          }
        }
      } else {
        this.cur = this.after(node, root);
      }
    }
    return true;
  }

  /** How many characters of text have been read so far. */
  get readLength(): number {
    return this.length;
  }

  /**
   * The text read since the last call (all of it the first time), so a long text can be passed
   * on as it is read: the pieces handed out, joined in order, are the text `result()` returns.
   */
  drain(): string {
    if (this.parts.length) this.chunks.push(this.parts.join(''));
    this.parts = [];
    const fresh = this.chunks.slice(this.drained).join('');
    this.drained = this.chunks.length;
    return fresh;
  }

  /** The text read so far (complete once advance() returned true). */
  result(): VisibleText {
    if (this.parts.length) this.chunks.push(this.parts.join(''));
    this.parts = [];
    const text = this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join('');
    this.chunks.length = 0;
    if (text) this.chunks.push(text);
    this.drained = this.chunks.length;
    return { text, segments: this.segments };
  }

  private nextRoot(): void {
    this.open.length = 0;
    this.rootIndex++;
    this.pendingBreak = true;
    this.cur = this.roots[this.rootIndex] ?? null;
    if (!this.cur) this.finished = true;
  }

  private excluded(el: Element): boolean {
    return isExcluded(el, this.options);
  }

  private isBlock(el: Element): boolean {
    return this.options.isBlock?.(el) ?? BLOCK_TAGS.has(el.localName);
  }

  private firstReadableChild(el: Element): Node | null {
    let c = el.firstChild;
    if (el.localName === 'details' && !el.hasAttribute('open')) {
      while (c && !(c.nodeType === ELEMENT_NODE && !isClosedDetailsBody(el, c as Element))) c = c.nextSibling;
    }
    return c;
  }

  /** The next node in document order after `node`'s subtree, within root; closes blocks on the way up. */
  private after(node: Node, root: Node): Node | null {
    let n: Node | null = node;
    while (n && n !== root) {
      const parent: Node | null = n.parentNode;
      let next = n.nextSibling;
      if (parent && parent.nodeType === ELEMENT_NODE && (parent as Element).localName === 'details' && !(parent as Element).hasAttribute('open')) {
        while (next && !(next.nodeType === ELEMENT_NODE && !isClosedDetailsBody(parent as Element, next as Element))) next = next.nextSibling;
      }
      if (next) return next;
      n = parent;
      if (n && n.nodeType === ELEMENT_NODE && this.closes(n as Element)) this.pendingBreak = true;
    }
    return null;
  }

  /** The walk climbs out of `el`: is it a block (as found on the way in, unless the page moved it since)? */
  private closes(el: Element): boolean {
    const open = this.open;
    while (open.length > 0) {
      const top = open.pop()!;
      if (top.el === el) return top.block;
    }
    return this.isBlock(el);
  }

  /**
   * A Text node's visible runs, each kept as it is, and where the white space between them would
   * collapse to one space (its first white-space character; invisible characters alone join the
   * runs around them). A regular expression finds the runs: far quicker than a loop over every
   * character while the page's first read runs in a JavaScript engine that has not warmed up yet.
   */
  private readText(node: Text): void {
    const data = node.data;
    const runs = VISIBLE_RUN;
    runs.lastIndex = 0;
    let gapStart = 0;
    for (let m = runs.exec(data); m; m = runs.exec(data)) {
      this.gap(node, data, gapStart, m.index);
      this.flushPending();
      this.append(node, m.index, m[0]);
      gapStart = runs.lastIndex;
    }
    this.gap(node, data, gapStart, data.length);
  }

  /** Characters between two runs (white space and invisible ones): the first white space is where a space goes. */
  private gap(node: Text, data: string, from: number, to: number): void {
    if (this.pendingSpace) return;
    for (let i = from; i < to; i++) {
      if (isSpace(data.charCodeAt(i))) {
        this.pendingSpace = { node, offset: i };
        return;
      }
    }
  }

  private flushPending(): void {
    if (this.length > 0) {
      if (this.pendingBreak) this.push(BLOCK_SEPARATOR);
      else if (this.pendingSpace) this.append(this.pendingSpace.node, this.pendingSpace.offset, ' ');
    }
    this.pendingBreak = false;
    this.pendingSpace = null;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.parts.length >= 1024) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }

  private append(node: Text, nodeOffset: number, s: string): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === this.length && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += s.length;
    } else {
      this.segments.push({ start: this.length, end: this.length + s.length, node, nodeOffset });
    }
    this.push(s);
  }
}

/**
 * Whether text under `node` is read at all: no ancestor up to `stopAt` (default: the document)
 * is skipped, hidden, editable or Gloss's own UI. Used by adapters before reading added content.
 */
export function isReadable(node: Node, options: ExtractOptions = {}, stopAt: Node | null = null): boolean {
  let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  let child: Node | null = null;
  while (n && n !== stopAt && n.nodeType === ELEMENT_NODE) {
    const el = n as Element;
    if (isExcluded(el, options)) return false;
    if (child && child.nodeType === ELEMENT_NODE && el.localName === 'details' && !el.hasAttribute('open') && isClosedDetailsBody(el, child as Element)) return false;
    child = n;
    n = n.parentNode;
  }
  return true;
}

/** Read all visible text under the roots (in the order given) in one go. */
export function extractVisibleText(roots: Node | readonly Node[], options: ExtractOptions = {}): VisibleText {
  const ex = new TextExtractor(Array.isArray(roots) ? roots : [roots as Node], options);
  ex.advance();
  return ex.result();
}
