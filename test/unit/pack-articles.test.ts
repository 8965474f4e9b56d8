/**
 * The default pack on the team's own news articles (test/fixtures/articles/news-*.txt, written by
 * the Gloss team for this test): every notable name listed in the article's `.expected.json` is
 * marked with the expected entity, and no trap (an ordinary word that is also a name, a first
 * name, a month…) is marked. The pack is loaded and compiled once and every article spotted as
 * `gloss spot FILE --lang L --json` does; one test checks that the CLI prints the same. Figures and misses: docs/pack-quality.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { ARTICLES, articleFiles, loadMatcher, locate, readArticle, trapHit } from '../../scripts/pack-quality.ts';
import { spot, type Matcher } from '../../src/core/spot/index.ts';

interface Out {
  files: { file: string; mentions: { start: number; end: number; text: string; entity: { id: string } | null; candidates?: { id: string }[] }[] }[];
}

async function spotCli(file: string, lang: string): Promise<Out['files'][number]['mentions']> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['spot', join(ARTICLES, file), '--lang', lang, '--json'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  assert.equal(code, 0, err.join('\n'));
  return (JSON.parse(out.join('\n')) as Out).files[0]!.mentions;
}

/** the pack compiled once for all articles; spots as `gloss spot FILE.txt --lang L` does (checked below) */
let matcher: Promise<Matcher> | undefined;
async function spotArticle(file: string, lang: string): Promise<Out['files'][number]['mentions']> {
  matcher ??= loadMatcher();
  const { text } = readArticle(file);
  const { mentions } = spot(text, [await matcher], { lang });
  return mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entity: m.entityId ? { id: m.entityId } : null, ...(m.candidates ? { candidates: m.candidates.map((id) => ({ id })) } : {}) }));
}

const files = articleFiles();

test('there are articles in several languages, each with its expectations', () => {
  assert.ok(files.length >= 6, `expected at least six articles in ${ARTICLES}, found ${files.length}`);
  const langs = new Set(files.map((f) => readArticle(f).exp.lang));
  for (const l of ['en', 'fr', 'de', 'es']) assert.ok(langs.has(l), `no article in ${l}`);
  for (const f of files) {
    const { text, exp } = readArticle(f);
    assert.ok(exp.expected.length >= 20, `${f}: only ${exp.expected.length} expected names`);
    assert.ok(exp.traps.length >= 3, `${f}: only ${exp.traps.length} traps`);
    // every listed name and trap occurs in the article (locate throws otherwise)
    for (const x of [...exp.expected, ...exp.traps]) locate(text, x.text, x.near);
  }
});

test('gloss spot FILE --lang L --json prints what the shared matcher finds', async () => {
  const file = files[0]!;
  const { exp } = readArticle(file);
  const shape = (ms: Out['files'][number]['mentions']) => ms.map((m) => [m.start, m.end, m.text, m.entity?.id ?? null, (m.candidates ?? []).map((c) => c.id)]);
  assert.deepEqual(shape(await spotCli(file, exp.lang)), shape(await spotArticle(file, exp.lang)));
});

for (const file of files) {
  const { text, exp } = readArticle(file);
  const known = exp.traps.filter((t) => t.knownEngineIssue);

  test(`${file}: every expected name is marked with its entity, no trap is marked`, async () => {
    const mentions = await spotArticle(file, exp.lang);
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text, `${file}: offsets of "${m.text}"`);
    const at = ([s, e]: [number, number]) => mentions.filter((m) => m.start < e && m.end > s);
    const missed: string[] = [];
    for (const x of exp.expected) {
      if (x.knownMiss) continue;
      const here = at(locate(text, x.text, x.near));
      if (!here.some((m) => m.entity?.id === x.id)) {
        const got = here.map((m) => m.entity?.id ?? `ambiguous ${m.candidates?.map((c) => c.id).join('|')}`).join(', ');
        missed.push(`${x.text} (${x.id})${got ? `: marked ${got}` : ': not marked'}`);
      }
    }
    const wrong: string[] = [];
    for (const t of exp.traps) {
      if (t.knownEngineIssue) continue;
      const range = locate(text, t.text, t.near);
      for (const m of mentions.filter((m) => trapHit(m, t, range))) {
        if (t.notIds && !t.notIds.includes(m.entity?.id ?? '')) continue;
        wrong.push(`"${m.text}" in "${t.near}" → ${m.entity?.id ?? 'ambiguous'} (${t.why})`);
      }
    }
    assert.deepEqual(missed, [], `${file}: expected names not marked`);
    assert.deepEqual(wrong, [], `${file}: traps marked`);
  });

  // Names the pack does not mark yet (docs/pack-quality.md lists them): reported as TODO until they are
  const misses = exp.expected.filter((x) => x.knownMiss);
  if (misses.length) {
    test(`${file}: ${misses.length} known misses are marked`, { todo: 'names the default pack does not mark yet' }, async () => {
      const mentions = await spotArticle(file, exp.lang);
      const still = misses.filter((x) => {
        const [s, e] = locate(text, x.text, x.near);
        return !mentions.some((m) => m.start < e && m.end > s && m.entity?.id === x.id);
      });
      assert.deepEqual(still.map((x) => x.text), []);
    });
  }

  // Wrong marks the pack data cannot prevent (see docs/pack-quality.md, "Engine"): reported as
  // TODO, so the suite says they are still there without failing; fixed in the engine, they pass.
  for (const t of known) {
    test(`${file}: trap "${t.near}" is not marked`, { todo: t.knownEngineIssue }, async () => {
      const mentions = await spotArticle(file, exp.lang);
      const [s, e] = locate(text, t.text, t.near);
      const hit = mentions.filter((m) => trapHit(m, t, [s, e]) && (!t.notIds || t.notIds.includes(m.entity?.id ?? '')));
      assert.deepEqual(hit.map((m) => m.entity?.id), []);
    });
  }
}

test('the best-known international bodies by the names the press of other European languages gives them, declined too', async () => {
  matcher ??= loadMatcher();
  const m = await matcher;
  const ids = (text: string, lang: string) => spot(text, [m], { lang }).mentions.map((x) => `${x.text}=${x.entityId}`);
  assert.deepEqual(ids('Unia Europejska i ONZ milczą, a Komisja Europejska zwleka.', 'pl'), ['Unia Europejska=Q458', 'ONZ=Q1065', 'Komisja Europejska=Q8880']);
  assert.deepEqual(ids('Представители Евросоюза встретились с главой Европейского центрального банка.', 'ru'), ['Евросоюза=Q458', 'Европейского центрального банка=Q8901']);
  assert.deepEqual(ids('Guvernér kritizoval rozhodnutí Evropské centrální banky.', 'cs'), ['Evropské centrální banky=Q8901']);
  assert.deepEqual(ids('Η Ευρωπαϊκή Ένωση και ο ΟΗΕ συμφώνησαν.', 'el'), ['Ευρωπαϊκή Ένωση=Q458', 'ΟΗΕ=Q1065']);
});
