/**
 * Content script entry. A thin adapter: it builds the page session (which page this is, the
 * reader's settings for it, navigation, the background's messages: src/content/session) and the
 * features the session starts and stops: marks, the popover, highlights.
 *
 * It runs at document_start so the session's first question to the background (the settings) is
 * answered while the page is still loading; the features start once the document is parsed.
 *
 * The page is hostile: nothing here puts the reader's notes, settings or Gloss's state into the
 * page's DOM (notes are shown in Gloss's frame, highlights in a closed shadow root, state only as
 * test-build signals), and Gloss acts only on trusted input and on elements it made.
 */
import { MarksController } from './marks/controller.ts';
import { MarkRegistry } from './marks/wrap.ts';
import { PopoverHost } from './popover/host.ts';
import { HighlightFeature } from './highlight/index.tsx';
import { PageUi } from './page-ui.tsx';
import { PageSession, documentParsed } from './session/session.ts';
import { nextTask } from './scheduler.ts';
import { registerTestProbes } from './test-probes.ts';

async function main(): Promise<void> {
  const opening = PageSession.open();
  await documentParsed();
  // a task of its own, not the end of the page's DOMContentLoaded task
  await nextTask();
  const session = await opening;
  const registry = new MarkRegistry();
  const ui = new PageUi({
    highlight: () => highlights.highlightSelection(),
    note: () => highlights.noteSelection(),
    lookUp: () => highlights.lookUpSelection(),
  });
  const marks: MarksController = new MarksController(session, registry, {
    onRemoved: (ids) => popover.marksRemoved(ids),
  });
  const popover: PopoverHost = new PopoverHost(session, {
    marks: registry,
    reject: (id, text) => rejectHere(id, text),
    nextMark: (d) => marks.nextMark(d),
    highlightAt: (el) => highlights.highlightAt(el),
    openHighlight: (id, returnTo) => void highlights.openEditor(id, returnTo),
  });
  // a selected name looked up (toolbar, context menu, shortcut): the look-up panel in the popover's frame
  const highlights = new HighlightFeature(session, registry, ui, (name, at, askedBy) => void popover.showLookup(name, at, askedBy));

  /** "Not X here": unmark it on this page, and say so with an Undo */
  const rejectHere = async (entityId: string, name: string) => {
    await marks.reject(entityId);
    ui.toast(
      {
        text: name ? `“${name}” is no longer marked on this page.` : 'That name is no longer marked on this page.',
        tone: 'ok',
        action: { label: 'Undo', run: () => void marks.unreject(entityId).catch((e: unknown) => ui.toast({ text: `Gloss could not mark it again: ${e instanceof Error ? e.message : String(e)}`, tone: 'error' })) },
      },
      10000,
    );
  };

  session.use(marks);
  session.use(popover);
  session.use(highlights);
  session.listen({
    'marks/next': ({ direction }) => popover.focusNext(direction),
    'highlight/command': ({ action }) => highlights.command(action),
    'lookup/command': ({ name }) => highlights.lookUpCommand(name),
    'marks/status': () => marks.status(),
    'marks/unreject': async ({ entityId }) => {
      await marks.unreject(entityId);
      return { ok: true as const };
    },
  });
  if (__GLOSS_TEST__) registerTestProbes({ session, popover, highlights, ui, marks: registry });
  await session.begin();
}

main().catch((e: unknown) => console.warn('Gloss could not start on this page:', e instanceof Error ? e.message : e));
