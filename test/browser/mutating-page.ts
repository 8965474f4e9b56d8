/**
 * A generated news-like page of about 100,000 DOM nodes whose text changes every 300 ms (a live
 * ticker), for the long-task test (test/browser/long-tasks.test.ts) and its benchmark
 * (bench/mutating-page.ts). Written as static HTML, so the page's own cost is the parse and the
 * ticker, the same with and without Gloss.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDS = (
  'the council said on tuesday that talks with the ministry would continue next week while officials in the capital ' +
  'warned that the budget for the harbour and the railway could be cut again after the vote in parliament and reporters ' +
  'waited outside the building for a statement from the spokesman about the grain corridor and the new bridge'
).split(' ');
const NAMES = ['Belarus', 'Vilnius', 'Kaja Kallas', 'Minsk', 'Lithuania', 'the European Union', 'NATO', 'Poland'];

/** A quote that is on no version of the page: the stored highlight that cannot be placed. */
export const UNPLACEABLE = 'The harbour master promised a timetable for the lifeboat station before the spring vote';

/** how many DOM nodes a paragraph adds: <p>, 3 <span>, 3 span texts, 3 texts between */
const NODES_PER_PARAGRAPH = 10;

function paragraph(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
  const words = (from: number, n: number) => Array.from({ length: n }, (_, k) => w(from + k)).join(' ');
  const name = i % 50 === 0 ? ` ${NAMES[(i / 50) % NAMES.length]!}` : '';
  return `<p>${words(0, 6)}${name} <span>${words(6, 4)}</span> ${words(10, 5)} <span>${words(15, 3)}</span> ${words(18, 4)} <span>${words(22, 5)}</span>.</p>`;
}

export function mutatingPageHtml(nodes = 100_000): string {
  const paragraphs = Math.ceil(nodes / NODES_PER_PARAGRAPH);
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 100 === 0) body.push(`${i === 0 ? '' : '</section>'}<section><h2>Part ${i / 100 + 1}</h2>`);
    body.push(paragraph(i));
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour talks: live</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:24px auto;padding:0 16px}</style></head>
<body><p id="ticker">Live: <span id="clock">starting</span></p><article id="story"><h1>Harbour talks: live</h1>${body.join('\n')}</section></article>
<script>
  // a live ticker: the page's text changes every 300 ms, for as long as the page is open
  let n = 0;
  const clock = document.getElementById('clock');
  setInterval(() => { n++; clock.textContent = 'update ' + n + ' at ' + new Date().toISOString(); }, 300);
</script>
</body></html>`;
}

/** Write the page into a new temporary folder; returns the folder (serve it, remove it after). */
export async function writeMutatingPage(nodes = 100_000): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-mutating-'));
  await writeFile(join(dir, 'index.html'), mutatingPageHtml(nodes));
  return dir;
}
