/**
 * Real-browser test harness: Debian's chromium driven by playwright-core, Debian's firefox-esr
 * driven by puppeteer-core over WebDriver BiDi, both with the Gloss test build loaded
 * (dist/chrome-test, dist/firefox-test: the real extension plus the test bridge content script).
 *
 * Every browser test runs the same user flow in both browsers through `GlossBrowser`, a small
 * common surface over the two drivers.
 */
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { AnyMessageType, Req, Res } from '../../src/protocol.ts';
import { LOOKUP_HOST_PERMISSIONS } from '../../src/core/lookup/endpoints.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** GLOSS_DIST: the build folder the tests load (default dist/), the same variable build.mjs reads */
export const DIST = process.env.GLOSS_DIST ? resolve(process.env.GLOSS_DIST) : join(ROOT, 'dist');
export const CHROME_DIST = join(DIST, 'chrome-test');
export const FIREFOX_DIST = join(DIST, 'firefox-test');
/** the production builds, as packaged (no test bridge, no debug messages, no test signals) */
export const CHROME_PRODUCTION = join(DIST, 'chrome');
export const FIREFOX_PRODUCTION = join(DIST, 'firefox');
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'gloss@gloss.invalid';
/** fixed so the moz-extension:// origin, and its IndexedDB, survive a browser restart */
export const FIREFOX_UUID = '6f1b6d2e-3c1a-4d5e-9a7b-0e6c1f2a9b3d';

export type BrowserName = 'chromium' | 'firefox';
/** both, or the ones GLOSS_BROWSERS names (e.g. GLOSS_BROWSERS=chromium while debugging) */
export const BROWSERS: BrowserName[] = (['chromium', 'firefox'] as const).filter((b) => !process.env.GLOSS_BROWSERS || process.env.GLOSS_BROWSERS.split(',').includes(b));

const CHROMIUM_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--no-sandbox',
];

/** The part of a page the tests use; both Playwright's and Puppeteer's pages provide it. */
export interface TestPage {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  screenshot(opts: { path: string; fullPage?: boolean }): Promise<unknown>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
}

export interface GlossBrowser {
  name: BrowserName;
  /** Chromium: the extension's id (its static one, as a store listing would show it) */
  extensionId?: string;
  userDataDir: string;
  /** messages from the extension's background and content scripts that were errors */
  errors: string[];
  newPage(url?: string): Promise<TestPage>;
  /** open an extension page ("notebook") the way a user would reach it, and return it */
  openExtensionPage(fromPage: TestPage, page: 'notebook', hash?: string): Promise<TestPage>;
  close(): Promise<void>;
}

export function requireBrowser(name: BrowserName, dist = name === 'chromium' ? CHROME_DIST : FIREFOX_DIST): void {
  const path = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing. Install it (as root: apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}) ` +
        `or run \`npm test\`, which installs it when run as root.`,
    );
  }
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist} is missing: run \`npm run build -- --test-bridge\` first (npm test does).`);
  }
}

/**
 * tsx compiles test files with esbuild's keepNames, which wraps named functions in `__name(…)`;
 * a function serialised into the page would then fail with "__name is not defined". Evaluate
 * functions as source text with a no-op __name in scope, the same way in both drivers.
 */
function withPortableEvaluate<P extends { evaluate: (...a: never[]) => Promise<unknown> }>(p: P): TestPage {
  const raw = p.evaluate.bind(p) as unknown as (src: string) => Promise<unknown>;
  return new Proxy(p, {
    get(target, prop, receiver) {
      if (prop === 'evaluate') {
        return (fn: (arg: unknown) => unknown, arg: unknown) =>
          raw(`(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`);
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as unknown as TestPage;
}

export async function tempProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'gloss-profile-'));
}

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Only 127.0.0.1 is reachable; real pages reference trackers and CDNs we refuse quickly. */
function isLocal(url: string): boolean {
  return /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|chrome-extension:|moz-extension:|data:|blob:|about:)/.test(url);
}

export async function launchChromium(userDataDir: string, opts: LaunchOptions = {}): Promise<GlossBrowser> {
  const dist = opts.extensionDir ?? (opts.production ? CHROME_PRODUCTION : CHROME_DIST);
  requireBrowser('chromium', dist);
  const ctx: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
    viewport: { width: 1280, height: 900 },
  });
  await ctx.route((url) => !isLocal(url.href), (route) => route.abort());
  const errors: string[] = [];
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(sw.url()).host;
  sw.on('console', (m) => {
    if (m.type() === 'error') errors.push(`background: ${m.text()}`);
  });
  const watch = (p: PwPage) => {
    p.on('console', (m) => {
      if (m.type() === 'error' && /gloss/i.test(m.text())) errors.push(`page: ${m.text()}`);
    });
    p.on('pageerror', (e) => {
      if (/gloss|chrome-extension:/i.test(`${e.message}\n${e.stack ?? ''}`)) errors.push(`pageerror: ${e.message}`);
    });
  };
  ctx.on('page', watch);
  for (const p of ctx.pages()) watch(p);
  const wrap = (p: PwPage): TestPage => withPortableEvaluate(p);
  return {
    name: 'chromium',
    extensionId,
    userDataDir,
    errors,
    async newPage(url?: string) {
      const p = await ctx.newPage();
      if (url) await p.goto(url);
      return wrap(p);
    },
    async openExtensionPage(_from, page, hash) {
      const p = await ctx.newPage();
      await p.goto(`chrome-extension://${extensionId}/pages/${page}.html${hash ? `#${hash}` : ''}`);
      return wrap(p);
    },
    async close() {
      await ctx.close();
    },
  };
}

export interface LaunchOptions {
  /** Firefox only: start with pages in the dark colour scheme (Chromium emulates it per page) */
  dark?: boolean;
  /** Firefox only: save downloads in this folder without asking (Chromium's come through Playwright's download event) */
  downloadsDir?: string;
  /** load the production build (dist/chrome, dist/firefox) instead of the test build */
  production?: boolean;
  /** load the extension from this folder instead of the test build (e.g. an earlier build, for the upgrade test) */
  extensionDir?: string;
  /**
   * The online look-up's hosts (manifest optional_host_permissions), as a reader who allowed them:
   * Gloss still asks with permissions.request in the reader's click, and the browser says yes.
   * Chromium: headless Chromium cannot show or answer its permission prompt, and has no switch or
   * protocol command to answer it; the grant is written into the profile's Preferences (where
   * Chromium records what the reader granted) between a first launch and the test's, so the
   * request resolves at once, as for hosts already granted. Firefox: the pref
   * extensions.webextOptionalPermissionPrompts=false makes it grant optional permissions without
   * the prompt. The production code path (permissions.request, permissions.contains) is the same.
   */
  lookupAccess?: 'granted';
}

export async function launchFirefox(userDataDir: string, opts: LaunchOptions = {}): Promise<GlossBrowser> {
  const dist = opts.extensionDir ?? (opts.production ? FIREFOX_PRODUCTION : FIREFOX_DIST);
  requireBrowser('firefox', dist);
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // grant the content script's host access without a prompt (MV3 makes it optional in Firefox)
      'extensions.originControls.grantByDefault': true,
      // permissions.request of optional permissions answers yes without showing its prompt
      ...(opts.lookupAccess === 'granted' ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
      // 0 = dark: what a reader with a dark system theme gets (BiDi cannot emulate the media feature)
      ...(opts.dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      ...(opts.downloadsDir
        ? {
            'browser.download.dir': opts.downloadsDir,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.start_downloads_in_tmp_dir': false,
          }
        : {}),
    },
  });
  await browser.installExtension(dist);
  const errors: string[] = [];
  const prepare = async (p: PpPage) => {
    await p.setViewport({ width: 1280, height: 900 });
    await p.setRequestInterception(true);
    p.on('request', (r) => (isLocal(r.url()) ? r.continue() : r.abort()).catch(() => {}));
    p.on('pageerror', (e) => {
      const msg = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
      if (/gloss|moz-extension:/i.test(msg)) errors.push(`pageerror: ${msg}`);
    });
    return withPortableEvaluate(p);
  };
  return {
    name: 'firefox',
    userDataDir,
    errors,
    async newPage(url?: string) {
      const p = await prepare(await browser.newPage());
      if (url) await p.goto(url);
      return p;
    },
    async openExtensionPage(from, page, hash) {
      const before = new Set(await browser.pages());
      await bridgeSend(from, 'pages/open', hash ? { page, hash } : { page });
      const deadline = Date.now() + 10000;
      while (Date.now() < deadline) {
        for (const p of await browser.pages()) {
          if (before.has(p)) continue;
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.startsWith('moz-extension:') && href.includes(`/pages/${page}.html`)) {
            await p.setViewport({ width: 1280, height: 900 });
            return withPortableEvaluate(p);
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the ${page} page did not open in Firefox`);
    },
    async close() {
      await browser.close();
    },
  };
}

export async function launch(name: BrowserName, userDataDir: string, opts: LaunchOptions = {}): Promise<GlossBrowser> {
  if (name === 'firefox') return launchFirefox(userDataDir, opts);
  if (opts.lookupAccess !== 'granted') return launchChromium(userDataDir, opts);
  const first = await launchChromium(userDataDir, { ...opts, lookupAccess: undefined });
  const id = first.extensionId!;
  await first.close();
  await grantInChromiumProfile(userDataDir, id, LOOKUP_HOST_PERMISSIONS);
  return launchChromium(userDataDir, opts);
}

/** The browser a describe() block shares, and its profile: readable once the block's `before` hook has run. */
export interface SuiteBrowser {
  readonly browser: GlossBrowser;
  readonly profile: string;
}

/**
 * One browser for every test of the calling describe(): registers a `before` hook that launches
 * `name` on a fresh profile and an `after` hook that closes it and removes the profile (also when
 * the launch failed half-way). Read `browser` and `profile` inside the tests, not while the
 * block is being declared.
 */
export function suiteBrowser(name: BrowserName, opts: LaunchOptions = {}): SuiteBrowser {
  let browser: GlossBrowser | undefined;
  let profile: string | undefined;
  before(async () => {
    profile = await tempProfile();
    browser = await launch(name, profile, opts);
  });
  after(async () => {
    try {
      await browser?.close();
    } finally {
      if (profile) await removeProfile(profile);
    }
  });
  return {
    get browser() {
      if (!browser) throw new Error(`the ${name} browser of this suite is not launched: read it inside a test, after the suite's before hook`);
      return browser;
    },
    get profile() {
      if (!profile) throw new Error(`the ${name} profile of this suite is not made yet: read it inside a test, after the suite's before hook`);
      return profile;
    },
  };
}

/**
 * Launch `name` on a fresh profile, run `fn` with the browser and its profile, then always close
 * the browser and remove the profile (also when the launch or `fn` fails). Returns what `fn` returns.
 */
export async function withBrowser<T>(name: BrowserName, fn: (browser: GlossBrowser, profile: string) => Promise<T>, opts: LaunchOptions = {}): Promise<T> {
  const profile = await tempProfile();
  let browser: GlossBrowser | undefined;
  try {
    browser = await launch(name, profile, opts);
    return await fn(browser, profile);
  } finally {
    try {
      await browser?.close();
    } finally {
      await removeProfile(profile);
    }
  }
}

/** Chromium keeps what the reader granted an extension in the profile's Preferences: add `origins` there (the browser must be closed). */
async function grantInChromiumProfile(userDataDir: string, extensionId: string, origins: readonly string[]): Promise<void> {
  const path = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(path, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] }>> } };
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry?.granted_permissions || !entry.active_permissions) throw new Error(`Chromium's profile has no permissions recorded for ${extensionId}`);
  for (const kind of ['granted_permissions', 'active_permissions'] as const) {
    entry[kind]!.explicit_host = [...new Set([...(entry[kind]!.explicit_host ?? []), ...origins])];
  }
  await writeFile(path, JSON.stringify(prefs));
}

/** One round trip to the test bridge content script of a 127.0.0.1 page (test builds). */
async function bridgeCall(page: TestPage, request: Record<string, unknown>): Promise<{ ok: boolean; value?: unknown; error?: string; refused?: boolean }> {
  await waitFor(page, () => document.documentElement.getAttribute('data-gloss-test-bridge') === 'ready', undefined, 10000, 'the test bridge');
  return page.evaluate(
    (request) =>
      new Promise<{ ok: boolean; value?: unknown; error?: string; refused?: boolean }>((resolve, reject) => {
        const id = Math.random();
        const timer = setTimeout(() => reject(new Error(`no reply from the test bridge within 10 s (${JSON.stringify(request).slice(0, 80)})`)), 10000);
        window.addEventListener('message', function onReply(ev: MessageEvent) {
          const d = ev.data as { glossTestBridge?: string; id?: number };
          if (ev.source !== window || d?.glossTestBridge !== 'reply' || d.id !== id) return;
          window.removeEventListener('message', onReply);
          clearTimeout(timer);
          resolve(ev.data);
        });
        window.postMessage({ ...request, id }, '*');
      }),
    request,
  );
}

/**
 * Send a protocol message through the test bridge content script of the page (which must be a
 * page served from 127.0.0.1): it reaches the background as the test bridge's, which may send any
 * message (test builds only).
 */
export async function bridgeSend<T extends AnyMessageType>(page: TestPage, type: T, payload: Req<T>): Promise<Res<T>> {
  const reply = await bridgeCall(page, { glossTestBridge: 'request', type, payload });
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error}`);
  return reply.value as Res<T>;
}

/** Send a protocol message exactly as Gloss's content script of this page would; returns the raw reply. */
export function sendAsContentScript(page: TestPage, type: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: string; refused?: boolean }> {
  return bridgeCall(page, { glossTestBridge: 'request', type, payload, as: 'content' });
}

/** Call a probe the content script registered (src/content/test-probes.ts; test builds, 127.0.0.1 pages). */
export async function probe<T>(page: TestPage, name: 'ui' | 'highlights' | 'work' | 'events' | 'session', arg?: unknown): Promise<T> {
  const reply = await bridgeCall(page, { glossTestBridge: 'probe', name, arg });
  if (!reply.ok) throw new Error(`probe ${name} failed: ${reply.error}`);
  return reply.value as T;
}

export type { UiProbe, FrameProbe, SessionProbe } from '../../src/content/test-probes.ts';
export type { TestEvent } from '../../src/content/test-signals.ts';
import type { UiProbe } from '../../src/content/test-probes.ts';
import type { TestEvent } from '../../src/content/test-signals.ts';

/** The last event Gloss logged on the page so far (0 before any): wait for later ones with `waitForEvent`. */
export async function lastEvent(page: TestPage): Promise<number> {
  const events = await probe<TestEvent[]>(page, 'events', 0);
  return events.length ? events[events.length - 1]!.seq : 0;
}

/**
 * Wait until Gloss logs an event after `since` that `match` accepts (an observable end of work:
 * a test that checks that something did not happen waits for this, never for a fixed time).
 * Returns every event after `since` up to and including the match.
 */
export async function waitForEvent(page: TestPage, match: (e: TestEvent) => unknown, since: number, what: string, timeoutMs = 10000): Promise<TestEvent[]> {
  const deadline = Date.now() + timeoutMs;
  let seen: TestEvent[] = [];
  while (Date.now() < deadline) {
    seen = await probe<TestEvent[]>(page, 'events', since).catch(() => seen);
    const i = seen.findIndex((e) => match(e));
    if (i >= 0) return seen.slice(0, i + 1);
    await new Promise((r) => setTimeout(r, 40));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (events since ${since}: ${JSON.stringify(seen.map((e) => `${e.kind}:${e.what}${e.detail ? `(${e.detail})` : ''}`)).slice(0, 400)})`);
}

/**
 * Open Gloss's toolbar popup about the tab `page` is in, as a page of its own (test builds read the
 * tab from its address): through the notebook page, since Firefox's driver cannot open extension
 * addresses itself.
 */
export async function openPopupFor(b: GlossBrowser, page: TestPage): Promise<TestPage> {
  const { tabId } = await bridgeSend(page, 'debug/tab', {});
  assert.ok(tabId, 'the bridge knows its tab');
  const popup = await b.openExtensionPage(page, 'notebook');
  await popup.evaluate((id: number) => location.replace(`popup.html#tab=${id}`), tabId);
  await waitFor(popup, () => location.pathname.endsWith('/popup.html') && !!document.querySelector('main h1'), null, 10000, 'the popup');
  return popup;
}

/** Resize the page's viewport (both drivers). */
export async function setViewport(page: TestPage, width: number, height: number): Promise<void> {
  const raw = page as unknown as { setViewportSize?: (s: { width: number; height: number }) => Promise<void>; setViewport?: (s: { width: number; height: number }) => Promise<void> };
  if (raw.setViewportSize) await raw.setViewportSize({ width, height });
  else await raw.setViewport!({ width, height });
  await waitFor(page, ({ width, height }) => innerWidth === width && innerHeight === height, { width, height }, 5000, `a ${width}×${height} viewport`);
}

/** Gloss's UI on the page, polled until `check` holds (the toolbar, toast, popover and editor frames). */
export async function waitForUi(page: TestPage, check: (ui: UiProbe) => unknown, what: string, timeoutMs = 10000): Promise<UiProbe> {
  const deadline = Date.now() + timeoutMs;
  let last: UiProbe | null = null;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe<UiProbe>(page, 'ui');
      if (check(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 1200)}${error ? `; ${String(error)}` : ''})`);
}

/**
 * Wait for a control of Gloss's UI to be on screen and still (the same box, and the same frame
 * box, in two polls in a row), let the page draw twice, then click its middle with the real mouse.
 * The two frames matter in Chromium: Gloss's frame runs in its own process, and a click in the
 * moment after the frame was hidden or moved is still sent to where the frame was drawn last
 * (the toast's Undo sits where the popover was a moment before).
 */
export async function clickStill(
  page: TestPage,
  locate: (ui: UiProbe) => { control?: { x: number; y: number; width: number; height: number }; frame?: { x: number; y: number; width: number; height: number } | null },
  what: string,
): Promise<void> {
  let before = '';
  const ui = await waitForUi(page, (u) => {
    const { control: c, frame: r } = locate(u);
    if (!c || c.width === 0) return false;
    const now = JSON.stringify([c, r]);
    const still = now === before;
    before = now;
    return still && (!r || (c.y >= r.y && c.y + c.height <= r.y + r.height));
  }, what);
  await drawnTwice(page);
  await clickBox(page, locate(ui).control, what);
}

/**
 * Resolve once the page has drawn two frames (what was shown, hidden or scrolled before is on
 * screen). Chromium routes a click by what it drew last: a click just after Gloss's frame was
 * hidden, or after the page scrolled under where it was, can still go to the hidden frame.
 */
export async function drawnTwice(page: TestPage): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), null);
}

/** Click the middle of a box with the real mouse (a trusted click, as a reader's). */
export async function clickBox(page: TestPage, box: { x: number; y: number; width: number; height: number } | undefined, what = 'the control'): Promise<void> {
  if (!box) throw new Error(`${what} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Poll a predicate in the page until it is truthy (both drivers, same semantics). */
export async function waitFor<A>(
  page: TestPage,
  fn: (arg: A) => unknown,
  arg?: A,
  timeoutMs = 10000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(fn as (a: A | undefined) => unknown, arg)) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/**
 * Gloss saw no errors: none in the background's own log (read through the page's bridge, the
 * same way in both browsers) and none from the extension in the browser's consoles.
 */
export async function assertNoErrors(b: GlossBrowser, page: TestPage): Promise<void> {
  assert.deepEqual((await bridgeSend(page, 'debug/errors', {})).errors, [], `the background of ${b.name} logged errors`);
  assert.deepEqual(b.errors, [], `errors in ${b.name}: ${b.errors.join('\n')}`);
}

/**
 * Run a function inside Gloss's frame on a page (the popover or the editor), through the test
 * driver: the driver sees the frame as a reader sees it; the page's own scripts cannot. Null when
 * the frame is not there.
 */
export async function inGlossFrame<R>(page: TestPage, panel: 'popover' | 'editor', fn: () => R): Promise<R | null> {
  const raw = page as unknown as { frames(): { url(): string; evaluate(src: string): Promise<unknown> }[] };
  const frame = raw.frames().find((f) => f.url().includes('/pages/frame.html') && f.url().includes(`panel=${panel}`));
  if (!frame) return null;
  return (await frame.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(); })()`)) as R;
}

/** Poll `fn` inside Gloss's frame until it is truthy. */
export async function waitInGlossFrame(page: TestPage, panel: 'popover' | 'editor', fn: () => unknown, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await inGlossFrame(page, panel, fn);
      if (last) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} in Gloss's ${panel} frame (last: ${String(last)})`);
}
