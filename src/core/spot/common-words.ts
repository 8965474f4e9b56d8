/**
 * Ordinary words that are also names ("May", "Chase", "Apple", "Nice"). A single-word alias whose
 * normalised form is in this list is treated as `requiresContext` unless the pack says otherwise
 * (`requiresContext: false`), so it only links when the page supports it. Kept short on purpose:
 * pack authors flag the rest. Normalised (lower case, no diacritics).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // English
  'may', 'bush', 'chase', 'apple', 'amazon', 'shell', 'target', 'jordan', 'chad',
  'nice', 'reading', 'bath', 'mobile', 'bill', 'will', 'mark', 'rose', 'gap', 'visa', 'orange',
  'sun', 'times', 'post', 'guardian', 'independent', 'mirror', 'express', 'union', 'state', 'house',
  'senate', 'congress', 'king', 'queen', 'brown', 'black', 'white', 'green', 'young',
  'long', 'hope', 'price', 'rice', 'cook', 'baker', 'miller', 'smith', 'hunt', 'cash', 'gold',
  'swift', 'pence', 'best', 'hill', 'wood', 'lane', 'field', 'church', 'summit', 'windows', 'office',
  'meta', 'alphabet', 'oracle', 'corona', 'ford', 'dodge', 'buck', 'newport', 'march', 'august', 'june',
  'april', 'bar',
  // French, German, Spanish, Portuguese
  'bien',  'total', 'bild', 'welt', 'zeit', 'bund', 'land', 'mai',
  'el', 'sol', 'pais', 'mundo', 'union',
  // Portuguese and Spanish: Christmas, "natal" (and the Brazilian city)
  'natal',
]);
