/**
 * A company's name as the press shortens it: without the legal form and the corporate words its
 * register name ends with (short-names.ts adds it where it is free and no ordinary word).
 */

/** legal forms and corporate words a company's name may end with, one or several ("Infineon Technologies AG") */
const TRAILING = new RegExp(
  String.raw`(?:,?\s+(?:Technologies|Technology|Semiconductors?|Group|Holdings?|Corporation|Corp\.?|Incorporated|Inc\.?|Public\s+Company|Company|Co\.?|AG|SE|plc|PLC|Ltd\.?|Limited|N\.V\.|NV|S\.A\.|SA|S\.p\.A\.|SpA|ASA|AB|A/S|Oyj|GmbH|KGaA|Aktiengesellschaft))+$`,
  'u',
);

/** a short name that names a place the company runs ("Incheon International Airport" of its Corporation) */
const PLACE_END = /\s(?:Airport|Port|Harbour|Station)$/u;

/** words a shortened name may not end with: what is left of a longer name ("Merck &", "Bank of") */
const LINKING_END = /(?:^|\s)(?:&|and|of|for|the|de|du|des|la|le|y|e|et|und|di|del|da|do)$/iu;

/** the name without its trailing legal form and corporate words, or null if nothing is cut or too little is left */
export function shortCompanyName(name: string): string | null {
  const cut = name.replace(TRAILING, '').replace(/^The\s+/u, '').trim();
  // a name cut short, one with a qualifier in brackets ("MSD (UK)"), or one written small ("au Asset Management")
  if (cut === name || LINKING_END.test(cut) || PLACE_END.test(cut) || /[,()]/.test(cut) || !/^[\p{Lu}\p{N}]/u.test(cut)) return null;
  return (cut.match(/\p{L}/gu) ?? []).length >= 3 ? cut : null;
}
