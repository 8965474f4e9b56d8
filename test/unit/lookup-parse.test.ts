/**
 * The look-up's parsers and ranking (src/core/lookup/wikidata.ts, wikipedia.ts, candidates.ts,
 * entity-type.ts) against the recorded responses in test/fixtures/wikimedia, and against the same
 * responses with fields taken away.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseEntityResponse, parseInstanceOfResponse, parseSearchResponse } from '../../src/core/lookup/wikidata.ts';
import { parseSummaryResponse } from '../../src/core/lookup/wikipedia.ts';
import { MAX_CANDIDATES, rankCandidates } from '../../src/core/lookup/candidates.ts';
import { isDisambiguationItem, typeFromInstanceOf } from '../../src/core/lookup/entity-type.ts';
import { htmlToPlainText } from '../../src/core/lookup/plain-text.ts';
import type { SearchHit } from '../../src/core/lookup/types.ts';

const recorded = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/wikimedia/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const hitsOf = (path: string): SearchHit[] => {
  const parsed = parseSearchResponse(recorded(path));
  assert.ok(parsed.ok, path);
  return parsed.value;
};
function without<T extends Record<string, unknown>>(obj: T, ...keys: string[]): T {
  const copy = structuredClone(obj);
  for (const k of keys) delete copy[k];
  return copy;
}

describe('wbsearchentities', () => {
  it('reads id, display label and description, and what matched', () => {
    const hits = hitsOf('wikidata/search/fr/dorian-ashcombe.json');
    assert.deepEqual(hits[0], {
      qid: 'Q999999940',
      label: 'Dorian Ashcombe',
      description: 'écrivain et humoriste britannique',
      match: { type: 'label', lang: 'fr', text: 'Dorian Ashcombe' },
    });
    assert.equal(hits[1]?.description, null, 'a hit without a description');
  });

  it('reads an alias match and keeps the API order', () => {
    const hits = hitsOf('wikidata/search/en/mercury.json');
    assert.deepEqual(hits.map((h) => h.qid), ['Q308', 'Q999999921', 'Q999999920', 'Q999999923', 'Q999999922']);
    assert.deepEqual(hits[4]?.match, { type: 'alias', lang: 'en', text: 'Mercury' });
  });

  it('tolerates missing display, match and labels; skips hits without a usable id', () => {
    const raw = recorded('wikidata/search/en/mercury.json');
    const search = raw.search as Record<string, unknown>[];
    const damaged = {
      ...raw,
      search: [
        without(search[0]!, 'display'),
        without(search[1]!, 'display', 'label', 'description', 'match'),
        { ...search[2], id: 'L123' },
        { title: 'no id' },
        'not an object',
        search[0],
      ],
    };
    const parsed = parseSearchResponse(damaged);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, [
      { qid: 'Q308', label: 'Mercury', description: 'planet closest to the Sun', match: { type: 'label', lang: 'en', text: 'Mercury' } },
      { qid: 'Q999999921', label: 'Q999999921', description: null, match: { type: 'label', lang: null, text: 'Q999999921' } },
    ]);
  });

  it('an empty search is an empty list; an API error and a wrong shape are refused with a reason', () => {
    assert.deepEqual(parseSearchResponse({ searchinfo: { search: 'Zzyzx' }, search: [], success: 1 }), { ok: true, value: [] });
    assert.deepEqual(parseSearchResponse({ error: { code: 'ratelimited', info: 'You have exceeded your rate limit.' } }), {
      ok: false,
      problem: 'api-error',
      code: 'ratelimited',
      info: 'You have exceeded your rate limit.',
    });
    const wrong = parseSearchResponse({ results: [] });
    assert.equal(wrong.ok, false);
    assert.equal(!wrong.ok && wrong.problem, 'bad-response');
    assert.equal(parseSearchResponse('<html>').ok, false);
    assert.equal(parseSearchResponse(null).ok, false);
  });
});

describe('wbgetentities', () => {
  it('reads labels, descriptions, aliases and sitelinks', () => {
    const parsed = parseEntityResponse(recorded('wikidata/entities/Q999999940.json'), 'Q999999940');
    assert.ok(parsed.ok && parsed.value);
    assert.equal(parsed.value.labels.ru, 'Дориан Эшкомб');
    assert.equal(parsed.value.descriptions.fr, 'écrivain et humoriste britannique');
    assert.deepEqual(parsed.value.aliases.en, ['Dorian Noël Ashcombe', 'Dorian Noel Ashcombe', 'DNA']);
    assert.equal(parsed.value.sitelinks.ruwiki, 'Эшкомб, Дориан');
  });

  it('an item with a label only has empty maps, not errors', () => {
    const parsed = parseEntityResponse(recorded('wikidata/entities/Q999999930.json'), 'Q999999930');
    assert.deepEqual(parsed, {
      ok: true,
      value: { qid: 'Q999999930', labels: { en: 'Ilse Vandermeer' }, descriptions: {}, aliases: {}, sitelinks: {} },
    });
  });

  it('a missing item is null (format versions 1 and 2)', () => {
    assert.deepEqual(parseEntityResponse({ entities: { Q1234: { id: 'Q1234', missing: '' } }, success: 1 }, 'Q1234'), { ok: true, value: null });
    assert.deepEqual(parseEntityResponse({ entities: { Q1234: { id: 'Q1234', missing: true } } }, 'Q1234'), { ok: true, value: null });
  });

  it('a redirected id gives the target item', () => {
    const raw = recorded('wikidata/entities/Q999999940.json');
    const redirected = { entities: { Q99: (raw.entities as Record<string, unknown>).Q999999940 } };
    const parsed = parseEntityResponse(redirected, 'Q99');
    assert.ok(parsed.ok && parsed.value);
    assert.equal(parsed.value.qid, 'Q999999940');
  });

  it('term entries without a value are skipped', () => {
    const parsed = parseEntityResponse({ entities: { Q5: { id: 'Q5', labels: { en: { language: 'en' }, fr: { language: 'fr', value: 'humain' } }, aliases: { en: [{ value: '' }, { value: 'person' }] } } } }, 'Q5');
    assert.ok(parsed.ok && parsed.value);
    assert.deepEqual(parsed.value.labels, { fr: 'humain' });
    assert.deepEqual(parsed.value.aliases, { en: ['person'] });
  });

  it('API errors are refused with their code', () => {
    const parsed = parseEntityResponse({ error: { code: 'no-such-entity', info: 'Could not find an entity with the ID "Q0".' } }, 'Q0');
    assert.equal(!parsed.ok && parsed.problem === 'api-error' && parsed.code, 'no-such-entity');
    assert.equal(parseEntityResponse({ success: 1 }, 'Q1').ok, false);
  });
});

describe('wbgetclaims (P31)', () => {
  it('reads the classes, preferred first; skips deprecated and no-value statements', () => {
    assert.deepEqual(parseInstanceOfResponse(recorded('wikidata/claims/Q999999940.json')), { ok: true, value: ['Q5'] });
    assert.deepEqual(parseInstanceOfResponse(recorded('wikidata/claims/Q999999930.json')), { ok: true, value: [] });
    const statement = (id: string, rank: string, snaktype = 'value') => ({
      mainsnak: { snaktype, property: 'P31', datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)) }, type: 'wikibase-entityid' } },
      type: 'statement',
      rank,
    });
    const parsed = parseInstanceOfResponse({
      claims: { P31: [statement('Q515', 'normal'), statement('Q1', 'deprecated'), statement('Q2', 'normal', 'somevalue'), statement('Q5119', 'preferred')] },
    });
    assert.deepEqual(parsed, { ok: true, value: ['Q5119', 'Q515'] });
  });

  it('suggests a type from the classes Gloss knows; recognises a disambiguation item', () => {
    assert.equal(typeFromInstanceOf(['Q5']), 'person');
    assert.equal(typeFromInstanceOf(['Q634']), null, 'a planet: the reader chooses');
    assert.equal(typeFromInstanceOf(['Q634', 'Q515']), 'place');
    assert.equal(typeFromInstanceOf(['Q7278']), 'organisation');
    assert.equal(typeFromInstanceOf(['Q40231']), 'event');
    assert.equal(typeFromInstanceOf([]), null);
    const disambiguation = parseInstanceOfResponse(recorded('wikidata/claims/Q999999920.json'));
    assert.ok(disambiguation.ok && isDisambiguationItem(disambiguation.value));
    assert.equal(isDisambiguationItem(['Q5']), false);
  });
});

describe('Wikipedia REST page summary', () => {
  it('reads a full summary', () => {
    const parsed = parseSummaryResponse(recorded('wikipedia/summary/en/dorian-ashcombe.json'), { lang: 'en', title: 'Dorian Ashcombe' });
    assert.ok(parsed.ok);
    const { extract, ...rest } = parsed.value;
    assert.match(extract ?? '', /^Dorian Noël Ashcombe \(1952–2001\) was an English writer/);
    assert.deepEqual(rest, {
      kind: 'article',
      lang: 'en',
      dir: 'ltr',
      title: 'Dorian Ashcombe',
      displayTitle: 'Dorian Ashcombe',
      description: 'English author and humorist (1952–2001)',
      qid: 'Q999999940',
      url: 'https://en.wikipedia.org/wiki/Dorian_Ashcombe',
      thumbnail: { url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/0/00/Gloss_test_portrait.jpg/330px-Gloss_test_portrait.jpg', width: 330, height: 440 },
      revisedAt: '2026-10-30T09:15:00Z',
    });
  });

  it('tolerates a summary without description, thumbnail, titles or content_urls', () => {
    const parsed = parseSummaryResponse(recorded('wikipedia/summary/fr/dorian-ashcombe.json'), { lang: 'fr', title: 'Dorian Ashcombe' });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.title, 'Dorian Ashcombe', 'the old `title` field, underscores read as spaces');
    assert.equal(parsed.value.description, null);
    assert.equal(parsed.value.thumbnail, null);
    assert.equal(parsed.value.url, 'https://fr.wikipedia.org/wiki/Dorian_Ashcombe', 'the article address is built when the summary has none');
  });

  it('reads a title with a comma and Cyrillic letters', () => {
    const parsed = parseSummaryResponse(recorded('wikipedia/summary/ru/dorian-ashcombe.json'), { lang: 'ru', title: 'Эшкомб, Дориан' });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.title, 'Эшкомб, Дориан');
    assert.equal(parsed.value.url, 'https://ru.wikipedia.org/wiki/%D0%AD%D1%88%D0%BA%D0%BE%D0%BC%D0%B1,_%D0%94%D0%BE%D1%80%D0%B8%D0%B0%D0%BD');
  });

  it('recognises a disambiguation page', () => {
    const parsed = parseSummaryResponse(recorded('wikipedia/summary/en/mercury.json'), { lang: 'en', title: 'Mercury' });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.kind, 'disambiguation');
    assert.equal(parsed.value.qid, 'Q999999920');
  });

  it('other page types, and nothing but a title', () => {
    const noExtract = parseSummaryResponse({ type: 'no-extract', title: 'X', titles: { normalized: 'X', display: '<i>X</i> &amp; Y' } }, { lang: 'de', title: 'X' });
    assert.ok(noExtract.ok);
    assert.equal(noExtract.value.kind, 'no-extract');
    assert.equal(noExtract.value.extract, null);
    assert.equal(noExtract.value.displayTitle, 'X & Y');
    const main = parseSummaryResponse({ type: 'mainpage', title: 'Main Page' }, { lang: 'en', title: 'Main_Page' });
    assert.equal(main.ok && main.value.kind, 'other');
    const bare = parseSummaryResponse({}, { lang: 'it', title: 'Roma_(città)' });
    assert.ok(bare.ok);
    assert.equal(bare.value.title, 'Roma (città)');
    assert.equal(bare.value.url, 'https://it.wikipedia.org/wiki/Roma_(citt%C3%A0)');
  });

  it('keeps only https thumbnails and http(s) source links', () => {
    const raw = recorded('wikipedia/summary/en/dorian-ashcombe.json');
    const parsed = parseSummaryResponse(
      { ...raw, thumbnail: { source: 'javascript:alert(1)', width: 1, height: 1 }, content_urls: { desktop: { page: 'data:text/html,x' } } },
      { lang: 'en', title: 'Dorian Ashcombe' },
    );
    assert.ok(parsed.ok);
    assert.equal(parsed.value.thumbnail, null);
    assert.equal(parsed.value.url, 'https://en.wikipedia.org/wiki/Dorian_Ashcombe');
  });

  it('the REST 404 problem document is "not found"; other problems are API errors', () => {
    const notFound = { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found', title: 'Not found.', method: 'get', detail: 'Page or revision not found.' };
    assert.deepEqual(parseSummaryResponse(notFound, { lang: 'en', title: 'X' }), { ok: false, problem: 'not-found' });
    const other = parseSummaryResponse({ type: 'https://mediawiki.org/wiki/HyperSwitch/errors/bad_request', detail: 'Invalid title' }, { lang: 'en', title: 'X' });
    assert.deepEqual(other, { ok: false, problem: 'api-error', code: 'bad_request', info: 'Invalid title' });
    assert.equal(parseSummaryResponse([], { lang: 'en', title: 'X' }).ok, false);
  });

  it('HTML fragments become plain text', () => {
    assert.equal(htmlToPlainText('<span class="mw-page-title-main"><i>Le Monde</i></span>'), 'Le Monde');
    assert.equal(htmlToPlainText('AT&amp;T &#8211; &#x41;&lt;b&gt; &bogus;'), 'AT&T – A<b> &bogus;');
  });
});

describe('ranking candidates', () => {
  it('whole-name matches first, then the page language, then Wikidata order; each item once', () => {
    const fr = hitsOf('wikidata/search/fr/dorian-ashcombe.json');
    const en = hitsOf('wikidata/search/en/dorian-ashcombe.json');
    const ranked = rankCandidates('Dorian Ashcombe', [
      { lang: 'fr', hits: fr },
      { lang: 'en', hits: en },
    ]);
    assert.deepEqual(
      ranked.map((c) => [c.qid, c.searchLang, c.exact]),
      [
        ['Q999999940', 'fr', true],
        ['Q999999911', 'en', true],
        ['Q999999912', 'fr', false],
      ],
    );
    assert.equal(ranked[0]?.description, 'écrivain et humoriste britannique', 'shown in the page language');
  });

  it('an alias that is the whole name counts as a whole-name match; a longer label does not', () => {
    const ranked = rankCandidates('mercury', [{ lang: 'en', hits: hitsOf('wikidata/search/en/mercury.json') }]);
    assert.deepEqual(
      ranked.map((c) => [c.qid, c.exact]),
      [
        ['Q308', true],
        ['Q999999921', true],
        ['Q999999920', true],
        ['Q999999922', true],
        ['Q999999923', false],
      ],
    );
    assert.equal(rankCandidates('Mercury', [{ lang: 'en', hits: [...hitsOf('wikidata/search/en/mercury.json'), ...hitsOf('wikidata/search/en/dorian-ashcombe.json')] }]).length, MAX_CANDIDATES);
  });

  it('nothing found is an empty list', () => {
    assert.deepEqual(rankCandidates('Zzyzx', [{ lang: 'en', hits: [] }]), []);
  });
});
