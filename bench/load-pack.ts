/**
 * One cold load of a compiled pack file, in a fresh process (bench:spot runs it): what a background
 * that has just started does with the built-in pack. Prints JSON: the load time (unpack, decode,
 * build the matcher) and the memory the loaded matcher holds (heap used and array buffers after
 * GC, with minus without).
 *
 *   node --expose-gc --import tsx bench/load-pack.ts FILE.pack.gz
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeCompiledPack } from '../src/core/pack/compiled-file.ts';
import { Matcher } from '../src/core/spot/matcher.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
/** heap used and array buffers after GC (a freed buffer's memory goes back after a turn of the event loop) */
const held = async (): Promise<number> => {
  await new Promise((r) => setTimeout(r, 50));
  gc();
  gc();
  await new Promise((r) => setTimeout(r, 50));
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const gz = readFileSync(process.argv[2]!);
const before = await held();
const t0 = performance.now();
// its tables share the unpacked file's buffer, as in the background (src/background/packs.ts)
const matcher = new Matcher(decodeCompiledPack(gunzipSync(gz), 'share the buffer'));
const loadMs = performance.now() - t0;
const bytes = (await held()) - before;
console.log(JSON.stringify({ loadMs, bytes, entities: matcher.entityCount }));
