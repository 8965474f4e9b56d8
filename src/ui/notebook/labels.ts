/**
 * What each button acts on, for screen readers ("Delete highlight 'Every person freed…'"), and
 * short forms of quotes and titles. One place, so every view says it the same way.
 */
import type { NotebookEntry } from '../../core/model/notebook.ts';
import { entryQuote } from '../../core/model/notebook.ts';

/** the start of a text, cut at a word boundary, with an ellipsis when cut */
export function short(text: string, max = 32): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "highlight 'Every person freed…'", "note about Vladimir Putin", "note on 'Budget passes…'" */
export function entryName(e: NotebookEntry): string {
  if (e.kind === 'highlight') return `highlight '${short(entryQuote(e))}'`;
  const t = e.note.target;
  if (t.kind === 'entity') return `note about ${t.entityName}`;
  return `note on '${short(e.page?.title ?? 'this page')}'`;
}

/** the thing a highlight's note button edits: "note on 'Every person freed…'" */
export function noteName(e: NotebookEntry): string {
  return e.kind === 'highlight' ? `note on '${short(entryQuote(e))}'` : entryName(e);
}

export function when(iso: string, withTime = true): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return withTime ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : d.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
