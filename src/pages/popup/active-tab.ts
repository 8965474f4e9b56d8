/**
 * The tab the popup is about: the active tab of the window it was opened from. Test builds can
 * name another tab in the popup's address (`#tab=<id>`), since a test opens the popup as a page
 * of its own (which would otherwise be the active tab).
 */
import browser, { type Tabs } from 'webextension-polyfill';

export async function activeTab(): Promise<Tabs.Tab | null> {
  if (__GLOSS_TEST__) {
    const id = Number(new URLSearchParams(location.hash.slice(1)).get('tab'));
    if (id) return browser.tabs.get(id).catch(() => null);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

/** The active tab's address when it is a web page (http or https), else null. */
export async function activeWebUrl(): Promise<string | null> {
  const url = (await activeTab())?.url;
  return url && /^https?:/.test(url) ? url : null;
}
