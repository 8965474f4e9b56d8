import { relatedCountryCodes } from './place-ids.ts';

/**
 * The languages of the countries whose press the name pass reads in other scripts, with case
 * endings or with names of their own (official or main languages of the press; ISO 639-1 → ISO 3166-1 alpha-2). A place that
 * two countries share a name with is the one in the page's own country when the page writes it
 * in that country's script or inflects it: "Одесі" on a Ukrainian page is Odesa, not Odessa, Texas.
 */
const COUNTRIES_OF_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  ru: ['ru', 'by', 'kz', 'kg'],
  uk: ['ua'],
  be: ['by'],
  bg: ['bg'],
  mk: ['mk'],
  sr: ['rs', 'ba', 'me'],
  hr: ['hr', 'ba'],
  bs: ['ba'],
  sl: ['si'],
  pl: ['pl'],
  cs: ['cz'],
  sk: ['sk'],
  lt: ['lt'],
  lv: ['lv'],
  el: ['gr', 'cy'],
  tr: ['tr', 'cy'],
  de: ['de', 'at', 'ch', 'li', 'lu'],
  hu: ['hu'],
  ro: ['ro', 'md'],
  et: ['ee'],
  fi: ['fi'],
  sv: ['se', 'fi'],
  da: ['dk'],
  no: ['no'],
  nb: ['no'],
  nn: ['no'],
  is: ['is'],
  sq: ['al', 'xk'],
  ca: ['es', 'ad'],
  nl: ['nl', 'be', 'sr'],
  fr: ['fr', 'be', 'ch', 'lu', 'mc'],
  it: ['it', 'ch', 'sm', 'va'],
  es: ['es', 'mx', 'ar', 'co', 'cl', 'pe', 've', 'ec', 'gt', 'cu', 'bo', 'do', 'hn', 'py', 'sv', 'ni', 'cr', 'pa', 'uy'],
  pt: ['pt', 'br', 'ao', 'mz', 'cv', 'gw', 'st', 'tl'],
};

/** Is the place with these related ids in a country where `lang` (a primary subtag) is spoken? */
export function inCountryOfLanguage(related: readonly string[] | undefined, lang: string): boolean {
  const countries = COUNTRIES_OF_LANGUAGE[lang];
  if (!countries || !related) return false;
  return relatedCountryCodes(related).some((code) => countries.includes(code));
}

/** the languages of COUNTRIES_OF_LANGUAGE spoken in the country with this ISO 3166-1 alpha-2 code (any case) */
export function languagesOfCountry(code: string): string[] {
  const cc = code.toLowerCase();
  return Object.entries(COUNTRIES_OF_LANGUAGE).filter(([, countries]) => countries.includes(cc)).map(([lang]) => lang);
}

/** the country a language is first listed for, its home ("es" for Spanish, "pt" for Portuguese), lower case; '' if none */
export function firstCountryOf(lang: string): string {
  return COUNTRIES_OF_LANGUAGE[lang]?.[0] ?? '';
}

/** the primary language subtag of a language tag, lower case ("pt" of "pt-BR"); '' for none */
export function primaryLang(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split('-')[0] ?? '';
}
