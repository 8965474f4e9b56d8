/**
 * Generates packs/default/entities/countries.json: every country and territory with an
 * ISO 3166-1 alpha-2 code (plus Kosovo, XK), id "gloss:country:<code>", and a few territories
 * often in the news without one (West Bank, Gaza Strip, Paracel and Spratly Islands).
 *
 * Inputs: i18n-iso-countries (names in en/fr/de/es/it/pt, and the names the press of Central and
 * Eastern Europe, Greece and Turkey uses, endonyms among them: pl/cs/sk/ru/uk/be/bg/sr/el/tr; MIT),
 * the World Factbook in
 * ../shared/data/factbook (facts, public domain), packs/default/overrides/countries.json
 * (forms newspapers use that the package lacks, guards), and, when present, the generated
 * cities.json and leaders-current.json (to link capitals and leaders in `related`).
 *
 *   node --import tsx scripts/pack-sources/countries.ts
 */
import { createRequire } from 'node:module';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import {
  AliasSet, FACTBOOK_DATE, LANGS, SRC_FACTBOOK, SRC_ISO_COUNTRIES, SRC_TEAM,
  cleanAlias, humanCount, humanDate, isoDate, namesHeldOutside, readEntityFile, readOverrides, slug, sourceFacts, writeEntities, noteSharedAliases,
} from './lib/common.ts';
import { REGION_NAMES, executive, loadFactbook, population, text, type FactbookEntry } from './lib/factbook.ts';
import { displayLeader, loadLeaderOverrides } from './lib/leaders.ts';
import { countryNameInText } from './lib/country-names.ts';
import { marksEnglishPages } from './lib/claims.ts';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string, opts?: { select: 'all' }): string[] | undefined;
};
for (const l of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
/**
 * More languages (issue #11): the names Polish, Czech, Slovak, Russian, Ukrainian, Belarusian,
 * Bulgarian, Serbian, Greek, Turkish, Dutch, Croatian, Slovenian, Lithuanian and Latvian papers use
 * ("Białoruś", "Білорусь", "Λευκορωσία", "Beyaz Rusya", "Wit-Rusland", "Baltkrievija"). The spotting engine reads them in other scripts and with case endings
 * ("Białorusi", "Білорусі"). A name that is an English word or a person's name ("Indie" is India
 * in Czech and Polish) or that another entity of the pack has is left out: it would mark English
 * pages or make an old mark ambiguous.
 */
const MORE_LANGS = ['pl', 'cs', 'sk', 'ru', 'uk', 'be', 'bg', 'sr', 'el', 'tr', 'nl', 'hr', 'sl', 'lt', 'lv', 'fi', 'hu', 'ro', 'et', 'sv', 'da', 'nb'] as const;
for (const l of MORE_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

type GuardRule = Pick<Alias, 'caseSensitive' | 'requiresContext' | 'contextWords' | 'sharedNote'>;
interface CountryOverride { name?: string; add?: Alias[]; drop?: string[]; note?: string }
const overrides = readOverrides<{ countries: Record<string, CountryOverride>; guards: Record<string, GuardRule | string> }>('countries.json');
const guards = overrides.guards;

export const countryId = (iso: string): string => `gloss:country:${iso.toLowerCase()}`;

const { byIso, all } = loadFactbook();
const leaderOverrides = loadLeaderOverrides();

/** ids of generated entities in sibling files, to link capitals and leaders */
const cities = readEntityFile('cities.json');
const leaders = readEntityFile('leaders-current.json');

function capitalIdFor(iso: string, capitalName: string): string | undefined {
  const cid = countryId(iso);
  const inCountry = cities.filter((c) => c.related?.includes(cid));
  const cap = inCountry.find((c) => c.facts?.some((f) => f.label === 'Capital of'));
  if (cap) return cap.id;
  const first = capitalName.split(/[;(,]/)[0]!.trim();
  return inCountry.find((c) => c.name === first || c.aliases.some((a) => a.text === first))?.id;
}

/** normalised names held by the entities of the other files of the pack (a country's name in another language must not take one) */
const heldByOtherFiles = namesHeldOutside('countries.json', normaliseKey);

/** the country (ISO code) each normalised name in LANGS belongs to, and each name of MORE_LANGS given to a country first */
const nameOwner = new Map<string, string>();

/** the names of a country in MORE_LANGS that it may take (see MORE_LANGS) */
function moreLanguageNames(iso: string, drop: ReadonlySet<string>): Alias[] {
  const out: Alias[] = [];
  for (const lang of MORE_LANGS) {
    for (const n of countries.getName(iso, lang, { select: 'all' }) ?? []) {
      const key = normaliseKey(n);
      if (drop.has(n) || !cleanAlias(n) || !key || heldByOtherFiles.has(key)) continue;
      const owner = nameOwner.get(key);
      if (owner !== undefined && owner !== iso) continue;
      if (marksEnglishPages(n)) continue;
      nameOwner.set(key, iso);
      out.push({ text: n, lang, kind: 'name' });
    }
  }
  return out;
}

function isDependency(fb: FactbookEntry | undefined): string {
  return fb ? text(fb.data, 'Government', 'Dependency status') : '';
}

/** "an " / "a " / "" before a noun phrase */
function article(phrase: string): string {
  if (/^(the|a|an) /i.test(phrase)) return '';
  return /^([aeio]|u(?!k|ni|s))/i.test(phrase) ? 'an ' : 'a ';
}

function upperFirst(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** the sovereign a dependency belongs to, from the Factbook's dependency status */
const OWNERS: [RegExp, string][] = [
  [/\b(UK|United Kingdom|British)\b/, 'GB'], [/\bFrance\b/, 'FR'], [/\b(US|United States)\b/, 'US'], [/New Zealand/, 'NZ'],
  [/Australia/, 'AU'], [/Netherlands/, 'NL'], [/Denmark/, 'DK'], [/Norway/, 'NO'], [/People's Republic of China/, 'CN'],
];

function lowerFirst(s: string): string {
  return s && /^[A-Z][a-z]/.test(s) && !/^(British|French|Dutch|Danish)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * German papers write a neuter country name with a genitive -s ("Ungarns Regierungschef",
 * "Polens Präsident", "Russlands Krieg"), which the matcher's whole-word rule does not see as the
 * name. One-word names only; not feminine or plural ones (die Ukraine, die Türkei, die Schweiz,
 * die Philippinen, die Kokosinseln), not names that already end in s/x/z, not names guarded as
 * ordinary words, and not where the form is a French plural demonym once accents are folded
 * ("Italiens", "Syriens", "Algériens" are people on French pages).
 */
const GERMAN_PLURAL_OR_FEMININE = /(e|ei|s|x|z|ß|insel|inseln|stadt)$/;
const GERMAN_PLURALS = new Set(['Philippinen', 'Malediven', 'Seychellen', 'Komoren', 'Salomonen', 'Färöer']);
const FRENCH_DEMONYMS = new Set(['italiens', 'australiens', 'syriens', 'indonesiens', 'armeniens', 'boliviens', 'jordaniens', 'algeriens', 'indiens', 'georgiens', 'iraniens', 'israeliens', 'colombiens', 'lituaniens', 'estoniens', 'ukrainiens', 'haitiens', 'tunisiens', 'mauritaniens', 'palestiniens', 'egyptiens', 'norvegiens', 'canadiens', 'bresiliens', 'cambodgiens', 'ethiopiens', 'nigerians', 'liberiens', 'libyens']);
function germanGenitive(n: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(n) || GERMAN_PLURAL_OR_FEMININE.test(n) || GERMAN_PLURALS.has(n)) return undefined;
  const guard = guards[n];
  if (guard && typeof guard === 'object' && guard.requiresContext) return undefined;
  const g = `${n}s`;
  return FRENCH_DEMONYMS.has(normaliseKey(g)) ? undefined : g;
}

/**
 * French, Spanish, Italian and Portuguese papers write the words after the first in lower case
 * ("Émirats arabes unis", "Arabie saoudite", "Emiratos Árabes Unidos" / "Emiratos árabes unidos"):
 * a lower-case letter in an alias also matches a capital, so the lower-case form matches both
 * (a name with its own guard keeps its spelling: the guard is looked up by it).
 */
function romanceCase(n: string, lang: string): string {
  if (!['fr', 'es', 'it', 'pt'].includes(lang) || !/\s/.test(n)) return n;
  const [first, ...rest] = n.split(' ');
  return [first, ...rest.map((w) => w.toLowerCase())].join(' ');
}

function buildAliases(iso: string, name: string): Alias[] {
  const set = new AliasSet();
  const ov = overrides.countries[iso] ?? {};
  const drop = new Set(ov.drop ?? []);
  set.add({ text: name, kind: 'name' });
  for (const lang of LANGS) {
    const names = countries.getName(iso, lang, { select: 'all' }) ?? [];
    for (const n of names) {
      if (drop.has(n) || !cleanAlias(n)) continue;
      const isAcronym = /^[A-Z.]{2,6}$/.test(n);
      set.add({ text: guards[n] ? n : romanceCase(n, lang), lang, kind: isAcronym ? 'acronym' : 'name', ...(isAcronym ? { caseSensitive: true } : {}) });
      const genitive = lang === 'de' ? germanGenitive(n) : undefined;
      if (genitive) set.add({ text: genitive, lang, kind: 'name' });
    }
  }
  for (const a of ov.add ?? []) set.add(a);
  for (const a of moreLanguageNames(iso, drop)) if (!set.has(a.text)) set.add(a);
  const fb = byIso.get(iso);
  if (fb) {
    const long = text(fb.data, 'Government', 'Country name', 'conventional long form');
    if (long && long !== 'none' && cleanAlias(long)) set.add({ text: long, lang: 'en', kind: 'name' });
  }
  const out = set.list();
  for (const a of out) {
    const g = guards[a.text];
    if (g && typeof g === 'object') Object.assign(a, g);
    // proper nouns: single words match only capitalised ("china", "turkey", "chile" stay words)
    if (!a.text.includes(' ') && a.caseSensitive === undefined) a.caseSensitive = true;
    if (a.kind === 'acronym') a.caseSensitive = true;
  }
  return out;
}

function leaderFacts(fb: FactbookEntry, iso: string): { facts: Fact[]; sentence: string; ids: string[] } {
  const ex = executive(fb.data);
  const manual = leaderOverrides.byIso[iso];
  const chief = manual?.chief === null ? undefined : (manual?.chief ?? ex.chief);
  const head = manual?.head === null ? undefined : (manual?.head ?? ex.head);
  const facts: Fact[] = [];
  const parts: string[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const [label, h] of [['Head of state', chief], ['Head of government', head]] as const) {
    if (!h) continue;
    const d = displayLeader(h, leaderOverrides);
    const title = d.title ? `${d.title} ` : '';
    // a holder entered by hand (overrides/leaders.json byIso) is the team's data, not the Factbook's
    const byHand = (label === 'Head of state' ? manual?.chief : manual?.head) !== undefined;
    facts.push({ label, value: `${title}${d.name}`, ...(h.since ? { since: h.since } : {}), asOf: FACTBOOK_DATE, source: byHand ? SRC_TEAM.name : SRC_FACTBOOK.name });
    const lid = leaders.find((l) => l.name === d.name && l.related?.includes(countryId(iso)))?.id;
    if (lid) ids.push(lid);
    if (seen.has(d.name)) continue;
    seen.add(d.name);
    const role = label === 'Head of state' && chief && head && displayLeader(chief, leaderOverrides).name === displayLeader(head, leaderOverrides).name
      ? 'head of state and government' : label.toLowerCase();
    parts.push(`${d.name} (${role}${d.title ? `, ${d.title.toLowerCase()}` : ''}) has been in office since ${h.since ? humanDate(h.since) : 'an unknown date'}`);
  }
  const sentence = parts.length ? `As of ${humanDate(FACTBOOK_DATE)}, ${parts.join('; ')}.` : '';
  return { facts, sentence, ids: [...new Set(ids)] };
}

function buildCountry(iso: string): Entity {
  const ov = overrides.countries[iso] ?? {};
  const fb = byIso.get(iso);
  const isoNames = countries.getName(iso, 'en', { select: 'all' }) ?? [];
  const name = ov.name ?? isoNames.find(cleanAlias) ?? isoNames[0] ?? iso;
  const aliases = buildAliases(iso, name);
  const facts: Fact[] = [];
  const related: string[] = [];
  const sentences: string[] = [];
  const sources = [SRC_ISO_COUNTRIES, SRC_TEAM];
  const dependency = isDependency(fb);
  let description: string;

  if (fb) {
    sources.unshift(SRC_FACTBOOK);
    const region = REGION_NAMES[fb.region] ?? '';
    const location = text(fb.data, 'Geography', 'Location');
    const capital = text(fb.data, 'Government', 'Capital', 'name').replace(/;.*$/, '');
    const gov = text(fb.data, 'Government', 'Government type');
    const pop = population(fb.data);
    const indep = text(fb.data, 'Government', 'Independence').replace(/;.*$/, '');
    const where = location.split(/;\s*/)[0]!.replace(/\.$/, '').replace(/^metropolitan France: /, '');
    const status = lowerFirst(dependency.replace(/;.*$/, '').replace(/\.$/, ''));
    const kind = ov.note ? ov.note : dependency ? (/^(an? |the )?(territory|overseas|unincorporated|special|self-governing|part|British|non-self|commonwealth|one of|autonomous|possession|constituent)/i.test(status) && /territory|region|collectivity|country|dependency|commonwealth/.test(status.split(/[,;]/)[0]!) ? status.replace(/^(an?|the) /, '') : `dependent territory (${status})`) : 'country';
    const shortWhere = where.split(',')[0]!;
    description = ov.note ? upperFirst(kind)
      : dependency ? upperFirst(kind)
      : `Country in ${shortWhere || region}${capital && capital !== 'none' ? `; capital ${capital.replace(/\s*\(.*$/, '')}` : ''}`;
    if (description.length > 140) description = description.slice(0, description.lastIndexOf(' ', 137)) + '…';
    const inline = !ov.note && !dependency && /^\p{Lu}/u.test(where);
    sentences.push(`${upperFirst(countryNameInText(iso))} is ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}${inline ? ` in ${where}` : ''}.`);
    if (where && !inline) sentences.push(`Location: ${where}.`);
    if (capital && capital !== 'none') {
      sentences.push(`Its capital is ${capital.replace(/\.$/, '')}.`);
      facts.push({ label: 'Capital', value: capital });
      const cid = capitalIdFor(iso, capital);
      if (cid) related.push(cid);
    }
    if (pop) {
      sentences.push(`Population: ${/^about/.test(humanCount(pop.n)) ? '' : 'about '}${humanCount(pop.n)}${pop.note ? ` (${pop.note} estimate)` : ''}.`);
      facts.push({ label: 'Population', value: humanCount(pop.n), ...(pop.note ? { asOf: pop.note } : {}) });
    }
    if (gov) {
      sentences.push(`Form of government: ${gov}.`);
      facts.push({ label: 'Government', value: gov, asOf: FACTBOOK_DATE });
    }
    if (!dependency) {
      const lf = leaderFacts(fb, iso);
      facts.push(...lf.facts);
      related.push(...lf.ids);
      if (lf.sentence) sentences.push(lf.sentence);
    }
    if (indep && !/^none/i.test(indep)) {
      // the value is the date of an event: no "since" (the popover would say the date twice)
      facts.push({ label: 'Independence', value: indep });
      if (!dependency) sentences.push(`Independence: ${indep}.`);
    }
    if (region) facts.push({ label: 'Region', value: region[0]!.toUpperCase() + region.slice(1) });
  } else {
    const note = ov.note ?? 'territory';
    description = note[0]!.toUpperCase() + note.slice(1);
    if (description.length > 140) description = description.slice(0, description.lastIndexOf(' ', 137)) + '…';
    sentences.push(`${upperFirst(countryNameInText(iso))} is ${/^[aeiou]/i.test(note) ? 'an' : 'a'} ${note}.`);
  }
  // a dependency is related to the country it depends on
  if (dependency) {
    const owner = OWNERS.find(([re]) => re.test(dependency));
    if (owner) related.push(countryId(owner[1]));
  }
  return {
    id: countryId(iso),
    name,
    type: 'place',
    description,
    summary: sentences.join(' '),
    aliases,
    facts,
    ...(related.length ? { related: [...new Set(related)] } : {}),
    sources,
  };
}

/** territories in the news without an ISO code of their own */
function extraTerritory(fips: string, id: string, name: string, aliases: Alias[], note: string, related: string[]): Entity {
  const fb = all.find((e) => e.fips === fips);
  const facts: Fact[] = [];
  const sentences = [`The ${name} ${/Islands$/.test(name) ? 'are' : 'is'} ${/^(group|Palestinian)/.test(note) ? 'a ' : ''}${note}.`];
  if (fb) {
    const location = text(fb.data, 'Geography', 'Location');
    if (location) sentences.push(`Location: ${location.split(/;\s*/)[0]}.`);
    const pop = population(fb.data);
    if (pop) {
      sentences.push(`Population: ${/^about/.test(humanCount(pop.n)) ? '' : 'about '}${humanCount(pop.n)}${pop.note ? ` (${pop.note} estimate)` : ''}.`);
      facts.push({ label: 'Population', value: humanCount(pop.n), ...(pop.note ? { asOf: pop.note } : {}) });
    }
  }
  return {
    id, name, type: 'place', description: note[0]!.toUpperCase() + note.slice(1), summary: sentences.join(' '),
    aliases: aliases.map((a) => ({ ...a, ...(a.text.includes(' ') ? {} : { caseSensitive: true }) })),
    facts, related, sources: [SRC_FACTBOOK, SRC_TEAM],
  };
}

const codes = Object.keys(countries.getAlpha2Codes());
// the names in LANGS come first: a name in another language never takes one of another country's
for (const iso of codes) for (const lang of LANGS) for (const n of countries.getName(iso, lang, { select: 'all' }) ?? []) if (!nameOwner.has(normaliseKey(n))) nameOwner.set(normaliseKey(n), iso);
const entities = codes.map(buildCountry);

entities.push(
  extraTerritory('we', 'gloss:territory:west-bank', 'West Bank', [
    { text: 'West Bank', lang: 'en', kind: 'name' }, { text: 'Cisjordanie', lang: 'fr', kind: 'name' },
    { text: 'Westjordanland', lang: 'de', kind: 'name' }, { text: 'Cisjordania', kind: 'name' },
    { text: 'Cisgiordania', lang: 'it', kind: 'name' }, { text: 'Cisjordânia', lang: 'pt', kind: 'name' },
    { text: 'Westbank', lang: 'de', kind: 'short' },
  ], 'Palestinian territory west of the Jordan River, occupied by Israel since 1967 and partly administered by the Palestinian Authority', ['gloss:country:ps', 'gloss:country:il']),
  extraTerritory('gz', 'gloss:territory:gaza-strip', 'Gaza Strip', [
    { text: 'Gaza Strip', lang: 'en', kind: 'name' }, { text: 'bande de Gaza', lang: 'fr', kind: 'name' }, { text: 'Bande de Gaza', lang: 'fr', kind: 'name' },
    { text: 'Gazastreifen', lang: 'de', kind: 'name' }, { text: 'Franja de Gaza', lang: 'es', kind: 'name' }, { text: 'franja de Gaza', lang: 'es', kind: 'name' },
    { text: 'Striscia di Gaza', lang: 'it', kind: 'name' }, { text: 'Faixa de Gaza', lang: 'pt', kind: 'name' },
    // plain "Gaza" in the news is the Strip; the city is "Gaza City" (Gaza-Ville, Gaza-Stadt…)
    { text: 'Gaza', kind: 'short', caseSensitive: true },
  ], 'Palestinian territory on the Mediterranean coast between Egypt and Israel, governed by Hamas from 2007 and devastated by the war that began in October 2023', ['gloss:country:ps', 'gloss:country:il', 'gloss:country:eg']),
  extraTerritory('pf', 'gloss:territory:paracel-islands', 'Paracel Islands', [
    { text: 'Paracel Islands', lang: 'en', kind: 'name' }, { text: 'Paracels', lang: 'en', kind: 'short' }, { text: 'îles Paracels', lang: 'fr', kind: 'name' },
    { text: 'Paracel-Inseln', lang: 'de', kind: 'name' }, { text: 'Islas Paracelso', lang: 'es', kind: 'name' }, { text: 'Isole Paracel', lang: 'it', kind: 'name' }, { text: 'Ilhas Paracel', lang: 'pt', kind: 'name' },
  ], 'group of islets and reefs in the South China Sea, held by China since 1974 and claimed by Vietnam and Taiwan', ['gloss:country:cn', 'gloss:country:vn', 'gloss:country:tw']),
  extraTerritory('pg', 'gloss:territory:spratly-islands', 'Spratly Islands', [
    { text: 'Spratly Islands', lang: 'en', kind: 'name' }, { text: 'Spratlys', lang: 'en', kind: 'short' }, { text: 'îles Spratleys', lang: 'fr', kind: 'name' }, { text: 'îles Spratly', lang: 'fr', kind: 'name' },
    { text: 'Spratly-Inseln', lang: 'de', kind: 'name' }, { text: 'Islas Spratly', lang: 'es', kind: 'name' }, { text: 'Isole Spratly', lang: 'it', kind: 'name' }, { text: 'Ilhas Spratly', lang: 'pt', kind: 'name' },
  ], 'group of reefs and islands in the South China Sea claimed in whole or part by China, Taiwan, Vietnam, the Philippines, Malaysia and Brunei', ['gloss:country:cn', 'gloss:country:vn', 'gloss:country:ph', 'gloss:country:my', 'gloss:country:tw', 'gloss:country:bn']),
);

// subnational and disputed regions often in the news (hand-maintained list)
type RegionItem = [string, string, Alias[]?, Partial<Alias>?];
interface RegionGroup { country: string; kind: string; items: RegionItem[]; note?: Record<string, string>; related?: string[] }
const regions = readOverrides<{ groups: RegionGroup[] }>('regions.json');
for (const g of regions.groups) {
  const cid = countryId(g.country);
  const where = countryNameInText(g.country);
  for (const [name, capital, extra = [], guard] of g.items) {
    const display = name.replace(/\s*\(.*\)$/, '');
    const set = new AliasSet();
    const nameAlias: Alias = { text: name, kind: 'name', ...(display === name ? guard ?? {} : {}) };
    set.add(nameAlias);
    for (const a of extra) set.add({ kind: 'name', ...a });
    const aliases = set.list();
    for (const a of aliases) if (!a.text.includes(' ') && a.caseSensitive === undefined) a.caseSensitive = true;
    const note = g.note?.[name];
    const kind = note ?? `${g.kind}`;
    const capId = capital ? cities.find((c) => c.related?.[0] === cid && (c.name === capital || c.aliases.some((a) => a.text === capital)))?.id : undefined;
    const facts: Fact[] = [{ label: 'Country', value: countryNameInText(g.country).replace(/^the /, '') }];
    if (capital) facts.push({ label: 'Capital', value: capital });
    entities.push({
      id: `gloss:region:${slug(display)}${display === 'Victoria' ? '-australia' : display === 'Brandenburg' ? '-state' : ''}`,
      name,
      type: 'place',
      description: note ? upperFirst(note).split(/[,;]/)[0]! : `${upperFirst(g.kind)}${capital ? `; capital ${capital}` : ''}`,
      summary: [
        `${/^(Basque|Golan|Amazon|Sinai|Iraqi|Inner)/.test(name) ? 'The ' : ''}${display} ${/(Heights|Islands)$/.test(name) ? 'are' : 'is'} ${article(kind)}${kind}${note || g.kind.includes(where) ? '' : ` (${where})`}.`,
        capital ? `Its capital is ${capital}.` : '',
      ].filter(Boolean).join(' '),
      aliases,
      facts,
      related: [...new Set([cid, ...(capId ? [capId] : []), ...(g.related ?? [])])],
      sources: [SRC_TEAM],
    });
  }
}

// report aliases shared between entities of this file: each needs a sharedNote (or a fix)
const owners = new Map<string, string[]>();
for (const e of entities) for (const a of e.aliases) owners.set(a.text.toLowerCase(), [...new Set([...(owners.get(a.text.toLowerCase()) ?? []), e.id])]);
for (const [text, ids] of owners) {
  if (ids.length < 2) continue;
  const noted = entities.filter((e) => ids.includes(e.id)).every((e) => e.aliases.some((a) => a.text.toLowerCase() === text && a.sharedNote));
  if (!noted) console.warn(`shared alias without sharedNote: "${text}" -> ${ids.join(', ')}`);
}
const missing = codes.filter((c) => !byIso.has(c));
console.log(`no Factbook profile (summary from overrides): ${missing.join(' ')}`);
for (const line of noteSharedAliases(entities, 'countries.json', normaliseKey)) console.log(`shared: ${line}`);
sourceFacts(entities);
writeEntities('countries.json', entities);
