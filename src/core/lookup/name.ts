/**
 * The name a look-up sends, from what the reader selected. Only a name leaves the browser: a
 * selection longer than a name (a sentence, a paragraph) is refused before any request, so page
 * text cannot be sent by accident.
 */

/** longest name sent, in characters ("Organisation for Security and Co-operation in Europe" is 52) */
export const MAX_NAME_LENGTH = 80;
/** most words in a name ("Mohammed bin Rashid bin Saeed Al Maktoum" has 7) */
export const MAX_NAME_WORDS = 10;

export type NameProblem = 'empty' | 'too-long';
export type LookupName = { ok: true; name: string } | { ok: false; problem: NameProblem };

/** quotes, brackets and punctuation that a selection drags along at its ends */
const EDGE = /^[\s"'“”‘’«»„‚‹›()[\]{}<>.,;:!?…*–—-]+|[\s"'“”‘’«»„‚‹›()[\]{}<>,;:!?…*–—-]+$/gu;
/** a full stop after a longer word or a closing quote ends a sentence; after "Jr" or "Inc" it belongs to the name */
const SENTENCE_STOP = /(?:\p{L}{4,}|["'”’»)\]])\.$/u;
const POSSESSIVE = /(?<=\p{L})['’]s$/u;

/**
 * "  «Poutine», " → "Poutine"; "Lukashenko's" → "Lukashenko"; white space collapsed. A final full
 * stop is kept when the name ends in an initial or abbreviation ("Jr.", "Inc.").
 */
export function lookupName(selection: string): LookupName {
  let name = selection.replace(/\s+/g, ' ');
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(EDGE, '');
    if (SENTENCE_STOP.test(name)) name = name.slice(0, -1);
  }
  name = name.replace(POSSESSIVE, '').trim();
  if (!/[\p{L}\p{N}]/u.test(name)) return { ok: false, problem: 'empty' };
  if (name.length > MAX_NAME_LENGTH || name.split(' ').length > MAX_NAME_WORDS) return { ok: false, problem: 'too-long' };
  return { ok: true, name };
}

/** The reader's sentence for a selection that cannot be looked up. */
export function describeNameProblem(problem: NameProblem): string {
  return problem === 'empty'
    ? 'Select a name first, then choose Look up.'
    : `Select just the name (at most ${MAX_NAME_WORDS} words) to look it up: Gloss sends only a name, never a passage of the page.`;
}
