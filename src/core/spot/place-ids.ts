/**
 * What a place's id says about it (ids like gloss:country:by, gloss:region:ohio, gloss:city:minsk:
 * see docs/knowledge-packs.md), and the countries a place is in, from its related ids. One
 * definition for the spotter's rules and the compiler's.
 */

const COUNTRY_CODE = /:country:([a-z]{2})$/;

/** a country's id (gloss:country:by) */
export const isCountryId = (id: string): boolean => id.includes(':country:');
/** a region's id: a state, province or other part of a country (gloss:region:ohio) */
export const isRegionId = (id: string): boolean => id.includes(':region:');
/** a city's id (gloss:city:minsk) */
export const isCityId = (id: string): boolean => id.includes(':city:');
/** an airport's id (gloss:airport:heathrow) */
export const isAirportId = (id: string): boolean => id.includes(':airport:');

/** The ISO 3166-1 alpha-2 code in a country's id ("by" of gloss:country:by), or null. */
export function countryCodeOf(id: string): string | null {
  return COUNTRY_CODE.exec(id)?.[1] ?? null;
}

/** The codes of the countries among an entity's related ids, in their order. */
export function relatedCountryCodes(related: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const r of related ?? []) {
    const code = countryCodeOf(r);
    if (code) out.push(code);
  }
  return out;
}

/**
 * A part of a country: a state, a province, a region (a place neither a city nor a country, with its
 * country among its related ids). Regions taken from Wikidata keep their QID as id, so the id alone
 * does not say it (isRegionId).
 */
export function isPartOfCountry(entity: { id: string; type: string; related?: readonly string[] }): boolean {
  return entity.type === 'place' && !isCityId(entity.id) && !isCountryId(entity.id) && relatedCountryCodes(entity.related).length > 0;
}
