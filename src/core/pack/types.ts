/**
 * The knowledge-pack format (source form), version 1. Documented in docs/knowledge-packs.md,
 * with a JSON Schema in docs/knowledge-pack.schema.json. This file is the contract shared by the
 * spotting engine, the default-pack build and the extension.
 */
export const PACK_FORMAT = 'gloss-pack';
export const PACK_FORMAT_VERSION = 1;

export type EntityType = 'person' | 'organisation' | 'place' | 'event' | 'other';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'event', 'other'];

export interface SourceRef {
  /** e.g. "The World Factbook 2026", "Gloss team" */
  name: string;
  url?: string;
  /** SPDX id or short licence name, e.g. "CC-BY-SA-4.0", "public-domain" */
  licence: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the data snapshot taken from this source */
  asOf?: string;
}

export interface Alias {
  text: string;
  /** BCP 47 language tag(s) the alias is used in; absent = any language */
  lang?: string;
  /** what kind of alias: helps the matcher's guards and explains the match */
  kind?: 'name' | 'short' | 'acronym' | 'former' | 'transliteration' | 'surname' | 'title' | 'demonym';
  /** match only with exactly this capitalisation (set automatically for acronyms and common words) */
  caseSensitive?: boolean;
  /** why an alias shared with another entity is allowed; required when it is shared */
  sharedNote?: string;
  /**
   * The alias is an ordinary word somewhere ("May", "Chase", "Nice"): it only matches when
   * the page context supports it, e.g. another alias of the same entity or a related entity
   * was seen, or a title precedes it. Words listed here, seen near the mention, also count.
   */
  requiresContext?: boolean;
  contextWords?: string[];
}

export interface Fact {
  label: string;
  value: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the fact holds from / as of */
  since?: string;
  until?: string;
  asOf?: string;
  /** where the fact comes from: the `name` of one of the entity's `sources` */
  source?: string;
}

export interface Entity {
  /** Wikidata QID ("Q123") where known, else a pack-local id ("gloss:lukashenko-alexander") */
  id: string;
  name: string;
  type: EntityType;
  /** one line: "President of Belarus since 1994" */
  description: string;
  /** a few sentences of neutral background, in the pack team's own words */
  summary: string;
  aliases: Alias[];
  facts?: Fact[];
  /** ids of related entities (country of a leader, etc.): used as disambiguation context */
  related?: string[];
  sources: SourceRef[];
}

export interface PackMeta {
  format: typeof PACK_FORMAT;
  formatVersion: number;
  id: string;
  name: string;
  version: string;
  languages: string[];
  licence: string;
  /** the date the data was checked/current: the popover says how fresh it is */
  dataDate: string;
  sources: SourceRef[];
  description?: string;
}

export interface Pack extends PackMeta {
  entities: Entity[];
}
