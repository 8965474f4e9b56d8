/**
 * Every message between the content script, Gloss's frame, the background and the extension
 * pages, with its reply type. Add a message here first; the background's handler table and its
 * sender policy table (src/background/senders.ts) are typed from this map, so a message without
 * a handler, or without a rule saying who may send it, does not compile.
 */
import type { Highlight, HighlightColour, Note, NoteTarget, PageRecord, Selector, Settings } from './core/model/types.ts';
import type { NoteDraft, NotebookEntry, NotebookQuery, PageHighlight } from './core/model/notebook.ts';
import type { ExportScope, ReaderData } from './core/model/dataset.ts';
import type { Dossier, EntityListing } from './core/model/dossier.ts';
import type { ImportCheck } from './core/formats/import.ts';
import type { Entity, PackMeta } from './core/pack/types.ts';
import type { EntityRef, Mention } from './core/spot/types.ts';
import type { AddEntityOutcome, ImportOutcome, PackInfo } from './core/pack/import.ts';
import type { EntityDraft } from './core/pack/my-entities.ts';
import type { PackIssue } from './core/pack/issues.ts';
import type { LookupResult, SearchAnswer } from './core/lookup/client.ts';
import type { LookupArticle } from './core/lookup/types.ts';
import type { SaveChoice } from './core/lookup/personal-entity.ts';
import type { KeepOutcome } from './core/lookup/keep.ts';
import type { SkippedEntity } from './core/pack/my-entities-file.ts';
import type { UnknownName } from './core/lookup/unknown-names.ts';

export interface Messages {
  /** liveness check used by tests and by pages waking a sleeping service worker */
  ping: { req: Record<string, never>; res: { ok: true; version: string } };
  'settings/get': { req: Record<string, never>; res: Settings };
  'settings/update': { req: { patch: Partial<Settings> }; res: Settings };
  /** "Don't mark X" in the popover: add one entity to the muted ones (one transaction, no read-modify-write race) */
  'settings/mute': { req: { entityId: string }; res: { ok: true } };
  /**
   * Spot entities in a page's visible text. Runs in the background, where the compiled packs
   * are loaded once, so a tab never pays for the matcher. Ambiguous mentions carry candidates.
   */
  spot: {
    /** `session` and `parts`: the text follows the `parts` parts (`spot/part`) sent for `session` before it */
    req: { text: string; lang?: string; session?: string; parts?: number };
    /** `unknown`: names no pack knows, for faint marks, only when the reader turned them on (with the online look-up) */
    res: { mentions: Mention[]; entities: Record<string, EntityRef>; unknown?: UnknownName[] };
  };
  /**
   * A long page's text in parts, so no single message (and no task in the page) carries it all:
   * the parts of `session` are kept for the sending tab and spotted, in the order of their
   * `index`, with the text of the final `spot` that names the session, as one text (mentions are
   * offsets into the whole). Parts are sent without waiting for each other.
   */
  'spot/part': { req: { session: string; index: number; text: string }; res: { ok: true } };
  /** everything the popover shows about one entity */
  'entity/get': {
    req: { id: string };
    res: { entity: Entity; pack: Pick<PackMeta, 'id' | 'name' | 'dataDate' | 'licence'> } | null;
  };

  // ---- reader's data (issue #6 owns the handlers; the popover uses them) ----
  /** which entities a page showed, so the popover can say "you read about her in 6 articles" */
  'sightings/record': {
    req: PageAddress & { entities: { id: string; count: number }[] };
    res: { ok: true };
  };
  /** what the reader has noted about an entity and how often they met it */
  'notes/aboutEntity': { req: { entityId: string }; res: { count: number; latest: Note | null; pagesSeen: number } };
  /**
   * add a note (on a highlight, an entity or a page); replies after the write has committed. An
   * entity note from a page's popover names that page (`url`, `title` and what the page says about
   * itself, as in PageAddress) so it is filed under the same page record as the page's highlights.
   */
  'notes/add': { req: { target: NoteTarget; body: string; tags: string[]; url?: string; title?: string; canonical?: string | null; amp?: boolean }; res: Note };

  // ---- highlights, notes, pages, notebook (issue #6, src/background/notes-handlers.ts) ----
  // Every write replies only after its Dexie transaction committed: the reply is the confirmation.
  /** a visit: files the page (normalised/canonical URL) and returns its highlights to re-anchor (without note text or tags) */
  'page/visit': { req: PageAddress; res: { page: PageRecord | null; highlights: PageHighlight[] } };
  /** one highlight with its note and tags, for Gloss's editor frame */
  'highlights/get': { req: { id: string }; res: Highlight };
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
  /** the outcome of re-anchoring on a visit to `page`: orphans are kept and listed, never dropped */
  'highlights/placement': { req: { page: PageAddress; placed: string[]; orphaned: string[] }; res: { ok: true } };
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
  'marks/reject': { req: PageRef & { entityId: string }; res: { ok: true } };
  /** undo "not this entity here" (the page's Undo, the popup's "Mark again"): the name is marked on this page again */
  'marks/unreject': { req: PageRef & { entityId: string }; res: { ok: true } };
  /** entities the reader rejected on this page */
  'marks/rejected': { req: PageRef; res: { entityIds: string[] } };

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
  /** My entities as a pack file (the documented pack format), to share or to move */
  'packs/exportMine': { req: Record<string, never>; res: { text: string; fileName: string; count: number } };
  /** a pack file's entities added to My entities (an id already there is replaced); refused with the validator's messages */
  'packs/importMine': { req: { text: string; fileName?: string }; res: MineImport };

  // ---- online look-up on Wikidata and Wikipedia (issue #14, src/background/lookup/) ----
  // Asked by Gloss's frame (where the reader clicks) or Gloss's own pages, never by a page's
  // content script; the frame sends them over a port of their own (src/shell/port-request.ts),
  // so closing the popover aborts the requests.
  /** candidates for a name: Wikidata searched in the page's language and English */
  'lookup/search': { req: { name: string; lang: string | null; askedBy: LookupAsk }; res: LookupResult<SearchAnswer> };
  /** the chosen item: its Wikidata terms and its Wikipedia summary (no picture unless the reader allows them) */
  'lookup/article': { req: { qid: string; lang: string | null }; res: LookupResult<ArticleView> };
  /** keep a looked-up item (as last fetched) in My entities, with the names the reader confirmed */
  'lookup/save': { req: { qid: string; lang: string | null; choice: SaveChoice; note?: string }; res: KeepOutcome };
  /**
   * whether the look-up is on and the browser grants Gloss the Wikipedia and Wikidata hosts now
   * (asked of the background: Firefox gives Gloss's frame inside a web page no permissions API)
   */
  'lookup/access': { req: Record<string, never>; res: { on: boolean; granted: boolean } };
  /** the browser granted access to Wikipedia and Wikidata (permissions.request in a click): turn the look-up on */
  'lookup/turnOn': { req: Record<string, never>; res: { on: true } };
  /** how many look-up answers are kept */
  'lookup/kept': { req: Record<string, never>; res: { count: number } };
  /** forget every kept look-up answer */
  'lookup/forget': { req: Record<string, never>; res: { forgotten: number } };
}

/**
 * Who asked for a look-up: the reader in Gloss's frame or page (a click or key press there), or
 * the browser's context menu or keyboard shortcut (the background holds a ticket for the tab).
 */
export type LookupAsk = 'reader' | 'command';

/** A chosen item as the look-up panel shows it. */
export interface ArticleView {
  article: LookupArticle;
  /** an entity with this Wikidata id is already loaded: in My entities (kept before), or in another pack */
  known: { packId: string; packName: string; entityName: string } | null;
}

export type MineImport =
  | { accepted: true; added: string[]; replaced: string[]; skipped: SkippedEntity[] }
  | { accepted: false; errors: PackIssue[] };

/**
 * Messages only test builds know (dist/*-test): their handlers and the test bridge are left out
 * of the production build, which the package test checks on the built files.
 */
export interface TestMessages {
  /** small key/value store used by tests to check data survives a browser restart */
  'debug/put': { req: { key: string; value: string }; res: { ok: true } };
  'debug/get': { req: { key: string }; res: { value: string | null } };
  /** errors the background has seen since it started (tests check it stays empty) */
  'debug/errors': { req: Record<string, never>; res: { errors: string[] } };
  /** send look-ups to the recorded API server at this origin (http://127.0.0.1:PORT), or to Wikimedia again (null) */
  'debug/lookupServer': { req: { origin: string | null }; res: { ok: true } };
  /** the id of the tab the asking page is in (to open the popup about it) */
  'debug/tab': { req: Record<string, never>; res: { tabId: number | null } };
  /**
   * what the background does when the reader chooses "Look up “…” with Gloss" in the context menu
   * of a selection in the asking tab (the browser's menu itself cannot be driven by a test)
   */
  'debug/lookupMenu': { req: { selectionText: string }; res: { ok: true } };
  /**
   * load the built-in pack again, as a background that wakes does (after damaging its unpacked
   * copy, when asked): where its bytes came from, and whether an unpacked copy is kept after
   */
  'debug/reloadPack': { req: { damageKept: boolean }; res: { from: 'kept' | 'package'; kept: boolean } };
}

/**
 * Messages the background sends to content scripts (tabs.sendMessage, no reply expected), as
 * `{ gloss: 1, type, payload }` like requests (issue #4).
 */
export interface TabMessages {
  /**
   * settings changed (popup, popover, notebook): a notice only, so no tab is told the reader's
   * settings for other sites; the content script asks `settings/get` for its own view
   */
  'settings/changed': Record<string, never>;
  /** the "next-mark" keyboard command: move focus to the next (1) or previous (-1) mark */
  'marks/next': { direction: 1 | -1 };
  /** context menu "Highlight/Note with Gloss" or the highlight-selection command, on the tab's selection (issue #6) */
  'highlight/command': { action: 'highlight' | 'note' };
  /**
   * context menu "Look up … with Gloss" (with the text the browser reports) or the look-up shortcut
   * (null: the tab's selection): open the look-up panel there; the background holds a ticket for it
   */
  'lookup/command': { name: string | null };
}

/** What the content script of a tab reports to the popup about its marks (issue #4). */
export interface MarksStatus {
  state: 'off' | 'reading' | 'done';
  /** mentions marked on the page */
  marks: number;
  /** why names could not be looked up on this page, as a sentence for the reader */
  error: string | null;
  /** entities the reader rejected on this page ("Not X here"), so the popup can offer "Mark again" */
  rejected: string[];
}

/** Requests to a tab's content script that expect a reply (tabs.sendMessage, same envelope). */
export interface TabRequests {
  'marks/status': { req: Record<string, never>; res: MarksStatus };
  /** the popup's "Mark again" for a name rejected on this tab's page (the page says which page it is) */
  'marks/unreject': { req: { entityId: string }; res: { ok: true } };
}

/** a page as a request names it: its address as visited and what the page says about itself (see PageAddress) */
export type PageRef = Pick<PageAddress, 'url' | 'canonical' | 'amp'>;

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
export type TestMessageType = keyof TestMessages;
/** every message a test build answers */
export type AnyMessages = Messages & TestMessages;
export type AnyMessageType = keyof AnyMessages;
export type Req<T extends AnyMessageType> = AnyMessages[T]['req'];
export type Res<T extends AnyMessageType> = AnyMessages[T]['res'];

export interface Envelope<T extends AnyMessageType = AnyMessageType> {
  gloss: 1;
  type: T;
  payload: Req<T>;
  /** test builds only: sent by the test bridge (src/test-bridge), which may send any message */
  testBridge?: true;
}

/**
 * Replies travel as {ok:true,value} or {ok:false,error} so errors reach the sender as text.
 * `refused` marks a "no" (the sender may not ask this, or the request cannot be done as asked):
 * nothing was changed, and the background did not log it as its own failure.
 */
export type Reply<T extends AnyMessageType> = { ok: true; value: Res<T> } | { ok: false; error: string; refused?: true };

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && (x as { gloss?: unknown }).gloss === 1 && typeof (x as { type?: unknown }).type === 'string';
}

// ---- Gloss's frame (src/pages/frame) ⇄ the content script of its page ----
// The popover and the highlight editor show the reader's notes, so they run in an extension
// page inside the web page (an iframe in a closed shadow root), where page scripts can neither
// read them nor see the keys typed into them. The content script and the frame talk over a
// private MessageChannel set up with a secret only they know (src/content/frame/host.ts).

/** Requests the content script sends to its frame, with the frame's reply. */
export interface ToFrame {
  /** the first request on the line: the frame answers once it listens (proof it is Gloss's frame) */
  hello: { req: Record<string, never>; res: { panel: 'popover' | 'editor' } };
  /** show the background popover for a marked name (`inHighlight`: the name sits inside one of the reader's highlights) */
  'popover/show': { req: { entityId: string; markText: string; openedBy: 'hover' | 'focus' | 'tap'; page: PageAddress; inHighlight: boolean }; res: { ok: true } };
  /** the editor for a new highlight with a note, on the selected passage */
  'editor/new': { req: { quote: string; selectors: Selector[]; page: PageAddress; colour: HighlightColour }; res: { ok: true } };
  /**
   * the look-up panel for a name: from the selection toolbar, a browser command (the background
   * holds a ticket, so the look-up may start at once) or a faint mark on a name no pack knows;
   * otherwise nothing is sent before the reader clicks in the panel
   */
  'lookup/show': { req: { name: string; lang: string | null; askedBy: 'toolbar' | 'command' | 'unknown-name'; openedBy: 'hover' | 'focus' | 'tap' }; res: { ok: true } };
  /** the editor of a saved highlight (the frame reads its note itself) */
  'editor/edit': { req: { highlightId: string; quote: string }; res: { ok: true } };
  /** Undo in the page's toast: put back the highlight (and note) the editor just deleted */
  'editor/undo': { req: { highlightId: string }; res: { ok: true } };
  /** the panel was hidden by the content script (pointer left, outside click, mark removed) */
  hidden: { req: Record<string, never>; res: { ok: true } };
  /** move keyboard focus into the panel (opened from the keyboard) */
  focus: { req: Record<string, never>; res: { ok: true } };
  /** test builds only: what the panel shows, its fields and where its controls are (frame coordinates) */
  'test/inspect': { req: Record<string, never>; res: FrameSnapshot };
}

/** Requests the frame sends to the content script of its page, with the content script's reply. */
export interface FromFrame {
  /** the panel's size changed: the content script sizes and places the iframe */
  size: { req: { width: number; height: number }; res: { ok: true } };
  /** the pointer entered or left the panel (hover popovers close after leaving both mark and panel) */
  pointer: { req: { inside: boolean }; res: { ok: true } };
  /**
   * the panel is in use (or no longer is): a note is being written in it, or a look-up the reader
   * started; while it is, the pointer leaving does not close it. Only that it is in use crosses,
   * never what it shows.
   */
  hold: { req: { held: boolean }; res: { ok: true } };
  /** "Your highlight" in the popover of a name inside a highlight: open that highlight's editor */
  'highlight/open': { req: Record<string, never>; res: { ok: true } };
  /** Escape or Close in the panel; `returnFocus` puts keyboard focus back on the page */
  close: { req: { returnFocus: boolean }; res: { ok: true } };
  /** Alt+Shift+N / Alt+Shift+P pressed inside the popover */
  'marks/next': { req: { direction: 1 | -1 }; res: { ok: true } };
  /** "Not X here": the content script stores it for its page and unmarks the name */
  'marks/reject': { req: { entityId: string }; res: { ok: true } };
  /** a highlight was created or changed from the editor: draw or restyle it (no note text or tags cross: `onPage`) */
  'highlight/saved': { req: PageHighlight & { change: 'created' | 'updated' | 'restored' }; res: { ok: true } };
  /** a highlight was deleted from the editor: erase it and offer Undo */
  'highlight/deleted': { req: { highlightId: string }; res: { ok: true } };
}

export interface FrameSnapshot {
  panel: 'popover' | 'editor';
  /** the panel's text as the reader sees it */
  text: string;
  /** values of its text fields, by data-testid */
  fields: Record<string, string>;
  /** where its controls are, by data-testid, in the frame's coordinates */
  controls: Record<string, { x: number; y: number; width: number; height: number }>;
  /** data-testid of the focused control, if the frame has focus */
  focused: string | null;
  /** the panel's dialog role and accessible name, and its colours (light or dark) */
  dialog: { role: string | null; name: string | null; background: string; color: string };
}

export type ToFrameType = keyof ToFrame;
export type FromFrameType = keyof FromFrame;
