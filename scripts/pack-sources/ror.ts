/**
 * Generates packs/default/entities/universities.json (universities and colleges) and
 * institutions.json (research institutes, public research bodies, non-profits, archives and
 * research-active companies) from the Research Organization Registry's record repository
 * (ror-community/ror-records, pinned commit below): the newest record of every organisation.
 * Kept: active organisations with a Wikidata item and an English Wikipedia article (the registry's
 * own mark of a notable body); ids are their QIDs. Hospitals are left out. Names: the registry's,
 * and the title of the English Wikipedia article the record links to (the name the press uses:
 * "Purdue University" for "Purdue University West Lafayette") where no other body has it.
 *
 *   node --import tsx scripts/pack-sources/ror.ts
 */
import type { Alias, Entity, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { LANGS, writeEntities } from './lib/common.ts';
import { languagesOfCountry } from '../../src/core/spot/country-languages.ts';
import { countryName, countryNameInText } from './lib/country-names.ts';
import { Claims, caseFreeRomance, dedupeAliases, isAnyEnglishWord, isGenericName, isPersonName, isWordLike, laterEntities, noteSharedWithin, personWords, priorEntities } from './lib/claims.ts';
import { listSourceTree, readSourceFiles, type GitSource } from './lib/sources.ts';

export const ROR: GitSource = {
  repo: 'ror-community/ror-records',
  commit: 'd93fc667872f8ef9386896bd6c68bd3c6103603e',
  ref: { name: 'Research Organization Registry (ROR)', url: 'https://ror.org/', licence: 'MIT', asOf: '2026-06-23' },
};

interface Name { value: string; types: string[]; lang?: string | null }
interface Org {
  ror: string; status?: string; types: string[]; wikidata?: string; wikipedia?: string;
  names: Name[]; established?: number | null; country?: string; city?: string;
}

/** schema 2 records (names[], external_ids[]) and schema 1 records (name, aliases, labels …) */
function normalise(x: Record<string, any>): Org {
  if (Array.isArray(x.external_ids)) {
    const wd = x.external_ids.find((e: any) => e.type === 'wikidata');
    const loc = x.locations?.[0]?.geonames_details ?? {};
    return {
      ror: x.id, status: x.status, types: x.types ?? [], wikidata: wd?.preferred ?? wd?.all?.[0],
      wikipedia: x.links?.find((l: any) => l.type === 'wikipedia')?.value, names: x.names ?? [],
      established: x.established, country: loc.country_code, city: loc.name,
    };
  }
  const wd = x.external_ids?.Wikidata;
  return {
    ror: x.id, status: x.status, types: (x.types ?? []).map((t: string) => t.toLowerCase()),
    wikidata: wd?.preferred ?? (Array.isArray(wd?.all) ? wd.all[0] : wd?.all), wikipedia: x.wikipedia_url || undefined,
    names: [
      { value: x.name, types: ['ror_display', 'label'] },
      ...(x.aliases ?? []).map((a: string) => ({ value: a, types: ['alias'] })),
      ...(x.acronyms ?? []).map((a: string) => ({ value: a, types: ['acronym'] })),
      ...(x.labels ?? []).map((l: any) => ({ value: l.label, types: ['label'], lang: l.iso639 })),
    ],
    established: x.established, country: x.country?.country_code, city: x.addresses?.[0]?.city,
  };
}

/** the newest record of each organisation: releases are folders v1.0 … v2.9 holding the records they changed */
function loadRecords(): Org[] {
  const ver = (p: string) => p.split('/')[0]!.slice(1).split('.').map(Number);
  const newer = (a: string, b: string) => {
    const x = ver(a), y = ver(b);
    for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
    return false;
  };
  const latest = new Map<string, string>();
  for (const p of listSourceTree(ROR, '.').filter((x) => /^v[\d.]+\/[a-z0-9]{9}\.json$/.test(x))) {
    const id = p.slice(p.lastIndexOf('/') + 1, -5);
    const prev = latest.get(id);
    if (!prev || newer(p, prev)) latest.set(id, p);
  }
  return readSourceFiles(ROR, [...latest.values()]).map((text) => normalise(JSON.parse(text)));
}

const LATIN = /^[\p{Script=Latin}\p{N}\s\p{P}\p{S}]+$/u;
/**
 * the longest name in a body's own language kept, in words: longer ones ("Уральская государственная
 * архитектурно-художественная академия") the press shortens, and each would add its words to the
 * name index that every loaded pack holds
 */
const MAX_NATIVE_WORDS = 4;
const nameWords = (name: string): number => name.split(/\s+/u).filter(Boolean).length;
/** the scripts of the names in a body's own language that the engine reads: Latin, Cyrillic, Greek */
const NATIVE_SCRIPTS = /^(?:[\p{Script=Latin}\p{N}\s\p{P}\p{S}]+|[\p{Script=Cyrillic}\p{N}\s\p{P}\p{S}]+|[\p{Script=Greek}\p{N}\s\p{P}\p{S}]+)$/u;
const stripCountry = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').trim();

function kindOf(o: Org, name: string): { file: 'universities.json' | 'institutions.json'; phrase: string } | undefined {
  const t = new Set(o.types);
  if (t.has('healthcare') && !t.has('education')) return undefined;
  if (t.has('education')) {
    const phrase = /univers|universit|hochschule|universidad|università|universidade/i.test(name) ? 'university'
      : /college|collège|colegio/i.test(name) ? 'college' : /school|école|schule|escuela/i.test(name) ? 'school' : 'higher-education institution';
    return { file: 'universities.json', phrase };
  }
  const phrase = t.has('company') ? 'company' : t.has('facility') ? 'research institute' : t.has('government') ? 'public body'
    : t.has('archive') ? 'archive, library or museum' : t.has('nonprofit') ? 'non-profit organisation' : t.has('funder') ? 'research funder' : 'organisation';
  return { file: 'institutions.json', phrase };
}

/** a one-word name that is a word, a person's name or very short only links with context */
const guarded = (text: string) => text.length <= 4 || isWordLike(text, persons) || isAnyEnglishWord(text);

const records = loadRecords();
const prior = priorEntities('universities.json');
const claims = new Claims(prior);
/** the names of the files generated after this one (places, regions): no article title takes one of them */
const laterClaims = new Claims(laterEntities('institutions.json'));
const persons = personWords(prior);
// institutions.json comes after universities.json: it may not take a university's name either
const out: Record<'universities.json' | 'institutions.json', Entity[]> = { 'universities.json': [], 'institutions.json': [] };
const seenQids = new Set<string>();
const article = (p: string) => (/^[aeio]|^u(?!ni)/i.test(p) ? 'an' : 'a');
let skippedTaken = 0;

// which bodies go by each name or article title: a campus that links to its university's article
// ("Ohio University Lancaster" → "Ohio University") must not take the university's name
const holders = new Map<string, Set<string>>();
const hold = (text: string, qid: string) => {
  const k = normaliseKey(stripCountry(text));
  if (!k) return;
  let set = holders.get(k);
  if (!set) holders.set(k, (set = new Set()));
  set.add(qid);
};
for (const o of records) {
  if (!o.wikidata) continue;
  for (const n of o.names) hold(n.value, o.wikidata);
  const t = wikipediaTitle(o.wikipedia);
  if (t) hold(t, o.wikidata);
}
/**
 * A Polish name as the press shortens it: without the town it is in ("Uniwersytet Mikołaja Kopernika
 * w Toruniu" → "Uniwersytet Mikołaja Kopernika", so that "w Toruniu" names the town), and without its
 * patron's name after "im." ("Akademia Górniczo-Hutnicza im. Stanisława Staszica" → "Akademia
 * Górniczo-Hutnicza"). Only names of two words or more, none generic.
 */
function shortenedNative(name: string, lang: string): string[] {
  if (lang !== 'pl') return [];
  const out = new Set<string>();
  const noTown = name.replace(/\s+we?\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u, '');
  for (const s of [noTown, noTown.replace(/\s+im\.\s.*$/u, '')]) {
    if (s !== name && /\s/.test(s) && !isGenericName(s)) out.add(s);
  }
  return [...out];
}
/** the bodies whose Polish names shorten alike: a shortened name only one body has is kept */
const shortHolders = new Map<string, Set<string>>();
for (const o of records) {
  if (!o.wikidata) continue;
  for (const n of o.names) {
    if (!n.types.includes('label') || !n.lang) continue;
    for (const short of [n.value, ...shortenedNative(n.value, n.lang)]) {
      const k = normaliseKey(short);
      let set = shortHolders.get(k);
      if (!set) shortHolders.set(k, (set = new Set()));
      set.add(o.wikidata);
    }
  }
}
/** the record's English Wikipedia title, if no other body in the registry, nor a later file, has it as a name or title */
function ownTitle(o: Org): string | null {
  const t = wikipediaTitle(o.wikipedia);
  return t && [...(holders.get(normaliseKey(t)) ?? [])].every((q) => q === o.wikidata) && !laterClaims.taken(t, o.wikidata!) ? t : null;
}

for (const o of records.sort((a, b) => a.ror.localeCompare(b.ror))) {
  if ((o.status && o.status !== 'active') || !o.wikidata || !/^Q[1-9]\d*$/.test(o.wikidata) || !o.wikipedia || !o.country) continue;
  if (seenQids.has(o.wikidata) || claims.ids.has(o.wikidata)) continue;
  const display = stripCountry(o.names.find((n) => n.types.includes('ror_display'))?.value ?? '');
  const english = o.names.find((n) => n.types.includes('label') && n.lang === 'en')?.value;
  const registered = stripCountry(english && LATIN.test(english) ? english : display);
  // the English Wikipedia article's title is the name the press uses ("Purdue University" for the
  // registry's "Purdue University West Lafayette"): the entity's name when the registry's is that
  // title plus the town, otherwise another alias
  const title = ownTitle(o);
  const shortened = title && o.city && [`${title} ${o.city}`, `${title}, ${o.city}`, `${title} – ${o.city}`].includes(registered) && !claims.taken(title, o.wikidata) && !isGenericName(title);
  const name = shortened ? title : registered;
  if (!name || !LATIN.test(name) || name.length < 4) continue;
  const kind = kindOf(o, name);
  // "Ministry of Justice", "National Academy": every country has one; "Jacobs": a surname first
  if (!kind || isGenericName(name) || (!/\s/.test(name) && isPersonName(name))) continue;
  // a name an earlier file gives another entity: the same body under another id, or a place
  if (claims.taken(name, o.wikidata)) { skippedTaken++; continue; }
  seenQids.add(o.wikidata);

  const aliases: Alias[] = [];
  const add = (text: string, a: Partial<Alias>, script = LATIN) => {
    text = stripCountry(text.replace(/\s+/g, ' '));
    if (!text || !script.test(text) || claims.taken(text, o.wikidata) || isGenericName(text) || (!/\s/.test(text) && isPersonName(text))) return;
    aliases.push({ text, ...a } as Alias);
  };
  // the body's name in its own country's language(s) ("Uniwersytet Warszawski", "Εθνικό Μετσόβιο Πολυτεχνείο"), in the
  // scripts the engine reads, where no later file has it: the press of that country writes it so
  const ownLanguages = languagesOfCountry(o.country);
  if (display !== name) add(display, { kind: 'name' });
  if (registered !== name && registered !== display) add(registered, { kind: 'name' });
  for (const n of o.names) {
    if (n.types.includes('label') && n.lang && (LANGS as readonly string[]).includes(n.lang)) add(n.value, { kind: 'name', lang: n.lang });
    else if (n.types.includes('label') && n.lang && ownLanguages.includes(n.lang) && !laterClaims.taken(n.value, o.wikidata) && nameWords(n.value) <= MAX_NATIVE_WORDS) {
      // as the press shortens it, where no other body's name shortens alike; the name with its town only where the
      // name without it is not kept (the town then names the town: "Uniwersytet Mikołaja Kopernika w Toruniu")
      const shorts = shortenedNative(n.value, n.lang).filter((short) => shortHolders.get(normaliseKey(short))?.size === 1 && !laterClaims.taken(short, o.wikidata));
      if (shorts.length === 0) add(n.value, { kind: 'name', lang: n.lang }, NATIVE_SCRIPTS);
      for (const short of shorts) add(short, { kind: 'name', lang: n.lang });
    }
    else if (n.types.includes('alias') && /\s/.test(n.value.trim()) && n.value.length >= 8) add(n.value, { kind: 'name' });
    else if (n.types.includes('acronym') && /^[\p{Lu}][\p{L}&.\-]{1,7}$/u.test(n.value) && /\p{Lu}.*\p{Lu}/u.test(n.value)) {
      add(n.value, { kind: 'acronym', caseSensitive: true, requiresContext: true });
    }
  }
  // after the registry's own names, so that their spellings win where the title only differs in case ("RENFE", "Renfe")
  if (title && title !== name) add(title, { kind: 'name' });
  // the press translates "University of X": Università di X, Université de X, Universidad de X …
  const town = name.match(/^University of ([\p{Lu}][\p{L}.'’ -]+)$/u)?.[1] ?? name.match(/^Università degli Studi di ([\p{Lu}][\p{L}.'’ -]+)$/u)?.[1];
  if (town && kind.file === 'universities.json') {
    const de = /^[\p{Lu}][\p{Ll}]+$/u.test(town) ? [{ text: `Universität ${town}`, lang: 'de' }] : [];
    for (const t of [{ text: `Università di ${town}`, lang: 'it' }, { text: `Université de ${town}`, lang: 'fr' }, { text: `Universidad de ${town}`, lang: 'es' },
      { text: `Universidade de ${town}`, lang: 'pt' }, ...de]) add(t.text, { kind: 'name', lang: t.lang });
  }
  const list = dedupeAliases(name, aliases);
  // a one-word name: capitalised only; with context where it is a word, a person's name or very short,
  // and for companies always ("Polaris", "Bunge" are also a ship, a star, a surname)
  const needsContext = (t: string) => kind.phrase === 'company' || guarded(t);
  for (const a of list) {
    if (a.kind !== 'acronym' && !/\s/.test(a.text)) Object.assign(a, { caseSensitive: true }, needsContext(a.text) ? { requiresContext: true } : {});
  }
  if (!/\s/.test(name)) {
    // the guarded name replaces any alias spelled like it ("AENA" for "Aena")
    for (let i = list.length - 1; i >= 0; i--) if (normaliseKey(list[i]!.text) === normaliseKey(name)) list.splice(i, 1);
    list.unshift({ text: name, kind: 'name', caseSensitive: true, ...(needsContext(name) ? { requiresContext: true } : {}) });
  }

  const country = countryName(o.country);
  const place = o.city && normaliseKey(o.city) !== normaliseKey(country) ? `${o.city}, ${country}` : country;
  const src: SourceRef = { ...ROR.ref, url: o.ror };
  const facts: Fact[] = [
    { label: 'Location', value: place, source: src.name },
  ];
  if (o.established && o.established >= 1000) facts.push({ label: 'Founded', value: String(o.established), since: String(o.established), source: src.name });
  const where = o.city && normaliseKey(o.city) !== normaliseKey(country) ? `${o.city}, ${country}` : countryNameInText(o.country);
  const the = /^(University|Institute|National|Royal|School|College|Academy|Museum|Library|Centre|Center|Ministry|Department|Office|Agency|European|International|Federal|State)\b/.test(name) && !/^The /.test(name) ? 'The ' : '';
  entities(kind.file).push({
    id: o.wikidata,
    name,
    type: 'organisation',
    description: `${kind.phrase[0]!.toUpperCase()}${kind.phrase.slice(1)} in ${where}`,
    summary: `${the}${name} is ${article(kind.phrase)} ${kind.phrase} in ${where}${o.established && o.established >= 1000 ? `, founded in ${o.established}` : ''}.`,
    aliases: caseFreeRomance(name, list),
    facts,
    related: [`gloss:country:${o.country.toLowerCase()}`],
    sources: [src],
  });
}

/** the title of an English Wikipedia article from its address; null for other wikis, lists, and titles with a "(…)" qualifier */
function wikipediaTitle(url: string | undefined): string | null {
  const m = url?.match(/^https?:\/\/en\.wikipedia\.org\/wiki\/([^?#]+)$/);
  if (!m) return null;
  let title: string;
  try {
    title = decodeURIComponent(m[1]!).replace(/_/g, ' ').trim();
  } catch {
    return null;
  }
  // "List of universities in Libya": the registry links some bodies to a list, not to their own article
  return title && !/[()]/.test(title) && !/^List of /i.test(title) && LATIN.test(title) ? title : null;
}

function entities(file: keyof typeof out): Entity[] {
  return out[file];
}

// institutions.json may not take a name universities.json already gives another entity
const uniKeys = new Set(out['universities.json'].flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map(normaliseKey));
out['institutions.json'] = out['institutions.json'].filter((e) => !uniKeys.has(normaliseKey(e.name)));
for (const e of out['institutions.json']) e.aliases = e.aliases.filter((a) => !uniKeys.has(normaliseKey(a.text)));

for (const [file, list] of Object.entries(out)) {
  noteSharedWithin(list, (others) => `also the name of ${others.slice(0, 3).map((o) => `${o.name} (${o.description})`).join('; ')}: the page's context decides`);
  writeEntities(file, list);
}
console.log(`${records.length} ROR records; ${skippedTaken} skipped because an earlier file already has the name`);
