/**
 * `npm start`: build Gloss, serve the demo article from 127.0.0.1 and open Chromium with Gloss
 * loaded on it.
 *
 *   npm start                                      a Chromium window (needs a display)
 *   npm start -- --headless --screenshot shot.png  no display: writes a screenshot with a popover open
 *   npm start -- --port 8123                       serve on a fixed port (default: 8765)
 *
 * Chromium: CHROME_PATH, else Debian's /usr/bin/chromium (installed with apt-get when run as root).
 */
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

const headless = flag('--headless');
const screenshot = option('--screenshot');
const port = Number(option('--port') ?? 8765);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (screenshot && !headless) console.log('Note: --screenshot is taken in a headless run; add --headless on a machine without a display.');
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('There is no display here. Run `npm start -- --headless --screenshot shot.png` to see Gloss in a screenshot instead.');
}

if (!process.env.CHROME_PATH) {
  try {
    execFileSync('node', [join(root, 'scripts/ensure-browsers.mjs'), '--only', 'chromium'], { stdio: 'inherit' });
  } catch {
    process.exit(1);
  }
}
if (!existsSync(chromePath)) fail(`Chromium was not found at ${chromePath}. Install it or set CHROME_PATH.`);

console.log('Building Gloss…');
try {
  execFileSync('node', ['--import', 'tsx', join(root, 'build.mjs'), '--quiet'], { stdio: 'inherit', cwd: root });
} catch {
  fail('The build failed (see above).');
}
const extension = join(root, 'dist/chrome');

let server;
try {
  server = await startStaticServer({ '/demo/': join(root, 'demo') }, port);
} catch (e) {
  fail(`Could not serve the demo on 127.0.0.1:${port} (${(e as Error).message}). Try another port: npm start -- --port 8123`);
}
const url = `${server.origin}/demo/`;
const profile = await mkdtemp(join(tmpdir(), 'gloss-start-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: chromePath,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const cleanup = async () => {
  await ctx.close().catch(() => {});
  await server.close();
  await rm(profile, { recursive: true, force: true });
};

const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(url);
console.log(`Gloss is running on the demo article: ${url}`);

if (headless) {
  try {
    const mark = page.locator('gloss-mark').first();
    await mark.waitFor({ timeout: 15000 });
    const marks = await page.locator('gloss-mark[tabindex]').count();
    // the reader's shortcut: focus the first name and open its popover
    await page.keyboard.press('Alt+Shift+KeyN');
    // the popover is Gloss's frame (an extension page in a closed shadow root); wait until it shows the entity
    let frame = page.frames().find((f) => f.url().includes('/pages/frame.html'));
    for (let i = 0; !frame && i < 50; i++) {
      await page.waitForTimeout(100);
      frame = page.frames().find((f) => f.url().includes('/pages/frame.html'));
    }
    if (!frame) throw new Error('the popover did not open');
    await frame.locator('[role="dialog"] h2').waitFor({ timeout: 5000 });
    await page.waitForTimeout(300);
    const target = screenshot ?? 'gloss-demo.png';
    await page.screenshot({ path: target });
    console.log(`${marks} names marked; wrote ${target} with a popover open.`);
  } catch (e) {
    await page.screenshot({ path: screenshot ?? 'gloss-demo.png' }).catch(() => {});
    await cleanup();
    fail(`Gloss did not mark the demo article as expected: ${(e as Error).message.split('\n')[0]}`);
  }
  await cleanup();
} else {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = () => cleanup().then(() => process.exit(0));
  process.on('SIGINT', stop);
  ctx.on('close', () => {
    server.close().then(() => rm(profile, { recursive: true, force: true })).then(() => process.exit(0));
  });
}
