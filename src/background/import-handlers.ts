/**
 * Import (issue #10): the file's text is read and checked by the core (src/core/formats), its
 * entity notes get their entities' names from the loaded packs when the file does not carry
 * them (Web Annotation), then the repository plans it against the reader's data and, for
 * `import/apply`, writes it in one transaction. A refused file writes nothing; the refusal is
 * an answer (structured problems), not an error.
 */
import type { Handlers } from './handlers.ts';
import * as repo from './repository/index.ts';
import { loadedPacks } from './packs.ts';
import { readImportFile, type ImportCheck, type ReadResult } from '../core/formats/import.ts';

async function read(text: string): Promise<ReadResult> {
  const r = readImportFile(text);
  if (!r.ok || r.format === 'gloss-json') return r;
  const packs = await loadedPacks().catch(() => []);
  for (const n of r.data.notes) {
    if (n.target.kind !== 'entity') continue;
    const known = packs.map((m) => m.entity(n.target.kind === 'entity' ? n.target.entityId : '')).find(Boolean);
    if (known) n.target = { kind: 'entity', entityId: known.id, entityName: known.name, entityType: known.type };
  }
  return r;
}

async function run(text: string, apply: boolean): Promise<ImportCheck> {
  const r = await read(text);
  if (!r.ok) return r;
  const opts = { stubPages: r.format !== 'gloss-json' };
  const plan = apply ? await repo.applyImport(r.data, opts) : await repo.previewImport(r.data, opts);
  return { ok: true, format: r.format, records: r.records, ignored: r.ignored, summary: plan.summary, applied: apply };
}

export const importHandlers = {
  'import/preview': async ({ text }) => run(text, false),
  'import/apply': async ({ text }) => run(text, true),
} satisfies Partial<Handlers>;
