/**
 * Compound shapes the highlight layer, the popup and the notebook exchange with the background.
 * Built from the records in types.ts; nothing here is stored as is.
 */
import type { Highlight, HighlightColour, Note, PageRecord } from './types.ts';
import { quoteText } from './selectors.ts';

/** note text and tags as typed by the reader */
export interface NoteDraft {
  body: string;
  tags: string[];
}

/** One annotation as the notebook shows it: a highlight (with its note and tags) or a note, with its page. */
export type NotebookEntry =
  | { kind: 'highlight'; highlight: Highlight; page: PageRecord | null }
  | { kind: 'note'; note: Note; page: PageRecord | null };

/** the entry's own record id */
export const entryId = (e: NotebookEntry): string => (e.kind === 'highlight' ? e.highlight.id : e.note.id);
/** the note text of an entry ('' for a highlight without a note) */
export const entryBody = (e: NotebookEntry): string => (e.kind === 'highlight' ? e.highlight.body : e.note.body);
export const entryTags = (e: NotebookEntry): string[] => (e.kind === 'highlight' ? e.highlight.tags : e.note.tags);
export const entryUpdated = (e: NotebookEntry): string => (e.kind === 'highlight' ? e.highlight.updated : e.note.updated);
export const entryCreated = (e: NotebookEntry): string => (e.kind === 'highlight' ? e.highlight.created : e.note.created);

/** the quoted text of an entry ('' for a note) */
export const entryQuote = (e: NotebookEntry): string => (e.kind === 'highlight' ? quoteText(e.highlight.selectors) : '');

/** newest first, then by id so that equal times keep one order */
export function byUpdatedDesc(a: NotebookEntry, b: NotebookEntry): number {
  const ua = entryUpdated(a);
  const ub = entryUpdated(b);
  if (ua !== ub) return ua < ub ? 1 : -1;
  return entryId(a) < entryId(b) ? -1 : entryId(a) > entryId(b) ? 1 : 0;
}

/** A highlight has something written on it: a note or tags. */
export const hasNoteOrTags = (h: Pick<Highlight, 'body' | 'tags'>): boolean => h.body.trim() !== '' || h.tags.length > 0;

/** What a page's content script may know of a highlight: where it is and how it looks. */
export type HighlightOnPage = Pick<Highlight, 'id' | 'selectors' | 'colour'>;

/**
 * A highlight as a page's content script receives it: enough to place and draw it, and whether
 * something is written on it, never the note's text or its tags (they are shown and edited in
 * Gloss's own frame, which asks for them by id).
 */
export interface PageHighlight {
  highlight: HighlightOnPage;
  hasNote: boolean;
}

/** The one way a highlight is handed to a page's content script: the allowed fields copied, nothing else. */
export function onPage(h: Highlight): PageHighlight {
  return { highlight: { id: h.id, selectors: h.selectors, colour: h.colour }, hasNote: hasNoteOrTags(h) };
}

export interface NotebookQuery {
  /** words that must all appear in the quote, note, tags, page title or site (case-insensitive) */
  text?: string;
  tag?: string;
  colour?: HighlightColour;
  /** 'orphaned': only highlights that could not be placed on their page at the last visit */
  show?: 'all' | 'highlights' | 'notes' | 'orphaned';
  /** only notes about this entity (the popover's "open in notebook") */
  entityId?: string;
}

/** The notebook's address fragment: "#entity=<id>" (from the popover) selects one entity's notes. */
export function queryFromHash(hash: string): NotebookQuery {
  let raw = hash.replace(/^#/, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep it as it is
  }
  const params = new URLSearchParams(raw);
  const entityId = params.get('entity');
  return entityId ? { show: 'all', entityId } : { show: 'all' };
}

/** "economy, EU , economy" → ["economy", "EU"]: trimmed, no empties, no duplicates (case-insensitive) */
export function parseTags(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(',') : input;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of parts) {
    const t = p.trim().replace(/^#/, '').replace(/\s+/g, ' ');
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

/** Whether an entry matches a notebook query (pure, used by the background's listing). */
export function matchesQuery(e: NotebookEntry, q: NotebookQuery): boolean {
  const show = q.show ?? 'all';
  if (show === 'highlights' && e.kind !== 'highlight') return false;
  if (show === 'notes' && e.kind !== 'note') return false;
  if (show === 'orphaned' && !(e.kind === 'highlight' && e.highlight.placement?.state === 'orphaned')) return false;
  if (q.colour && !(e.kind === 'highlight' && e.highlight.colour === q.colour)) return false;
  if (q.entityId && !(e.kind === 'note' && e.note.target.kind === 'entity' && e.note.target.entityId === q.entityId)) return false;
  const tags = entryTags(e);
  if (q.tag && !tags.some((t) => t.toLowerCase() === q.tag!.toLowerCase())) return false;
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const target = e.kind === 'note' && e.note.target.kind === 'entity' ? e.note.target.entityName : '';
    const hay = [entryQuote(e), entryBody(e), tags.join(' '), target, e.page?.title ?? '', e.page?.site ?? ''].join('\n').toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}
