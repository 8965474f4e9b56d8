/**
 * A football club's name as the press shortens it (club-short-names.ts adds it where it is free and
 * no ordinary word, place or person's name): without its town at the start or the end ("PSV
 * Eindhoven" → "PSV", "Sparta Rotterdam" → "Sparta") and without the words that say only that it is
 * a club ("AFC Ajax" → "Ajax", "SBV Excelsior Rotterdam" → "Excelsior").
 */
import type { Entity } from '../../../src/core/pack/types.ts';
import { normaliseKey } from '../../../src/core/spot/normalise.ts';
import { CLUB_WORDS } from './clubs.ts';

/**
 * The words a club's name may start or end with that say only that it is a club: its legal or club
 * form (CLUB_WORDS of sports.ts, less "de", a linking word) and the forms sports.ts has no need of to
 * match clubs ("SBV", "RSC", "TSV", "AIF", "AJ" of AJ Auxerre, "ES" of ES Troyes AC), and a year of foundation ("Como 1907") or a club's number ("1. FC Köln").
 */
const FORMS: ReadonlySet<string> = new Set([
  ...[...CLUB_WORDS].filter((w) => w !== 'de'),
  'sbv', 'rsc', 'rfc', 'cfc', 'bsc', 'tsv', 'fsv', 'scr', 'krc', 'kaa', 'kvc', 'raa', 'mfk', 'ofk', 'sfk', 'gks', 'tsc', 'wsg',
  'ifk', 'aif', 'ik', 'il', 'aj', 'es', 'ae', 's.k.', 'f.k.', 'fotball', 'fodbold', 'clube', 'futebol',
]);
const isForm = (word: string): boolean => FORMS.has(normaliseKey(word)) || /^(?:(?:1[89]|20)\d\d|\d\.)$/.test(word);

/** words a shortened name may not start or end with: what is left of a longer name ("Olympique de", "Brighton &") */
const LINKING = /^(?:&|and|of|the|de|du|des|la|le|y|e|et|und|di|del|da|do|dos|das|i|a|am|an|upon)$/iu;

/** the club's town: its "Based in" fact and the town its description names ("Football club in Rotterdam, the Netherlands"; "… in Amsterdam; Eredivisie") */
export function clubTowns(e: Pick<Entity, 'description' | 'facts'>): string[] {
  const out = (e.facts ?? []).filter((f) => f.label === 'Based in').map((f) => f.value);
  const m = e.description.match(/^Football club in ([^,;]+)/u);
  if (m) out.push(m[1]!.trim());
  return [...new Set(out)];
}

/** the league its "League" fact names, without the season ("Eredivisie (2026–27 season)" → "Eredivisie") */
export function clubLeague(e: Pick<Entity, 'facts'>): string | undefined {
  const f = (e.facts ?? []).find((x) => x.label === 'League');
  return f?.value.replace(/\s*\([^)]*\bseason\)$/u, '').trim() || undefined;
}

/**
 * The name without the words that say only that it is a club and without a town of `towns` (each
 * as often as they stand at the start or end), or null where nothing is cut or the rest is no name
 * of its own: only a club form or a number ("FC Utrecht" cut to "Utrecht", but no further), a name
 * cut at a linking word ("Olympique de Marseille"), or fewer than two letters. The rest may be a town
 * ("Utrecht"): the caller decides.
 */
export function clubShortName(name: string, towns: readonly string[]): string | null {
  const townWords = towns.map((t) => normaliseKey(t).split(/\s+/u)).filter((t) => t.length && t[0]);
  let words = name.split(/\s+/u).filter(Boolean);
  const keys = (ws: string[]) => ws.map((w) => normaliseKey(w));
  const hasName = (ws: string[]) => ws.some((w) => !isForm(w) && /\p{L}/u.test(w));
  for (let changed = true; changed;) {
    changed = false;
    // the club's forms at either end, while a name is left
    while (words.length > 1 && isForm(words[0]!) && hasName(words.slice(1))) { words = words.slice(1); changed = true; }
    while (words.length > 1 && isForm(words.at(-1)!) && hasName(words.slice(0, -1))) { words = words.slice(0, -1); changed = true; }
    // its town at either end, while a name is left ("PSV Eindhoven"; "FC Utrecht" keeps "Utrecht")
    for (const town of townWords) {
      const k = keys(words);
      if (k.length > town.length && town.every((w, i) => k[i] === w) && hasName(words.slice(town.length))) { words = words.slice(town.length); changed = true; }
      else if (k.length > town.length && town.every((w, i) => k[k.length - town.length + i] === w) && hasName(words.slice(0, -town.length))) { words = words.slice(0, -town.length); changed = true; }
    }
  }
  const short = words.join(' ');
  if (short === name || LINKING.test(words[0]!) || LINKING.test(words.at(-1)!)) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(short) || (short.match(/\p{L}/gu) ?? []).length < 2) return null;
  return short;
}

/** an acronym ("PSV", "AZ", "LASK"): no word, whatever the word lists say; guarded, it is matched in capitals only */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,4}$/u.test(text);
}

/**
 * The words of a name, normalised, for finding a short name inside another entity's name ("Dinamo"
 * in "Dinamo Kyiv", "Fortuna" in "Fortuna liga").
 */
export function nameWords(text: string): string[] {
  return normaliseKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** whether the words of `short` stand together in `name` ("Dinamo" in "Dinamo Kyiv") */
export function standsIn(short: string, name: string): boolean {
  const s = nameWords(short);
  const n = nameWords(name);
  if (!s.length) return false;
  for (let i = 0; i + s.length <= n.length; i++) if (s.every((w, j) => n[i + j] === w)) return true;
  return false;
}
