/**
 * Writes docs/gloss-notes.schema.json, the JSON Schema of Gloss's JSON export, from the valibot
 * schema the import validates with (src/core/formats/json/schema.ts), so the two cannot drift.
 * test/unit/formats-json.test.ts checks the file is up to date and validates exports with it (ajv).
 *
 *   node --import tsx scripts/notes-schema.ts          write the file
 *   node --import tsx scripts/notes-schema.ts --check  exit 1 if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { NOTES_FORMAT_VERSION, NotesFileSchema } from '../src/core/formats/json/schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/gloss-notes.schema.json', import.meta.url));

export function notesJsonSchema(): string {
  const generated = toJsonSchema(NotesFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const schema = {
    $schema: generated['$schema'],
    $id: `https://gloss.invalid/schema/gloss-notes-${NOTES_FORMAT_VERSION}.json`,
    title: `Gloss notes export, format version ${NOTES_FORMAT_VERSION}`,
    description:
      'Highlights, notes, pages, sightings, rejections and tombstones as Gloss exports them (notebook → Export → JSON). ' +
      'Generated from src/core/formats/json/schema.ts by scripts/notes-schema.ts; see docs/export-formats.md. ' +
      'Gloss also checks what a schema cannot: unique ids and page addresses, every pageId names a page in the file, ' +
      'a highlight has a TextQuoteSelector, a TextPositionSelector ends after it starts.',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = notesJsonSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_PATH, 'utf8');
    if (current !== text) {
      console.error('docs/gloss-notes.schema.json is out of date: run node --import tsx scripts/notes-schema.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
