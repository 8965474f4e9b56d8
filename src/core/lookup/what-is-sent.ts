/**
 * What a look-up sends and where, said to the reader: the notebook's settings and the look-up
 * panel show it before anything is sent. Built from `lookupRequest` (requests.ts), the one
 * definition of every request, with the real Wikimedia hosts, so what the reader reads is what the
 * client does. Pure: no browser API.
 */
import { WIKIMEDIA_ENDPOINTS } from './endpoints.ts';
import type { LookupService } from './errors.ts';
import { lookupLanguages } from './language.ts';
import { apiUserAgent, lookupRequest, type LookupRequest } from './requests.ts';

/** One request of a look-up, for the reader. */
export interface SentRequest {
  service: LookupService;
  /** the server it goes to ("www.wikidata.org", "fr.wikipedia.org") */
  host: string;
  /** when it is made, in the reader's words */
  when: string;
  /** what it carries besides the fixed parameters */
  carries: string;
  /** the full address, for a name and a page language given as examples */
  exampleUrl: string;
}

const hostOf = (url: string): string => new URL(url).host;

/**
 * The requests one look-up of `exampleName` on a page in `pageLang` makes, in order: the search
 * (page language, then English), then, for the item the reader chooses (`exampleQid`, with its
 * article titled `exampleTitle`), its names and articles, what it is, and the Wikipedia summary.
 */
export function whatIsSent(pageLang: string | null | undefined, example = { name: 'Douglas Adams', qid: 'Q42', title: 'Douglas Adams' }): SentRequest[] {
  const langs = lookupLanguages(pageLang);
  const [lang = 'en'] = langs;
  const url = (req: LookupRequest) => lookupRequest(req, WIKIMEDIA_ENDPOINTS, apiUserAgent('VERSION')).url;
  const searches: SentRequest[] = langs.map((l) => {
    const exampleUrl = url({ kind: 'search', name: example.name, lang: l, displayLang: lang });
    return {
      service: 'Wikidata',
      host: hostOf(exampleUrl),
      when: 'when you look up a name',
      carries: l === lang ? 'the name you selected and the page’s language' : 'the name you selected (searched in English too)',
      exampleUrl,
    };
  });
  const entityUrl = url({ kind: 'entity', qid: example.qid, langs });
  const classUrl = url({ kind: 'instance-of', qid: example.qid });
  const summaryUrl = url({ kind: 'summary', lang, title: example.title });
  return [
    ...searches,
    { service: 'Wikidata', host: hostOf(entityUrl), when: 'when you choose a result', carries: 'its Wikidata id and the page’s language', exampleUrl: entityUrl },
    { service: 'Wikidata', host: hostOf(classUrl), when: 'when you choose a result', carries: 'its Wikidata id', exampleUrl: classUrl },
    { service: 'Wikipedia', host: hostOf(summaryUrl), when: 'when you choose a result', carries: 'the article title Wikidata gave', exampleUrl: summaryUrl },
  ];
}

/** The servers a look-up on a page in `pageLang` reaches, each once ("www.wikidata.org", "fr.wikipedia.org", "en.wikipedia.org"). */
export function lookupHosts(pageLang: string | null | undefined): string[] {
  const hosts = whatIsSent(pageLang).map((r) => r.host);
  // the English article is read when the page language's edition has none
  const english = hostOf(lookupRequest({ kind: 'summary', lang: 'en', title: 'X' }, WIKIMEDIA_ENDPOINTS, '').url);
  return [...new Set([...hosts, english])];
}

/** The one sentence for "what is sent": used by the settings page and the look-up panel. */
export function whatIsSentSentence(name: string | null, pageLang: string | null | undefined): string {
  const lang = lookupLanguages(pageLang)[0] ?? 'en';
  const what = name ? `“${name}”` : 'the name you selected';
  return `Gloss sends ${what} and the page’s language (${lang}) to ${lookupHosts(pageLang).join(', ')}: no page address, no page text, none of your notes.`;
}
