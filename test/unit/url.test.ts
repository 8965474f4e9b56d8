import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseUrl, pageIdentity, samePage, siteOf, trustedCanonical } from '../../src/core/url/index.ts';

describe('normaliseUrl', () => {
  it('drops tracking parameters and the fragment, keeps real parameters sorted', () => {
    assert.equal(
      normaliseUrl('https://News.Example.com:443/world/story?utm_source=tw&utm_medium=social&id=42&fbclid=abc&page=2#comments'),
      'https://news.example.com/world/story?id=42&page=2',
    );
    assert.equal(normaliseUrl('https://example.com/a?b=2&a=1'), normaliseUrl('https://example.com/a?a=1&b=2'));
  });
  it('treats a trailing slash and an empty query as the same article', () => {
    assert.equal(normaliseUrl('http://example.com/a/b/?'), 'http://example.com/a/b');
    assert.equal(normaliseUrl('http://example.com/'), 'http://example.com/');
    assert.equal(normaliseUrl('http://example.com'), 'http://example.com/');
  });
  it('keeps parameters that name content', () => {
    assert.equal(normaliseUrl('https://example.com/read?id=7&cid=9&src=x'), 'https://example.com/read?cid=9&id=7&src=x');
  });
  it('drops the AMP switch parameters', () => {
    assert.equal(normaliseUrl('https://example.com/story?amp=1'), 'https://example.com/story');
    assert.equal(normaliseUrl('https://example.com/story?outputType=amp&gclid=1'), 'https://example.com/story');
  });
  it('refuses non-web addresses and junk', () => {
    assert.equal(normaliseUrl('about:blank'), null);
    assert.equal(normaliseUrl('chrome-extension://abc/pages/notebook.html'), null);
    assert.equal(normaliseUrl('not a url'), null);
  });
  it('removes credentials', () => {
    assert.equal(normaliseUrl('https://user:pw@example.com/x'), 'https://example.com/x');
  });
});

describe('pageIdentity', () => {
  it('follows a same-site canonical link (mobile and AMP variants)', () => {
    assert.deepEqual(pageIdentity('https://m.example.com/2024/story?utm_source=x', { canonical: 'https://www.example.com/2024/story' }), {
      url: 'https://www.example.com/2024/story',
      alias: 'https://m.example.com/2024/story',
    });
    assert.equal(pageIdentity('https://example.com/amp/2024/story', { canonical: 'https://example.com/2024/story', amp: true })?.url, 'https://example.com/2024/story');
  });
  it('follows the canonical of a page served from an AMP cache', () => {
    assert.equal(
      pageIdentity('https://example-com.cdn.ampproject.org/c/s/example.com/story', { canonical: 'https://example.com/story' })?.url,
      'https://example.com/story',
    );
  });
  it('ignores a cross-site canonical on a normal page, and a canonical to the home page from an article', () => {
    assert.equal(pageIdentity('https://blog.example.org/post', { canonical: 'https://other.net/post' })?.url, 'https://blog.example.org/post');
    assert.equal(pageIdentity('https://example.com/2024/story', { canonical: 'https://example.com/' })?.url, 'https://example.com/2024/story');
  });
  it('has no alias without a canonical, and none for non-web pages', () => {
    assert.deepEqual(pageIdentity('https://example.com/a#x'), { url: 'https://example.com/a', alias: null });
    assert.equal(pageIdentity('file:///tmp/a.html'), null);
  });
  it('names the site without www', () => {
    assert.equal(siteOf('https://www.example.com/a'), 'example.com');
  });
});

describe('trustedCanonical (one rule for page identity and for what a content script may claim)', () => {
  it('trusts the same origin, port included, and known mobile/AMP hosts of the same site', () => {
    assert.equal(trustedCanonical('https://example.com/amp/story', 'https://example.com/story'), true);
    assert.equal(trustedCanonical('https://m.example.com/story', 'https://www.example.com/story'), true);
    assert.equal(trustedCanonical('http://amp.example.com/story', 'https://example.com/story'), true);
    assert.equal(trustedCanonical('http://127.0.0.1:8765/demo/', 'http://127.0.0.1:8765/demo/x'), true);
  });
  it('refuses another port, another site, a subdomain that is not a mobile pattern, and the home page', () => {
    assert.equal(trustedCanonical('http://127.0.0.1:8765/demo/', 'http://127.0.0.1/demo/'), false);
    assert.equal(trustedCanonical('https://evil.example.com/story', 'https://example.com/story'), false);
    assert.equal(trustedCanonical('https://example.com.evil.net/story', 'https://example.com/story'), false);
    assert.equal(trustedCanonical('https://blog.example.org/post', 'https://other.net/post'), false);
    assert.equal(trustedCanonical('https://example.com/2024/story', 'https://example.com/'), false);
    assert.equal(trustedCanonical('https://example.com/story', 'javascript:alert(1)'), false);
  });
  it('trusts an AMP cache only for the publisher it names in its path', () => {
    assert.equal(trustedCanonical('https://example-com.cdn.ampproject.org/c/s/example.com/story', 'https://example.com/story'), true);
    assert.equal(trustedCanonical('https://www.google.com/amp/s/www.example.com/story', 'https://www.example.com/story'), true);
    assert.equal(trustedCanonical('https://example-com.cdn.ampproject.org/c/s/example.com/story', 'https://bank.example/login'), false);
  });
  it('no longer follows a cross-site canonical because the page says it is AMP', () => {
    assert.equal(pageIdentity('https://evil.net/amp/story', { canonical: 'https://example.com/story', amp: true })?.url, 'https://evil.net/amp/story');
  });
  it('samePage compares normalised addresses', () => {
    assert.equal(samePage('https://example.com/a?utm_source=x#c', 'https://example.com/a'), true);
    assert.equal(samePage('https://example.com/a', 'https://example.com/b'), false);
    assert.equal(samePage('about:blank', 'about:blank'), false);
  });
});
