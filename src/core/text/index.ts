/** The visible-text model (see types.ts): extraction, article region, offset map. */
export * from './types.ts';
export { TextExtractor, extractVisibleText, isExcluded, isReadable } from './extract.ts';
export { articleRoots, findArticleRegion, inArticleScope, ALWAYS_READ_SELECTOR } from './region.ts';
export { domPieces, domPoint, segmentIndexAt, textOffsetOf } from './offsets.ts';
export { BLOCK_TAGS, SKIP_TAGS, GLOSS_UI_ATTR } from './rules.ts';

import { extractVisibleText } from './extract.ts';
import { articleRoots } from './region.ts';
import type { ExtractOptions, VisibleText } from './types.ts';

/** The article's visible text (region plus outside headings/captions), e.g. for the CLI over linkedom. */
export function extractArticleText(body: Element, options: ExtractOptions = {}): VisibleText {
  return extractVisibleText(articleRoots(body), options);
}
