/**
 * The notebook's search (MiniSearch): quotes, notes, tags, page titles, sites and addresses,
 * entity names. Prefix and typo tolerance ("vicotry" finds "victory": one edit for words of 4–6
 * letters, two from 7), every word must match, accents ignored. Built once per load of the
 * notebook's data; a query answers in milliseconds on 10,000 entries. Pure: runs in the page
 * and in Node (tests, bench).
 */
import MiniSearch from 'minisearch';
import type { NotebookEntry } from './notebook.ts';
import { entryBody, entryId, entryQuote, entryTags, entryUpdated } from './notebook.ts';

interface SearchDoc {
  id: string;
  quote: string;
  body: string;
  tags: string;
  title: string;
  site: string;
  url: string;
  entity: string;
}

const FIELDS = ['quote', 'body', 'tags', 'title', 'site', 'url', 'entity'] as const;

/** lower case, no accents: "Élysée" and "elysee" are one word */
const fold = (term: string): string => term.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');

/** words of letters and digits, in any script; an address splits at its punctuation */
const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** edits a misspelt word may hold: none under 4 letters, 1 up to 6, 2 from 7 */
export const typoBudget = (term: string): number => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : 0);

export interface NotebookSearch {
  /** ids of the entries that match every word, best first; null for an empty query (everything) */
  search(query: string): string[] | null;
  /** bring the index up to date with a new list of entries: only the changed ones are re-read */
  update(entries: readonly NotebookEntry[]): NotebookSearch;
  readonly size: number;
}

/** what the index holds of an entry: when it changed, and its page's title and address */
const fingerprint = (e: NotebookEntry): string => `${entryUpdated(e)}|${e.page?.title ?? ''}|${e.page?.url ?? ''}|${entryTags(e).join(',')}`;

function docOf(e: NotebookEntry): SearchDoc {
  const page = e.page;
  return {
    id: entryId(e),
    quote: entryQuote(e),
    body: entryBody(e),
    tags: entryTags(e).join(' '),
    title: page?.title ?? '',
    site: page?.site ?? '',
    url: page?.url ?? '',
    entity: e.kind === 'note' && e.note.target.kind === 'entity' ? e.note.target.entityName : '',
  };
}

export function buildSearch(entries: readonly NotebookEntry[]): NotebookSearch {
  const index = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize,
    processTerm: (t) => fold(t) || null,
    searchOptions: {
      combineWith: 'AND',
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => typoBudget(term),
      boost: { quote: 2, body: 2, tags: 1.5, entity: 1.5, title: 1.2 },
    },
  });
  index.addAll(entries.map(docOf));
  const held = new Map(entries.map((e) => [entryId(e), fingerprint(e)]));
  const api: NotebookSearch = {
    get size() {
      return held.size;
    },
    search(query: string) {
      if (!tokenize(query).length) return null;
      return index.search(query).map((r) => String(r.id));
    },
    update(next) {
      const seen = new Set<string>();
      for (const e of next) {
        const id = entryId(e);
        seen.add(id);
        const print = fingerprint(e);
        const before = held.get(id);
        if (before === print) continue;
        if (before === undefined) index.add(docOf(e));
        else index.replace(docOf(e));
        held.set(id, print);
      }
      for (const id of [...held.keys()]) {
        if (seen.has(id)) continue;
        index.discard(id);
        held.delete(id);
      }
      return api;
    },
  };
  return api;
}
