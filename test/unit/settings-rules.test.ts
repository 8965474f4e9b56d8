/**
 * The rules the reader's settings make (src/core/model/settings.ts), applied by the page session
 * and by the background (which reads the built-in pack early only for a page where Gloss is on).
 * Run: node --import tsx --test test/unit/settings-rules.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offOnSite } from '../../src/core/model/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/model/types.ts';

test('Gloss is off on a site when paused, or when the reader switched that site off, and on elsewhere', () => {
  assert.equal(offOnSite(DEFAULT_SETTINGS, 'www.example.com'), false);
  assert.equal(offOnSite({ ...DEFAULT_SETTINGS, paused: true }, 'www.example.com'), true);
  const siteOff = { ...DEFAULT_SETTINGS, disabledSites: ['news.example.org'] };
  assert.equal(offOnSite(siteOff, 'news.example.org'), true);
  // a site is its exact hostname: another host of the same domain stays on
  assert.equal(offOnSite(siteOff, 'www.example.org'), false);
});
