/**
 * The knowledge packs the background has loaded. The default pack is compiled at build time into
 * packs/default.json inside the extension; it is fetched and parsed once per background lifetime
 * and kept in memory. A pack that cannot be loaded is refused with a message, never a crash.
 */
import browser from 'webextension-polyfill';
import type { CompiledPack } from '../core/pack/compiled.ts';
import { Matcher } from '../core/spot/matcher.ts';

export const DEFAULT_PACK_PATH = 'packs/default.json';

let loading: Promise<Matcher[]> | null = null;

async function loadDefault(): Promise<Matcher> {
  const url = browser.runtime.getURL(DEFAULT_PACK_PATH);
  let compiled: CompiledPack;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    compiled = (await res.json()) as CompiledPack;
  } catch (e) {
    throw new Error(`Gloss could not read its built-in knowledge pack (${(e as Error).message}). Reinstall or update the extension.`);
  }
  try {
    return new Matcher(compiled);
  } catch (e) {
    throw new Error(`Gloss's built-in knowledge pack is damaged: ${(e as Error).message}`);
  }
}

/** The loaded matchers, default pack first. A failed load is retried on the next call. */
export function loadedPacks(): Promise<Matcher[]> {
  loading ??= loadDefault()
    .then((m) => [m])
    .catch((e: unknown) => {
      loading = null;
      console.error(e);
      throw e;
    });
  return loading;
}
