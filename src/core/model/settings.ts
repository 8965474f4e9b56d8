/**
 * The rules the reader's settings make, for every part of Gloss that applies them (the page
 * session in the content script, the background).
 */
import type { Settings } from './types.ts';

/** Gloss does nothing on a page of `hostname` with these settings: paused, or switched off for the site. */
export function offOnSite(settings: Settings, hostname: string): boolean {
  return settings.paused || settings.disabledSites.includes(hostname);
}
