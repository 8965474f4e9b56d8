/**
 * The browser side of visible-text extraction: computed-style hiddenness and block layout, given
 * to the pure extractor (src/core/text) as callbacks.
 */
import type { ExtractOptions } from '../core/text/index.ts';

const BLOCKISH = /^(block|flex|grid|table|list-item|flow-root|table-)/;

/** what one read needs of an element's computed style */
interface StyleFacts {
  hidden: boolean;
  /** a block (a word boundary), not one, or undefined for display: contents (its children decide) */
  block: boolean | undefined;
}

/**
 * Callbacks for one read: each element's computed style is looked at once (the extractor asks
 * about an element when it enters it and again when it leaves it) and forgotten with the options.
 */
export function browserExtractOptions(): ExtractOptions {
  const facts = new Map<Element, StyleFacts>();
  const factsOf = (el: Element): StyleFacts => {
    let f = facts.get(el);
    if (!f) {
      const s = getComputedStyle(el);
      const display = s.display;
      const visibility = s.visibility;
      f = {
        hidden: display === 'none' || visibility === 'hidden' || visibility === 'collapse',
        // floated drop caps compute to display:block but read as part of the word
        block: display === 'contents' ? (s.float === 'none' ? undefined : false) : BLOCKISH.test(display) && s.float === 'none',
      };
      facts.set(el, f);
    }
    return f;
  };
  return {
    isHidden: (el) => factsOf(el).hidden,
    isBlock: (el) => factsOf(el).block,
  };
}
