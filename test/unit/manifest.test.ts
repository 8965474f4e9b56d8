import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { manifestFor } from '../../build.mjs';
import { LOOKUP_HOST_PERMISSIONS, WIKIMEDIA_ENDPOINTS } from '../../src/core/lookup/endpoints.ts';

const base = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

test('Chrome gets a service worker and no Gecko settings', () => {
  const m = manifestFor('chrome', base);
  assert.deepEqual(m.background, { service_worker: 'background.js' });
  assert.equal(m.browser_specific_settings, undefined);
  assert.equal(m.manifest_version, 3);
});

test('Firefox gets background scripts and a Gecko id with a minimum version', () => {
  const m = manifestFor('firefox', base);
  assert.deepEqual(m.background, { scripts: ['background.js'] });
  assert.match(m.browser_specific_settings.gecko.id, /@/);
  assert.ok(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version) >= 140);
});

test('the base manifest is not changed by deriving', () => {
  const before = JSON.stringify(base);
  manifestFor('chrome', base);
  manifestFor('firefox', base);
  assert.equal(JSON.stringify(base), before);
});

test('permissions stay minimal and are all documented', () => {
  const doc = readFileSync(new URL('../../docs/permissions.md', import.meta.url), 'utf8');
  for (const p of [...base.permissions, ...base.host_permissions]) {
    assert.ok(doc.includes(`\`${p}\``), `docs/permissions.md explains "${p}"`);
  }
  assert.ok(base.permissions.length <= 6, 'no more than six API permissions');
});

test('online look-up: optional host permissions for exactly the Wikipedia and Wikidata hosts, documented, nothing granted at install', () => {
  assert.deepEqual(base.host_permissions, [], 'no host is reachable without the reader granting it');
  assert.deepEqual(base.optional_host_permissions, [...LOOKUP_HOST_PERMISSIONS]);
  for (const browser of ['chrome', 'firefox']) {
    assert.deepEqual(manifestFor(browser, base).optional_host_permissions, [...LOOKUP_HOST_PERMISSIONS], browser);
  }
  // every request the client can build goes to a host these patterns cover
  for (const host of [new URL(WIKIMEDIA_ENDPOINTS.wikidataApi).host, new URL(WIKIMEDIA_ENDPOINTS.wikipediaRest.replace('{lang}', 'fr')).host]) {
    assert.ok(
      LOOKUP_HOST_PERMISSIONS.some((p) => new RegExp(`^https://${p.slice('https://'.length, -2).replace(/\./g, '\\.').replace('*', '[a-z]+')}$`).test(`https://${host}`)),
      `${host} is covered`,
    );
  }
  const doc = readFileSync(new URL('../../docs/permissions.md', import.meta.url), 'utf8');
  for (const p of base.optional_host_permissions) assert.ok(doc.includes(`\`${p}\``), `docs/permissions.md explains "${p}"`);
});

test('only Gloss’s frame is web-accessible, to web pages only; Chrome serves it under a per-session id', () => {
  const chrome = manifestFor('chrome', base);
  const firefox = manifestFor('firefox', base);
  for (const m of [chrome, firefox]) {
    assert.deepEqual(m.web_accessible_resources.map((r: { resources: string[] }) => r.resources).flat(), ['pages/frame.html']);
    assert.deepEqual(m.web_accessible_resources[0].matches, ['http://*/*', 'https://*/*']);
    assert.equal(m.web_accessible_resources[0].extension_ids, undefined);
  }
  assert.equal(chrome.web_accessible_resources[0].use_dynamic_url, true, 'pages cannot probe a fixed chrome-extension:// URL');
  assert.equal(firefox.web_accessible_resources[0].use_dynamic_url, undefined, 'Firefox does not know the key (its UUID is per install)');
  assert.ok(!base.externally_connectable, 'no web page may message the extension');
});
