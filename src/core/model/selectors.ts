/**
 * The one look-up of a highlight's selectors by kind (the anchoring, the notebook, every export
 * format and the page's highlight layer use it): its quote, the quoted text, its stored position.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from './types.ts';

export function quoteOf(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionOf(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** where the passage was on its page when saved (for reading order); after everything when unknown */
export const storedStart = (selectors: readonly Selector[]): number => positionOf(selectors)?.start ?? Number.MAX_SAFE_INTEGER;

/** the quoted text ('' if there is no quote) */
export const quoteText = (selectors: readonly Selector[]): string => quoteOf(selectors)?.exact ?? '';
