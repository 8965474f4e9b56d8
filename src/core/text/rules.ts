/**
 * Which elements hold readable text, which never do, and which start a new block.
 * Tag names are compared as lower-case local names (HTML and SVG alike).
 */
import { classBody } from './invisible.ts';

/** Subtrees that are never read: code, form controls, embedded content, non-rendered elements. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'datalist', 'button', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'canvas', 'iframe',
  'object', 'embed', 'video', 'audio', 'picture', 'img', 'head', 'title', 'meta', 'link', 'base',
]);

/** Elements that the default stylesheet lays out as blocks (or table/list parts): a word boundary. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** The attribute that marks Gloss's own injected UI (popover host, toolbars): never read. */
export const GLOSS_UI_ATTR = 'data-gloss-ui';

export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

/** Hidden by markup alone (no computed style needed). */
export function isMarkupHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/** Whether a child of `parent` is not rendered because it sits in a closed <details>. */
export function isClosedDetailsBody(parent: Element, child: Element): boolean {
  return parent.localName === 'details' && !parent.hasAttribute('open') && child.localName !== 'summary';
}

/** Whitespace (collapsible or not), as UTF-16 code units: the extractor writes one plain space for any run of it. */
export const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0c, 0x0d, 0x20, 0xa0,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x202f, 0x205f, 0x3000,
];

const SPACE_TABLE = new Uint8Array(0x10000);
for (const c of SPACE_CODES) SPACE_TABLE[c] = 1;

/** Whitespace (collapsible or not): the extractor writes one plain space for any run of it. */
export function isSpace(code: number): boolean {
  return SPACE_TABLE[code] === 1;
}

/** the whitespace characters as the body of a RegExp character class (no brackets) */
export const SPACE_CLASS_BODY = classBody(SPACE_CODES);
