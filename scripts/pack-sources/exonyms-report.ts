/**
 * Reports what lib/exonyms.ts would add to the pack's places as it is now: for the cities,
 * countries, regions and geographic regions, how many places gain how many names in other
 * languages, by language and by file, how many of those names are free, guarded or dropped (and
 * why), and random examples. Writes nothing.
 *
 *   node --import tsx scripts/pack-sources/exonyms-report.ts [--seed N] [--examples N] [--lang pl,cs] [--dropped] [--trial DIR [--free-only]]
 *
 * --trial DIR writes a copy of packs/default to DIR with the free and guarded names added to the
 * entities (the aliases classifyExonyms gives), to try with `gloss pack validate DIR` and
 * `scripts/pack-quality.ts --pack DIR`; the pack itself is not touched.
 */
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/core/pack/types.ts';
import { ENTITIES_DIR, PACK_DIR, readJson } from './lib/common.ts';
import { classifyExonyms, exonymsForEntity, geonameIdOf, newExonyms, placeInputOf, subdivisionCodeOf, territoryCodeOf, type Classified, type Exonym } from './lib/exonyms.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const seed = Number(opt('seed') ?? 12);
const nExamples = Number(opt('examples') ?? 40);
const langFilter = opt('lang')?.split(',');
const showDropped = args.includes('--dropped');

const FILES = ['cities.json', 'countries.json', 'regions-admin.json', 'geography.json', 'world-extra.json'];
const all: (Entity & { file: string })[] = readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json'))
  .flatMap((f) => readJson<Entity[]>(join(ENTITIES_DIR, f)).map((e) => Object.assign(e, { file: f })));
const places = all.filter((e) => FILES.includes(e.file) && e.type === 'place');

// look up every place; count the ones a source matched
const proposals: { id: string; names: Exonym[] }[] = [];
const matched: Record<string, { places: number; matched: number }> = {};
const t0 = Date.now();
for (const e of places) {
  const m = (matched[e.file] ??= { places: 0, matched: 0 });
  m.places++;
  const names = exonymsForEntity(e, langFilter ? { langs: langFilter } : {});
  if (Object.keys(names).length) m.matched++;
  proposals.push({ id: e.id, names: newExonyms(e, names) });
}
const classified = classifyExonyms(all, proposals);
const byId = new Map(places.map((e) => [e.id, e]));

console.log(`# Names in other languages for the pack's places (lib/exonyms.ts), ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
console.log('## Places a source matched');
for (const [f, m] of Object.entries(matched)) console.log(`${f.padEnd(20)} ${String(m.matched).padStart(5)} of ${String(m.places).padStart(5)} places`);

// per language: places gaining names, names by verdict
type Row = { places: Set<string>; free: number; guarded: number; dropped: number };
const byLang = new Map<string, Row>();
const byFile = new Map<string, Row>();
const row = (m: Map<string, Row>, k: string) => { let r = m.get(k); if (!r) m.set(k, (r = { places: new Set(), free: 0, guarded: 0, dropped: 0 })); return r; };
const reasons = new Map<string, number>();
const perPlace = new Map<string, number>();
for (const [id, list] of classified) {
  const file = byId.get(id)!.file;
  for (const c of list) {
    for (const r of [row(byLang, c.exonym.lang), row(byFile, file)]) {
      r[c.verdict]++;
      if (c.verdict !== 'dropped') r.places.add(id);
    }
    if (c.verdict !== 'dropped') perPlace.set(id, (perPlace.get(id) ?? 0) + 1);
    for (const why of c.reasons) { const k = `${c.verdict}: ${why.replace(/^held by .*/, 'held by another entity').replace(/^also proposed for .*/, 'proposed for two places').replace(/^\d+ letters/, (s) => s)}`; reasons.set(k, (reasons.get(k) ?? 0) + 1); }
  }
}
const table = (m: Map<string, Row>, title: string) => {
  console.log(`\n## ${title}\n${'key'.padEnd(20)} ${'places'.padStart(7)} ${'free'.padStart(7)} ${'guarded'.padStart(7)} ${'dropped'.padStart(7)}`);
  const tot: Row = { places: new Set(), free: 0, guarded: 0, dropped: 0 };
  for (const [k, r] of [...m].sort((a, b) => b[1].free + b[1].guarded - (a[1].free + a[1].guarded))) {
    console.log(`${k.padEnd(20)} ${String(r.places.size).padStart(7)} ${String(r.free).padStart(7)} ${String(r.guarded).padStart(7)} ${String(r.dropped).padStart(7)}`);
    r.places.forEach((p) => tot.places.add(p)); tot.free += r.free; tot.guarded += r.guarded; tot.dropped += r.dropped;
  }
  console.log(`${'all'.padEnd(20)} ${String(tot.places.size).padStart(7)} ${String(tot.free).padStart(7)} ${String(tot.guarded).padStart(7)} ${String(tot.dropped).padStart(7)}`);
};
table(byLang, 'New names by language (places = places that gain at least one free or guarded name in it)');
table(byFile, 'New names by file');

console.log('\n## How many new names (free or guarded) a place gains');
const buckets: [string, (n: number) => boolean][] = [['0', (n) => n === 0], ['1', (n) => n === 1], ['2-4', (n) => n >= 2 && n <= 4], ['5-9', (n) => n >= 5 && n <= 9], ['10-19', (n) => n >= 10 && n <= 19], ['20+', (n) => n >= 20]];
for (const [label, test] of buckets) console.log(`${label.padEnd(6)} ${places.filter((e) => test(perPlace.get(e.id) ?? 0)).length}`);

console.log('\n## Why names are guarded or dropped (a name can have several reasons)');
for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${k}`);

// random examples (a seeded generator: the same list each run)
let s = seed >>> 0 || 1;
const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pool: [string, Classified][] = [...classified].flatMap(([id, list]) => list.filter((c) => showDropped || c.verdict !== 'dropped').map((c): [string, Classified] => [id, c]));
console.log(`\n## ${Math.min(nExamples, pool.length)} random examples (seed ${seed}${showDropped ? ', dropped ones too' : ''})`);
for (let i = 0; i < nExamples && pool.length; i++) {
  const [id, c] = pool.splice(Math.floor(rand() * pool.length), 1)[0]!;
  const e = byId.get(id)!;
  console.log(`${e.name} (${id}) ${c.exonym.lang}: ${c.exonym.text} [${c.verdict}${c.reasons.length ? `: ${c.reasons.join('; ')}` : ''}] (${c.exonym.source})`);
}

// how each kind was matched (for the curious: --debug ID)
const dbg = opt('debug');
if (dbg && byId.has(dbg)) {
  const p = placeInputOf(byId.get(dbg)!);
  console.log('\n## debug', JSON.stringify(p), { geonameId: geonameIdOf(p), subdivision: subdivisionCodeOf(p), territory: territoryCodeOf(p) }, JSON.stringify(classified.get(dbg), null, 1));
}

// a trial copy of the pack with the names added
const trial = opt('trial');
if (trial) {
  const freeOnly = args.includes('--free-only');
  cpSync(PACK_DIR, trial, { recursive: true });
  let added = 0;
  for (const f of FILES) {
    const list = readJson<Entity[]>(join(ENTITIES_DIR, f));
    for (const e of list) for (const c of classified.get(e.id) ?? []) {
      if (c.alias && (c.verdict === 'free' || (!freeOnly && c.verdict === 'guarded'))) { e.aliases.push(c.alias); added++; }
    }
    writeFileSync(join(trial, 'entities', f), JSON.stringify(list, null, 1) + '\n');
  }
  console.log(`\nwrote ${trial}: ${added} names added`);
}
