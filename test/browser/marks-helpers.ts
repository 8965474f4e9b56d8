/**
 * Shared page probes for the marks and popover browser tests (issue #4). Functions passed to
 * page.evaluate run in the page, so they only use DOM APIs.
 */
import assert from 'node:assert/strict';
import { bridgeSend, clickStill, probe, waitFor, waitForUi, type TestPage, type UiProbe } from './harness.ts';

export interface MarkInfo {
  entity: string;
  text: string;
  group: string;
}

/** Every mark (one per mention; pieces of one mention joined), in document order. */
export function readMarks(page: TestPage): Promise<MarkInfo[]> {
  return page.evaluate(() => {
    const out: { entity: string; text: string; group: string }[] = [];
    const byGroup = new Map<string, { entity: string; text: string; group: string }>();
    for (const el of Array.from(document.querySelectorAll('[data-gloss-entity]'))) {
      const group = el.getAttribute('data-gloss-mark') ?? '';
      const text = (el.textContent ?? '').replace(/\u00ad/g, '');
      const seen = byGroup.get(group);
      if (seen) seen.text += text;
      else {
        const info = { entity: el.getAttribute('data-gloss-entity') ?? '', text, group };
        byGroup.set(group, info);
        out.push(info);
      }
    }
    return out.map((m) => ({ ...m, text: m.text.replace(/\s+/g, ' ').trim() }));
  }, null);
}

/** the first mark of an entity (test builds put the entity id on marks, on 127.0.0.1 pages only) */
export const markSel = (entity: string): string => `[data-gloss-first][data-gloss-entity="${entity}"]`;

export async function waitForMarks(page: TestPage, min = 1, timeoutMs = 20000): Promise<void> {
  await waitFor(page, (n: number) => document.querySelectorAll('[data-gloss-entity][data-gloss-first]').length >= n, min, timeoutMs, `at least ${min} marks`);
}

/** The popover's visible text (Gloss's frame, read through the test probe), or null when closed. */
export async function popoverText(page: TestPage): Promise<string | null> {
  return (await probe<UiProbe>(page, 'ui')).popover?.text ?? null;
}

export async function waitForPopover(page: TestPage, includes: string, timeoutMs = 5000): Promise<string> {
  const ui = await waitForUi(page, (u) => u.popover?.text.includes(includes), `the popover showing "${includes}"`, timeoutMs);
  return ui.popover!.text;
}

export async function waitForPopoverClosed(page: TestPage, timeoutMs = 5000): Promise<void> {
  await waitForUi(page, (u) => !u.popover, 'the popover to close', timeoutMs);
}

/** Click a control of the popover (by data-action, data-testid or button text) with the real mouse, once it is still. */
export function clickInPopover(page: TestPage, control: string): Promise<void> {
  return clickStill(page, (u) => ({ control: u.popover?.controls[control], frame: u.popover?.rect }), `"${control}" in the popover`);
}

/** Write a note about the popover's entity as a reader does: "Add a note", type, Tab to "Save note", Enter. */
export async function addNoteInPopover(page: TestPage, body: string): Promise<void> {
  await clickInPopover(page, 'note');
  await waitForUi(page, (u) => u.popover?.focused === 'textarea', 'the note field to have focus');
  await page.keyboard.type(body);
  await page.keyboard.press('Tab');
  await waitForUi(page, (u) => u.popover?.focused === 'Save note', 'the Save button to have focus');
  await page.keyboard.press('Enter');
}

/** Names (canonical name and aliases) of an entity, from the background's packs. */
export async function entityNames(page: TestPage, id: string): Promise<{ name: string; names: string[]; description: string }> {
  const got = await bridgeSend(page, 'entity/get', { id });
  assert.ok(got, `the background knows the marked entity ${id}`);
  return {
    name: got.entity.name,
    names: [got.entity.name, ...got.entity.aliases.map((a) => a.text)],
    description: got.entity.description,
  };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A mark is right when its text is one of its entity's names or aliases, or a surname/short
 * form contained in one (the engine's "surname" reason), compared without case and accents.
 */
export function markFitsEntity(text: string, names: string[]): boolean {
  const t = fold(text).replace(/'s$/, '');
  return names.some((n) => {
    const f = fold(n);
    return f === t || f.split(/[\s-]+/).includes(t) || (t.length >= 4 && f.includes(t));
  });
}

export async function setSettings(page: TestPage, patch: Parameters<typeof bridgeSend<'settings/update'>>[2]['patch']) {
  return bridgeSend(page, 'settings/update', { patch });
}

export async function markCount(page: TestPage): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-gloss-entity]').length, null);
}
