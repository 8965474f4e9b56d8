/**
 * Leader names: the Factbook writes "Alyaksandr LUKASHENKA"; packs/default/overrides/leaders.json
 * gives the common English newspaper spelling, the forms other languages use, surnames and ids.
 */
import type { Alias } from '../../../src/core/pack/types.ts';
import { readOverrides } from './common.ts';
import { surnameOf, titleCaseName, type Holder } from './factbook.ts';

export interface PersonOverride {
  /** common English newspaper spelling */
  name: string;
  /** Wikidata QID, only where certain */
  qid?: string;
  aliases?: (string | Alias)[];
  /** surname forms used alone in running text; strings are language-free */
  surnames?: (string | Alias)[];
  /** the surname alone is distinctive enough to match without other context */
  distinctSurname?: boolean;
  /** title for display when the Factbook title is odd */
  title?: string;
  /** e.g. "King Charles", "Pope Leo" */
  titled?: (string | Alias)[];
  note?: string;
  /** leave the Factbook spelling out of the aliases (its surname is an ordinary word: "Store") */
  noFactbookAlias?: boolean;
}

export interface LeaderOverrides {
  /** manual holders where the Factbook entry cannot be parsed; null = leave empty */
  byIso: Record<string, { chief?: Holder | null; head?: Holder | null; former?: Holder[]; note?: string }>;
  people: Record<string, PersonOverride>;
}

export function loadLeaderOverrides(): LeaderOverrides {
  return readOverrides<LeaderOverrides>('leaders.json');
}

const TITLE_CLEAN: Record<string, string> = {
  'President of the Government of Spain (prime minister-equivalent)': 'Prime Minister',
  'Taoiseach (Prime Minister)': 'Taoiseach',
  'Sultan and Prime Minister': 'Sultan',
  'Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces': 'Chairman of the Sovereignty Council',
  'of the National Council for the Safeguard of the Homeland (CNSP)': 'President',
  'GNU Interim Prime Minister': 'Prime Minister',
  'CNSP Prime Minister': 'Prime Minister',
  'Caretaker Prime Minister': 'Prime Minister',
  'Transition Prime Minister': 'Prime Minister',
  'Transition President': 'President',
  'Transitional President': 'President',
  'Interim President': 'President',
  'Acting President': 'President',
  'Acting Prime Minister': 'Prime Minister',
  'Interim Prime Minister': 'Prime Minister',
  'President, Presidential Council,': 'Chairman of the Presidential Council',
  'Presidential Leadership Council Chairperson': 'Chairman of the Presidential Leadership Council',
  'Taliban Leader': 'Supreme Leader',
  'and Prime Minister': 'Prime Minister',
  'and Co-Vice President': 'Prime Minister',
  'and Foreign Minister': 'Prime Minister',
  'Amir': 'Emir',
  'Co-prince': 'Co-Prince',
};

export function cleanTitle(t: string): string {
  return TITLE_CLEAN[t] ?? t;
}

/** display name and title for a Factbook holder */
export function displayLeader(h: Holder, ov: LeaderOverrides): { name: string; title: string; override?: PersonOverride } {
  const o = ov.people[h.fbName];
  const name = o?.name ?? titleCaseName(h.fbName.replace(/\s*\(.*?\)\s*/g, ' ').replace(/,\s*Jr\.$/, ' Jr.').trim());
  return { name, title: o?.title ?? cleanTitle(h.title), override: o };
}

export function defaultSurname(h: Holder): string | undefined {
  return surnameOf(h.fbName.replace(/\s*\(.*?\)\s*/g, ' '));
}
