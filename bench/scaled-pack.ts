/**
 * A pack of a given size modelled on a real one, for measuring size and speed before the real pack
 * of that size exists: the real pack's entities plus made-up ones, each copied in shape from a real
 * entity picked at random (type, number of aliases and their kinds, languages and guards, words per
 * name, summary length, facts, sources, related ids). Names are made of letters drawn from a
 * character model of the real pack's names (same script, same capitalisation), so the trie grows as
 * it would with real names; summaries keep their template's length and words. Seeded: every run
 * builds the same pack.
 *
 *   node --import tsx bench/scaled-pack.ts --entities 30000 --out .tmp/pack-30k [--from packs/default]
 *
 * writes a pack folder (meta.json, entities/*.json) that the build (GLOSS_PACK_DIR), bench:spot
 * (--pack) and bench:page (through a build) take like the default pack.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackDir } from '../src/cli/pack-files.ts';
import { normaliseKey } from '../src/core/spot/normalise.ts';
import type { Alias, Entity, Fact, Pack } from '../src/core/pack/types.ts';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** words that stay as they are in made-up names: they are what real names share ("University of", "de") */
const KEEP = new Set(['of', 'the', 'de', 'du', 'des', 'la', 'le', 'les', 'del', 'di', 'da', 'van', 'von', 'der', 'al', 'el', 'and', 'for', 'y', 'et', 'und']);
const WORD = /[\p{L}\p{M}]+/gu;

/** an order-2 character model of the words in real names: what letter follows two letters */
class NameModel {
  private readonly next = new Map<string, string[]>();
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const s = `^^${w.toLowerCase()}$`;
      const chars = [...s];
      for (let i = 2; i < chars.length; i++) {
        const k = chars[i - 2]! + chars[i - 1]!;
        let list = this.next.get(k);
        if (!list) this.next.set(k, (list = []));
        list.push(chars[i]!);
      }
    }
  }

  /** a made-up word about `length` letters long, starting like words that start with `first` */
  word(r: () => number, length: number, first: string): string {
    let out = '';
    let k = `^${first.toLowerCase()}`;
    out = first.toLowerCase();
    for (let guard = 0; guard < 40 && [...out].length < length; guard++) {
      const list = this.next.get(k);
      if (!list) break;
      let c = list[Math.floor(r() * list.length)]!;
      if (c === '$') {
        if ([...out].length >= Math.max(2, length - 1)) break;
        c = list.find((x) => x !== '$') ?? c;
        if (c === '$') break;
      }
      out += c;
      k = [...k][1]! + c;
    }
    return out;
  }
}

/** the capitalisation of `model` on `word`: "Ab", "AB" or "ab" */
function caseLike(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model[0]!;
  return first !== first.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Made-up entities modelled on `base`'s, until the pack holds `total` entities. */
export function scalePack(base: Pack, total: number, seed = 42): Pack {
  const r = rng(seed);
  const words: string[] = [];
  for (const e of base.entities) for (const t of [e.name, ...e.aliases.map((a) => a.text)]) for (const m of t.matchAll(WORD)) if (m[0].length > 2) words.push(m[0]);
  const model = new NameModel(words);
  const firsts = words.map((w) => w[0]!);
  const usedIds = new Set(base.entities.map((e) => e.id));
  const usedKeys = new Set(base.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey)));
  const entities = [...base.entities];
  let serial = 0;
  while (entities.length < total) {
    const t = base.entities[Math.floor(r() * base.entities.length)]!;
    /** the same real word becomes the same made-up word throughout one entity ("Putin" in every alias) */
    const swap = new Map<string, string>();
    const rename = (text: string): string =>
      text.replace(WORD, (w) => {
        if (KEEP.has(w.toLowerCase())) return w;
        let s = swap.get(w.toLowerCase());
        if (!s) {
          const first = /^\p{Script=Latin}/u.test(w) ? firsts[Math.floor(r() * firsts.length)]! : w[0]!;
          const len = [...w].length;
          s = len <= 3 && w === w.toUpperCase() ? Array.from({ length: len }, () => String.fromCharCode(65 + Math.floor(r() * 26))).join('') : model.word(r, len, first);
          swap.set(w.toLowerCase(), s);
        }
        return caseLike(w, s);
      });
    const name = rename(t.name);
    const key = normaliseKey(name);
    if (!key || usedKeys.has(key)) continue;
    const aliases: Alias[] = [];
    const mine = new Set([key]);
    for (const a of t.aliases) {
      const text = rename(a.text);
      const k = normaliseKey(text);
      if (!k || (usedKeys.has(k) && !mine.has(k))) continue;
      mine.add(k);
      const { sharedNote: _note, ...rest } = a;
      aliases.push({ ...rest, text });
    }
    for (const k of mine) usedKeys.add(k);
    let id: string;
    do id = `Q${90_000_000 + serial++}`;
    while (usedIds.has(id));
    usedIds.add(id);
    const facts: Fact[] | undefined = t.facts?.map((f) => ({ ...f, value: rename(f.value).replace(/\d/g, () => String(Math.floor(r() * 10))) }));
    const e: Entity = {
      id,
      name,
      type: t.type,
      description: rename(t.description),
      summary: rename(t.summary),
      aliases,
      sources: t.sources.map((s) => ({ ...s, asOf: base.dataDate })),
    };
    if (facts) e.facts = facts;
    if (t.related) e.related = [...t.related];
    entities.push(e);
  }
  return { ...base, id: base.id, name: `${base.name} (scaled to ${total.toLocaleString('en')} entities for benchmarks)`, entities };
}

/** write a pack folder: meta.json and entities/ in files of 2,000 */
export function writePackDir(pack: Pack, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'entities'), { recursive: true });
  const { entities, ...meta } = pack;
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 1) + '\n');
  for (let i = 0; i < entities.length; i += 2000) {
    writeFileSync(join(dir, 'entities', `part-${String(i / 2000).padStart(3, '0')}.json`), JSON.stringify(entities.slice(i, i + 2000), null, 1) + '\n');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(name);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
  };
  const root = fileURLToPath(new URL('..', import.meta.url));
  const from = resolve(arg('--from', join(root, 'packs/default')));
  const total = Number(arg('--entities', '30000'));
  const out = resolve(arg('--out', join(root, `.tmp/pack-scaled-${total}`)));
  const base = (await readPackDir(from)) as Pack;
  const pack = scalePack(base, total);
  writePackDir(pack, out);
  const aliases = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  console.log(`wrote ${out}: ${pack.entities.length.toLocaleString('en')} entities (${base.entities.length.toLocaleString('en')} from ${from}), ${aliases.toLocaleString('en')} aliases`);
}
