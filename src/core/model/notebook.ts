/**
 * Compound shapes the highlight layer, the popup and the notebook exchange with the background.
 * Built from the records in types.ts; nothing here is stored as is.
 */
import type { Highlight, HighlightColour, Note, PageRecord } from './types.ts';

/** a highlight with the reader's note on it (at most one note per highlight) */
export interface HighlightWithNote {
  highlight: Highlight;
  note: Note | null;
}

/**
 * A highlight as a page's content script receives it: enough to place and draw it, never the
 * note's text (the note is shown and edited in Gloss's own frame, which asks for it by id).
 */
export interface PageHighlight {
  highlight: Highlight;
  hasNote: boolean;
}

/** note text and tags as typed by the reader */
export interface NoteDraft {
  body: string;
  tags: string[];
}

export type NotebookEntry =
  | { kind: 'highlight'; highlight: Highlight; note: Note | null; page: PageRecord | null }
  | { kind: 'note'; note: Note; page: PageRecord | null };

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
  if (q.entityId && !(e.note?.target.kind === 'entity' && e.note.target.entityId === q.entityId)) return false;
  const tags = e.note?.tags ?? [];
  if (q.tag && !tags.some((t) => t.toLowerCase() === q.tag!.toLowerCase())) return false;
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const quote = e.kind === 'highlight' ? e.highlight.selectors.map((s) => (s.type === 'TextQuoteSelector' ? s.exact : '')).join(' ') : '';
    const target = e.note?.target.kind === 'entity' ? e.note.target.entityName : '';
    const hay = [quote, e.note?.body ?? '', tags.join(' '), target, e.page?.title ?? '', e.page?.site ?? ''].join('\n').toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}
