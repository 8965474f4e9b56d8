/**
 * Generates packs/default/entities/leaders-current.json: the heads of state and of government
 * of every sovereign country in the World Factbook snapshot (May 2026), with "in office since"
 * dates. Names: the common English newspaper spelling from packs/default/overrides/leaders.json
 * where maintained (the Factbook spelling stays an alias), else the Factbook's, re-cased.
 *
 *   node --import tsx scripts/pack-sources/leaders-current.ts
 */
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import type { Alias, Entity, Fact } from '../../src/core/pack/types.ts';
import { AliasSet, FACTBOOK_DATE, SRC_FACTBOOK, SRC_TEAM, humanDate, slug, sourceFacts, writeEntities, noteSharedAliases } from './lib/common.ts';
import { countryNameInText } from './lib/country-names.ts';
import { executive, loadFactbook, text, titleCaseName, type Holder } from './lib/factbook.ts';
import { defaultSurname, displayLeader, loadLeaderOverrides, type PersonOverride } from './lib/leaders.ts';

const { all } = loadFactbook();
const ov = loadLeaderOverrides();
const countryId = (iso: string): string => `gloss:country:${iso.toLowerCase()}`;

interface Role { iso: string; kind: 'Head of state' | 'Head of government'; title: string; since?: string; until?: string }
interface Person { name: string; fbName: string; holder: Holder; override?: PersonOverride; roles: Role[] }

const people = new Map<string, Person>();
const sovereign = all.filter((e) => e.iso && !text(e.data, 'Government', 'Dependency status') && !['HK', 'MO', 'EH', 'AQ', 'PS'].includes(e.iso));
for (const e of sovereign) {
  const ex = executive(e.data);
  const manual = ov.byIso[e.iso];
  const chief = manual && 'chief' in manual ? manual.chief ?? undefined : ex.chief;
  const head = manual && 'head' in manual ? manual.head ?? undefined : ex.head;
  for (const [kind, h] of [['Head of state', chief], ['Head of government', head]] as const) {
    if (!h) continue;
    const d = displayLeader(h, ov);
    const p = people.get(d.name) ?? { name: d.name, fbName: h.fbName, holder: h, override: d.override, roles: [] };
    p.roles.push({ iso: e.iso, kind, title: d.title, since: h.since });
    people.set(d.name, p);
  }
  // holders the Factbook snapshot still lists although their fixed term has ended
  for (const h of manual?.former ?? []) {
    const d = displayLeader(h, ov);
    const p = people.get(d.name) ?? { name: d.name, fbName: h.fbName, holder: h, override: d.override, roles: [] };
    p.roles.push({ iso: e.iso, kind: 'Head of state', title: d.title, since: h.since, until: h.until });
    people.set(d.name, p);
  }
}

/** the Factbook's executive-branch text for a country, to tell its data from hand-entered holders */
function factbookNames(iso: string): string {
  const e = all.find((x) => x.iso === iso);
  return e ? `${text(e.data, 'Government', 'Executive branch', 'chief of state')} ${text(e.data, 'Government', 'Executive branch', 'head of government')}` : '';
}

function office(r: Role): string {
  const c = countryNameInText(r.iso);
  if (r.title === 'Pope') return 'Pope, head of the Catholic Church and sovereign of Vatican City';
  if (!r.title) return `${r.kind.toLowerCase()} of ${c}`;
  if (/ of /.test(r.title)) return `${r.title} (${countryNameInText(r.iso)})`;
  return `${r.title} of ${c}`;
}

function toAlias(a: string | Alias, kind: Alias['kind']): Alias {
  return typeof a === 'string' ? { text: a, kind } : { kind, ...a };
}

const entities: Entity[] = [];
const surnameOwners = new Map<string, string[]>();
for (const p of people.values()) {
  const o = p.override;
  // one role per office: a president who is head of state and government is listed once
  const roles: Role[] = [];
  for (const r of p.roles) {
    const same = roles.find((x) => x.iso === r.iso && x.title === r.title);
    if (same) same.kind = same.kind; else roles.push(r);
  }
  const realms = roles.filter((r) => r.title === 'King' && p.fbName === 'CHARLES III');
  let description: string;
  if (realms.length > 3) {
    description = `King of the United Kingdom and ${realms.length - 1} other Commonwealth realms since ${roles[0]!.since?.slice(0, 4)}`;
  } else {
    description = roles.map((r) => `${office(r)}${r.until ? ` ${r.since?.slice(0, 4) ?? ''}–${r.until.slice(0, 4)}` : r.since ? ` since ${r.since.slice(0, 4)}` : ''}`).join('; ');
    description = description[0]!.toUpperCase() + description.slice(1);
  }
  const sentences: string[] = [];
  if (realms.length > 3) {
    sentences.push(`${p.name} has been King of the United Kingdom and head of state of ${realms.length - 1} other Commonwealth realms since ${humanDate(realms[0]!.since!)}: ${realms.filter((r) => r.iso !== 'GB').map((r) => countryNameInText(r.iso)).join(', ')}.`);
    const others = roles.filter((r) => !realms.includes(r));
    if (others.length) sentences.push(`Also ${others.map((r) => `${office(r)}${r.since ? ` since ${humanDate(r.since)}` : ''}`).join('; ')}.`);
  } else {
    const current = roles.filter((r) => !r.until);
    const ended = roles.filter((r) => r.until);
    if (current.length) sentences.push(`${p.name} has been in office as ${current.map((r) => `${office(r)}${r.since ? ` since ${humanDate(r.since)}` : ''}`).join(' and as ')}.`);
    for (const r of ended) sentences.push(`${p.name} served as ${office(r)} from ${r.since ? humanDate(r.since) : 'an unknown date'} until ${humanDate(r.until!)}, when the term ended.`);
  }
  const fbDisplay = titleCaseName(p.fbName.replace(/\s*\(.*?\)\s*/g, ' ').trim());
  if (fbDisplay !== p.name) sentences.push(`The World Factbook writes the name ${fbDisplay}.`);
  if (o?.note) sentences.push(o.note);
  sentences.push(`Office data as of ${humanDate(FACTBOOK_DATE)}.`);

  const set = new AliasSet();
  set.add({ text: p.name, kind: 'name' });
  if (fbDisplay !== p.name && !o?.noFactbookAlias && !/^(King|Queen|Pope|Sultan|Prince)\b/.test(p.name)) set.add({ text: fbDisplay, kind: 'transliteration' });
  for (const a of o?.aliases ?? []) set.add(toAlias(a, 'name'));
  // without a hand-checked override no surname alias is written: the compiler derives one that
  // only matches after the full name (later mentions), which is safe for "Davis" or "Martin"
  const surnames = o ? (o.surnames ?? []) : [];
  for (const s of surnames) {
    const a = toAlias(s, 'surname');
    if (a.text.length < 3) continue;
    a.caseSensitive ??= true;
    if (!o?.distinctSurname) a.requiresContext ??= true;
    set.add(a);
    surnameOwners.set(a.text, [...(surnameOwners.get(a.text) ?? []), p.name]);
  }
  // English title forms ("President Lukashenko") from the offices held
  const mainSurname = surnames.map((s) => (typeof s === 'string' ? s : s.text))[0] ?? (o ? undefined : defaultSurname(p.holder));
  if (mainSurname) {
    for (const r of roles) {
      const t = r.title.replace(/^(Acting|Interim|Transitional) /, '');
      if (/^(President|Prime Minister|Chancellor|Premier|Vice President)$/.test(t)) set.add({ text: `${t} ${mainSurname}`, lang: 'en', kind: 'title' });
    }
  }
  for (const t of o?.titled ?? []) set.add(toAlias(t, 'title'));
  // monarchs known by a regnal name: "King Letsie III", "Emperor Naruhito"
  for (const r of roles) {
    if (/^(King|Queen|Emperor|Sultan|Emir|Prince|Grand Duke)$/.test(r.title) && !p.name.startsWith(r.title) && (/ [IVX]+$/.test(p.name) || !p.name.includes(' '))) {
      set.add({ text: `${r.title} ${p.name}`, lang: 'en', kind: 'title' });
    }
  }
  const aliases = set.list();
  for (const a of aliases) {
    if (a.kind === 'acronym') a.caseSensitive = true;
    // one-word names ("Lula", "Modi") are also words somewhere: match them capitalised only
    if (!/\s/.test(a.text)) a.caseSensitive ??= true;
  }

  const facts: Fact[] = roles.map((r) => ({
    label: r.kind,
    value: office(r).replace(/^./, (c) => c.toUpperCase()),
    ...(r.since ? { since: r.since } : {}),
    ...(r.until ? { until: r.until } : {}),
    asOf: FACTBOOK_DATE,
  }));
  entities.push({
    id: o?.qid ?? `gloss:person:${slug(p.name)}`,
    name: p.name,
    type: 'person',
    description: description.length > 160 ? description.slice(0, description.lastIndexOf(';', 157)) + '…' : description,
    summary: sentences.join(' '),
    aliases,
    facts,
    related: [...new Set(roles.map((r) => countryId(r.iso)))],
    // a holder entered by hand (the Factbook snapshot does not name them) is the team's data
    sources: roles.some((r) => factbookNames(r.iso).toLowerCase().includes(p.fbName.split(' ').pop()!.toLowerCase())) ? [SRC_FACTBOOK, SRC_TEAM] : [SRC_TEAM],
  });
}

// a surname shared by two current leaders is dropped from both unless an override says otherwise
for (const [s, owners] of surnameOwners) {
  if (new Set(owners).size < 2) continue;
  console.warn(`surname "${s}" shared by ${owners.join(', ')}: dropped`);
  for (const e of entities) if (owners.includes(e.name)) e.aliases = e.aliases.filter((a) => !(a.kind === 'surname' && a.text === s));
}
const missingOverride = [...people.values()].filter((p) => !p.override).length;
console.log(`${people.size} people; ${missingOverride} without a hand-checked name override (Factbook spelling re-cased)`);
for (const line of noteSharedAliases(entities, 'leaders-current.json', normaliseKey)) console.log(`shared: ${line}`);
sourceFacts(entities);
writeEntities('leaders-current.json', entities);
