/** the kinds of subdivision regions-admin.ts keeps (the dataset's `type`), with the word used in a qualified name ("Kabul Province") */
export const KINDS: Record<string, string> = {
  'province': 'Province', 'region': 'Region', 'state': 'State', 'department': 'Department', 'county': 'County',
  'governorate': 'Governorate', 'administrative region': 'Region', 'prefecture': 'Prefecture', 'canton': 'Canton',
  'republic': 'Republic', 'autonomous region': 'Autonomous Region', 'autonomous community': 'Autonomous Community',
  'land': 'State', 'voivodship': 'Voivodeship', 'metropolitan region': 'Region', 'union territory': 'Union Territory',
  'oblast': 'Oblast', 'krai': 'Krai', 'emirate': 'Emirate', 'metropolitan department': 'Department', 'overseas region': 'Region',
  'two-tier county': 'County', 'metropolitan county': 'County', 'council area': 'Council Area', 'metropolitan city': 'Metropolitan City',
  'autonomous province': 'Autonomous Province', 'federal district': 'Federal District', 'territory': 'Territory',
  'autonomous republic': 'Autonomous Republic', 'autonomous okrug': 'Autonomous Okrug', 'autonomous oblast': 'Autonomous Oblast',
  'federal city': 'Federal City', 'capital district': 'Capital District', 'special administrative region': 'Special Administrative Region',
  'country': 'Country', 'European collectivity': 'Collectivity', 'division': 'Division', 'zone': 'Zone', 'area': 'Area',
};

/** the kind words, longest first ("Autonomous Region" before "Region") */
const KIND_WORDS = [...new Set(Object.values(KINDS))].sort((a, b) => b.length - a.length);

/** "Asturias Province" → "Asturias": a subdivision's name without the kind word regions-admin.ts added; null if it has none */
export function withoutKind(name: string): string | null {
  for (const word of KIND_WORDS) if (name.endsWith(` ${word}`)) return name.slice(0, -word.length - 1);
  return null;
}
