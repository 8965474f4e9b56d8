/**
 * Content script entry. A thin adapter: it reads the page, asks the background to spot names,
 * and draws marks, popovers and highlights. Each feature lives in its own module.
 *
 * The page is hostile: nothing here puts the reader's notes, settings or Gloss's state into the
 * page's DOM (notes are shown in Gloss's frame, highlights in a closed shadow root, state only as
 * test-build signals), and Gloss acts only on trusted input and on elements it made.
 */
import browser from 'webextension-polyfill';
import { send } from '../shell/messaging.ts';
import type { Settings } from '../core/model/types.ts';
import type { MarksStatus, TabMessages, TabRequests } from '../protocol.ts';
import { MarksController } from './marks/controller.ts';
import { MarkRegistry } from './marks/wrap.ts';
import { PopoverHost } from './popover/host.ts';
import { startHighlights, type Highlights } from './highlight/index.tsx';
import { pageAddress } from './highlight/page-text.ts';
import { testSignal } from './test-signals.ts';
import { registerTestProbes } from './test-probes.ts';

function isOff(settings: Settings): boolean {
  return settings.paused || settings.disabledSites.includes(location.hostname);
}

type TabMessage = { [T in keyof TabMessages]: { gloss: 1; type: T; payload: TabMessages[T] } }[keyof TabMessages];
type TabRequest = { [T in keyof TabRequests]: { gloss: 1; type: T; payload: TabRequests[T]['req'] } }[keyof TabRequests];

async function main(): Promise<void> {
  let settings = await send('settings/get', {});
  const marksRegistry = new MarkRegistry();

  // ---- marks and background popovers (issue #4) ----
  const popover = new PopoverHost({
    marks: marksRegistry,
    hoverDelayMs: () => settings.hoverDelayMs,
    reject: (id) => marks.reject(id),
    nextMark: (d) => marks.nextMark(d),
    page: pageAddress,
  });
  const marks: MarksController = new MarksController(settings, marksRegistry, {
    onRemoved: (ids) => popover.marksRemoved(ids),
  });
  let highlights: Highlights | null = null;
  const startOn = (s: Settings) => {
    popover.attach();
    testSignal('', 'ready');
    // highlights and notes: toolbar, commands, placing saved highlights (issue #6); once per page
    highlights ??= startHighlights(s, marksRegistry, (name, at, askedBy) => void popover.showLookup(name, at, askedBy));
    if (__GLOSS_TEST__) registerTestProbes({ popover, highlights, marks: marksRegistry });
  };
  const follow = async (next: Settings) => {
    settings = next;
    highlights?.setDefaultColour(next.defaultColour);
    if (isOff(next)) {
      popover.detach();
      marks.stop();
      testSignal('', 'off');
    } else {
      await marks.applySettings(next);
      if (!marks.active) {
        startOn(next);
        await marks.start();
      }
    }
  };
  browser.runtime.onMessage.addListener((message: unknown): Promise<MarksStatus> | undefined => {
    const m = message as TabMessage | TabRequest | null;
    if (m?.gloss !== 1) return undefined;
    switch (m.type) {
      case 'settings/changed':
        // a notice: this tab's own view of the settings is asked for
        void send('settings/get', {}).then(follow).catch(report);
        return undefined;
      case 'marks/next':
        popover.focusNext(m.payload.direction);
        return undefined;
      case 'highlight/command':
        highlights?.command(m.payload.action);
        return undefined;
      case 'lookup/command':
        highlights?.lookUpCommand(m.payload.name);
        return undefined;
      case 'marks/status':
        return Promise.resolve(marks.status());
      default:
        return undefined;
    }
  });

  if (isOff(settings)) {
    testSignal('', 'off');
    return;
  }
  startOn(settings);
  await marks.start();
}

function report(e: unknown): void {
  console.warn('Gloss could not start on this page:', e instanceof Error ? e.message : e);
}

main().catch(report);
