/**
 * Cities' names in other languages from the Unicode CLDR (the cldr-dates-full npm package,
 * Unicode License v3): every locale names the cities of the time-zone database ("exemplar
 * cities", about 400: the capitals and the big cities of each zone) the way its readers write them:
 * "Wiedeń", "Wenen", "Βιέννη", "Вена" for Vienna; "Moskou", "Moskova", "Μόσχα" for Moscow. A locale
 * that writes a city as English does gives no name for it.
 */
import { createRequire } from 'node:module';
import type { SourceRef } from '../../../src/core/pack/types.ts';
import { normaliseKey } from '../../../src/core/spot/normalise.ts';
import { fakerPersonNames } from './claims.ts';

const require = createRequire(import.meta.url);

export const SRC_CLDR: SourceRef = {
  name: 'Unicode CLDR 48 (city names in other languages, via the cldr-dates-full npm package)',
  url: 'https://cldr.unicode.org/',
  licence: 'Unicode-3.0',
};

/** the locales read, and the language each one's names are filed under */
export const CLDR_LOCALES: Readonly<Record<string, string>> = {
  fr: 'fr', de: 'de', es: 'es', it: 'it', pt: 'pt', nl: 'nl', pl: 'pl', cs: 'cs', sk: 'sk', sl: 'sl', hr: 'hr',
  sr: 'sr', 'sr-Latn': 'sr', bs: 'bs', ru: 'ru', uk: 'uk', be: 'be', bg: 'bg', mk: 'mk', el: 'el', lt: 'lt', lv: 'lv', tr: 'tr',
  fi: 'fi', hu: 'hu', ro: 'ro', et: 'et', sv: 'sv', da: 'da', nb: 'nb',
};

/** names left out: also another place or a common word in a neighbouring language */
const LEFT_OUT = new Set([
  // Vienna in Slovenian; the Danube in Polish, Czech and Slovak
  'Dunaj',
]);

/**
 * Names that fold to the letters of a given name the person-name lists below miss: they need
 * context, like a city whose name is a person's ("Sofia"). (Athens in Greek, "Αθήνα", is not one:
 * the given name Αθηνά differs by its accent, which a Greek alias's match keeps: caseMask.)
 */
const LIKE_A_GIVEN_NAME = new Set<string>([]);

/** given names of the languages read (the person-name lists of @faker-js/faker), normalised */
const GIVEN_NAMES: ReadonlySet<string> = fakerPersonNames(
  ['en', 'de', 'fr', 'es', 'it', 'pt_PT', 'pt_BR', 'nl', 'pl', 'cs_CZ', 'sk', 'hr', 'sr_RS_latin', 'ru', 'uk', 'el', 'tr', 'lv', 'ro'],
  ['first_name'],
);

/** Whether a city's name in another language is also a given name there (it then needs context). */
export function isLikeAGivenName(text: string): boolean {
  return LIKE_A_GIVEN_NAME.has(text) || GIVEN_NAMES.has(normaliseKey(text));
}

interface ZoneTree { [key: string]: ZoneTree | { exemplarCity?: string } }

/** every time zone's exemplar city in one locale, by zone id ("Europe/Vienna") */
function exemplarCities(locale: string): Map<string, string> {
  const file = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> };
  const out = new Map<string, string>();
  const walk = (node: ZoneTree, path: string[]) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v !== 'object' || v === null) continue;
      const city = (v as { exemplarCity?: unknown }).exemplarCity;
      if (typeof city === 'string') out.set([...path, k].join('/'), city);
      else walk(v as ZoneTree, [...path, k]);
    }
  };
  walk(file.main[locale]!.dates.timeZoneNames.zone, []);
  return out;
}

export interface CldrCityName {
  lang: string;
  text: string;
}

/**
 * For each city's English name (as the English locale writes it, or the zone id's last part), the
 * names the other locales give it where they differ from the English one. A name that two zones
 * give in English ("Cordoba"?) is left out: which city is meant is not known.
 */
export function cldrCityNames(): Map<string, CldrCityName[]> {
  const byLocale = new Map(['en', ...Object.keys(CLDR_LOCALES)].map((locale) => [locale, exemplarCities(locale)]));
  const english = byLocale.get('en')!;
  const zones = new Set<string>();
  for (const cities of byLocale.values()) for (const z of cities.keys()) zones.add(z);
  const englishName = (zone: string) => english.get(zone) ?? zone.split('/').at(-1)!.replace(/_/g, ' ');
  const zonesOfName = new Map<string, number>();
  for (const z of zones) zonesOfName.set(englishName(z), (zonesOfName.get(englishName(z)) ?? 0) + 1);
  const out = new Map<string, CldrCityName[]>();
  for (const [locale, lang] of Object.entries(CLDR_LOCALES)) {
    for (const [zone, text] of byLocale.get(locale)!) {
      const en = englishName(zone);
      if (zonesOfName.get(en) !== 1 || text === en || LEFT_OUT.has(text)) continue;
      const list = out.get(en) ?? [];
      if (!list.some((n) => n.text === text)) list.push({ lang, text });
      out.set(en, list);
    }
  }
  return out;
}
