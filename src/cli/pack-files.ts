/**
 * Reading packs from disk (Node only): a single pack file, or a pack folder laid out as
 * meta.json (the pack metadata) plus entities/*.json (each a JSON array of entities), merged in
 * file-name order. Used by the build (scripts/build-steps.ts) and by the `gloss` command.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { validatePack, type ValidationResult } from '../core/pack/validate.ts';

export class PackFileError extends Error {}

async function readJson(file: string, shown: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PackFileError(`${shown}: cannot read the file (${code === 'ENOENT' ? 'it does not exist' : code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PackFileError(`${shown}: not valid JSON (${(e as Error).message})`);
  }
}

/** Merge a pack folder into one pack object (not yet validated). */
export async function readPackDir(dir: string, cwd = process.cwd()): Promise<unknown> {
  const shown = (p: string) => relative(cwd, p) || p;
  const meta = await readJson(join(dir, 'meta.json'), shown(join(dir, 'meta.json')));
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new PackFileError(`${shown(join(dir, 'meta.json'))}: must hold one JSON object (the pack metadata)`);
  }
  const entitiesDir = join(dir, 'entities');
  let files: string[] = [];
  try {
    files = (await readdir(entitiesDir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new PackFileError(`${shown(entitiesDir)}: missing; a pack folder needs an entities/ folder of JSON files`);
  }
  const entities: unknown[] = [];
  for (const f of files) {
    const list = await readJson(join(entitiesDir, f), shown(join(entitiesDir, f)));
    if (!Array.isArray(list)) throw new PackFileError(`${shown(join(entitiesDir, f))}: must hold a JSON array of entities`);
    entities.push(...list);
  }
  return { ...(meta as object), entities };
}

/** Read and validate a pack file or folder. Throws PackFileError only for unreadable input. */
export async function loadPack(path: string, cwd = process.cwd()): Promise<ValidationResult> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    throw new PackFileError(`${relative(cwd, path) || path}: cannot read the pack (it does not exist)`);
  }
  const input = isDir ? await readPackDir(path, cwd) : await readJson(path, relative(cwd, path) || path);
  return validatePack(input);
}
