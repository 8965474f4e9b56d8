/**
 * An acronym the page defines: a name marked in full, then its acronym in brackets ("Karlsruher
 * Institut für Technologie (KIT)", "l'Agence française de développement (AFD)"). The acronym in
 * the brackets and its other occurrences on the page, in the same capitals, are that entity, even
 * where the pack does not list the acronym or gives it to another entity ("Deutscher Skiverband
 * (DSV)": not the Danish carrier DSV). Not a person's: brackets after a name hold their party
 * ("Boris Rhein (CDU)"). The acronym must be spelled by the name's letters in order, its first
 * letter starting a word of the name (the test of Schwartz and Hearst, 2003), so a dateline's agency
 * ("PARIS (AFP)") or a region's code ("Springfield (IL)") defines nothing. Pure string work on the
 * page's mentions, run after the page rules.
 */
import type { EntityRef, Mention } from './types.ts';
import { inWordAt } from './surroundings.ts';
import { overlapsAny } from '../text/offsets.ts';

/** the acronym in brackets: two to ten letters or digits (with "&" or "-"), at least two of them capitals */
const ACRONYM = /^\((\p{Lu}[\p{L}\p{N}&-]{1,9})\)/u;
const CAPITALS = /\p{Lu}/gu;


/**
 * `short` is spelled by the letters of `long` in order, read from the end, its first letter at the
 * start of one of `long`'s words (Schwartz and Hearst's test for an abbreviation and its definition)
 */
export function spellsAcronym(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s[si]!;
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    const first = si === 0;
    while (li >= 0 && (l[li] !== c || (first && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/** where `long`'s mention is followed by an acronym it spells, in brackets after at most one space: that acronym */
function acronymAfter(text: string, m: Mention): string | null {
  const at = text.charCodeAt(m.end) === 0x20 ? m.end + 1 : m.end;
  const found = ACRONYM.exec(text.slice(at, at + 14));
  if (!found) return null;
  const short = found[1]!;
  if ((short.match(CAPITALS) ?? []).length < 2) return null;
  // a name of two words or more: one word's letters spell too much by chance ("Paris (PS)")
  return /\s/u.test(m.text.trim()) && spellsAcronym(short, m.text) ? short : null;
}

/**
 * The page's mentions (in text order) with the acronyms it defines marked: every whole-word
 * occurrence of each acronym that no mention covers gets one, and a mention of exactly the
 * acronym with another entity, or several, is replaced. An acronym two names of the page define
 * is left as it was.
 */
export function withDefinedAcronyms(text: string, mentions: readonly Mention[], entities: Readonly<Record<string, EntityRef>>): Mention[] {
  const defined = new Map<string, string | null>();
  for (const m of mentions) {
    const type = m.entityId ? entities[m.entityId]?.type : undefined;
    if (!type || type === 'person') continue;
    const short = acronymAfter(text, m);
    if (short === null) continue;
    const before = defined.get(short);
    defined.set(short, before === undefined || before === m.entityId ? m.entityId : null);
  }
  if (defined.size === 0) return [...mentions];
  const bySpan = new Map<string, Mention>(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const [short, id] of defined) {
    if (id === null) continue;
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (inWordAt(text, at - 1) || inWordAt(text, end)) continue;
      const same = bySpan.get(`${at}:${end}`);
      if (same) {
        if (same.entityId === id) continue;
        replaced.add(same);
      } else if (overlapsAny(mentions, at, end)) continue; // inside a longer name
      added.push({ start: at, end, text: short, entityId: id, reason: 'acronym' });
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}
