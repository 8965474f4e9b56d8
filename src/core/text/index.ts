/** The visible-text model (see types.ts): extraction, article region, offset map. */
export * from './types.ts';
export { TextExtractor, extractVisibleText, isExcluded, isReadable } from './extract.ts';
export { articleRoots, findArticleRegion, inArticleScope, isBoilerplate, paragraphRegion, ALWAYS_READ_SELECTOR, BOILERPLATE_SELECTOR } from './region.ts';
export { domPieces, domPoint, segmentIndexAt, textOffsetOf } from './offsets.ts';
export { BLOCK_TAGS, SKIP_TAGS, GLOSS_UI_ATTR } from './rules.ts';

import { extractVisibleText } from './extract.ts';
import { articleRoots, isBoilerplate } from './region.ts';
import type { ExtractOptions, VisibleText } from './types.ts';

/**
 * The article's visible text (region plus outside headings/captions, without navigation and
 * footers), e.g. for the CLI over linkedom. The content script reads the same way.
 */
export function extractArticleText(body: Element, options: ExtractOptions = {}): VisibleText {
  return extractVisibleText(articleRoots(body), articleOptions(options));
}

/** Extraction options for reading an article: the caller's, plus skipping page furniture. */
export function articleOptions(options: ExtractOptions = {}): ExtractOptions {
  const skip = options.skip;
  return { ...options, skip: (el) => isBoilerplate(el) || (skip?.(el) ?? false) };
}
