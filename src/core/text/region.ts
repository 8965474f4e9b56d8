/**
 * Where the article is. A page's main article (one <article>, or <main>/[role=main]) is read in
 * preference to navigation, teasers and footers; headings, captions and the standfirst outside it
 * are read too, so the headline's names are never missed. Falls back to the whole body.
 */
import { isSpace } from './rules.ts';

/** Smallest share of the body's text the chosen region must hold to be trusted. */
const MIN_REGION_CHARS = 400;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

/**
 * Whether `el` holds at least `min` characters of text (whitespace runs counting as one), found
 * by walking its text nodes only until there are enough: a huge article is not read to say so.
 */
function hasTextAtLeast(el: Element, min: number): boolean {
  let n = 0;
  let space = false;
  for (let node: Node | null = el.firstChild; node && node !== el; ) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      for (let i = 0; i < data.length; i++) {
        const isWs = isSpace(data.charCodeAt(i));
        if (!isWs || !space) n++;
        space = isWs;
      }
      if (n >= min) return true;
    }
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return n >= min;
}

/** Elements read even when they sit outside the article region. */
export const ALWAYS_READ_SELECTOR = 'h1, figcaption, [itemprop="headline"], [itemprop="description"]';

/** The page's main article element, or the body when there is no trustworthy one. */
export function findArticleRegion(body: Element): Element {
  const articles = Array.from(body.querySelectorAll('article, [itemprop="articleBody"]')).filter((el) => hasTextAtLeast(el, MIN_REGION_CHARS));
  // outermost candidates only (an articleBody inside its article, comments inside the story)
  const outer = articles.filter((el) => !articles.some((other) => other !== el && other.contains(el)));
  if (outer.length === 1) return outer[0]!;
  const main = body.querySelector('main, [role="main"]');
  if (main && hasTextAtLeast(main, MIN_REGION_CHARS)) return main;
  return paragraphRegion(body) ?? body;
}

/** paragraphs shorter than this are captions, bylines or teasers, not article text */
const MIN_PARAGRAPH_CHARS = 40;

/**
 * For pages without semantic markup, the Readability idea in small: the element whose paragraphs
 * hold the most text, widened to its ancestors while they hold clearly more paragraph text (an
 * article split over several blocks). Null when no element holds most of the page's paragraph
 * text (a listing or a front page), so the caller reads the whole body.
 */
export function paragraphRegion(body: Element): Element | null {
  const paragraphs = Array.from(body.querySelectorAll('p'))
    .map((p) => [p, textLength(p)] as const)
    .filter(([, n]) => n >= MIN_PARAGRAPH_CHARS);
  const total = paragraphs.reduce((a, [, n]) => a + n, 0);
  if (total < MIN_REGION_CHARS) return null;
  const byParent = new Map<Element, number>();
  for (const [p, n] of paragraphs) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + n);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, n] of byParent) if (n > bestScore) [best, bestScore] = [el, n];
  if (!best || best === body) return null;
  const textIn = (el: Element) => paragraphs.reduce((a, [p, n]) => (el.contains(p) ? a + n : a), 0);
  let region = best;
  let inRegion = bestScore;
  for (let up = region.parentElement; up && up !== body; up = up.parentElement) {
    const n = textIn(up);
    if (n < inRegion * 1.3) break;
    region = up;
    inRegion = n;
  }
  return inRegion >= total * 0.4 && inRegion >= MIN_REGION_CHARS ? region : null;
}

/**
 * Page furniture never read: navigation, search, footers (also inside the article), and share/ad/related widgets.
 * Also the apparatus after an article that is not its text: lists of references and bibliographies
 * (the DPUB-ARIA roles, and MediaWiki's reference lists), and wikis' navigation boxes and category
 * links. On a Wikipedia article they are about half the text, and names there are authors and
 * publishers of sources, not what the article is about.
 */
export const BOILERPLATE_SELECTOR =
  'nav, [role="navigation"], [role="search"], [role="contentinfo"], footer, [role="doc-endnotes"], [role="doc-bibliography"], ' +
  'ol.references, .reflist, .refbegin, .navbox, .catlinks';

/**
 * class/id words of widgets that are not the story (Readability's "unlikely candidates", kept
 * short): share buttons, newsletters, related links, ads, comments.
 */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'social', 'newsletter', 'related', 'promo', 'sponsored', 'advert', 'advertisement',
  'ads', 'outbrain', 'taboola', 'comments', 'breadcrumb', 'breadcrumbs',
]);

/** one of FURNITURE_WORDS as a whole word of a lower-cased class/id string (words split at anything but a-z and 0-9) */
const FURNITURE_NAME = new RegExp(`(?:^|[^a-z0-9])(?:${[...FURNITURE_WORDS].join('|')})(?![a-z0-9])`);

/** containers that are the story whatever their class says ("content--comment" is an opinion piece) */
const NEVER_FURNITURE = new Set(['html', 'body', 'main', 'article']);

function hasFurnitureName(el: Element): boolean {
  if (NEVER_FURNITURE.has(el.localName) || el.getAttribute('itemprop') === 'articleBody' || el.getAttribute('role') === 'main') return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.length >= 2 && FURNITURE_NAME.test(names.toLowerCase());
}

export function isBoilerplate(el: Element): boolean {
  return el.matches(BOILERPLATE_SELECTOR) || hasFurnitureName(el);
}

/**
 * The roots to read, in document order: the article region plus headings, captions and standfirsts
 * outside it (none of which contain each other). Pass the region when it is already known.
 */
export function articleRoots(body: Element, region: Element = findArticleRegion(body)): Element[] {
  if (region === body) return [body];
  const extras = Array.from(body.querySelectorAll(ALWAYS_READ_SELECTOR)).filter(
    (el) => !region.contains(el) && !el.contains(region),
  );
  const roots = [region, ...extras].filter((el, _i, all) => !all.some((other) => other !== el && other.contains(el)));
  return roots.sort(documentOrder);
}

/** Path of child indices from the root: compared lexicographically it gives document order. */
function pathOf(node: Node): number[] {
  const path: number[] = [];
  for (let n: Node | null = node; n?.parentNode; n = n.parentNode) {
    let i = 0;
    for (let c = n.previousSibling; c; c = c.previousSibling) i++;
    path.push(i);
  }
  return path.reverse();
}

/** Sort comparator for document order (computed by hand: linkedom's compareDocumentPosition is unreliable). */
export function documentOrder(a: Node, b: Node): number {
  const pa = pathOf(a);
  const pb = pathOf(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return pa.length - pb.length;
}

/** Whether new content at `node` belongs to what articleRoots reads. */
export function inArticleScope(node: Node, region: Element): boolean {
  if (region.contains(node)) return true;
  const el = (node.nodeType === 1 ? node : node.parentNode) as Element | null;
  if (!el) return false;
  return el.closest?.(ALWAYS_READ_SELECTOR) != null || el.querySelector?.(ALWAYS_READ_SELECTOR) != null;
}
