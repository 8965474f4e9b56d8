/**
 * Who may send what. Every message the background answers has one rule here, typed from the
 * protocol, so a new message without a rule does not compile; the dispatcher (index.ts) applies
 * it once, before any handler runs, so a refused request changes nothing.
 *
 * Senders, as the browser reports them (`runtime.MessageSender`, filled in by the browser, not by
 * the sender):
 *  - `content`: Gloss's content script in the top frame of a web page's tab. The page's own scripts
 *    cannot send extension messages, but a compromised renderer of that tab could send anything
 *    the content script can, so a content script gets only what reading that page needs, and every
 *    address in its request must be on the site its tab shows: the origin of `sender.url`, port
 *    included. (Not the path: after a History API navigation the browsers keep reporting the
 *    address the document was loaded from, and a page can move itself to any path of its origin
 *    anyway; the origin is what the browser's process isolation actually guarantees.)
 *  - `frame`: Gloss's frame (pages/frame.html, an extension page inside the web page that shows the
 *    popover and the highlight editor). It runs in the extension's origin and process, out of the
 *    page's reach, so it may read and write the reader's notes.
 *  - `extension`: the popup and the notebook (the extension's own pages, not inside a web page).
 *  - `test`: the test bridge of a test build (never in a production build).
 */
import type { Runtime } from 'webextension-polyfill';
import type { MessageType, Req } from '../protocol.ts';
import { normaliseUrl, trustedCanonical } from '../core/url/index.ts';

export type Sender =
  | { kind: 'content'; tabId: number; url: string }
  | { kind: 'frame'; tabId: number }
  | { kind: 'extension' }
  | { kind: 'test'; tabId?: number };
export type SenderKind = Sender['kind'];
type Allowed = Exclude<SenderKind, 'test'>;

/** What a content script's request says about the page it is on. */
export interface PageClaim {
  url: string;
  canonical?: string | null;
}

export interface Policy<T extends MessageType> {
  from: readonly Allowed[];
  /**
   * the page a request is about, checked against the sending content script's own page; a request
   * with a `url` field must say where it is (null: the request names no page)
   */
  page: string extends keyof Req<T>
    ? null
    : 'url' extends keyof Req<T>
      ? (req: Req<T>) => PageClaim | undefined
      : ((req: Req<T>) => PageClaim | undefined) | null;
}
export type Policies = { [T in MessageType]: Policy<T> };

const CONTENT = ['content', 'frame', 'extension'] as const;
const FRAME = ['frame', 'extension'] as const;
const EXTENSION = ['extension'] as const;

/** The rule for every message. A content script gets reading, marking and highlighting of its own page. */
export const POLICIES: Policies = {
  ping: { from: CONTENT, page: null },
  // content scripts get a view that names no other site (see settingsFor in handlers.ts)
  'settings/get': { from: CONTENT, page: null },
  'settings/update': { from: EXTENSION, page: null },
  'settings/mute': { from: FRAME, page: null },
  spot: { from: ['content'], page: null },
  'spot/part': { from: ['content'], page: null },
  'entity/get': { from: FRAME, page: null },
  'sightings/record': { from: ['content'], page: (r) => r },
  'notes/aboutEntity': { from: FRAME, page: null },
  'notes/add': { from: FRAME, page: (r) => (r.url ? { url: r.url, canonical: r.canonical ?? null } : undefined) },
  'page/visit': { from: ['content'], page: (r) => r },
  'highlights/get': { from: FRAME, page: null },
  // the frame files a new highlight under the address its page's content script gave it
  'highlights/create': { from: CONTENT, page: (r) => r },
  'highlights/update': { from: FRAME, page: null },
  'highlights/delete': { from: FRAME, page: null },
  'highlights/restore': { from: FRAME, page: null },
  // ids not on the sender's page are ignored by the handler
  'highlights/placement': { from: ['content'], page: (r) => r.page },
  'highlights/orphans': { from: EXTENSION, page: (r) => (r.url ? { url: r.url } : undefined) },
  'notes/update': { from: EXTENSION, page: null },
  'notes/delete': { from: EXTENSION, page: null },
  'notes/restore': { from: EXTENSION, page: null },
  'notes/forPage': { from: EXTENSION, page: (r) => ({ url: r.url }) },
  'notebook/list': { from: EXTENSION, page: null },
  // the notebook's views, export and import read or write all of the reader's data: Gloss's own pages only
  'notebook/data': { from: EXTENSION, page: null },
  'notebook/snapshot': { from: EXTENSION, page: null },
  'notebook/entities': { from: EXTENSION, page: null },
  'notebook/dossier': { from: EXTENSION, page: null },
  'import/preview': { from: EXTENSION, page: null },
  'import/apply': { from: EXTENSION, page: null },
  'pages/open': { from: FRAME, page: null },
  'marks/reject': { from: ['content', 'extension'], page: (r) => r },
  'marks/unreject': { from: ['content', 'extension'], page: (r) => r },
  'marks/rejected': { from: ['content', 'extension'], page: (r) => r },
  'packs/list': { from: EXTENSION, page: null },
  'packs/import': { from: EXTENSION, page: null },
  'packs/remove': { from: EXTENSION, page: null },
  'packs/addEntity': { from: EXTENSION, page: null },
  'packs/removeEntity': { from: EXTENSION, page: null },
  'packs/exportMine': { from: EXTENSION, page: null },
  'packs/importMine': { from: EXTENSION, page: null },
  // online look-up: where the reader acts (Gloss's frame, Gloss's pages), never a page's content
  // script, which may neither start a request nor read what was looked up (on this site or another)
  'lookup/search': { from: FRAME, page: null },
  'lookup/article': { from: FRAME, page: null },
  'lookup/save': { from: FRAME, page: null },
  'lookup/access': { from: FRAME, page: null },
  // the frame asks the browser for the hosts in the reader's click, then turns the look-up on
  'lookup/turnOn': { from: FRAME, page: null },
  'lookup/kept': { from: EXTENSION, page: null },
  'lookup/forget': { from: EXTENSION, page: null },
};

const FRAME_PATH = '/pages/frame.html';

/** scheme://host of a URL (URL.origin is "null" for extension schemes in some engines) */
export const originOf = (u: URL): string => `${u.protocol}//${u.host}`;

/**
 * Who sent a message, from what the browser says about the sender; null for anything else
 * (another extension, a content script in a sub-frame, a page that is not http(s)).
 */
export function classifySender(sender: Runtime.MessageSender, self: { id: string; origin: string }): Sender | null {
  if (sender.id !== self.id || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  const tabId = sender.tab?.id;
  if (originOf(url) === self.origin) {
    // Gloss's frame lives inside a web page's tab; the popup has no tab; the notebook is a tab of its own
    if (url.pathname === FRAME_PATH) return tabId !== undefined && sender.frameId !== 0 ? { kind: 'frame', tabId } : null;
    return tabId === undefined || sender.frameId === 0 ? { kind: 'extension' } : null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Gloss's content script runs in top frames only (manifest all_frames: false)
  if (tabId === undefined || sender.frameId !== 0) return null;
  // Chrome reports the origin the browser itself committed for the frame: it must agree
  const reported = (sender as { origin?: string }).origin;
  if (reported !== undefined && reported !== originOf(url)) return null;
  return { kind: 'content', tabId, url: sender.url };
}

const WHO: Record<Allowed, string> = {
  content: 'a web page’s content script',
  frame: 'Gloss’s frame in a web page',
  extension: 'Gloss’s own pages',
};

/**
 * Check a request against its rule. Returns null when it may go ahead, or the sentence the
 * sender gets back (a refusal: nothing was read or changed).
 */
export function refusalFor<T extends MessageType>(type: T, req: Req<T>, from: Sender): string | null {
  if (from.kind === 'test') return null;
  const policy = POLICIES[type] as Policy<T> | undefined;
  if (!policy) return `Gloss does not know the message "${type}".`;
  if (!policy.from.includes(from.kind)) {
    return `Gloss refused "${type}" from ${WHO[from.kind]}: only ${policy.from.map((k) => WHO[k]).join(' or ')} may ask for it.`;
  }
  if (from.kind !== 'content' || !policy.page) return null;
  let claim: PageClaim | undefined;
  try {
    claim = policy.page(req);
  } catch {
    return `Gloss refused "${type}": the request is malformed.`;
  }
  if (!claim) return null;
  const claimed = typeof claim.url === 'string' ? normaliseUrl(claim.url) : null;
  if (!claimed || originOf(new URL(claimed)) !== originOf(new URL(from.url))) {
    return `Gloss refused "${type}": it names a page (${String(claim.url)}) of another site than the one this tab shows.`;
  }
  if (claim.canonical) {
    const canonical = typeof claim.canonical === 'string' ? normaliseUrl(claim.canonical) : null;
    if (!canonical || (canonical !== claimed && !trustedCanonical(claimed, canonical))) {
      return `Gloss refused "${type}": the page's canonical link (${String(claim.canonical)}) is not the same site as the page.`;
    }
  }
  return null;
}
