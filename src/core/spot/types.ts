/**
 * The spotting engine's public contract (implemented in src/core/spot/, issue #3).
 * Pure TypeScript: no DOM, no browser API.
 */
import type { EntityType } from '../pack/types.ts';

/**
 * Why a span was linked to an entity: an alias letter for letter, a later surname, an acronym, a
 * name in another script or romanisation ("Лукашенко", "Łukaszenka"), another spelling of a person's
 * name ("Vladimir Poutin"), an inflected form ("Москве", "Putins"), or a reference: an organisation
 * named again by part of its name, the head noun ("the Commission": back-references.ts) or a club's
 * town ("Borussia Dortmund … Dortmund").
 */
export type MentionReason = 'alias' | 'surname' | 'acronym' | 'transliteration' | 'variant' | 'inflection' | 'reference';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface Mention {
  /** UTF-16 offsets into the original text: text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
  entityId: string;
  reason: MentionReason;
  /** set when the name fits several entities and the context could not decide: no entityId guess */
  candidates?: string[];
}

export interface SpotOptions {
  /** page language (BCP 47), used by ambiguity rules */
  lang?: string;
  /**
   * Every line break in the text separates blocks (text extracted from a page, where the
   * extractor puts one "\n" between blocks): names never span one. Without it, a single line break
   * is white space (hard-wrapped text) and only a blank line separates.
   */
  blockBreaks?: boolean;
  /**
   * Look for names in other spellings too: transliterations, spelling variants of people's names,
   * inflected forms (the name index; see docs/knowledge-packs.md). Default true; false finds only
   * aliases letter for letter.
   */
  otherSpellings?: boolean;
}
