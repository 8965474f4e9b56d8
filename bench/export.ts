/**
 * Export benchmark: 10,000 highlights with notes and tags (plus 500 entity notes, 1,000 pages),
 * exported in every format by the pure core (what the notebook runs in the page after the
 * background's snapshot), and read back by the import. Prints the median of 5 runs and the
 * memory: heap used before/after and the file size. Also the background's side: the snapshot
 * read from Dexie (fake-indexeddb in Node, so only indicative of IndexedDB in a browser).
 *
 *   node --expose-gc --import tsx bench/export.ts [--n 10000]
 */
import 'fake-indexeddb/auto';
import { exportFile, type ExportFormat } from '../src/core/formats/files.ts';
import { readImportFile } from '../src/core/formats/import.ts';
import { db } from '../src/background/db.ts';
import * as repo from '../src/background/repository/index.ts';
import { syntheticNotebook } from './notebook-data.ts';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../src/cli/pack-files.ts';
import { compilePack, Matcher, spot } from '../src/core/spot/index.ts';
import { mentionsInHighlights } from '../src/core/model/dossier.ts';
import { quoteText } from '../src/core/model/selectors.ts';

const arg = process.argv.indexOf('--n');
const N = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
const RUNS = 5;
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure<T>(fn: () => T): { ms: number; result: T; heapDelta: number } {
  const times: number[] = [];
  let result!: T;
  let heapDelta = 0;
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
    heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heap0);
  }
  return { ms: median(times), result, heapDelta };
}

const data = syntheticNotebook(N);
console.log(`export of ${N.toLocaleString('en')} highlights with notes and tags, ${data.notes.length} entity notes, ${data.pages.length} pages (median of ${RUNS} runs${gc ? '' : '; run with --expose-gc for steadier memory figures'})`);
gc?.();
const base = process.memoryUsage();
console.log(`heap with the data loaded: ${mb(base.heapUsed)}`);

const at = new Date('2026-11-22T09:00:00Z');
const formats: [ExportFormat, boolean, string][] = [['json', false, 'JSON'], ['markdown', false, 'Markdown (one file)'], ['markdown', true, 'Markdown (zip per page)'], ['csv', false, 'CSV'], ['web-annotation', false, 'Web Annotation']];
let jsonText = '';
for (const [format, perPage, label] of formats) {
  const { ms, result, heapDelta } = measure(() => exportFile(data, { format, markdownPerPage: perPage, at, generator: 'Gloss bench', scope: { kind: 'all' } }));
  const size = typeof result.bytes === 'string' ? Buffer.byteLength(result.bytes) : result.bytes.byteLength;
  if (format === 'json') jsonText = result.bytes as string;
  console.log(`${label.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms   file ${mb(size).padStart(8)}   heap +${mb(Math.max(0, heapDelta))}`);
}
const jsonMs = measure(() => exportFile(data, { format: 'json', at, generator: 'Gloss bench', scope: { kind: 'all' } })).ms;
console.log(`JSON export of ${N.toLocaleString('en')} highlights: ${jsonMs.toFixed(0)} ms (target: under 1,000 ms) ${jsonMs < 1000 ? 'OK' : 'TOO SLOW'}`);

const read = measure(() => readImportFile(jsonText));
console.log(`${'import: read + validate'.padEnd(24)} ${read.ms.toFixed(0).padStart(5)} ms   heap +${mb(Math.max(0, read.heapDelta))}`);

// the background's side: write the data, then read the snapshot an export asks for
const imported = read.result;
if (!imported.ok) throw new Error('the bench file did not read back');
let t = performance.now();
await repo.applyImport(imported.data);
console.log(`${'import: plan + write'.padEnd(24)} ${(performance.now() - t).toFixed(0).padStart(5)} ms   (fake-indexeddb)`);
const snaps: number[] = [];
for (let i = 0; i < RUNS; i++) {
  t = performance.now();
  await repo.readAll();
  snaps.push(performance.now() - t);
}
console.log(`${'snapshot read'.padEnd(24)} ${median(snaps).toFixed(0).padStart(5)} ms   (fake-indexeddb)`);

// the "by entity" view and dossiers: which highlights mention which entity (the default pack's
// matcher over every quote, page by page), as notebook/entities runs it in the background
const checked = await loadPack(fileURLToPath(new URL('../packs/default', import.meta.url)));
if (checked.ok) {
  const matcher = new Matcher(compilePack(checked.pack));
  const quotes = data.highlights.map((h) => ({ id: h.id, pageId: h.pageId, quote: quoteText(h.selectors) }));
  const m = measure(() => mentionsInHighlights(quotes, (text) => spot(text, [matcher], { blockBreaks: true }).mentions));
  console.log(`${'mentions for dossiers'.padEnd(24)} ${m.ms.toFixed(0).padStart(5)} ms   (default pack, ${m.result.size} entities mentioned)`);
}
console.log(`peak resident memory: ${mb(process.resourceUsage().maxRSS * 1024)}`);
db.close();
