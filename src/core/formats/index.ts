/** Export and import formats of the reader's data (pure, no browser API). docs/export-formats.md. */
export { exportFile, datedName, type ExportFile, type ExportFormat, type ExportRequest } from './files.ts';
export { exportJson, toNotesFile } from './json/export.ts';
export { exportCsv, csvRows, CSV_COLUMNS } from './csv.ts';
export { exportMarkdown, exportMarkdownFiles } from './markdown.ts';
export { exportWebAnnotation, toWebAnnotationCollection } from './web-annotation/export.ts';
export { readImportFile, type ImportCheck, type ImportFormat, type ReadResult } from './import.ts';
export { MAX_IMPORT_BYTES, type ImportProblem } from './problems.ts';
