/**
 * A city named with its region: after a comma ("Dublin, Ohio", "London, Ontario", "Paris, Texas",
 * "Saint-Pétersbourg, en Floride", "Lagos, no Algarve") or after a word for "in" or "of", perhaps with
 * a word for the kind of region ("Bergen in Noord-Holland", "Одеса у штаті Техас", "Τρίπολη της
 * Αρκαδίας", "Берлин в Челябинской области"). Where the region is in another country than the
 * pack's city of that name, the text means another place (US and Canadian towns are often named
 * after European cities, and many towns share a name), and the pack's city is not a candidate there.
 * After a comma only a part of a country qualifies (a state, a province, a region: a place neither a
 * city nor a country): a country or another city is as often the next item of a list ("support from
 * Moscow, Iran and North Korea"); after a word for "in" or "of", a country does too ("Νίκαια της Γαλλίας").
 */
import type { Candidate, Hit } from './hits.ts';
import { countryCodeOf, isCityId, isPartOfCountry as isPartOfCountryEntity, relatedCountryCodes } from './place-ids.ts';

/** a place that is part of a country: a state, a province, a region (neither a city nor a country), with its country */
const isPartOfCountry = (c: Candidate): boolean => isPartOfCountryEntity(c.entity);

/** a region's countries; a country's own */
function countriesOf(place: Candidate): string[] {
  const own = countryCodeOf(place.id);
  return own !== null ? [own] : relatedCountryCodes(place.entity.related);
}

/** a word for "in" or "of" before a region, in the languages of the press Gloss reads */
const IN_WORDS = "in|im|en|au|aux|dans l['’]|dans le|dans la|nel|nella|nello|no|na|em|w|we|v|ve|в|во|у|în|din|της|του|στην|στο|στη";
/**
 * between the city and its region: a comma and perhaps a word for "in"; or a word for "in" or "of"
 * and at most two words in small letters (the kind of region: "у штаті", "in the state of")
 */
const BETWEEN = new RegExp(`^(?:,[ \\u00a0]+(?:(?:${IN_WORDS})[ \\u00a0]+)?|[ \\u00a0]+(?:${IN_WORDS})[ \\u00a0]+(?:\\p{Ll}+[ \\u00a0]+){0,2})$`, 'u');
/** the longest text BETWEEN can match */
const MAX_BETWEEN = 32;

/**
 * The city candidates of `hit` that the region right after it (`next`, the following hit) puts
 * elsewhere: the region is in none of the city's countries. Empty when no region follows.
 */
export function elsewhereThanItsRegion(text: string, hit: Hit, next: Hit | undefined): Candidate[] {
  if (!next || next.start - hit.end > MAX_BETWEEN || !hit.real.some((c) => isCityId(c.id))) return [];
  const between = text.slice(hit.end, next.start);
  if (!BETWEEN.test(between)) return [];
  // without a comma, a word for "in" or "of" and a country qualify the city too ("Νίκαια της Γαλλίας": Nice, not the Greek Nikaia)
  const withCountry = !between.startsWith(',');
  const regions = next.real.filter((c) => isPartOfCountry(c) || (withCountry && countryCodeOf(c.id) !== null));
  if (regions.length === 0) return [];
  const regionCountries = new Set(regions.flatMap(countriesOf));
  return hit.real.filter((c) => {
    if (c.entity.type !== 'place' || !isCityId(c.id)) return false;
    const countries = relatedCountryCodes(c.entity.related);
    return countries.length > 0 && !countries.some((code) => regionCountries.has(code));
  });
}

/** the plural words for a country's parts, in the languages of the press Gloss reads */
const REGIONS_WORD = 'province|provinces|provincias|províncias|provincie|provincies|provinzen|regioni|regiones|regiões|régions|regions|regionen|départements|departamentos|distritos|counties|contee|condados|comtés|województwa|województw|landkreise';
/** "di", "de", "of" … and an article */
const OF_WORDS = "(?:di|de|del|della|delle|des|du|of|van|von|der|do|da|dos|das|the|los|las)";
/** a capitalised name of one to three words and what joins it to the next item of a list */
const LIST_ITEM = "[\\p{Lu}][\\p{L}'’\\-]*(?:[ \\u00a0]+[\\p{Lu}][\\p{L}'’\\-]*){0,2}(?:,|[ \\u00a0]+(?:e|ed|y|and|et|en|und|i|oraz|ou|o))[ \\u00a0]+";
const LIST_OF_REGIONS = new RegExp(`(?:^|[^\\p{L}])(?:${REGIONS_WORD})[ \\u00a0]+(?:${OF_WORDS}[ \\u00a0]+){0,2}(?:${LIST_ITEM}){0,6}$`, 'iu');
/** the same words, for a quick look before LIST_OF_REGIONS reads a stretch (most have none of them) */
const REGIONS_WORDS = REGIONS_WORD.split('|');
/** the longest stretch before a mention that LIST_OF_REGIONS reads */
const MAX_LIST = 160;

/**
 * Is the mention at `start` an item of a list after a plural word for a country's parts ("le
 * province di Cremona e Mantova", "las provincias de Huesca, Teruel y Zaragoza")? Its items are those
 * parts, not the towns of their names.
 */
export function inListOfRegions(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - MAX_LIST), start);
  const lower = before.toLowerCase();
  return REGIONS_WORDS.some((w) => lower.includes(w)) && LIST_OF_REGIONS.test(before);
}
