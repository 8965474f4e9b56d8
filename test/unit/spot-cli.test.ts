/**
 * The `gloss` command (issue #3): spot on an HTML article in German and a text article in French
 * (test/fixtures/articles, our own text) with a pack folder, JSON shape, table, validation and
 * the error paths (one line, exit 1, never a stack trace).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { htmlText } from '../../src/cli/spot.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACK = 'test/fixtures/packs/news-pack';
const DE = 'test/fixtures/articles/minsk-de.html';
const FR = 'test/fixtures/articles/minsk-fr.txt';

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}

interface JsonMention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; name: string; type: string } | null;
  reason: string;
  candidates?: unknown[];
}

test('spot --json: exact shape, German HTML and French text with local spellings', async () => {
  const r = await run('spot', DE, FR, '--no-default', '--pack', PACK, '--json');
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.equal(r.out.length, 1);
  const json = JSON.parse(r.out[0]!) as { files: { file: string; mentions: JsonMention[] }[] };
  assert.deepEqual(Object.keys(json), ['files']);
  assert.deepEqual(json.files.map((f) => f.file), [DE, FR]);
  for (const f of json.files) {
    for (const m of f.mentions) {
      assert.deepEqual(Object.keys(m), ['start', 'end', 'text', 'entity', 'reason']);
      assert.deepEqual(Object.keys(m.entity!), ['id', 'name', 'type']);
    }
  }
  const de = json.files[0]!;
  const fr = json.files[1]!;
  const deText = htmlText(readFileSync(`${ROOT}/${DE}`, 'utf8')).text;
  for (const m of de.mentions) assert.equal(deText.slice(m.start, m.end), m.text);
  const frText = readFileSync(`${ROOT}/${FR}`, 'utf8');
  for (const m of fr.mentions) assert.equal(frText.slice(m.start, m.end), m.text);

  const pairs = (ms: JsonMention[]) => ms.map((m) => `${m.text.replace(/\u00AD/g, '').replace(/\s/g, ' ')} → ${m.entity?.id}`);
  const deP = pairs(de.mentions);
  for (const want of [
    'Alexander Lukaschenko → gloss:person:alexander-lukashenko',
    'Swetlana Tichanowskaja → gloss:person:sviatlana-tsikhanouskaya',
    'Tichanowskaja → gloss:person:sviatlana-tsikhanouskaya',
    'Wilna → gloss:place:vilnius',
    'Weißrussland → gloss:country:by',
    'Wladimir Putin → Q7747',
    'Dmitri Peskow → gloss:person:dmitry-peskov',
    'Sankt Petersburg → Q656',
    'Brüssel → Q239',
    'Europäische Kommission → Q8880',
  ]) assert.ok(deP.includes(want), `${want} in ${deP.join('; ')}`);
  // script, style and hidden elements are not read; "Minsker" is not Minsk
  assert.ok(!deP.some((p) => /Merkel|Macron|Scholz/.test(p)), deP.join('; '));
  assert.equal(deP.filter((p) => p.startsWith('Minsk')).length, 1);

  const frP = pairs(fr.mentions);
  for (const want of [
    'Alexandre Loukachenko → gloss:person:alexander-lukashenko',
    'Loukachenko → gloss:person:alexander-lukashenko',
    'Tikhanovskaïa → gloss:person:sviatlana-tsikhanouskaya',
    'Vladimir Poutine → Q7747',
    'Poutine → Q7747',
    'Saint-Pétersbourg → Q656',
    'Commission européenne → Q8880',
    'OTAN → Q7184',
    'ONU → Q1065',
    'UE → Q458',
    'Biélorussie → gloss:country:by',
  ]) assert.ok(frP.includes(want), `${want} in ${frP.join('; ')}`);
});

test('spot prints a readable table by default', async () => {
  const r = await run('spot', FR, '--no-default', '--pack', PACK);
  assert.equal(r.code, 0);
  assert.match(r.out[0]!, /^test\/fixtures\/articles\/minsk-fr.txt: \d+ mentions$/);
  assert.ok(r.out.some((l) => /^\s+\d+-\d+\s+Alexandre Loukachenko\s+Alexander Lukashenko \(person, gloss:person:alexander-lukashenko\)\s+\[alias\]$/.test(l)), r.out.join('\n'));
});

test('ambiguous mentions carry candidates and a null entity in JSON', async () => {
  const r = await run('spot', 'test/fixtures/articles/georgia.txt', '--no-default', '--pack', 'test/fixtures/packs/test-pack.json', '--json');
  assert.equal(r.code, 0, r.err.join('\n'));
  const m = JSON.parse(r.out[0]!).files[0].mentions[0] as JsonMention;
  assert.equal(m.entity, null);
  assert.deepEqual(m.candidates, [
    { id: 'test:country:ge', name: 'Georgia', type: 'place' },
    { id: 'test:place:georgia-us', name: 'Georgia (US state)', type: 'place' },
  ]);
});

test('invalid input: one line naming the file, exit 1', async () => {
  const cases: [string[], RegExp][] = [
    [['spot', 'no/such/file.html', '--no-default', '--pack', PACK], /^no\/such\/file.html: cannot read the file \(it does not exist\)$/],
    [['spot', 'test/fixtures', '--no-default', '--pack', PACK], /^test\/fixtures: unsupported file type "none"; give .html or .txt files$/],
    [['spot', 'docs/knowledge-pack.schema.json', '--no-default', '--pack', PACK], /^docs\/knowledge-pack.schema.json: unsupported file type ".json"/],
    [['spot', FR, '--pack', 'test/fixtures/packs/invalid-type.json', '--no-default'], /^test\/fixtures\/packs\/invalid-type.json: invalid pack: entity "test:place:minsk" \(Minsk\), type: type must be one of/],
    [['spot', FR, '--pack', 'test/fixtures/packs/invalid-json.json', '--no-default'], /^test\/fixtures\/packs\/invalid-json.json: not valid JSON/],
    [['spot', FR, '--pack', 'missing-pack.json', '--no-default'], /^missing-pack.json: cannot read the pack \(it does not exist\)$/],
    [['spot'], /^gloss spot: give at least one .html or .txt file$/],
    [['spot', FR, '--frobnicate'], /^gloss: Unknown option '--frobnicate'/],
    [['pack', 'validate'], /^gloss pack validate: give exactly one pack file or folder$/],
    [['launch'], /^gloss: unknown command "launch"/],
  ];
  for (const [argv, want] of cases) {
    const r = await run(...argv);
    assert.equal(r.code, 1, argv.join(' '));
    assert.equal(r.err.length, 1, `${argv.join(' ')}: ${r.err.join('\n')}`);
    assert.match(r.err[0]!, want);
    assert.deepEqual(r.out, []);
  }
});

test('pack validate: valid pack folder and file, invalid pack with its errors', async () => {
  let r = await run('pack', 'validate', PACK);
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.match(r.out[0]!, /^test\/fixtures\/packs\/news-pack: valid pack "News test pack" 0\.1\.0 \(\d+ entities, \d+ aliases\)$/);
  r = await run('pack', 'validate', 'test/fixtures/packs/invalid-shared-alias.json');
  assert.equal(r.code, 1);
  assert.deepEqual(r.err.slice(0, 1), ['test/fixtures/packs/invalid-shared-alias.json: invalid pack (1 error)']);
  assert.match(r.err[1]!, /"Georgia" is shared by/);
});

test('npx gloss (bin/gloss.mjs): exit codes and no stack trace', () => {
  const bin = `${ROOT}/bin/gloss.mjs`;
  const ok = spawnSync(process.execPath, [bin, 'spot', FR, '--no-default', '--pack', PACK, '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(JSON.parse(ok.stdout).files[0].mentions.length > 10);
  const bad = spawnSync(process.execPath, [bin, 'spot', 'nope.txt', '--no-default', '--pack', PACK], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, 'nope.txt: cannot read the file (it does not exist)\n');
  assert.doesNotMatch(bad.stderr, /\bat \S+:\d+/);
});
