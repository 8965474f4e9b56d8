// Builds Gloss for Chrome and Firefox from one source tree.
//
//   node --import tsx build.mjs            production build (minified, source maps)
//   node --import tsx build.mjs --dev      unminified
//   node --import tsx build.mjs --watch    rebuild on change
//   node --import tsx build.mjs --package  build, then zip dist/chrome and dist/firefox
//
// Output: dist/chrome/ and dist/firefox/, each with a manifest derived from ./manifest.json.
// Run through `npm run build|watch|package`, which load tsx so this script can import the
// TypeScript build steps (pack compilation) from src/ and scripts/.
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile, cp, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = args.has('--dev') || watch;
const wantPackage = args.has('--package');
const quiet = args.has('--quiet');
const testBridge = args.has('--test-bridge');
const BROWSERS = ['chrome', 'firefox'];
/** where to build: dist/ by default; GLOSS_DIST lets parallel work (and benchmarks) use their own */
const distRoot = process.env.GLOSS_DIST ? resolve(process.env.GLOSS_DIST) : join(root, 'dist');

const log = (...a) => { if (!quiet) console.log(...a); };

/** The one manifest.json, specialised per browser. */
export function manifestFor(browser, base) {
  const m = structuredClone(base);
  if (browser === 'chrome') {
    m.background = { service_worker: m.background.service_worker };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: m.background.scripts };
    // Firefox has no options_ui.open_in_tab restriction, keep as is.
    // Firefox has no dynamic resource URLs: its moz-extension:// UUID is already random per
    // install (and never shown to pages: Gloss's frame sits in a closed shadow root)
    for (const r of m.web_accessible_resources ?? []) delete r.use_dynamic_url;
  }
  return m;
}

const entryPoints = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  'pages/popup': 'src/pages/popup/index.tsx',
  'pages/notebook': 'src/pages/notebook/index.tsx',
  'pages/frame': 'src/pages/frame/index.tsx',
};
const PAGES = ['popup', 'notebook', 'frame'];

/**
 * `test`: dist/<browser>-test only (the constant __GLOSS_TEST__; its branches are not in production bundles);
 * `packId`: the built-in pack's id (builtInPackId), '' when there is none (no kept copy then)
 */
export function esbuildOptions(browser, version, test = false, packId = '') {
  return {
    absWorkingDir: root,
    entryPoints,
    outdir: join(distRoot, browser),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: !dev,
    sourcemap: true,
    legalComments: 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      __GLOSS_BROWSER__: JSON.stringify(browser),
      __GLOSS_VERSION__: JSON.stringify(version),
      __GLOSS_TEST__: JSON.stringify(test),
      __GLOSS_PACK_ID__: JSON.stringify(packId),
    },
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
  };
}

async function copyStatic(browser) {
  const out = join(distRoot, browser);
  await mkdir(join(out, 'icons'), { recursive: true });
  for (const f of await readdir(join(root, 'icons'))) {
    if (f.endsWith('.png') || f.endsWith('.svg')) await cp(join(root, 'icons', f), join(out, 'icons', f));
  }
  await mkdir(join(out, 'pages'), { recursive: true });
  for (const page of PAGES) {
    await cp(join(root, 'src/pages', page, 'index.html'), join(out, 'pages', `${page}.html`));
    const css = join(root, 'src/pages', page, 'style.css');
    if (existsSync(css)) await cp(css, join(out, 'pages', `${page}.css`));
  }
  const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  base.version = pkg.version;
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, base), null, 2) + '\n');
  for (const f of ['LICENSE', 'NOTICE']) {
    if (existsSync(join(root, f))) await cp(join(root, f), join(out, f));
  }
}

/** Optional build steps contributed by other parts of the tree (e.g. pack compilation). */
async function buildSteps() {
  const steps = join(root, 'scripts/build-steps.ts');
  return existsSync(steps) ? import(steps) : null;
}

async function extraSteps(browser) {
  await (await buildSteps())?.run({ root, out: join(distRoot, browser), browser, dev, log });
}

/** the built-in pack's id, for the bundles (compiles the pack, once per process) */
async function builtInPackId() {
  return (await (await buildSteps())?.builtInPackId({ root, log })) ?? '';
}

/**
 * dist/<browser>-test: the same extension built with __GLOSS_TEST__ (debug messages, test signals
 * on 127.0.0.1 pages) plus the test bridge content script on 127.0.0.1 (see src/test-bridge).
 * Used by the browser tests only; never packaged.
 */
async function buildTestVariant(browser, packId) {
  const src = join(distRoot, browser);
  const out = join(distRoot, `${browser}-test`);
  await rm(out, { recursive: true, force: true });
  await cp(src, out, { recursive: true });
  const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;
  await esbuild.build({
    ...esbuildOptions(browser, version, true, packId),
    entryPoints: { ...entryPoints, 'test-bridge': 'src/test-bridge/index.ts' },
    outdir: out,
    minify: false,
  });
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  manifest.content_scripts.push({ matches: ['http://127.0.0.1/*'], js: ['test-bridge.js'], run_at: 'document_start' });
  manifest.name = 'Gloss (test build)';
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

async function sizeOf(dir) {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? await sizeOf(p) : (await stat(p)).size;
  }
  return total;
}

async function buildOnce() {
  const t0 = performance.now();
  const pkgVersion = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;
  const packId = await builtInPackId();
  for (const browser of BROWSERS) {
    await rm(join(distRoot, browser), { recursive: true, force: true });
    await esbuild.build(esbuildOptions(browser, pkgVersion, false, packId));
    await copyStatic(browser);
    await extraSteps(browser);
  }
  if (testBridge) for (const browser of BROWSERS) await buildTestVariant(browser, packId);
  const kb = Math.round((await sizeOf(join(distRoot, 'chrome'))) / 1024);
  const d = relative(root, distRoot) || '.';
  log(`built ${d}/chrome and ${d}/firefox in ${Math.round(performance.now() - t0)} ms (${kb} KiB each, ${dev ? 'dev' : 'production'})`);
}

/** the store zip of a built browser folder (what `--package` writes; bench:page prints its size) */
export async function zipDir(dir) {
  const files = {};
  async function walk(d) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else files[relative(dir, p).split('\\').join('/')] = new Uint8Array(await readFile(p));
    }
  }
  await walk(dir);
  return zipSync(files, { level: 9 });
}

async function packageZips() {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const zip = await zipDir(join(distRoot, browser));
    const name = join(distRoot, `gloss-${browser}-${version}.zip`);
    await writeFile(name, zip);
    log(`wrote ${name} (${Math.round(zip.length / 1024)} KiB)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildOnce();
    if (wantPackage) await packageZips();
    if (watch) {
      log('watching src/, manifest.json, icons/ … (Ctrl+C to stop)');
      const { watch: fsWatch } = await import('node:fs');
      let timer = null;
      const again = () => {
        clearTimeout(timer);
        timer = setTimeout(() => buildOnce().catch((e) => console.error(`build failed: ${e.message}`)), 150);
      };
      for (const p of ['src', 'icons', 'packs', 'manifest.json']) {
        if (existsSync(join(root, p))) fsWatch(join(root, p), { recursive: true }, again);
      }
    }
  } catch (e) {
    console.error(`build failed: ${e?.message ?? e}`);
    process.exit(1);
  }
}
