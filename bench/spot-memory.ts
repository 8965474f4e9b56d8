/**
 * Memory held by one loaded compiled pack, measured alone in a fresh process (bench/spot.ts runs it
 * for the pack with and without its name index): prints the bytes of heap and array buffers the
 * Matcher keeps after the JSON it was loaded from is gone.
 *
 *   node --expose-gc --import tsx bench/spot-memory.ts COMPILED.json
 */
import { readFileSync } from 'node:fs';
import { Matcher } from '../src/core/spot/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const used = (): number => {
  gc();
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const before = used();
const matcher = ((): Matcher => new Matcher(JSON.parse(readFileSync(process.argv[2]!, 'utf8'))))();
const held = used() - before;
(globalThis as { keep?: unknown }).keep = matcher;
process.stdout.write(String(held));
