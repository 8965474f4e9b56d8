/** `gloss pack validate PACK`: print the validation result; exit 1 on an invalid pack. */
import { resolve } from 'node:path';
import { loadPack, PackFileError } from './pack-files.ts';
import { UsageError, type Output } from './output.ts';
import { formatIssue } from '../core/pack/issues.ts';

export async function validateCommand(file: string, io: Output): Promise<number> {
  let result;
  try {
    result = await loadPack(resolve(file));
  } catch (e) {
    if (e instanceof PackFileError) throw new UsageError(`${file}: ${e.message.replace(/^[^:]*: /, '')}`);
    throw e;
  }
  for (const w of result.warnings) io.err(`${file}: warning: ${formatIssue(w)}`);
  if (!result.ok) {
    io.err(`${file}: invalid pack (${result.errors.length} error${result.errors.length === 1 ? '' : 's'})`);
    for (const e of result.errors) io.err(`  ${formatIssue(e)}`);
    return 1;
  }
  const aliases = result.pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  io.out(`${file}: valid pack "${result.pack.name}" ${result.pack.version} (${result.pack.entities.length} entities, ${aliases} aliases)`);
  return 0;
}
