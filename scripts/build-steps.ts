/**
 * Extra build steps, called by build.mjs once per browser: merge, validate and compile the default
 * knowledge pack (packs/default) into <out>/packs/default.json.gz (gzip: a third of the size in
 * the package, unpacked by the background with the browser's DecompressionStream). An invalid
 * pack fails the build with the validator's messages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, strToU8 } from 'fflate';
import { loadPack } from '../src/cli/pack-files.ts';
import { compilePack } from '../src/core/spot/compile.ts';
import { formatIssue } from '../src/core/pack/issues.ts';

interface StepContext {
  root: string;
  out: string;
  browser: string;
  dev: boolean;
  log: (...a: unknown[]) => void;
}

/** the compiled default pack is the same for both browsers: compile once per build process */
let compiled: Promise<Uint8Array> | null = null;

async function compileDefault(root: string, log: StepContext['log']): Promise<Uint8Array> {
  const t0 = performance.now();
  const result = await loadPack(join(root, 'packs/default'), root);
  if (!result.ok) {
    const shown = result.errors.slice(0, 20).map(formatIssue).join('\n  ');
    throw new Error(`packs/default is not a valid knowledge pack:\n  ${shown}${result.errors.length > 20 ? `\n  … ${result.errors.length - 20} more` : ''}`);
  }
  const pack = compilePack(result.pack);
  const json = JSON.stringify(pack);
  const gz = gzipSync(strToU8(json), { level: 9 });
  log(
    `packs/default: ${result.pack.entities.length} entities, ${pack.stats.aliases} aliases (+${pack.stats.derivedSurnames} surnames) compiled in ${Math.round(performance.now() - t0)} ms, ${Math.round(json.length / 1024)} KiB (${Math.round(gz.length / 1024)} KiB gzipped)` +
      (result.warnings.length ? `, ${result.warnings.length} warnings` : ''),
  );
  return gz;
}

export async function run({ root, out, log }: StepContext): Promise<void> {
  compiled ??= compileDefault(root, log);
  const gz = await compiled.catch((e: unknown) => {
    compiled = null;
    throw e;
  });
  await mkdir(join(out, 'packs'), { recursive: true });
  await writeFile(join(out, 'packs', 'default.json.gz'), gz);
}
