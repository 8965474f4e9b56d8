/**
 * The words for a street, square or avenue that come before a person's name in the name of the
 * street ("проспект Ленина", "ulica Piłsudskiego", "via Garibaldi", "rue Victor Hugo", "plaza de
 * España" is a place's and stays): a person's name after one names the street, not the person. By
 * language (primary subtag), lower case as normalised (every case form a name follows).
 */
const STREET_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  ru: new Set(['улица', 'улицы', 'улице', 'улицу', 'улицей', 'проспект', 'проспекта', 'проспекте', 'проспекту', 'проспектом', 'площадь', 'площади', 'площадью', 'переулок', 'переулка', 'переулке', 'бульвар', 'бульвара', 'бульваре', 'бульваром', 'набережная', 'набережной', 'набережную', 'шоссе', 'аллея', 'аллеи', 'аллее', 'станция', 'станции', 'метро']),
  uk: new Set(['вулиця', 'вулиці', 'вулицю', 'вулицею', 'проспект', 'проспекту', 'проспекті', 'проспектом', 'площа', 'площі', 'площею', 'провулок', 'провулку', 'бульвар', 'бульвару', 'бульварі', 'набережна', 'набережній', 'алея', 'алеї']),
  be: new Set(['вуліца', 'вуліцы', 'вуліцу', 'вуліцай', 'праспект', 'праспекта', 'праспекце', 'плошча', 'плошчы', 'завулак', 'бульвар']),
  bg: new Set(['улица', 'булевард', 'бул', 'площад']),
  sr: new Set(['улица', 'улици', 'улицу', 'булевар', 'булевару', 'трг', 'тргу', 'ulica', 'ulici', 'ulicu', 'bulevar', 'bulevaru', 'trg', 'trgu']),
  hr: new Set(['ulica', 'ulici', 'ulicu', 'ulicom', 'trg', 'trgu', 'avenija', 'aveniji']),
  pl: new Set(['ulica', 'ulicy', 'ulicę', 'ulicą', 'ul', 'aleja', 'alei', 'aleję', 'aleje', 'al', 'plac', 'placu', 'placem', 'rondo', 'ronda', 'rondzie', 'osiedle', 'osiedlu']),
  cs: new Set(['ulice', 'ulici', 'ulicí', 'náměstí', 'třída', 'třídě', 'třídu', 'nábřeží']),
  sk: new Set(['ulica', 'ulici', 'ulicu', 'námestie', 'námestí', 'nábrežie']),
  it: new Set(['via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'lungomare', 'vicolo']),
  es: new Set(['calle', 'avenida', 'plaza', 'paseo', 'glorieta', 'bulevar']),
  pt: new Set(['rua', 'avenida', 'praça', 'largo', 'travessa', 'alameda']),
  fr: new Set(['rue', 'avenue', 'boulevard', 'place', 'quai', 'allée', 'impasse', 'cours']),
  ro: new Set(['strada', 'str', 'bulevardul', 'bd', 'piața', 'calea', 'șoseaua']),
};

/** is `before` (the word before a name, normalised) a word for a street in `lang`? */
export function isStreetWord(before: string, lang: string): boolean {
  return STREET_WORDS[lang]?.has(before) ?? false;
}
