/**
 * What the online look-up sends (src/core/lookup/requests.ts, name.ts, language.ts, endpoints.ts):
 * the exact requests, built only from the selected name and the page's language (or ids and
 * titles Wikidata returned), to the fixed Wikimedia hosts in production builds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { esbuildOptions } from '../../build.mjs';
import { FETCH_OPTIONS, apiUserAgent, lookupRequest, restTitle } from '../../src/core/lookup/requests.ts';
import { LOOKUP_HOST_PERMISSIONS, WIKIMEDIA_ENDPOINTS, recordedServerEndpoints } from '../../src/core/lookup/endpoints.ts';
import { lookupLanguages, wikiLanguage } from '../../src/core/lookup/language.ts';
import { MAX_NAME_WORDS, describeNameProblem, lookupName } from '../../src/core/lookup/name.ts';

const UA = apiUserAgent('1.2.3');
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('the requests a look-up makes', () => {
  it('search: the name and the page language, nothing else', () => {
    const req = lookupRequest({ kind: 'search', name: 'Kaja Kallas', lang: 'fr', displayLang: 'fr' }, WIKIMEDIA_ENDPOINTS, UA);
    const url = new URL(req.url);
    assert.equal(url.origin + url.pathname, 'https://www.wikidata.org/w/api.php');
    assert.deepEqual(params(req.url), {
      action: 'wbsearchentities',
      search: 'Kaja Kallas',
      language: 'fr',
      uselang: 'fr',
      type: 'item',
      limit: '7',
      format: 'json',
      formatversion: '2',
      origin: '*',
    });
    assert.deepEqual(req.headers, { 'Api-User-Agent': 'Gloss/1.2.3 (browser extension for news readers; look-ups asked for by the reader)', Accept: 'application/json' });
  });

  it('entity: the chosen id, its terms and articles in the page language and English only', () => {
    const req = lookupRequest({ kind: 'entity', qid: 'Q999999940', langs: ['ru', 'en'] }, WIKIMEDIA_ENDPOINTS, UA);
    assert.deepEqual(params(req.url), {
      action: 'wbgetentities',
      ids: 'Q999999940',
      props: 'labels|descriptions|aliases|sitelinks',
      languages: 'ru|en',
      sitefilter: 'ruwiki|enwiki',
      format: 'json',
      formatversion: '2',
      origin: '*',
    });
  });

  it('instance-of: only P31 of the chosen id, without references', () => {
    const req = lookupRequest({ kind: 'instance-of', qid: 'Q999999940' }, WIKIMEDIA_ENDPOINTS, UA);
    assert.deepEqual(params(req.url), { action: 'wbgetclaims', entity: 'Q999999940', property: 'P31', props: '', format: 'json', formatversion: '2', origin: '*' });
  });

  it('summary: the article title Wikidata gave, escaped, on the language edition', () => {
    assert.equal(
      lookupRequest({ kind: 'summary', lang: 'ru', title: 'Эшкомб, Дориан' }, WIKIMEDIA_ENDPOINTS, UA).url,
      'https://ru.wikipedia.org/api/rest_v1/page/summary/%D0%AD%D1%88%D0%BA%D0%BE%D0%BC%D0%B1%2C_%D0%94%D0%BE%D1%80%D0%B8%D0%B0%D0%BD',
    );
    assert.equal(restTitle('AC/DC'), 'AC%2FDC', 'a slash stays inside the title');
    assert.equal(restTitle('Mercury (planet)'), 'Mercury_(planet)');
    assert.equal(restTitle('What? #1 & more'), 'What%3F_%231_%26_more');
  });

  it('no cookies, no referrer', () => {
    assert.equal(FETCH_OPTIONS.credentials, 'omit');
    assert.equal(FETCH_OPTIONS.referrerPolicy, 'no-referrer');
    assert.equal(FETCH_OPTIONS.method, 'GET');
  });

  it('refuses a language code or id that would change the host or the request', () => {
    assert.throws(() => lookupRequest({ kind: 'summary', lang: 'evil.example/x', title: 'A' }, WIKIMEDIA_ENDPOINTS, UA));
    assert.throws(() => lookupRequest({ kind: 'entity', qid: 'Q1|Q2', langs: ['en'] }, WIKIMEDIA_ENDPOINTS, UA));
    assert.throws(() => lookupRequest({ kind: 'instance-of', qid: 'P31' }, WIKIMEDIA_ENDPOINTS, UA));
  });

  it('every production request goes to a host the optional permissions name', () => {
    const hosts = new Set(
      [
        lookupRequest({ kind: 'search', name: 'x', lang: 'de', displayLang: 'de' }, WIKIMEDIA_ENDPOINTS, UA),
        lookupRequest({ kind: 'summary', lang: 'zh', title: 'x' }, WIKIMEDIA_ENDPOINTS, UA),
      ].map((r) => new URL(r.url).host),
    );
    assert.deepEqual([...hosts], ['www.wikidata.org', 'zh.wikipedia.org']);
    assert.deepEqual(LOOKUP_HOST_PERMISSIONS, ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*']);
  });

  it('docs/permissions.md shows the same requests', () => {
    const doc = readFileSync(new URL('../../docs/permissions.md', import.meta.url), 'utf8');
    for (const text of ['action=wbsearchentities', 'action=wbgetentities', 'action=wbgetclaims', '/api/rest_v1/page/summary/', 'Api-User-Agent', 'src/core/lookup/requests.ts']) {
      assert.ok(doc.includes(text), `docs/permissions.md mentions ${text}`);
    }
  });
});

describe('the page language', () => {
  it('picks the Wikipedia edition from the page language, English when unknown', () => {
    assert.equal(wikiLanguage('fr-FR'), 'fr');
    assert.equal(wikiLanguage('zh-Hant-TW'), 'zh');
    assert.equal(wikiLanguage('nb'), 'no');
    assert.equal(wikiLanguage('pt_BR'), 'pt');
    assert.equal(wikiLanguage(''), 'en');
    assert.equal(wikiLanguage(undefined), 'en');
    assert.equal(wikiLanguage('x-klingon'), 'en');
    assert.equal(wikiLanguage('evil.example'), 'en');
    assert.deepEqual(lookupLanguages('de'), ['de', 'en']);
    assert.deepEqual(lookupLanguages('en-GB'), ['en']);
  });
});

describe('the name sent', () => {
  it('is the selected name, trimmed of what a selection drags along', () => {
    assert.deepEqual(lookupName('  «Poutine», '), { ok: true, name: 'Poutine' });
    assert.deepEqual(lookupName("Lukashenko's"), { ok: true, name: 'Lukashenko' });
    assert.deepEqual(lookupName('Tsikhanouskaya’s'), { ok: true, name: 'Tsikhanouskaya' });
    assert.deepEqual(lookupName('"Kaja\n  Kallas".'), { ok: true, name: 'Kaja Kallas' });
    assert.deepEqual(lookupName('Martin Luther King Jr.'), { ok: true, name: 'Martin Luther King Jr.' });
    assert.deepEqual(lookupName('Дмитрий Песков'), { ok: true, name: 'Дмитрий Песков' });
  });

  it('refuses an empty selection and a passage', () => {
    assert.deepEqual(lookupName(' … '), { ok: false, problem: 'empty' });
    const passage = 'The minister said on Tuesday that the talks would go on for at least another week in Geneva.';
    assert.deepEqual(lookupName(passage), { ok: false, problem: 'too-long' });
    assert.deepEqual(lookupName(Array(MAX_NAME_WORDS + 1).fill('Ab').join(' ')), { ok: false, problem: 'too-long' });
    assert.match(describeNameProblem('too-long'), /only a name/);
  });
});

describe('test builds only: the recorded server', () => {
  it('accepts only a loopback origin', () => {
    assert.deepEqual(recordedServerEndpoints('http://127.0.0.1:8080'), {
      wikidataApi: 'http://127.0.0.1:8080/wikidata/w/api.php',
      wikipediaRest: 'http://127.0.0.1:8080/wikipedia/{lang}/api/rest_v1',
    });
    for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example:80', 'http://localhost:80', 'http://127.0.0.1:80/x']) {
      assert.throws(() => recordedServerEndpoints(origin), /127\.0\.0\.1/, origin);
    }
  });

  it('build.mjs: a production bundle has the real hosts fixed; only a test bundle can reach 127.0.0.1', async () => {
    const bundle = async (testBuild: boolean) => {
      const options = esbuildOptions('chrome', '1.0.0', testBuild);
      assert.equal(options.define.__GLOSS_TEST__, String(testBuild));
      const out = await esbuild.build({
        ...(options as esbuild.BuildOptions),
        entryPoints: ['src/background/lookup/endpoints.ts'],
        outdir: undefined,
        metafile: false,
        sourcemap: false,
        legalComments: 'none',
        write: false,
        logLevel: 'silent',
      });
      return (out.outputFiles ?? []).map((f) => f.text).join('');
    };
    const production = await bundle(false);
    const test = await bundle(true);
    assert.ok(production.includes('https://www.wikidata.org/w/api.php'));
    assert.ok(!production.includes('127'), 'no way to the recorded server in a production bundle');
    assert.ok(!production.includes('/wikidata/w/api.php'), 'nor its paths');
    assert.ok(test.includes('/wikidata/w/api.php') && test.includes('127'), 'a test bundle has it');
  });
});
