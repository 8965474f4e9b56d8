/**
 * What a store reviewer gets: `npm run package` writes one zip per browser holding a complete
 * extension, and web-ext lint finds no errors in the Firefox build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { ROOT } from './harness.ts';

test('npm run package writes a Chrome and a Firefox zip, and web-ext lint finds no errors', { timeout: 120_000 }, async () => {
  const out = await mkdtemp(join(tmpdir(), 'gloss-package-'));
  try {
    execFileSync('node', ['--import', 'tsx', 'build.mjs', '--package', '--quiet'], { cwd: ROOT, env: { ...process.env, GLOSS_DIST: out }, stdio: 'pipe' });
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    for (const browser of ['chrome', 'firefox']) {
      const files = unzipSync(new Uint8Array(await readFile(join(out, `gloss-${browser}-${version}.zip`))));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      assert.equal(manifest.manifest_version, 3);
      assert.equal(manifest.version, version);
      for (const f of ['background.js', 'content.js', 'pages/popup.html', 'pages/notebook.html', 'packs/default.pack.gz', 'packs/default-details/0000.json.gz', 'icons/gloss-128.png']) {
        assert.ok(files[f], `${browser} zip holds ${f}`);
      }
      assert.ok(!files['test-bridge.js'], 'the test bridge is never packaged');
    }
    const lint = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', join(out, 'firefox'), '--output', 'json', '--no-input'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(lint) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
    assert.equal(report.summary.errors, 0, `web-ext lint errors: ${report.errors.map((e) => `${e.code} ${e.file ?? ''} ${e.message}`).join('; ')}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
