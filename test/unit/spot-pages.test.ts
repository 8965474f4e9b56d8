/**
 * `gloss spot` on the real news pages in ../shared/pages (not copied into the repository: the
 * test reads them in place and fails with a clear message when they are absent).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { htmlText } from '../../src/cli/spot.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = join(ROOT, '../shared/pages');

interface Out {
  files: { file: string; mentions: { start: number; end: number; text: string; entity: { id: string } | null; reason: string }[] }[];
}

function pages(): string[] {
  assert.ok(existsSync(PAGES), `this test needs the real news pages in ${PAGES} (../shared/pages next to the repository); they are missing`);
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort().map((f) => join(PAGES, f));
  assert.ok(files.length >= 10, `expected the shared news pages in ${PAGES}, found ${files.length}`);
  return files;
}

async function spotJson(argv: string[]): Promise<Out> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  assert.equal(code, 0, err.join('\n'));
  return JSON.parse(out.join('\n')) as Out;
}

test('gloss spot --json on every real page: offsets point into the visible text; known names found', async () => {
  const files = pages();
  const json = await spotJson(['spot', ...files, '--no-default', '--pack', join(ROOT, 'test/fixtures/packs/news-pack'), '--json']);
  assert.deepEqual(json.files.map((f) => f.file), files);
  const byName = new Map<string, string[]>();
  for (const f of json.files) {
    const text = htmlText(readFileSync(f.file, 'utf8')).text;
    for (const m of f.mentions) assert.equal(text.slice(m.start, m.end), m.text, `${f.file} at ${m.start}`);
    byName.set(f.file.split('/').pop()!, f.mentions.map((m) => `${m.text.replace(/\s+/g, ' ')}=${m.entity?.id ?? '?'}`));
  }
  const all = [...byName.values()].flat();
  assert.ok(all.length > 100, `only ${all.length} mentions on all pages`);
  // a surname after the full name, an acronym with dots, a Spanish name, a country
  assert.ok(all.includes('Trump=Q22686'), 'Trump as a later surname mention');
  assert.ok(all.includes('U.S.=gloss:country:us'));
  assert.ok(byName.get('la-nacion.html')!.some((x) => x === 'Estados Unidos=gloss:country:us'), byName.get('la-nacion.html')!.join('; '));
  // months are not Theresa May
  assert.ok(!all.some((x) => x.startsWith('May=')), all.filter((x) => x.startsWith('May=')).join('; '));
});

test('gloss spot with the built-in default pack works on every real page', async () => {
  const files = pages();
  const json = await spotJson(['spot', ...files, '--json']);
  assert.equal(json.files.length, files.length);
  const total = json.files.reduce((n, f) => n + f.mentions.length, 0);
  assert.ok(total > 200, `the default pack found only ${total} mentions on ${files.length} pages`);
  for (const f of json.files) for (const m of f.mentions) assert.ok(m.entity || m.reason, `${f.file}: mention without entity or reason`);
});
