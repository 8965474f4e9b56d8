/**
 * Reads the World Factbook JSON (one file per FIPS code, ../shared/data/factbook/REGION/CODE.json)
 * and maps each profile to an ISO 3166-1 alpha-2 code (through its internet country code, with a
 * small table for the exceptions).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText, isoDate, parseCount, readJson, requireSharedData } from './common.ts';

type Field = { text?: string; [k: string]: unknown };
type Section = Record<string, Field | Record<string, Field>>;
export type FactbookProfile = Record<string, Section>;

export interface FactbookEntry {
  fips: string;
  region: string;
  iso: string;
  data: FactbookProfile;
}

/** FIPS codes whose internet country code does not give the ISO code */
const FIPS_TO_ISO: Record<string, string | null> = {
  uk: 'GB', fr: 'FR', kv: 'XK', sv: 'SJ', we: null, gz: null, ee: null, jn: null,
  ax: null, dx: null, at: null, cr: null, bq: null, ip: null, pf: null, pg: null, wq: null, um: 'UM',
  xx: null, oo: null, xo: null, xq: null, zh: null, zn: null, sx: 'GS', ay: 'AQ',
};

export const REGION_NAMES: Record<string, string> = {
  'africa': 'Africa',
  'antarctica': 'Antarctica',
  'australia-oceania': 'Australia and Oceania',
  'central-america-n-caribbean': 'Central America and the Caribbean',
  'central-asia': 'Central Asia and the Caucasus',
  'east-n-southeast-asia': 'East and Southeast Asia',
  'europe': 'Europe',
  'middle-east': 'the Middle East',
  'north-america': 'North America',
  'south-america': 'South America',
  'south-asia': 'South Asia',
};

export function text(section: unknown, ...path: string[]): string {
  let cur: unknown = section;
  for (const p of path) {
    if (!cur || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[p];
  }
  if (cur && typeof cur === 'object' && typeof (cur as Field).text === 'string') return cleanText((cur as Field).text);
  return '';
}

export function loadFactbook(): { byIso: Map<string, FactbookEntry>; all: FactbookEntry[] } {
  const root = requireSharedData('factbook');
  const all: FactbookEntry[] = [];
  for (const region of readdirSync(root, { withFileTypes: true })) {
    if (!region.isDirectory() || region.name === 'meta' || region.name === 'world' || region.name === 'oceans') continue;
    for (const f of readdirSync(join(root, region.name))) {
      if (!f.endsWith('.json')) continue;
      const fips = f.slice(0, -5);
      const data = readJson<FactbookProfile>(join(root, region.name, f));
      let iso: string | null | undefined = FIPS_TO_ISO[fips];
      if (iso === undefined) {
        const tld = text(data, 'Communications', 'Internet country code');
        const m = tld.match(/^\.([a-z]{2})$/);
        iso = m ? m[1]!.toUpperCase() : null;
      }
      all.push({ fips, region: region.name, iso: iso ?? '', data });
    }
  }
  const byIso = new Map<string, FactbookEntry>();
  for (const e of all) if (e.iso) byIso.set(e.iso, e);
  return { byIso, all };
}

export interface Holder {
  /** as the Factbook writes it, e.g. "Alyaksandr LUKASHENKA" */
  fbName: string;
  /** office title, e.g. "President", "Prime Minister" */
  title: string;
  since?: string;
  /** set by hand (overrides/leaders.json "former") when the Factbook still lists a holder whose term has ended */
  until?: string;
}

/** Titles the Factbook puts before names, longest first. */
const TITLES = [
  'Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces',
  'of the National Council for the Safeguard of the Homeland (CNSP)',
  'Secretary of State for Foreign and Political Affairs', 'Presidential Leadership Council Chairperson',
  'President, Presidential Council,', 'GNU Interim Prime Minister', 'CNSP Prime Minister', 'Caretaker Prime Minister',
  'Transition Prime Minister', 'Taliban Leader', 'and Co-Vice President', 'and Prime Minister', 'and Foreign Minister',
  'Vice President',
  'President of the Government of Spain (prime minister-equivalent)',
  'President of the Swiss Confederation', 'President of the Council of Ministers', 'President of Council of Ministers',
  'Chairman of the Cabinet of Ministers', 'Chairperson of the Council of Ministers', 'Chairperson of the Presidency',
  'Chairman of the Presidential Council', 'Chairman of the Transitional Sovereignty Council',
  'Chairman of the State Affairs Commission', 'Supreme Leader', 'Supreme People\'s Assembly President',
  'Sultan and Prime Minister', 'Interim Prime Minister', 'Acting Prime Minister', 'Transitional Prime Minister',
  'Interim President', 'Acting President', 'Transition President', 'Transitional President',
  'Deputy Prime Minister', 'First Minister', 'Prime Minister', 'Chief Minister', 'Chief Executive', 'Federal Chancellor',
  'Chancellor', 'State Counsellor', 'Grand Duke', 'Crown Prince', 'Co-prince', 'President', 'Premier', 'Taoiseach (Prime Minister)',
  'Taoiseach', 'Minister of State', 'King', 'Queen', 'Emperor', 'Amir', 'Emir', 'Sultan', 'Prince', 'Pope', 'Governor',
  'Chairman', 'General', 'Gen.', 'Col.', 'Lt. Col.', 'Colonel', 'Captain', 'Capt.', 'Dr.', 'Sir', 'Dame',
];

/**
 * Parses one "chief of state"/"head of government" entry: only the first office holder
 * (the text before the first ';'), "Title Given SURNAME (since 1 January 2020)".
 * Returns undefined when the entry has no recognisable holder with a date.
 */
export function parseHolder(raw: string): Holder | undefined {
  const first = raw.split(/;\s*/)[0]!.trim();
  const m = first.match(/^(.*?)\s*\((?:[a-z ]*)?since ([^)]+?)\)/);
  if (!m) return undefined;
  let rest = m[1]!.trim().replace(/,?\s+also spelled\s+.*$/, '');
  const since = isoDate(m[2]!.replace(/,.*$/, ''));
  const titles: string[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const t of TITLES) {
      if (rest.startsWith(t + ' ')) {
        titles.push(t);
        rest = rest.slice(t.length).trim();
        progress = true;
        break;
      }
    }
  }
  rest = rest.replace(/ of (the Netherlands|Denmark|Norway)$/, '');
  if (!/\p{Lu}{2,}/u.test(rest)) return undefined;
  const office = titles.filter((t) => !['General', 'Gen.', 'Col.', 'Lt. Col.', 'Colonel', 'Captain', 'Capt.', 'Dr.', 'Sir', 'Dame'].includes(t));
  return { fbName: rest, title: office[0] ?? '', since };
}

export function executive(data: FactbookProfile): { chief?: Holder; head?: Holder } {
  const chiefRaw = text(data, 'Government', 'Executive branch', 'chief of state');
  const headRaw = text(data, 'Government', 'Executive branch', 'head of government');
  return { chief: chiefRaw ? parseHolder(chiefRaw) : undefined, head: headRaw ? parseHolder(headRaw) : undefined };
}

export function population(data: FactbookProfile): { n: number; note: string } | undefined {
  const t = text(data, 'People and Society', 'Population', 'total') || text(data, 'People and Society', 'Population');
  const n = parseCount(t);
  if (n === undefined) return undefined;
  const est = t.match(/\((\d{4})(?: est\.)?\)/);
  return { n, note: est ? est[1]! : '' };
}

const ROMAN = /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/** "Alyaksandr LUKASHENKA" -> "Alyaksandr Lukashenka"; "XI Jinping" -> "Xi Jinping" */
export function titleCaseName(fb: string): string {
  return fb.split(/(\s+|-)/).map((w, i) => {
    if (i > 0 && ROMAN.test(w)) return w;
    if (/^\p{Lu}[\p{Lu}'’]+$/u.test(w)) return w[0] + w.slice(1).toLowerCase();
    return w;
  }).join('').replace(/\bMc(\p{Ll})/u, (_, c: string) => 'Mc' + c.toUpperCase());
}

/** the surname: the capitalised part of a Factbook name, e.g. "LUKASHENKA" */
export function surnameOf(fb: string): string | undefined {
  const words = fb.split(/\s+/);
  if (words.length > 1 && ROMAN.test(words[words.length - 1]!)) return undefined; // regnal name: "CHARLES III"
  const caps = words.filter((w) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w));
  if (!caps.length) return undefined;
  return titleCaseName(caps.join(' '));
}
