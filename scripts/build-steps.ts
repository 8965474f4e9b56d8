/**
 * Extra build steps, called by build.mjs once per browser: merge, validate and compile the default
 * knowledge pack (packs/default, or the pack folder GLOSS_PACK_DIR names, for benchmarks) into
 * <out>/packs/default.pack.gz (the matcher part: compiled-file.ts, gzipped; the background unpacks
 * it with the browser's DecompressionStream) and <out>/packs/default-details/NNNN.json.gz (the entities' details in chunks, read when a popover
 * needs them: src/core/pack/details.ts). An invalid pack fails the build with the validator's
 * messages. The pack's id (a hash of its matcher file: the name of the unpacked copy the background
 * keeps, src/background/pack-cache.ts) goes into the background's code (builtInPackId, build.mjs).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync, strToU8 } from 'fflate';
import { loadPack } from '../src/cli/pack-files.ts';
import { compilePack, packDetails } from '../src/core/spot/compile.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../src/core/pack/compiled-file.ts';
import { NAME_INDEX_LISTS } from '../src/core/pack/compiled.ts';
import { Matcher } from '../src/core/spot/matcher.ts';
import { DEFAULT_PACK_PATH, detailChunkPath, detailChunks } from '../src/core/pack/details.ts';
import { formatIssue } from '../src/core/pack/issues.ts';

interface StepContext {
  root: string;
  out: string;
  browser: string;
  dev: boolean;
  log: (...a: unknown[]) => void;
}

/** the built-in pack, the same for both browsers: made once per build process */
interface BuiltIn {
  /** path in the extension → bytes */
  files: Map<string, Uint8Array>;
  /** a hash of the matcher file */
  id: string;
}
let compiled: Promise<BuiltIn> | null = null;

/** the pack folder built in as the default pack: packs/default, or GLOSS_PACK_DIR (to measure another pack in the extension) */
function defaultPackDir(root: string): string {
  return process.env.GLOSS_PACK_DIR ? resolve(process.env.GLOSS_PACK_DIR) : join(root, 'packs/default');
}


async function compileDefault(root: string, log: StepContext['log']): Promise<BuiltIn> {
  const t0 = performance.now();
  const dir = defaultPackDir(root);
  const shown = relative(root, dir) || dir;
  const result = await loadPack(dir, root);
  if (!result.ok) {
    const issues = result.errors.slice(0, 20).map(formatIssue).join('\n  ');
    throw new Error(`${shown} is not a valid knowledge pack:\n  ${issues}${result.errors.length > 20 ? `\n  … ${result.errors.length - 20} more` : ''}`);
  }
  const pack = compilePack(result.pack);
  const files = new Map<string, Uint8Array>();
  const matcher = encodeCompiledPack(pack);
  // every table of the file checked here, value by value: the background loads it with `checked: 'when built'`
  new Matcher(decodeCompiledPack(matcher));
  const gz = gzipSync(matcher, { level: 9 });
  files.set(DEFAULT_PACK_PATH, gz);
  const id = createHash('sha256').update(gz).digest('hex').slice(0, 32);
  const chunks = detailChunks(packDetails(result.pack));
  let detailBytes = 0;
  chunks.forEach((chunk, i) => {
    const gz = gzipSync(strToU8(JSON.stringify(chunk)), { level: 9 });
    detailBytes += gz.length;
    files.set(detailChunkPath(i), gz);
  });
  const kib = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KiB`;
  // the name index's lists of ids hold them in 16 bits while every id fits, in 24 past that
  // (split-ints.ts; docs/knowledge-packs.md, "The name index's memory")
  const names = pack.names as unknown as Record<string, Uint8Array>;
  const wide = NAME_INDEX_LISTS.split.filter((k) => names[`${k}High`]!.length > 0);
  if (wide.length > 0) {
    const widened = wide.reduce((n, k) => n + names[`${k}High`]!.length, 0);
    log(`${shown}: note: the name index's lists ${wide.join(', ')} hold ids past 65,535 and take 24 bits instead of 16 (${kib(widened)} more in the background).`);
  }
  log(
    `${shown}: ${result.pack.entities.length} entities, ${pack.stats.aliases} aliases (+${pack.stats.derivedSurnames} surnames) compiled in ${Math.round(performance.now() - t0)} ms; ` +
      `matcher ${kib(matcher.length)} (${kib(files.get(DEFAULT_PACK_PATH)!.length)} gzipped), details ${kib(detailBytes)} gzipped in ${chunks.length} chunks` +
      (result.warnings.length ? `, ${result.warnings.length} warnings` : ''),
  );
  return { files, id };
}

function builtIn(root: string, log: StepContext['log']): Promise<BuiltIn> {
  compiled ??= compileDefault(root, log);
  return compiled.catch((e: unknown) => {
    compiled = null;
    throw e;
  });
}

/** the built-in pack's id, which build.mjs puts in the bundles as __GLOSS_PACK_ID__ (compiles the pack first) */
export async function builtInPackId({ root, log }: Pick<StepContext, 'root' | 'log'>): Promise<string> {
  return (await builtIn(root, log)).id;
}

export async function run({ root, out, log }: StepContext): Promise<void> {
  const { files } = await builtIn(root, log);
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), bytes);
  }
}
