/**
 * One looked-up item as the reader reads it: Wikipedia's title, description and first sentences
 * (the picture only when the reader allows pictures: the background leaves it out otherwise),
 * with the source link, the CC BY-SA licence, the Wikidata item and when it was fetched. All text
 * is rendered as text; links only to the http(s) addresses the parsers checked.
 */
import type { LookupArticle } from '../../core/lookup/types.ts';
import { WIKIDATA_ITEM_URL } from '../../core/lookup/endpoints.ts';
import { licenceLink } from '../../core/lookup/licences.ts';
import { WIKIPEDIA_LICENCE } from '../../core/lookup/personal-entity.ts';
import { describeLookupError, type LookupError } from '../../core/lookup/errors.ts';
import { webLink } from '../../core/url/web-link.ts';

export function day(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** the item's description in the page language, else the article's, else English */
export function describeItem(article: LookupArticle): string | null {
  return article.item.descriptions[article.lang] ?? article.wikipedia?.description ?? article.item.descriptions.en ?? null;
}

export function titleOf(article: LookupArticle, fallback: string): string {
  return article.wikipedia?.displayTitle ?? article.item.labels[article.lang] ?? article.item.labels.en ?? fallback;
}

export interface FetchInfo {
  fetchedAt: number;
  fromCache: boolean;
  staleBecause: LookupError | null;
}

export function ArticleView({ article, fetch }: { article: LookupArticle; fetch: FetchInfo }) {
  const wiki = article.wikipedia && article.wikipedia.kind !== 'disambiguation' ? article.wikipedia : null;
  const licence = licenceLink(WIKIPEDIA_LICENCE);
  const articleUrl = wiki ? webLink(wiki.url) : null;
  const thumb = wiki?.thumbnail ? webLink(wiki.thumbnail.url) : null;
  return (
    <div class="article" data-testid="lookup-article" data-qid={article.qid}>
      {describeItem(article) && <p class="desc">{describeItem(article)}</p>}
      {thumb && <img class="thumb" src={thumb} alt="" referrerpolicy="no-referrer" data-testid="lookup-thumb" />}
      {wiki?.extract && (
        <p class="extract" lang={wiki.lang} dir={wiki.dir} data-testid="lookup-extract">{wiki.extract}</p>
      )}
      {!wiki && <p class="extract">Wikipedia has no article on it in this language or in English.</p>}
      <div class="source" data-testid="lookup-source">
        {wiki && (
          <>
            {'From '}
            {articleUrl ? <a href={articleUrl} target="_blank" rel="noopener noreferrer">Wikipedia</a> : 'Wikipedia'}
            {', licence '}
            {licence.url ? <a href={licence.url} target="_blank" rel="noopener noreferrer">{licence.label}</a> : licence.label}
            {' · '}
          </>
        )}
        <a href={`${WIKIDATA_ITEM_URL}${article.qid}`} target="_blank" rel="noopener noreferrer">Wikidata {article.qid}</a>
      </div>
      <p class="asof" data-testid="lookup-asof">
        {fetch.fromCache ? `Looked up on ${day(fetch.fetchedAt)}, kept on this computer.` : `Looked up just now.`}
      </p>
      {fetch.staleBecause && (
        <p class="stale" role="status">{describeLookupError(fetch.staleBecause)} This is the answer from {day(fetch.fetchedAt)}.</p>
      )}
    </div>
  );
}
