/**
 * The browser side of visible-text extraction: computed-style hiddenness and block layout, given
 * to the pure extractor (src/core/text) as callbacks.
 */
import type { ExtractOptions } from '../core/text/index.ts';

const BLOCKISH = /^(block|flex|grid|table|list-item|flow-root|table-)/;

export function browserExtractOptions(): ExtractOptions {
  let lastEl: Element | null = null;
  let lastStyle: CSSStyleDeclaration | null = null;
  const styleOf = (el: Element): CSSStyleDeclaration => {
    if (el !== lastEl) {
      lastEl = el;
      lastStyle = getComputedStyle(el);
    }
    return lastStyle!;
  };
  return {
    isHidden: (el) => {
      const s = styleOf(el);
      return s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse';
    },
    isBlock: (el) => {
      const s = styleOf(el);
      // floated drop caps compute to display:block but read as part of the word
      if (s.float !== 'none') return false;
      if (s.display === 'contents') return undefined;
      return BLOCKISH.test(s.display);
    },
  };
}
