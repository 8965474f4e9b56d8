/**
 * A look-up the reader keeps: the chosen item as a personal entity in the documented pack format
 * (docs/knowledge-packs.md), so it is spotted on every page like a pack entity and can be shared
 * in a pack file. Its id is the Wikidata QID; its text keeps its source, link, licence and date:
 * Wikipedia's extract under CC BY-SA 4.0, Wikidata's terms under CC0. The names it is spotted by
 * are the ones the reader confirmed from the suggestions below. Pure: no browser API.
 */
import type { Alias, Entity, EntityType, SourceRef } from '../pack/types.ts';
import { normaliseKey } from '../spot/normalise.ts';
import { WIKIDATA_ITEM_URL } from './endpoints.ts';
import type { LookupArticle, WikipediaSummary } from './types.ts';

export const WIKIPEDIA_LICENCE = 'CC-BY-SA-4.0';
export const WIKIDATA_LICENCE = 'CC0-1.0';
/** the longest summary kept: the first sentences of the article, up to this many characters */
export const MAX_SUMMARY_CHARS = 600;
const MAX_ALIAS_CHARS = 60;

/** A name the entity could be spotted by, offered to the reader to confirm. */
export interface AliasSuggestion {
  text: string;
  /** the language the name is used in, when Wikidata says */
  lang: string | null;
  from: 'selection' | 'label' | 'alias' | 'article-title';
  /**
   * ticked at first: what the reader selected and the item's labels. Wikidata's "also known as"
   * names are offered unticked: they hold nicknames and abbreviations ("DNA") that are ordinary
   * words on other pages.
   */
  ticked: boolean;
}

/** What the reader confirmed in the save form. */
export interface SaveChoice {
  name: string;
  type: EntityType;
  aliases: readonly { text: string; lang?: string | null }[];
  /** the one-line description, if the reader edited it */
  description?: string;
}

/** "Mercury (planet)" → "Mercury"; a "Surname, Given name" title (ru, pl …) is no running-text name: null */
function nameFromTitle(title: string): string | null {
  const plain = title.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return plain && !plain.includes(',') ? plain : null;
}

function termIn<T>(map: Record<string, T>, langs: readonly string[]): T | undefined {
  for (const lang of langs) if (map[lang] !== undefined) return map[lang];
  return undefined;
}

function langsOf(article: LookupArticle): string[] {
  return article.lang === 'en' ? ['en'] : [article.lang, 'en'];
}

/** The name to offer first: the item's label in the page language, else the article's title, else the English label. */
export function suggestedName(article: LookupArticle, selection: string): string {
  const langs = langsOf(article);
  return (
    article.item.labels[langs[0] ?? 'en'] ??
    (article.wikipedia ? nameFromTitle(article.wikipedia.displayTitle) : null) ??
    termIn(article.item.labels, langs) ??
    Object.values(article.item.labels)[0] ??
    selection.trim()
  );
}

/** The names to offer as aliases (never the name itself, each once), ticked ones first. */
export function suggestAliases(article: LookupArticle, selection: string, name: string): AliasSuggestion[] {
  const seen = new Set<string>([normaliseKey(name)]);
  const out: AliasSuggestion[] = [];
  const offer = (text: string, lang: string | null, from: AliasSuggestion['from'], ticked: boolean) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    const key = normaliseKey(clean);
    // "Адамс, Дуглас", "Adams, Douglas": a list or catalogue form, not how running text names anyone
    if (!key || clean.length < 2 || clean.length > MAX_ALIAS_CHARS || clean.includes(',') || seen.has(key)) return;
    seen.add(key);
    out.push({ text: clean, lang, from, ticked });
  };
  offer(selection, null, 'selection', true);
  const langs = langsOf(article);
  for (const lang of langs) {
    const label = article.item.labels[lang];
    if (label) offer(label, lang, 'label', true);
  }
  const title = article.wikipedia && nameFromTitle(article.wikipedia.displayTitle);
  if (title && article.wikipedia) offer(title, article.wikipedia.lang, 'article-title', true);
  for (const lang of langs) for (const alias of article.item.aliases[lang] ?? []) offer(alias, lang, 'alias', false);
  return [...out.filter((s) => s.ticked), ...out.filter((s) => !s.ticked)];
}

/** The first sentences of `text` that fit in `max` characters (at least one sentence, cut at a word if it is longer). */
export function firstSentences(text: string, max = MAX_SUMMARY_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = -1;
  for (const m of clean.matchAll(/[.!?](?=\s|$)|[。！？]/gu)) {
    if (m.index >= max) break;
    cut = m.index + 1;
  }
  if (cut > 0) return clean.slice(0, cut);
  const space = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, space > 0 ? space : max - 1)}…`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The one-line description: the reader's, else Wikidata's in the page language, else the article's, else Wikidata's in English. */
function descriptionOf(article: LookupArticle, wiki: WikipediaSummary | null, choice: SaveChoice): { text: string; fromWikipedia: boolean } {
  const langs = langsOf(article);
  const edited = choice.description?.trim();
  if (edited !== undefined) return { text: edited, fromWikipedia: false };
  const wikidata = article.item.descriptions[langs[0] ?? 'en'];
  if (wikidata) return { text: wikidata, fromWikipedia: false };
  if (wiki?.description) return { text: wiki.description, fromWikipedia: true };
  return { text: termIn(article.item.descriptions, langs) ?? '', fromWikipedia: false };
}

/** The aliases the reader confirmed: cleaned, each once, never the name itself. */
function confirmedAliases(confirmed: SaveChoice['aliases'], name: string): Alias[] {
  const seen = new Set<string>([normaliseKey(name)]);
  const aliases: Alias[] = [];
  for (const a of confirmed) {
    const text = a.text.replace(/\s+/g, ' ').trim();
    const key = normaliseKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(a.lang ? { text, lang: a.lang } : { text });
  }
  return aliases;
}

/**
 * The personal entity for a kept look-up. `fetchedAt` (when the answer was fetched) dates its
 * sources; Wikipedia is a source when text from it is kept. A disambiguation page's "may refer
 * to" text is never kept.
 */
export function entityFromLookup(article: LookupArticle, choice: SaveChoice, fetchedAt: number): Entity {
  const asOf = isoDate(fetchedAt);
  const wiki = article.wikipedia && article.wikipedia.kind !== 'disambiguation' ? article.wikipedia : null;
  const name = choice.name.replace(/\s+/g, ' ').trim();
  const description = descriptionOf(article, wiki, choice);
  const extract = wiki?.extract ? firstSentences(wiki.extract) : null;
  const sources: SourceRef[] = [];
  if (wiki && (extract || description.fromWikipedia)) sources.push({ name: 'Wikipedia', url: wiki.url, licence: WIKIPEDIA_LICENCE, asOf });
  sources.push({ name: 'Wikidata', url: `${WIKIDATA_ITEM_URL}${article.qid}`, licence: WIKIDATA_LICENCE, asOf });
  return {
    id: article.qid,
    name,
    type: choice.type,
    description: description.text,
    summary: extract ?? description.text,
    aliases: confirmedAliases(choice.aliases, name),
    sources,
  };
}
