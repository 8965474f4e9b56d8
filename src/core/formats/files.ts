/**
 * What the reader downloads: one file named gloss-notes-YYYY-MM-DD.{json,md,csv,jsonld} (the
 * reader's local date), or, for one Markdown document per page, one zip of them.
 */
import { strToU8, zipSync } from 'fflate';
import type { ReaderData } from '../model/dataset.ts';
import { exportCsv } from './csv.ts';
import { exportJson } from './json/export.ts';
import type { ExportedScope } from './json/schema.ts';
import { exportMarkdown, exportMarkdownFiles } from './markdown.ts';
import { exportWebAnnotation } from './web-annotation/export.ts';
import { MEDIA_TYPE } from './web-annotation/vocabulary.ts';

export type ExportFormat = 'json' | 'markdown' | 'csv' | 'web-annotation';

export interface ExportRequest {
  format: ExportFormat;
  /** Markdown only: one document per page, zipped */
  markdownPerPage?: boolean;
  /** when the export is made; its local date names the file */
  at: Date;
  generator: string;
  scope: ExportedScope;
}

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array | string;
}

export function datedName(at: Date, ext: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gloss-notes-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.${ext}`;
}

export function exportFile(data: ReaderData, req: ExportRequest): ExportFile {
  const exported = req.at.toISOString();
  const meta = { exported, generator: req.generator };
  switch (req.format) {
    case 'json':
      return { name: datedName(req.at, 'json'), mime: 'application/json', bytes: exportJson(data, { ...meta, scope: req.scope }) };
    case 'csv':
      return { name: datedName(req.at, 'csv'), mime: 'text/csv;charset=utf-8', bytes: exportCsv(data) };
    case 'web-annotation':
      return { name: datedName(req.at, 'jsonld'), mime: MEDIA_TYPE, bytes: exportWebAnnotation(data, meta) };
    case 'markdown': {
      if (!req.markdownPerPage) return { name: datedName(req.at, 'md'), mime: 'text/markdown;charset=utf-8', bytes: exportMarkdown(data, meta) };
      const files = exportMarkdownFiles(data, meta);
      const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])), { level: 6 });
      return { name: datedName(req.at, 'zip'), mime: 'application/zip', bytes: zip };
    }
  }
}
