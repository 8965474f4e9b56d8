/**
 * Export as CSV: one row per annotation (a highlight with its note and tags, a note about a
 * page, a note about an entity), for spreadsheets. Quoting of commas, quotes and line breaks is
 * papaparse's (RFC 4180, CRLF rows). A UTF-8 byte-order mark leads the file so that spreadsheet
 * programs read accents and emoji as UTF-8. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe (papaparse's
 * escapeFormulae), as OWASP advises for CSV files opened in Excel or LibreOffice.
 */
import Papa from 'papaparse';
import type { ReaderData } from '../model/dataset.ts';
import { quoteText } from '../model/selectors.ts';
import { byKeys } from './order.ts';

export const CSV_COLUMNS = [
  'type', 'id', 'created', 'updated', 'page_title', 'page_url', 'site', 'quote', 'note', 'tags', 'colour', 'entity_id', 'entity_name', 'entity_type',
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** the kinds of row, as the `type` column names them */
export const CSV_TYPES = { highlight: 'highlight', page: 'page note', entity: 'entity note' } as const;

export function csvRows(data: ReaderData): CsvRow[] {
  const pages = new Map(data.pages.map((p) => [p.id, p]));
  const rows: (CsvRow & { sortCreated: string })[] = [];
  const blank = { page_title: '', page_url: '', site: '', quote: '', colour: '', entity_id: '', entity_name: '', entity_type: '' };
  for (const h of data.highlights) {
    const page = pages.get(h.pageId);
    rows.push({
      ...blank, type: CSV_TYPES.highlight, id: h.id, created: h.created, updated: h.updated,
      page_title: page?.title ?? '', page_url: page?.url ?? '', site: page?.site ?? '',
      quote: quoteText(h.selectors), note: h.body, tags: h.tags.join(', '), colour: h.colour, sortCreated: h.created,
    });
  }
  for (const n of data.notes) {
    const page = n.pageId ? pages.get(n.pageId) : n.target.kind === 'page' ? pages.get(n.target.pageId) : undefined;
    const entity = n.target.kind === 'entity' ? n.target : null;
    rows.push({
      ...blank, type: entity ? CSV_TYPES.entity : CSV_TYPES.page, id: n.id, created: n.created, updated: n.updated,
      page_title: page?.title ?? '', page_url: page?.url ?? '', site: page?.site ?? '',
      note: n.body, tags: n.tags.join(', '),
      entity_id: entity?.entityId ?? '', entity_name: entity?.entityName ?? '', entity_type: entity?.entityType ?? '',
      sortCreated: n.created,
    });
  }
  rows.sort(byKeys((r) => r.sortCreated, (r) => r.id));
  return rows.map(({ sortCreated: _s, ...r }) => r);
}

export function exportCsv(data: ReaderData): string {
  const rows = csvRows(data);
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) }, { newline: '\r\n', escapeFormulae: true });
  return `\uFEFF${body}\r\n`;
}
