/**
 * The one data model (schema version 4): every store, message, page and export format uses
 * these shapes. Records have a stable id (UUID), ISO-8601 timestamps and a revision number
 * (`rev`, 1 when created, +1 on every write), and a delete leaves a `Tombstone`, so that an
 * import (and later a sync) can tell "deleted here" from "never seen". docs/data-model.md.
 */
import type { EntityType } from '../pack/types.ts';

export type Iso = string;

/** Every stored record of the reader's data carries its revision: 1 when created, +1 on every write. */
export interface Revised {
  rev: number;
}

export interface PageRecord extends Revised {
  id: string;
  /** normalised URL (no tracking parameters, no fragment; canonical where the page says so) */
  url: string;
  title: string;
  site: string;
  firstVisit: Iso;
  lastVisit: Iso;
  /** other normalised URLs this page was reached by (AMP/mobile variants whose canonical is `url`) */
  aliases: string[];
}

/** W3C Web Annotation selectors */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector;

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/**
 * A highlighted passage with the reader's note and tags on it: one record, one revision. The
 * page's address and title are not copied here; they come from the page record (`pageId`).
 * Tags may sit on a highlight without a note (`body` empty).
 */
export interface Highlight extends Revised {
  id: string;
  pageId: string;
  selectors: Selector[];
  colour: HighlightColour;
  /** the reader's note on the passage ('' when there is none) */
  body: string;
  tags: string[];
  created: Iso;
  updated: Iso;
  /** the last visit's re-anchoring outcome; an orphan is kept and listed, never dropped */
  placement?: HighlightPlacement;
}

export interface HighlightPlacement {
  state: 'placed' | 'orphaned';
  /** when the content script last tried to place it */
  checked: Iso;
}

/** What a note is about. A note on a highlight is the highlight's own `body` (schema version 4). */
export type NoteTarget =
  | { kind: 'entity'; entityId: string; entityName: string; entityType?: EntityType }
  | { kind: 'page'; pageId: string };

/** A note about an entity or a page. */
export interface Note extends Revised {
  id: string;
  target: NoteTarget;
  /** page the note was written on (also for entity notes), if any */
  pageId?: string;
  body: string;
  tags: string[];
  created: Iso;
  updated: Iso;
}

export interface EntitySighting extends Revised {
  id: string;
  entityId: string;
  pageId: string;
  count: number;
  firstSeen: Iso;
  lastSeen: Iso;
}

/** "Not this one here": the entities the reader said a page's names are not (one row per page). */
export interface PageRejections extends Revised {
  pageId: string;
  entityIds: string[];
  updated: Iso;
}

/** The kinds of record of the reader's data, as tombstones and import summaries name them. */
export const RECORD_KINDS = ['page', 'highlight', 'note', 'sighting', 'rejections'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * What a delete leaves behind: the record's id and kind, when it was deleted, and the revision
 * the deletion is (the deleted record's `rev` + 1). An import compares it with what it brings.
 */
export interface Tombstone {
  id: string;
  kind: RecordKind;
  deleted: Iso;
  rev: number;
}

export interface Settings {
  paused: boolean;
  /** hostnames where Gloss does nothing */
  disabledSites: string[];
  /** mark every mention rather than the first of each entity */
  markEveryMention: boolean;
  /** hover delay before the popover opens, ms */
  hoverDelayMs: number;
  /** entities the reader asked never to mark */
  mutedEntities: string[];
  defaultColour: HighlightColour;
  /**
   * online look-ups on Wikipedia and Wikidata: off unless the reader turns them on (which also asks
   * the browser for access to those hosts); requests are made only while this is on and access is granted
   */
  onlineLookup: boolean;
  /** show the article's picture with a looked-up summary (loaded from upload.wikimedia.org); off by default */
  lookupImages: boolean;
  /** a faint mark on capitalised names no pack knows, offering a look-up; off by default, and only with onlineLookup */
  lookupUnknownNames: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  markEveryMention: false,
  hoverDelayMs: 300,
  mutedEntities: [],
  defaultColour: 'yellow',
  onlineLookup: false,
  lookupImages: false,
  lookupUnknownNames: false,
};
