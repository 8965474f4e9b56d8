/**
 * Parser for the Wikipedia REST API page summary (`/api/rest_v1/page/summary/{title}`, the
 * answer Page Previews shows). Tolerant of missing fields: only the title is needed, and even it
 * falls back to the title that was asked for. A disambiguation page is recognised by its
 * `type`, so the reader can be offered a choice instead of a summary that lists meanings.
 */
import { asHttpUrl, asObject, asText } from './json-fields.ts';
import { htmlToPlainText } from './plain-text.ts';
import { isQid, restTitle } from './requests.ts';
import type { Parsed, SummaryKind, WikipediaSummary } from './types.ts';

const KINDS: Readonly<Record<string, SummaryKind>> = {
  standard: 'article',
  disambiguation: 'disambiguation',
  'no-extract': 'no-extract',
};

/** The article's address on Wikipedia itself (the source link), whichever server answered. */
export function wikipediaArticleUrl(lang: string, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${restTitle(title)}`;
}

function thumbnailOf(x: unknown): WikipediaSummary['thumbnail'] {
  const t = asObject(x);
  const url = asHttpUrl(t?.source);
  if (!t || !url || !url.startsWith('https:')) return null;
  const width = typeof t.width === 'number' ? t.width : 0;
  const height = typeof t.height === 'number' ? t.height : 0;
  return { url, width, height };
}

/**
 * A summary response for the article `asked` ({lang, title}) → the summary. A REST "not found"
 * problem document (the body of a 404) reads as `not-found`.
 */
export function parseSummaryResponse(input: unknown, asked: { lang: string; title: string }): Parsed<WikipediaSummary> {
  const json = asObject(input);
  if (!json) return { ok: false, problem: 'bad-response', detail: 'the summary is not a JSON object' };
  const type = asText(json.type);
  if (type && /\/errors\/not_found$/.test(type)) return { ok: false, problem: 'not-found' };
  if (type && /^https?:\/\//.test(type)) {
    return { ok: false, problem: 'api-error', code: type.replace(/^.*\/errors\//, ''), info: asText(json.detail) ?? asText(json.title) ?? '' };
  }
  const titles = asObject(json.titles);
  const title = asText(titles?.normalized) ?? asText(json.title)?.replace(/_/g, ' ') ?? asked.title.replace(/_/g, ' ');
  const lang = asText(json.lang) ?? asked.lang;
  const desktop = asObject(asObject(json.content_urls)?.desktop);
  const qid = asText(json.wikibase_item);
  return {
    ok: true,
    value: {
      kind: type === null ? 'article' : (KINDS[type] ?? 'other'),
      lang: /^[a-z]{2,3}(-[a-z]+)*$/.test(lang) ? lang : asked.lang,
      dir: json.dir === 'rtl' ? 'rtl' : 'ltr',
      title,
      displayTitle: htmlToPlainText(asText(titles?.display) ?? asText(json.displaytitle) ?? '') || title,
      description: asText(json.description),
      extract: asText(json.extract),
      qid: qid && isQid(qid) ? qid : null,
      url: asHttpUrl(desktop?.page) ?? wikipediaArticleUrl(asked.lang, title),
      thumbnail: thumbnailOf(json.thumbnail),
      revisedAt: asText(json.timestamp),
    },
  };
}
