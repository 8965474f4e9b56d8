/**
 * Every message between the content script, the background and the extension pages, with its
 * reply type. Add a message here first; the background's handler table is typed from this map,
 * so a message without a handler (or a handler with the wrong reply) does not compile.
 */
import type { Note, NoteTarget, Settings } from './core/model/types.ts';
import type { Entity, PackMeta } from './core/pack/types.ts';
import type { EntityRef, Mention } from './core/spot/types.ts';

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

  /** open an extension page in a new tab (popover "open in notebook", popup, tests) */
  'pages/open': { req: { page: 'notebook'; hash?: string }; res: { ok: true } };

  // ---- marks on pages (issue #4, src/background/marks-handlers.ts) ----
  /** "not this entity here": the reader says a name on this page is not this entity; it stays unmarked there */
  'marks/reject': { req: { url: string; entityId: string }; res: { ok: true } };
  /** entities the reader rejected on this page */
  'marks/rejected': { req: { url: string }; res: { entityIds: string[] } };
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
