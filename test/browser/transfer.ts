/**
 * Files in and out of an extension page, the same way in both drivers: click a button found by
 * its accessible name (as a screen reader names it), choose a file in a file input, and read
 * the file a click downloads (Chromium: Playwright's download event; Firefox: the downloads
 * folder the profile was started with, see LaunchOptions.downloadsDir).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { GlossBrowser, TestPage } from './harness.ts';

type Role = 'button' | 'radio' | 'checkbox';

/** Click the element with this role and accessible name (exact), through the browser's accessibility tree. */
export async function clickByName(b: GlossBrowser, page: TestPage, role: Role, name: string): Promise<void> {
  if (b.name === 'chromium') {
    await (page as unknown as PwPage).getByRole(role, { name, exact: true }).click({ timeout: 10000 });
    return;
  }
  const pp = page as unknown as PpPage;
  await pp.locator(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`).setTimeout(10000).click();
}

export async function chooseFile(b: GlossBrowser, page: TestPage, selector: string, path: string): Promise<void> {
  if (b.name === 'chromium') {
    await (page as unknown as PwPage).setInputFiles(selector, path);
    return;
  }
  const input = await (page as unknown as PpPage).waitForSelector(selector, { timeout: 10000 });
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
}

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Run `click` and return the file it downloads. Firefox: `dir` is the profile's downloads folder. */
/** The file's bytes once its size held still for 100 ms; null when it went away meanwhile or changed. */
async function stillFile(path: string): Promise<Buffer | null> {
  try {
    const size = (await stat(path)).size;
    await new Promise((r) => setTimeout(r, 100));
    if ((await stat(path)).size !== size) return null;
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export async function download(b: GlossBrowser, page: TestPage, click: () => Promise<void>, dir: string): Promise<Downloaded> {
  if (b.name === 'chromium') {
    const [d] = await Promise.all([(page as unknown as PwPage).waitForEvent('download', { timeout: 15000 }), click()]);
    return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
  }
  const before = new Set(await readdir(dir));
  await click();
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const fresh = (await readdir(dir)).filter((f) => !before.has(f) && !f.endsWith('.part'));
    if (fresh.length === 1) {
      const path = join(dir, fresh[0]!);
      // complete once its size holds still (Firefox writes the final name when done, this is a guard).
      // Firefox may first write under a temporary name and rename it: a file gone is looked for again
      const found = await stillFile(path);
      if (found) return { name: fresh[0]!, bytes: found };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download in ${dir} within 15 s`);
}
