/**
 * A city named with a region after a comma: "Dublin, Ohio", "London, Ontario", "Paris, Texas",
 * "Saint-Pétersbourg, en Floride". Where the region is in another country than the pack's city of
 * that name, the text means another place (US and Canadian towns are often named after European
 * cities), and the pack's city is not a candidate there. Only a region qualifies (a state, a
 * province: ids like gloss:region:ohio): after a comma, a country or another city is as often the
 * next item of a list ("support from Moscow, Iran and North Korea").
 */
import type { Candidate, Hit } from './hits.ts';
import { isCityId, isRegionId, relatedCountryCodes } from './place-ids.ts';

/** between the city and its region: a comma, and in French "en"/"au" ("Saint-Pétersbourg, en Floride") */
const BETWEEN = /^,[ \u00a0]+(?:(?:en|au|dans l['’]|in)[ \u00a0]+)?$/u;
/** the longest text BETWEEN can match */
const MAX_BETWEEN = 12;

/**
 * The city candidates of `hit` that the region right after it (`next`, the following hit) puts
 * elsewhere: the region is in none of the city's countries. Empty when no region follows.
 */
export function elsewhereThanItsRegion(text: string, hit: Hit, next: Hit | undefined): Candidate[] {
  // BETWEEN starts with a comma: most hits have none right after them (no text cut out to find out)
  if (!next || next.start - hit.end > MAX_BETWEEN || text.charCodeAt(hit.end) !== 0x2c || !BETWEEN.test(text.slice(hit.end, next.start))) return [];
  const regions = next.real.filter((c) => c.entity.type === 'place' && isRegionId(c.id));
  if (regions.length === 0) return [];
  const regionCountries = new Set(regions.flatMap((r) => relatedCountryCodes(r.entity.related)));
  return hit.real.filter((c) => {
    if (c.entity.type !== 'place' || !isCityId(c.id)) return false;
    const countries = relatedCountryCodes(c.entity.related);
    return countries.length > 0 && !countries.some((code) => regionCountries.has(code));
  });
}
