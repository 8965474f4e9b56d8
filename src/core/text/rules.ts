/**
 * Which elements hold readable text, which never do, and which start a new block.
 * Tag names are compared as lower-case local names (HTML and SVG alike).
 */

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

/** Whitespace (collapsible or not): the extractor writes one plain space for any run of it. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000
  );
}
