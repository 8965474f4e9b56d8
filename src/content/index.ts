/**
 * Content script entry. A thin adapter: it reads the page, asks the background to spot names,
 * and draws marks, popovers and highlights. Each feature lives in its own module.
 */
import browser from 'webextension-polyfill';
import { send } from '../shell/messaging.ts';
import type { Settings } from '../core/model/types.ts';
import type { TabMessages, TabRequests } from '../protocol.ts';
import { MarksController } from './marks/controller.ts';
import { PopoverHost } from './popover/host.ts';
import { startHighlights } from './highlight/index.tsx';

function isOff(settings: Settings): boolean {
  return settings.paused || settings.disabledSites.includes(location.hostname);
}

async function main(): Promise<void> {
  let settings = await send('settings/get', {});

  // ---- marks and background popovers (issue #4) ----
  const popover = new PopoverHost({
    hoverDelayMs: () => settings.hoverDelayMs,
    reject: (id) => marks.reject(id),
    mute: (id) => marks.mute(id),
    focusNext: (d) => marks.focusNext(d),
  });
  const marks: MarksController = new MarksController(settings, {
    onRemoved: (ids) => popover.marksRemoved(ids),
  });
  const follow = async (next: Settings) => {
    settings = next;
    if (isOff(next)) {
      popover.detach();
      marks.stop();
      document.documentElement.setAttribute('data-gloss', 'off');
    } else {
      await marks.applySettings(next);
      if (!marks.active) {
        popover.attach();
        document.documentElement.setAttribute('data-gloss', 'ready');
        startHighlights(next).catch(report); // once per page; later calls do nothing (issue #6)
        await marks.start();
      }
    }
  };
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { gloss?: number; type?: keyof TabMessages | keyof TabRequests; payload?: unknown } | null;
    if (m?.gloss !== 1) return undefined;
    if (m.type === 'settings/changed') void follow(m.payload as Settings).catch(report);
    if (m.type === 'marks/next') marks.focusNext((m.payload as TabMessages['marks/next']).direction);
    if (m.type === 'marks/status') return Promise.resolve(marks.status());
    return undefined;
  });

  if (isOff(settings)) {
    document.documentElement.setAttribute('data-gloss', 'off');
    return;
  }
  // Public contract for tests and user styles: Gloss is active on this page.
  document.documentElement.setAttribute('data-gloss', 'ready');
  popover.attach();
  // highlights and notes: toolbar, commands, re-anchoring saved highlights (issue #6)
  startHighlights(settings).catch(report);
  await marks.start();
}

function report(e: unknown): void {
  console.warn('Gloss could not start on this page:', e instanceof Error ? e.message : e);
}

main().catch(report);
