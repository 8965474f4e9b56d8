/**
 * The licences of looked-up text, as the reader sees them next to it: a short name and the
 * licence's own page (Wikipedia's text is CC BY-SA 4.0, which asks for attribution and a link to
 * the licence; Wikidata's data is CC0).
 */
import { WIKIDATA_LICENCE, WIKIPEDIA_LICENCE } from './personal-entity.ts';

const LINKS: Readonly<Record<string, { label: string; url: string }>> = {
  [WIKIPEDIA_LICENCE]: { label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  [WIKIDATA_LICENCE]: { label: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
};

/** the licence's label and page; an unknown id is shown as it is, without a link */
export function licenceLink(id: string): { label: string; url: string | null } {
  return LINKS[id] ?? { label: id, url: null };
}
