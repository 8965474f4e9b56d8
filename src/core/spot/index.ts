/** The spotting engine: normalise, compile packs to matchers, spot. Pure: no DOM, no browser API. */
export { compilePack, surnameOf, looksLikeAcronym } from './compile.ts';
export { Matcher } from './matcher.ts';
export { spot, type SpotResult } from './spot.ts';
export { normalise, normaliseKey, type Normalised } from './normalise.ts';
export type { EntityRef, Mention, MentionReason, SpotOptions } from './types.ts';
