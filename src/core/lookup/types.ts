/**
 * What a look-up finds, as the rest of Gloss sees it: parsed, checked and named, never the raw
 * API shapes (those stay in wikidata.ts and wikipedia.ts).
 */
import type { EntityType } from '../pack/types.ts';

/** A parser's answer: the value, or why the response could not be used. */
export type Parsed<T> =
  | { ok: true; value: T }
  /** the API answered with an error object (MediaWiki `error.code`, e.g. "ratelimited") */
  | { ok: false; problem: 'api-error'; code: string; info: string }
  /** the page or item does not exist (REST 404 problem document) */
  | { ok: false; problem: 'not-found' }
  /** not the documented shape */
  | { ok: false; problem: 'bad-response'; detail: string };

/** One wbsearchentities result. */
export interface SearchHit {
  qid: string;
  /** the label to show (in the display language, else Wikidata's fallback), or the id when there is none */
  label: string;
  description: string | null;
  /** what the search matched: a label or alias, in which language, with which text */
  match: { type: string; lang: string | null; text: string };
}

/** A search hit ranked for the reader. */
export interface Candidate extends SearchHit {
  /** the language the search that found it was made in */
  searchLang: string;
  /** the matched label or alias is the whole name the reader selected (not only its start) */
  exact: boolean;
}

/** A Wikidata item's terms and Wikipedia articles, in the languages asked for. */
export interface WikidataItem {
  qid: string;
  /** language code → label */
  labels: Record<string, string>;
  descriptions: Record<string, string>;
  aliases: Record<string, string[]>;
  /** site ("frwiki") → article title */
  sitelinks: Record<string, string>;
}

export type SummaryKind = 'article' | 'disambiguation' | 'no-extract' | 'other';

/** A Wikipedia REST page summary. */
export interface WikipediaSummary {
  kind: SummaryKind;
  /** the language edition ("fr") */
  lang: string;
  /** text direction of the extract, for display */
  dir: 'ltr' | 'rtl';
  /** the article's normalised title ("Douglas Adams", "IPhone"): what its address is made of */
  title: string;
  /** the title as the article shows it, plain text ("iPhone", "Le Monde" without its italics) */
  displayTitle: string;
  /** Wikidata's (or the article's) short description, if any */
  description: string | null;
  /** the first sentences of the article, plain text; null when the page has none */
  extract: string | null;
  /** the Wikidata item of the article, if the summary names it */
  qid: string | null;
  /** the article on Wikipedia: the source link shown with the text */
  url: string;
  /** the lead image, if any (shown only when the reader allows images) */
  thumbnail: { url: string; width: number; height: number } | null;
  /** when the article was last edited (ISO date-time), if the summary says */
  revisedAt: string | null;
}

/** Everything a look-up of one chosen item found. */
export interface LookupArticle {
  qid: string;
  /** the page language the look-up was made for */
  lang: string;
  item: WikidataItem;
  /** P31 values ("Q5"), or null when Wikidata did not say */
  instanceOf: string[] | null;
  /** a suggested type for saving; null when the P31 values are none Gloss knows */
  suggestedType: EntityType | null;
  /** the item is a Wikimedia disambiguation page, or its article is one */
  disambiguation: boolean;
  /** the Wikipedia article in the page language, else in English; null when there is none */
  wikipedia: WikipediaSummary | null;
}
