/**
 * The one data model: every store, message, page and export format uses these shapes.
 * Records have a stable id (UUID) and ISO-8601 timestamps.
 */
import type { EntityType } from '../pack/types.ts';

export type Iso = string;

export interface PageRecord {
  id: string;
  /** normalised URL (no tracking parameters, no fragment; canonical where the page says so) */
  url: string;
  title: string;
  site: string;
  firstVisit: Iso;
  lastVisit: Iso;
  /** other normalised URLs this page was reached by (AMP/mobile variants whose canonical is `url`) */
  aliases?: string[];
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

export interface Highlight {
  id: string;
  pageId: string;
  url: string;
  pageTitle: string;
  selectors: Selector[];
  colour: HighlightColour;
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

export type NoteTarget =
  | { kind: 'highlight'; highlightId: string }
  | { kind: 'entity'; entityId: string; entityName: string; entityType?: EntityType }
  | { kind: 'page'; pageId: string };

export interface Note {
  id: string;
  target: NoteTarget;
  /** page the note was written on (also for entity notes), if any */
  pageId?: string;
  body: string;
  tags: string[];
  created: Iso;
  updated: Iso;
}

export interface EntitySighting {
  id: string;
  entityId: string;
  pageId: string;
  count: number;
  firstSeen: Iso;
  lastSeen: Iso;
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
  /** online lookups are off unless the reader turns them on */
  onlineLookup: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  markEveryMention: false,
  hoverDelayMs: 300,
  mutedEntities: [],
  defaultColour: 'yellow',
  onlineLookup: false,
};
