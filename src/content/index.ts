/**
 * Content script entry. A thin adapter: it reads the page, asks the pure core to spot names,
 * and draws marks, popovers and highlights. Each feature lives in its own module.
 */
import { send } from '../shell/messaging.ts';

async function main(): Promise<void> {
  const settings = await send('settings/get', {});
  const host = location.hostname;
  if (settings.paused || settings.disabledSites.includes(host)) {
    document.documentElement.setAttribute('data-gloss', 'off');
    return;
  }
  // Public contract for tests and user styles: Gloss is active on this page.
  document.documentElement.setAttribute('data-gloss', 'ready');
}

main().catch((e: unknown) => {
  console.warn('Gloss could not start on this page:', e instanceof Error ? e.message : e);
});
