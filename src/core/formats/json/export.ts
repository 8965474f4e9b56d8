/**
 * Export as Gloss JSON (format "gloss-notes", version 1): every record with its revision, the
 * tombstones, sightings and rejections; full fidelity, so an import gives back the same data.
 * Two exports of the same data differ only in `exported`.
 */
import type { ReaderData } from '../../model/dataset.ts';
import { byKeys } from '../order.ts';
import { annotationOfHighlight, annotationOfNote, exportedPage, exportedRejections, exportedSighting, exportedTombstone } from './annotation.ts';
import { NOTES_FORMAT, NOTES_FORMAT_VERSION, type ExportedAnnotation, type ExportedScope, type NotesFile } from './schema.ts';

export interface ExportMeta {
  /** ISO time of the export */
  exported: string;
  /** "Gloss 0.1.0" */
  generator: string;
  scope: ExportedScope;
}

export function toNotesFile(data: ReaderData, meta: ExportMeta): NotesFile {
  const annotations: ExportedAnnotation[] = [...data.highlights.map(annotationOfHighlight), ...data.notes.map(annotationOfNote)];
  annotations.sort(byKeys((a) => a.created, (a) => a.id));
  return {
    format: NOTES_FORMAT,
    formatVersion: NOTES_FORMAT_VERSION,
    exported: meta.exported,
    generator: meta.generator,
    scope: meta.scope,
    pages: data.pages.map(exportedPage).sort(byKeys((p) => p.firstVisit, (p) => p.id)),
    annotations,
    sightings: data.sightings.map(exportedSighting).sort(byKeys((s) => s.firstSeen, (s) => s.id)),
    rejections: data.rejections.map(exportedRejections).sort(byKeys((r) => r.pageId)),
    tombstones: data.tombstones.map(exportedTombstone).sort(byKeys((t) => t.deleted, (t) => t.id)),
  };
}

/** the file's text: indented for a person to read, one trailing newline */
export function exportJson(data: ReaderData, meta: ExportMeta): string {
  return `${JSON.stringify(toNotesFile(data, meta), null, 2)}\n`;
}
