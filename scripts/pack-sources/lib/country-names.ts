/** English display names of countries, as countries.ts writes them (i18n-iso-countries + overrides). */
import { createRequire } from 'node:module';
import { readOverrides } from './common.ts';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getName(code: string, lang: string, opts?: { select: 'all' }): string[] | undefined;
};
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const ov = readOverrides<{ countries: Record<string, { name?: string }> }>('countries.json').countries;

export function countryName(iso: string): string {
  const names = isoCountries.getName(iso.toUpperCase(), 'en', { select: 'all' }) ?? [];
  return ov[iso.toUpperCase()]?.name ?? names.find((n) => !/[(),]/.test(n)) ?? names[0] ?? iso;
}

/** "the United Kingdom", "the Netherlands", "France" */
export function countryNameInText(iso: string): string {
  const n = countryName(iso);
  return /Islands$/.test(n) ? `the ${n}` : /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall|Solomon|Czech Republic|Central African|Dominican Republic|Democratic Republic|Republic of|Holy See|Vatican|State of)/.test(n) ? `the ${n}` : n.replace(/^The /, 'the ');
}
