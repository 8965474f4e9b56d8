/**
 * A suggested pack type for a Wikidata item, from what it is an instance of (P31). Only direct
 * classes Gloss knows are read (no walk up the class tree, which would cost more requests); any
 * other class leaves the choice to the reader, who confirms the type when saving anyway.
 */
import type { EntityType } from '../pack/types.ts';

/** Wikimedia disambiguation page */
export const DISAMBIGUATION_CLASS = 'Q4167410';

const CLASSES: Readonly<Record<EntityType, readonly string[]>> = {
  person: ['Q5'], // human
  organisation: [
    'Q43229', // organization
    'Q4830453', // business
    'Q783794', // company
    'Q891723', // public company
    'Q6881511', // enterprise
    'Q7278', // political party
    'Q327333', // government agency
    'Q2659904', // government organization
    'Q484652', // international organization
    'Q245065', // intergovernmental organization
    'Q163740', // nonprofit organization
    'Q157031', // foundation
    'Q178790', // trade union
    'Q3918', // university
    'Q11032', // newspaper
    'Q1616075', // television station
    'Q2085381', // publisher
    'Q476028', // association football club
  ],
  place: [
    'Q6256', // country
    'Q3624078', // sovereign state
    'Q515', // city
    'Q1549591', // big city
    'Q5119', // capital
    'Q1637706', // city with millions of inhabitants
    'Q3957', // town
    'Q532', // village
    'Q486972', // human settlement
    'Q7275', // state
    'Q35657', // state of the United States
    'Q10864048', // first-level administrative country subdivision
    'Q82794', // geographic region
    'Q23442', // island
    'Q8502', // mountain
    'Q4022', // river
  ],
  event: [
    'Q1656682', // event
    'Q1190554', // occurrence
    'Q40231', // election
    'Q198', // war
    'Q178561', // battle
    'Q8065', // natural disaster
  ],
  other: [],
};

const TYPE_OF = new Map<string, EntityType>(
  (Object.entries(CLASSES) as [EntityType, readonly string[]][]).flatMap(([type, ids]) => ids.map((id) => [id, type] as const)),
);

/** The type of the first class Gloss knows, in the order Wikidata gave them; null when none is known. */
export function typeFromInstanceOf(classes: readonly string[]): EntityType | null {
  for (const id of classes) {
    const type = TYPE_OF.get(id);
    if (type) return type;
  }
  return null;
}

export function isDisambiguationItem(classes: readonly string[]): boolean {
  return classes.includes(DISAMBIGUATION_CLASS);
}
