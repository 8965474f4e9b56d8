/**
 * The words for a street, square or avenue that come before a person's name in the name of the
 * street ("проспект Ленина", "ulica Piłsudskiego", "via Garibaldi", "rue Victor Hugo", "plaza de
 * España" is a place's and stays): a person's name after one names the street, not the person. By
 * language (primary subtag), as the press writes them (every case form a name follows), compared
 * folded as the word before a name is (foldKey: "ulicę" is "ulice", "набережной" "набережнои").
 */
import { foldKey } from './normalise.ts';

const WRITTEN: Readonly<Record<string, readonly string[]>> = {
  ru: ['улица', 'улицы', 'улице', 'улицу', 'улицей', 'проспект', 'проспекта', 'проспекте', 'проспекту', 'проспектом', 'площадь', 'площади', 'площадью', 'переулок', 'переулка', 'переулке', 'бульвар', 'бульвара', 'бульваре', 'бульваром', 'набережная', 'набережной', 'набережную', 'шоссе', 'аллея', 'аллеи', 'аллее', 'станция', 'станции', 'метро'],
  uk: ['вулиця', 'вулиці', 'вулицю', 'вулицею', 'проспект', 'проспекту', 'проспекті', 'проспектом', 'площа', 'площі', 'площею', 'провулок', 'провулку', 'бульвар', 'бульвару', 'бульварі', 'набережна', 'набережній', 'алея', 'алеї'],
  be: ['вуліца', 'вуліцы', 'вуліцу', 'вуліцай', 'праспект', 'праспекта', 'праспекце', 'плошча', 'плошчы', 'завулак', 'бульвар'],
  bg: ['улица', 'булевард', 'площад'],
  sr: ['улица', 'улици', 'улицу', 'булевар', 'булевару', 'трг', 'тргу', 'ulica', 'ulici', 'ulicu', 'bulevar', 'bulevaru', 'trg', 'trgu'],
  hr: ['ulica', 'ulici', 'ulicu', 'ulicom', 'trg', 'trgu', 'avenija', 'aveniji'],
  pl: ['ulica', 'ulicy', 'ulicę', 'ulicą', 'aleja', 'alei', 'aleję', 'aleje', 'plac', 'placu', 'placem', 'rondo', 'ronda', 'rondzie', 'osiedle', 'osiedlu'],
  cs: ['ulice', 'ulici', 'ulicí', 'náměstí', 'třída', 'třídě', 'třídu', 'nábřeží'],
  sk: ['ulica', 'ulici', 'ulicu', 'námestie', 'námestí', 'nábrežie'],
  it: ['via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'lungomare', 'vicolo'],
  es: ['calle', 'avenida', 'plaza', 'paseo', 'glorieta', 'bulevar'],
  pt: ['rua', 'avenida', 'praça', 'largo', 'travessa', 'alameda'],
  fr: ['rue', 'avenue', 'boulevard', 'place', 'quai', 'allée', 'impasse', 'cours'],
  ro: ['strada', 'bulevardul', 'piața', 'calea', 'șoseaua'],
};

const STREET_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(WRITTEN).map(([lang, words]) => [lang, new Set(words.map(foldKey))]));

/** does `lang` have words for streets (so that a name after one is worth looking at)? */
export function hasStreetWords(lang: string): boolean {
  return STREET_WORDS.has(lang);
}

/** is `before` (the word before a name, folded: foldKey) a word for a street in `lang`? */
export function isStreetWord(before: string, lang: string): boolean {
  return STREET_WORDS.get(lang)?.has(before) ?? false;
}
