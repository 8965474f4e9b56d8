export { describeRange, snapToWords, trimRange, CONTEXT_CHARS, type TextRange, type RangeSelectors } from './describe.ts';
export { anchor, anchorSteps, quoteOf, positionOf, DEFAULT_MAX_ERROR_RATIO, FUZZY_CHUNK, type Anchored, type AnchorMethod, type AnchorOptions } from './anchor.ts';
