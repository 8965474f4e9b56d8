/**
 * Every message between the content script, the background and the extension pages, with its
 * reply type. Add a message here first; the background's handler table is typed from this map,
 * so a message without a handler (or a handler with the wrong reply) does not compile.
 */
import type { Highlight, HighlightColour, Note, NoteTarget, PageRecord, Selector, Settings } from './core/model/types.ts';
import type { NoteDraft, NotebookEntry, NotebookQuery } from './core/model/notebook.ts';
import type { ExportScope, ReaderData } from './core/model/dataset.ts';
import type { Dossier, EntityListing } from './core/model/dossier.ts';
import type { ImportCheck } from './core/formats/import.ts';
import type { Entity, PackMeta } from './core/pack/types.ts';
import type { EntityRef, Mention } from './core/spot/types.ts';
import type { AddEntityOutcome, ImportOutcome, PackInfo } from './core/pack/import.ts';
import type { EntityDraft } from './core/pack/my-entities.ts';

export interface Messages {
  /** liveness check used by tests and by pages waking a sleeping service worker */
  ping: { req: Record<string, never>; res: { ok: true; version: string } };
  'settings/get': { req: Record<string, never>; res: Settings };
  'settings/update': { req: { patch: Partial<Settings> }; res: Settings };
  /** small key/value store used by tests to check data survives a browser restart */
  'debug/put': { req: { key: string; value: string }; res: { ok: true } };
  'debug/get': { req: { key: string }; res: { value: string | null } };
  /** errors the background has seen since it started (tests check it stays empty) */
  'debug/errors': { req: Record<string, never>; res: { errors: string[] } };
  /**
   * Spot entities in a page's visible text. Runs in the background, where the compiled packs
   * are loaded once, so a tab never pays for the matcher. Ambiguous mentions carry candidates.
   */
  spot: { req: { text: string; lang?: string }; res: { mentions: Mention[]; entities: Record<string, EntityRef> } };
  /** everything the popover shows about one entity */
  'entity/get': {
    req: { id: string };
    res: { entity: Entity; pack: Pick<PackMeta, 'id' | 'name' | 'dataDate' | 'licence'> } | null;
  };

  // ---- reader's data (issue #6 owns the handlers; the popover uses them) ----
  /** which entities a page showed, so the popover can say "you read about her in 6 articles" */
  'sightings/record': {
    req: { url: string; title: string; entities: { id: string; count: number }[] };
    res: { ok: true };
  };
  /** what the reader has noted about an entity and how often they met it */
  'notes/aboutEntity': { req: { entityId: string }; res: { count: number; latest: Note | null; pagesSeen: number } };
  /** add a note (on a highlight, an entity or a page); replies after the write has committed */
  'notes/add': { req: { target: NoteTarget; body: string; tags: string[]; url?: string; title?: string }; res: Note };

  // ---- highlights, notes, pages, notebook (issue #6, src/background/notes-handlers.ts) ----
  // Every write replies only after its Dexie transaction committed: the reply is the confirmation.
  /** a visit: files the page (normalised/canonical URL) and returns its highlights to re-anchor */
  'page/visit': { req: PageAddress; res: { page: PageRecord | null; highlights: Highlight[] } };
  /** save a new highlight (with its note and tags, if typed) on the page at `url` */
  'highlights/create': {
    req: PageAddress & { selectors: Selector[]; colour: HighlightColour; note?: NoteDraft };
    res: { highlight: Highlight; page: PageRecord };
  };
  /** change a highlight's colour and/or its note and tags (an empty note with no tags leaves the bare highlight) */
  'highlights/update': { req: { id: string; colour?: HighlightColour; note?: NoteDraft }; res: Highlight };
  /** delete a highlight with its note (a tombstone stays); the reply carries the record so the reader can undo */
  'highlights/delete': { req: { id: string }; res: Highlight };
  /** undo a delete: the same record (id, created date, page) comes back; refused if it was not deleted */
  'highlights/restore': { req: { highlight: Highlight }; res: Highlight };
  /** the outcome of re-anchoring on a visit: orphans are kept and listed, never dropped */
  'highlights/placement': { req: { placed: string[]; orphaned: string[] }; res: { ok: true } };
  /** highlights that could not be placed at the last visit (of one page when `url` is given) */
  'highlights/orphans': { req: { url?: string }; res: { entries: NotebookEntry[] } };
  /** edit or delete any note from the notebook */
  'notes/update': { req: { id: string } & NoteDraft; res: Note };
  /** delete a note (a tombstone stays); the reply carries it so the reader can undo */
  'notes/delete': { req: { id: string }; res: Note };
  /** undo a note's delete: the same record comes back; refused if it was not deleted */
  'notes/restore': { req: { note: Note }; res: Note };
  /** the page filed for this address (normalised; aliases count) and the reader's notes about it */
  'notes/forPage': { req: { url: string }; res: { page: PageRecord | null; notes: Note[] } };
  /** the notebook: highlights and notes, newest first, filtered */
  'notebook/list': { req: NotebookQuery; res: { entries: NotebookEntry[]; tags: string[]; total: number } };

  // ---- notebook views, export and import (issue #10; extension pages only) ----
  /** every page, highlight and note: the notebook builds its views and its search index from it */
  'notebook/data': { req: Record<string, never>; res: Pick<ReaderData, 'pages' | 'highlights' | 'notes'> };
  /** the records an export of this scope writes (everything, some annotations, a page, an entity's dossier) */
  'notebook/snapshot': { req: { scope: ExportScope }; res: ReaderData };
  /** the entities the reader met or wrote about, with counts, for the "by entity" view */
  'notebook/entities': { req: Record<string, never>; res: { entities: EntityListing[] } };
  /** one entity's dossier: background from its pack, pages where the reader met it, highlights that mention it, notes about it */
  'notebook/dossier': { req: { entityId: string }; res: Dossier };
  /** read an export file and say what importing it would add, update and skip; writes nothing */
  'import/preview': { req: { text: string; fileName?: string }; res: ImportCheck };
  /** import an export file in one transaction (all of it or nothing); the same checks as the preview */
  'import/apply': { req: { text: string; fileName?: string }; res: ImportCheck };

  /** open an extension page in a new tab (popover "open in notebook", popup, tests) */
  'pages/open': { req: { page: 'notebook'; hash?: string }; res: { ok: true } };

  // ---- marks on pages (issue #4, src/background/marks-handlers.ts) ----
  /** "not this entity here": the reader says a name on this page is not this entity; it stays unmarked there */
  'marks/reject': { req: { url: string; entityId: string }; res: { ok: true } };
  /** entities the reader rejected on this page */
  'marks/rejected': { req: { url: string }; res: { entityIds: string[] } };

  // ---- knowledge packs the reader imports, and "My entities" (src/background/packs-handlers.ts) ----
  /** every pack in use: the built-in one first, then imported ones, then My entities */
  'packs/list': { req: Record<string, never>; res: { packs: PackInfo[]; error: string | null } };
  /** a pack file's text: validated, checked against the loaded packs, compiled once and stored; refused with the validator's messages */
  'packs/import': { req: { text: string; fileName?: string }; res: ImportOutcome };
  /** remove an imported pack (or all of My entities); the built-in pack cannot be removed */
  'packs/remove': { req: { id: string }; res: { ok: true } };
  /** add one entity to My entities from the notebook's form; refused with the validator's messages */
  'packs/addEntity': { req: { draft: EntityDraft }; res: AddEntityOutcome };
  /** remove one of the reader's own entities */
  'packs/removeEntity': { req: { id: string }; res: { ok: true } };
}

/**
 * Messages the background sends to content scripts (tabs.sendMessage, no reply expected), as
 * `{ gloss: 1, type, payload }` like requests (issue #4).
 */
export interface TabMessages {
  /** settings changed (popup, popover, notebook): marks follow pause, site off, muted entities live */
  'settings/changed': Settings;
  /** the "next-mark" keyboard command: move focus to the next (1) or previous (-1) mark */
  'marks/next': { direction: 1 | -1 };
  /** context menu "Highlight/Note with Gloss" or the highlight-selection command, on the tab's selection (issue #6) */
  'highlight/command': { action: 'highlight' | 'note' };
}

/** What the content script of a tab reports to the popup about its marks (issue #4). */
export interface MarksStatus {
  state: 'off' | 'reading' | 'done';
  /** mentions marked on the page */
  marks: number;
  /** why names could not be looked up on this page, as a sentence for the reader */
  error: string | null;
}

/** Requests to a tab's content script that expect a reply (tabs.sendMessage, same envelope). */
export interface TabRequests {
  'marks/status': { req: Record<string, never>; res: MarksStatus };
}

/** where a page was read: its address as visited plus what the page says about itself (issue #6) */
export interface PageAddress {
  url: string;
  title: string;
  /** href of <link rel="canonical"> if any */
  canonical?: string | null;
  /** the page declares itself AMP */
  amp?: boolean;
}

export type MessageType = keyof Messages;
export type Req<T extends MessageType> = Messages[T]['req'];
export type Res<T extends MessageType> = Messages[T]['res'];

export interface Envelope<T extends MessageType = MessageType> {
  gloss: 1;
  type: T;
  payload: Req<T>;
}

/** Replies travel as {ok:true,value} or {ok:false,error} so errors reach the sender as text. */
export type Reply<T extends MessageType> = { ok: true; value: Res<T> } | { ok: false; error: string };

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && (x as { gloss?: unknown }).gloss === 1 && typeof (x as { type?: unknown }).type === 'string';
}
