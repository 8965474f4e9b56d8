/**
 * Generates packs/default/entities/organisations.json: international and regional organisations
 * from the Supraverden dataset (../shared/data/supraverden/organisations.yaml, CC BY-SA 4.0), with
 * their Wikidata QIDs as ids, names and abbreviations in en/fr/de/es/it/pt, and the extra forms
 * papers use from packs/default/overrides/organisations.json. Everything in this file derives from
 * CC BY-SA data and stays under CC BY-SA 4.0 (each entity names its source).
 *
 *   node --import tsx scripts/pack-sources/organisations.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import type { Alias, Entity, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { COMMON_WORDS } from '../../src/core/spot/common-words.ts';
import { AliasSet, LANGS, noteSharedAliases, readOverrides, requireSharedData, slug, sourceFacts, writeEntities } from './lib/common.ts';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getAlpha2Code(name: string, lang: string): string | undefined };
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));

type Row = Record<string, unknown>;
interface OrgOverride { name?: string; add?: Alias[]; drop?: string[]; headquarters?: string | null; founded?: number; description?: string }
/** words that stay capitalised inside a sentence (besides names, acronyms and "X-led"): proper adjectives */
const PROPER_ADJECTIVES = new Set(['African', 'American', 'Arab', 'Asian', 'Atlantic', 'Baltic', 'Caribbean', 'Eurasian', 'European', 'Islamic', 'Latin', 'Nordic', 'Pacific']);

/**
 * A description ("Regional alliance of …") as it reads after "is a": its first letter lower-cased
 * unless the first word is a name or an acronym ("UN agency", "EU body", "Russia-led alliance",
 * "South American bloc", "European court").
 */
function inSentence(description: string): string {
  const [first = '', second = ''] = description.split(' ');
  const keep = /[A-Z]/.test(first.slice(1)) || /^[A-Z][a-z]*-/.test(first) || /^[A-Z]/.test(second) || PROPER_ADJECTIVES.has(first);
  return keep ? description : description[0]!.toLowerCase() + description.slice(1);
}

/** "a"/"an" by how the phrase is said: "an EU agency", "a UN body", "a European court", "an alliance" */
function withArticle(phrase: string): string {
  const first = phrase.split(/[ -]/)[0] ?? '';
  const spelled = /^[A-Z]{2,}$/.test(first);
  const an = spelled ? /^[AEFHILMNORSX]/.test(first) : /^[aeiou]/i.test(first) && !/^(eu|uni(?!n)|one)/i.test(first);
  return `${an ? 'an' : 'a'} ${phrase}`;
}

const ov = readOverrides<{ major: string[]; orgs: Record<string, OrgOverride> }>('organisations.json');
const major = new Set(ov.major);

const file = requireSharedData('supraverden/organisations.yaml');
const data = parse(readFileSync(file, 'utf8')) as Record<string, Row>;

const FAMILY_PARENT: Record<string, string> = {
  'EU institutions and bodies': 'Q458', 'UN and affiliates': 'Q1065', 'African Union entities': 'Q7159',
  'OAS institutions and bodies': 'Q123759', 'Council of Europe entities': 'Q8908', 'OSCE entities': 'Q81299',
  'Association of Southeast Asian Nations entities': 'Q7768', 'World Bank Group entities': 'Q320863', 'Arab League entities': 'Q7172',
  'ECOWAS entities': 'Q193272', 'Caribbean Community entities': 'Q205995', 'Eurasian Economic Union entities': 'Q4173083',
  'Mercosur entities': 'Q4264', 'Organization of the Petroleum Exporting Countries': 'Q7795',
  'Organisation for Economic Co-operation and Development entities': 'Q41550', 'EFTA entities': 'Q166546',
  'Nordic Council entities': 'Q146165', 'Andean Community entities': 'Q471690', 'Benelux entities': 'Q13116',
};
const FAMILY_PHRASE: Record<string, string> = {
  'UN and affiliates': 'the UN system', 'EU institutions and bodies': "the European Union's institutions and bodies",
  'Organization of the Petroleum Exporting Countries': 'the OPEC family', 'World Bank Group entities': 'the World Bank Group',
  'International Red Cross and Red Crescent Movement entities': 'the Red Cross and Red Crescent Movement',
};
const COUNTRY_FIX: Record<string, string> = { "People's Republic of China": 'CN', 'Russia': 'RU', 'United States': 'US', 'United Kingdom': 'GB', 'Palestine': 'PS', 'South Korea': 'KR', 'Ivory Coast': 'CI', "Côte d'Ivoire": 'CI', 'Democratic Republic of the Congo': 'CD', 'Republic of the Congo': 'CG', 'Czech Republic': 'CZ', 'The Gambia': 'GM', 'Kingdom of the Netherlands': 'NL', 'Netherlands': 'NL', 'Iran': 'IR', 'Syria': 'SY', 'Venezuela': 'VE', 'Bolivia': 'BO', 'Tanzania': 'TZ', 'Vietnam': 'VN', 'Laos': 'LA', 'Moldova': 'MD', 'Taiwan': 'TW', 'Turkey': 'TR' };

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const isUrl = (s: string) => /^https?:\/\/\S+$/.test(s);

function cleanHq(hq: string): string {
  const parts = hq.split(',').map((p) => p.trim()).filter(Boolean);
  const uniq = parts.filter((p, i) => parts.indexOf(p) === i);
  return uniq.join(', ').replace(/^City of /, '');
}

function hqCountry(hq: string): string | undefined {
  const last = hq.split(',').pop()!.trim();
  const code = COUNTRY_FIX[last] ?? isoCountries.getAlpha2Code(last, 'en');
  return code ? `gloss:country:${code.toLowerCase()}` : undefined;
}

/** the source of a fact the team corrected in the dataset's entry (overrides: headquarters, founded) */
const CORRECTED = 'Gloss team (corrections to the Supraverden entry)';

const usedIds = new Set<string>();
const entities: Entity[] = [];
for (const [key, row] of Object.entries(data)) {
  const qid = str(row.Wikidata_code);
  const o = ov.orgs[qid] ?? {};
  const name = o.name ?? (str(row.Name_en) || key);
  let id = /^Q[1-9]\d*$/.test(qid) ? qid : `gloss:intl-org:${slug(name)}`;
  if (usedIds.has(id)) {
    console.warn(`duplicate id ${id} (${name}): skipped`);
    continue;
  }
  usedIds.add(id);
  const drop = new Set(o.drop ?? []);
  const set = new AliasSet();
  set.add({ text: name, kind: 'name' });
  for (const lang of LANGS) {
    const n = str(row[`Name_${lang}`]);
    if (n) set.add({ text: n, lang, kind: 'name' });
  }
  for (const f of Object.keys(row)) {
    const v = str(row[f]);
    if (!v || drop.has(v)) continue;
    if (/^Name_other(_\d)?_en$/.test(f)) set.add({ text: v, lang: 'en', kind: 'name' });
    else if (f === 'Name_former_en') set.add({ text: v, lang: 'en', kind: 'former' });
    else if (/^Abbreviation(_other(_\d)?)?_(en|fr|es)$/.test(f) || f === 'Abbreviation_former_en') {
      if (/\s/.test(v) && !/^[A-Z]/.test(v)) continue;
      set.add({ text: v, kind: f.includes('former') ? 'former' : 'acronym' });
    }
  }
  for (const a of o.add ?? []) set.add(a);
  for (const d of drop) set.remove(d);
  const aliases = set.list().filter((a) => !drop.has(a.text));
  const acronyms: string[] = [];
  for (const a of aliases) {
    const letters = a.text.replace(/[^\p{L}]/gu, '');
    const isAcr = !/\s/.test(a.text) && (a.kind === 'acronym' || (/^[\p{Lu}\d&.+-]+$/u.test(a.text) && letters.length >= 2 && letters.length <= 8));
    if (a.kind === 'acronym' && /\s/.test(a.text)) a.kind = 'short';
    if (isAcr) {
      a.kind = 'acronym';
      a.caseSensitive ??= true;
      // the fact lists each acronym once, not each capitalisation the press uses ("Nato" beside "NATO")
      if (!acronyms.some((x) => x.toLowerCase() === a.text.toLowerCase())) acronyms.push(a.text);
      // a lesser-known body's acronym may be a word ("SHARE", "HABITAT") or someone else's:
      // it only matches after the full name or with context
      if (!major.has(id)) a.requiresContext ??= true;
    } else {
      const words = normaliseKey(a.text).split(' ');
      if (words.every((w) => COMMON_WORDS.has(w) || w.length <= 3)) a.requiresContext ??= true;
    }
  }

  const type = str(row.Type);
  const family = str(row.Org_family);
  const parent = FAMILY_PARENT[family];
  const founded = o.founded ?? (Number(row.Year_established) || undefined);
  const hqRaw = o.headquarters === null ? '' : o.headquarters ?? cleanHq(str(row.Headquarters));
  const leader = str(row.Leadership_role_en);
  const familyPhrase = FAMILY_PHRASE[family] ?? (family && family !== 'none' ? `the ${family.replace(/ entities$/, '')}` : '');
  const description = o.description ?? (type ? type[0]!.toUpperCase() + type.slice(1) : familyPhrase ? `Body of ${familyPhrase}` : 'International organisation');
  const facts: Fact[] = [];
  /** a fact the team corrected says so, rather than crediting the dataset with it */
  const corrected = (changed: boolean) => (changed ? { source: CORRECTED } : {});
  // a founding year is the date of an event: no "since" (the popover would say the year twice)
  if (founded) facts.push({ label: 'Founded', value: String(founded), ...corrected(o.founded !== undefined) });
  if (hqRaw) facts.push({ label: 'Headquarters', value: hqRaw, ...corrected(typeof o.headquarters === 'string') });
  if (acronyms.length) facts.push({ label: 'Abbreviations', value: acronyms.slice(0, 6).join(', ') });
  if (leader) facts.push({ label: 'Led by', value: leader });
  const abbr = str(row.Abbreviation_en);
  const sentences = [
    `${name.includes(' ') && !/^The /.test(name) ? 'The ' : ''}${name}${abbr && abbr !== name ? ` (${abbr})` : ''} is ${o.description ? withArticle(inSentence(o.description)) : type ? withArticle(type) : 'an international organisation'}${familyPhrase && !o.description ? `, part of ${familyPhrase}` : ''}.`,
    founded ? `It was established in ${founded}${hqRaw ? ` and has its headquarters in ${hqRaw}` : ''}.` : hqRaw ? `Headquarters: ${hqRaw}.` : '',
    leader ? `Its leading office is that of the ${leader}.` : '',
  ].filter(Boolean);
  const related = [parent, hqCountry(hqRaw)].filter((r): r is string => !!r && r !== id);
  const source: SourceRef = {
    name: `Supraverden international organisations dataset, entry ${str(row.SPRVD_id) || key}`,
    ...(isUrl(str(row.Source)) ? { url: str(row.Source) } : {}),
    licence: 'CC-BY-SA-4.0',
  };
  entities.push({
    id, name, type: 'organisation', description, summary: sentences.join(' '), aliases, facts,
    ...(related.length ? { related: [...new Set(related)] } : {}),
    sources: [
      source,
      { name: 'Gloss team (aliases in other languages, summary derived from the Supraverden entry)', licence: 'CC-BY-SA-4.0' },
      ...(facts.some((f) => f.source === CORRECTED) ? [{ name: CORRECTED, licence: 'CC-BY-SA-4.0' }] : []),
    ],
  });
}

// forums and groupings in the news that the dataset does not hold (written by the team)
interface HandOrg { slug: string; name: string; description: string; summary: string; founded?: number; aliases: Alias[]; related?: string[] }
for (const h of (ov as unknown as { handAdded?: HandOrg[] }).handAdded ?? []) {
  const set = new AliasSet();
  set.add({ text: h.name, kind: 'name' });
  for (const a of h.aliases) set.add({ kind: 'name', ...a });
  const aliases = set.list();
  for (const a of aliases) if (a.kind === 'acronym') a.caseSensitive ??= true;
  entities.push({
    id: `gloss:intl-org:${h.slug}`, name: h.name, type: 'organisation', description: h.description, summary: h.summary, aliases,
    facts: h.founded ? [{ label: 'Founded', value: String(h.founded) }] : [],
    ...(h.related?.length ? { related: h.related } : {}),
    sources: [{ name: 'Gloss team', licence: 'CC-BY-SA-4.0' }],
  });
}

// acronyms and names shared inside this file: both get a note
const byKey = new Map<string, Entity[]>();
for (const e of entities) for (const a of e.aliases) byKey.set(normaliseKey(a.text), [...new Set([...(byKey.get(normaliseKey(a.text)) ?? []), e])]);
for (const e of entities) for (const a of e.aliases) {
  const holders = byKey.get(normaliseKey(a.text))!;
  if (holders.length > 1 && !a.sharedNote) {
    a.sharedNote = `${a.text} names ${holders.map((h) => h.name).join(' and ')}: context decides`;
    a.requiresContext ??= a.kind === 'acronym' ? true : undefined;
    if (a.requiresContext === undefined) delete a.requiresContext;
  }
}
// related ids must exist: drop parents/countries not in the pack
const ids = new Set(entities.map((e) => e.id));
for (const e of entities) {
  e.related = e.related?.filter((r) => ids.has(r) || r.startsWith('gloss:country:'));
  if (!e.related?.length) delete e.related;
}
for (const line of noteSharedAliases(entities, 'organisations.json', normaliseKey)) console.log(`shared: ${line}`);
sourceFacts(entities);
writeEntities('organisations.json', entities);
