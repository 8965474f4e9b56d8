// Makes sure the real browsers the tests drive are installed: Debian's chromium and firefox-esr.
// Run by `npm test` before anything else. As root on Debian it installs what is missing with
// apt-get; elsewhere it stops with a message saying what to install. It never lets the browser
// tests be skipped silently.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const wanted = [
  { pkg: 'chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  { pkg: 'firefox-esr', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
];
// `--only chromium` checks just one (npm start needs only Chromium)
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const missing = wanted.filter((w) => (!only || w.pkg === only) && !existsSync(w.path));
if (missing.length === 0) process.exit(0);

const names = missing.map((m) => m.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Gloss needs ${missing.map((m) => `${m.pkg} (${m.path})`).join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
      (hasApt ? `Install with: sudo apt-get install -y ${names}` : `Install ${names} with your system's package manager,`) +
      `\nor point CHROME_PATH / FIREFOX_PATH at an installed Chromium / Firefox ESR, then run npm test again.`,
  );
  process.exit(1);
}
console.log(`Installing ${names} with apt-get (needed by the browser tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((m) => m.pkg)], { stdio: 'inherit', env });
} catch {
  console.error(`apt-get could not install ${names}. Install ${missing.length > 1 ? 'them' : 'it'} by hand and run npm test again.`);
  process.exit(1);
}
const still = missing.filter((m) => !existsSync(m.path));
if (still.length) {
  console.error(`${still.map((m) => m.path).join(', ')} still missing after apt-get; install by hand and run npm test again.`);
  process.exit(1);
}
