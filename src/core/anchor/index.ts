export { describeRange, trimRange, CONTEXT_CHARS, type TextRange, type RangeSelectors } from './describe.ts';
export { anchor, quoteOf, positionOf, DEFAULT_MAX_ERROR_RATIO, type Anchored, type AnchorMethod, type AnchorOptions } from './anchor.ts';
