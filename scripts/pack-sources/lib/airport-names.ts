/**
 * An airport's names as the press writes them, from its OpenFlights name (airports.ts): the name
 * without the city it serves ("London Heathrow Airport" → "Heathrow Airport"), the short name the
 * news uses alone ("Heathrow", "Fiumicino", "O'Hare"), and whether that short name can be given.
 *
 * The short name is what is left of each segment of the OpenFlights name ("Leonardo da Vinci–
 * Fiumicino" is two segments) once the generic words (International, Airport, Aeropuerto …), the
 * city it serves (at either end) and other places of its country (at the start: "Paris Beauvais
 * Tillé") are taken away. It is given only when it is a proper name of its own:
 * - not empty, not in lower case ("Frankfurt am Main" leaves "am Main");
 * - not a person's name: a title first ("King Abdulaziz"), initials ("John F Kennedy", "OR Tambo"),
 *   a regnal number ("Mohammed V"), a word of several that is a given or family name ("Adnan
 *   Menderes"), or one word that is a person's ("Lambert", "Dulles");
 * - not a place's: a city, town, region or country ("London Luton" leaves a town; "Southwest
 *   Florida", "Wayne County", "Basel-Mulhouse-Freiburg");
 * - not a name another entity of the pack holds;
 * - not ordinary English words only ("Capital", "Liberty", "South").
 * A one-word short name that is also a word somewhere (a rare English word, a short word of another
 * language), or one that starts with an article ("El Dorado"), needs context.
 */
import { normaliseKey } from '../../../src/core/spot/normalise.ts';

/** the generic words of an airport's name, in the languages of OpenFlights' names (whole words) */
export const GENERIC_WORDS = [
  'International', 'Intercontinental', 'Internacional', 'Internazionale', "Int'l", 'Airport', 'Airpark', 'EuroAirport',
  'Aeropuerto', 'Aeroporto', 'Aéroport', 'Aeroport', 'Flughafen', 'Lufthavn', 'Flygplats', 'Lotnisko', 'Luchthaven',
  'National', 'Regional', 'Municipal', 'Metropolitan',
];
const GENERIC = new Set(GENERIC_WORDS.map(normaliseKey));
/** the words that say "airport" in another language: the English name says Airport instead */
const AIRPORT_WORD = /^(?:Aeropuerto|Aeroporto|Aéroport|Aeroport|Flughafen|Lufthavn|Flygplats|Lotnisko|Luchthaven)$/u;

/** titles and honorifics before a person's name ("King Abdulaziz", "Presidente Juscelino Kubitschek", "Chhatrapati Shivaji") */
const PERSON_TITLES = new Set([
  'King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Sultan', 'Emir', 'Imam', 'Hazrat', 'Alama', 'Allama', 'Chhatrapati', 'Netaji',
  'General', 'Comodoro', 'Ministro', 'Presidente', 'President', 'Licenciado', 'Governador', 'Deputado', 'Senador', 'Senator',
  'Monseñor', 'Dr', 'Sir', 'Colonel', 'Capitán',
].map(normaliseKey));

/** words that make a name a part of a country, not a proper name of its own ("Southwest Florida", "Costa Smeralda", "Wayne County") */
const PLACE_HEAD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|Central|Upper|Lower|Greater|Costa|Côte|Riviera)\s/u;
const PLACE_TAIL = /\s(?:County|Province|Region|District|Prefecture|State|Valley|Coast|Island|Islands|Riviera)$/u;
/** an article before a name ("El Dorado", "La Guardia", "Il Caravaggio"): a word of a sentence too */
const ARTICLE = /^(?:Il|El|La|Le|Lo|Los|Las|The)\s+(?=\p{Lu})/u;
const DASH = /[-‐-―]/u;

/** what a generator knows that the name alone does not say */
export interface NameWorld {
  /** the spellings of the city the airport serves (OpenFlights' city, the pack's city and its names) */
  cityForms: string[];
  /** the pack's name of that city, if it has it */
  cityName?: string;
  /** a capital or big city of the airport's country, or the country: taken off the start of a name ("Paris" of "Paris Beauvais Tillé") */
  otherPlaces: (text: string) => boolean;
  /** a smaller town of the airport's country ("Orly", "Tegel"): the short name needs context */
  isSmallTown: (text: string) => boolean;
  /** a city, town, region or country name, or one the pack gives a place: never a short name */
  isPlace: (text: string) => boolean;
  /** a person's name the pack or the name lists know ("Lambert", "Jinnah", "Marco Polo") */
  isPerson: (text: string) => boolean;
  /** a given or family name in the name lists of many languages ("Adnan", "Menderes") */
  isPersonWord: (word: string) => boolean;
  /** held by another entity of the pack (its holders' names), or [] */
  heldBy: (text: string) => string[];
  /** all the words ordinary English words ("Sky Harbor", "Capital") */
  isGeneric: (text: string) => boolean;
  /** a one-word name that is also a word somewhere (rare English words, other languages' short words) */
  isWordLike: (text: string) => boolean;
  /** short names the Gloss team read: left out, with why (a person or a place the lists miss, or something else), or needing context */
  reviewed?: (text: string) => 'person' | 'place' | 'other' | 'guarded' | undefined;
}

export type ShortVerdict = 'free' | 'guarded' | 'empty' | 'lower-case' | 'person' | 'place' | 'held' | 'common' | 'too-short' | 'other';

export interface ShortName { text: string; verdict: ShortVerdict; heldBy?: string[] }

export interface AirportNames {
  /** the entity's name */
  name: string;
  /** the other full names ("London Heathrow Airport", "Charles de Gaulle Airport") */
  fullNames: string[];
  /** what is left of each segment, judged */
  shorts: ShortName[];
}

/** "Palma De Mallorca" → "Palma de Mallorca"; "John F Kennedy" → "John F. Kennedy" (not "Mohammed V International"); spaces tidied */
export function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim()
    .replace(/(?<=\S\s)(De|Del|Y)(?=\s\p{Lu})/gu, (w) => w.toLowerCase())
    .replace(/(?<=\s)(\p{Lu})(?=\s(\p{Lu}\p{L}+))/gu, (m, l: string, next: string) => (GENERIC.has(normaliseKey(next)) ? l : `${l}.`));
}

const words = (s: string) => s.split(' ').filter(Boolean);
const isGenericWord = (w: string) => GENERIC.has(normaliseKey(w));
/** a key that reads a hyphen as a space and "St." as "Saint" */
const looseKey = (s: string) => normaliseKey(s.replace(/[-‐-―]/gu, ' ').replace(/\bSt\.?(?=\s)/gu, 'Saint').replace(/\s+/g, ' ').trim());

/** `text` without `form` at its start (or, with `atEnd`, its end), joined by a space or a hyphen; '' if it is all of it, null if not there */
export function cut(text: string, form: string, atEnd = true): string | null {
  const f = looseKey(form);
  if (!f) return null;
  if (looseKey(text) === f) return '';
  // words at even places, what joins them (spaces, hyphens) at odd places
  const tokens = text.trim().split(/([\s\-\u2010-\u2015]+)/u);
  const count = (tokens.length + 1) / 2;
  const n = f.split(' ').length;
  if (n >= count) return null;
  const wordsOf = (from: number, to: number) => tokens.filter((_, i) => i % 2 === 0).slice(from, to).join(' ');
  if (looseKey(wordsOf(0, n)) === f) return tokens.slice(2 * n).join('').trim();
  if (atEnd && looseKey(wordsOf(count - n, count)) === f) return tokens.slice(0, 2 * (count - n) - 1).join('').trim();
  return null;
}

/** the segments of a name: "Leonardo da Vinci–Fiumicino", "Guarulhos - Governador André Franco Montoro", "Montreal / Pierre Elliott Trudeau" */
function segments(core: string): string[] {
  return core.split(/\s*[–—/]\s*|\s+-\s+/u).map((s) => s.trim()).filter(Boolean);
}

/** a name that is a person's: a title first, initials, a regnal number, a word of several that is a given or family name, or a person's name */
export function looksLikePerson(text: string, world: Pick<NameWorld, 'isPerson' | 'isPersonWord'>): boolean {
  const ws = words(text.replace(DASH, ' ').replace(ARTICLE, ''));
  if (ws.length > 1) {
    if (PERSON_TITLES.has(normaliseKey(ws[0]!))) return true;
    // "John F. Kennedy", "OR Tambo", "Mohammed V", "John Paul II"
    if (ws.slice(0, -1).some((w) => /^\p{Lu}{1,3}\.?$/u.test(w)) || /^(?:I{1,3}|IV|VI{0,3})\.?$/u.test(ws[ws.length - 1]!)) return true;
    if (ws.some((w) => world.isPersonWord(w))) return true;
  }
  return world.isPerson(text) || (ws.length > 1 && world.isPerson(ws[0]!));
}

/** judges what is left of a segment as a short name */
export function judgeShortName(text: string, world: NameWorld): ShortName {
  if (!text) return { text, verdict: 'empty' };
  if (/^\p{Ll}/u.test(text)) return { text, verdict: 'lower-case' };
  const bare = text.replace(ARTICLE, '');
  if ((bare.match(/\p{L}/gu) ?? []).length < 4) return { text, verdict: 'too-short' };
  const reviewed = world.reviewed?.(text);
  if (reviewed && reviewed !== 'guarded') return { text, verdict: reviewed };
  // "St Paul" is Saint Paul
  if ([bare, text, bare.replace(/^St\.?\s/u, 'Saint ')].some((t) => world.isPlace(t))) return { text, verdict: 'place' };
  if (looksLikePerson(text, world)) return { text, verdict: 'person' };
  const parts = bare.split(/[\s\-\u2010-\u2015]+/u);
  if (PLACE_HEAD.test(bare) || PLACE_TAIL.test(bare) || (parts.length > 1 && parts.every((p) => world.isPlace(p)))) return { text, verdict: 'place' };
  const held = world.heldBy(text);
  if (held.length) return { text, verdict: 'held', heldBy: held };
  if (world.isGeneric(bare)) return { text, verdict: 'common' };
  // "El Dorado"; a word somewhere ("Bole"); a small town's name too ("Orly", "Tegel")
  if (reviewed === 'guarded' || bare !== text || (!/\s/.test(bare) && (world.isWordLike(bare) || world.isSmallTown(bare)))) return { text, verdict: 'guarded' };
  return { text, verdict: 'free' };
}

/** what is left of one segment once the city it serves (at either end) and big places (at its start) are taken off */
function restOf(seg: string, world: NameWorld): { rest: string; cityCut: boolean } {
  const forms = [...new Set(world.cityForms)].sort((a, b) => b.length - a.length);
  let rest = seg;
  let cityCut = false;
  for (let changed = true; changed && rest;) {
    changed = false;
    for (const f of forms) {
      const r = cut(rest, f);
      if (r !== null) { rest = r; cityCut = true; changed = true; break; }
    }
    if (changed || !rest) continue;
    // a capital, a big city or the country at the start ("Paris" of "Paris Beauvais Tillé", "Washington" of "Washington Thurgood Marshall")
    const ws = words(rest.replace(DASH, ' '));
    for (let n = Math.min(3, ws.length - 1); n >= 1 && !changed; n--) {
      const head = ws.slice(0, n).join(' ');
      const r = world.otherPlaces(head) ? cut(rest, head, false) : null;
      if (r !== null) { rest = r; changed = true; }
    }
  }
  return { rest, cityCut };
}

/**
 * The names of one airport from its OpenFlights name. `world` says which words are the city it
 * serves, other places, people, and names the pack holds.
 */
export function airportNames(ofName: string, world: NameWorld): AirportNames {
  // "(Lisbon Portela Airport)" is another name; "(Bali)" a place
  const bracket = /\s*\(([^)]*)\)\s*/.exec(ofName);
  const main = tidy(bracket ? ofName.replace(bracket[0], ' ') : ofName);
  const other = bracket && /\s/.test(bracket[1]!.trim()) ? tidy(bracket[1]!) : undefined;

  const parse = (full: string) => {
    const ws = words(full.replace(/\s*\/\s*/g, ' / '));
    // the generic words at the end ("International Airport"): the name's tail, in English
    let end = ws.length;
    while (end > 0 && isGenericWord(ws[end - 1]!)) end--;
    const tailWords = ws.slice(end).map((w) => (AIRPORT_WORD.test(w) ? 'Airport' : w));
    const tail = tailWords.includes('Airport') ? tailWords.join(' ') : '';
    // the rest without the generic words anywhere ("Heraklion International Nikos Kazantzakis")
    const core = ws.slice(0, end).filter((w) => !isGenericWord(w)).join(' ');
    const segs = segments(core);
    const rests = segs.map((s) => restOf(s, world));
    const before = words(full).slice(0, words(full).length - (ws.length - end)).join(' ');
    return { segs, rests: rests.map((r) => r.rest), cityCut: rests.some((r) => r.cityCut), tail, before };
  };

  const { segs, rests, cityCut, tail, before } = parse(main);
  const shorts = rests.map((r) => judgeShortName(r, world));
  if (other) for (const r of parse(other).rests) if (r && !rests.includes(r)) shorts.push(judgeShortName(r, world));

  const fullNames: string[] = [];
  // "Oslo Lufthavn" → "Oslo Airport"
  let name = main.replace(/\s(?:Aeropuerto|Aeroporto|Aéroport|Aeroport|Flughafen|Lufthavn|Flygplats|Lotnisko|Luchthaven)$/u, ' Airport');
  const only = shorts[0]!;
  const named = (s: ShortName) => s.verdict === 'free' || s.verdict === 'guarded';
  const cityBefore = (rest: string) => {
    // what comes before the short name is the city it serves, and only that ("London", "Stockholm-")
    const head = before.endsWith(rest) ? before.slice(0, before.length - rest.length).replace(/[\s\-\u2010-\u2015]+$/u, '') : '';
    return head !== '' && world.cityForms.some((f) => looseKey(f) === looseKey(head));
  };
  if (segs.length === 1 && cityCut && named(only) && tail && cityBefore(only.text)) {
    // "London Heathrow Airport" → "Heathrow Airport": the city before a name of its own
    name = `${only.text} ${tail}`;
  } else if (segs.length > 1 && tail && rests.filter(Boolean).length === 1) {
    // "Montreal / Pierre Elliott Trudeau International Airport": the segment that is not the city
    const i = rests.findIndex(Boolean);
    if (rests[i] === segs[i] && (named(shorts[i]!) || shorts[i]!.verdict === 'person')) name = `${segs[i]} ${tail}`;
  } else if (segs.length === 1 && !rests[0] && tail && world.cityName) {
    // "Frankfurt am Main Airport" → "Frankfurt Airport": the city's longer name ("am Main", "upon Tyne"), by the pack's name
    const longer = cut(before, world.cityName, false);
    if (longer && /^(?:am|an der|an|upon|on|sur|sul)\s/u.test(longer)) name = `${world.cityName} ${tail}`;
  }
  if (name !== main) fullNames.push(main);
  if (other) fullNames.push(other);
  // "Heathrow Airport", "Charles de Gaulle Airport", "Fiumicino Airport": each name of its own with "Airport"
  for (const s of shorts) {
    if (!named(s) && s.verdict !== 'person') continue;
    fullNames.push(`${s.text} Airport`);
    if (tail && tail !== 'Airport') fullNames.push(`${s.text} ${tail}`);
  }
  const key = normaliseKey(name);
  return { name, fullNames: [...new Set(fullNames)].filter((n) => normaliseKey(n) !== key), shorts };
}
