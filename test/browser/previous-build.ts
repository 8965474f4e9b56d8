/**
 * "The previous build" for the real-browser upgrade test: Gloss as it was on the last commit
 * before the database schema went to a given version, built from git history into .tmp/ with
 * this checkout's node_modules. Needs the repository's history (a normal clone has it; a
 * shallow one does not: then this fails and says how to fetch it). Built once per commit and
 * kept in .tmp/previous-build/<commit>/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

export interface PreviousBuild {
  commit: string;
  subject: string;
  chrome: string;
  firefox: string;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** the last commit whose src/background/db.ts has no `this.version(<version>)` */
export function lastCommitBefore(version: number): string {
  let intro: string;
  try {
    intro = git('log', '--reverse', '--format=%H', `-Sthis.version(${version})`, '--', 'src/background/db.ts').split('\n')[0] ?? '';
  } catch (e) {
    throw new Error(`the upgrade test needs git and this repository's history (${(e as Error).message.split('\n')[0]})`);
  }
  const shallow = existsSync(join(ROOT, '.git')) && git('rev-parse', '--is-shallow-repository') === 'true';
  if (!intro) {
    throw new Error(
      `no commit in this repository's history adds schema version ${version} to src/background/db.ts` +
        (shallow ? ': this is a shallow clone; run `git fetch --unshallow` and try again' : ''),
    );
  }
  try {
    return git('rev-parse', `${intro}^1`);
  } catch {
    throw new Error(`the commit before ${intro.slice(0, 10)} (which added schema version ${version}) is not in this clone; run \`git fetch --unshallow\` and try again`);
  }
}

export async function previousBuild(version: number): Promise<PreviousBuild> {
  const commit = lastCommitBefore(version);
  const subject = git('log', '-1', '--format=%s', commit);
  const dir = join(ROOT, '.tmp/previous-build', commit);
  const dist = join(dir, 'dist');
  const done = { commit, subject, chrome: join(dist, 'chrome-test'), firefox: join(dist, 'firefox-test') };
  if (existsSync(join(done.chrome, 'manifest.json')) && existsSync(join(done.firefox, 'manifest.json'))) return done;
  const src = join(dir, 'src');
  await rm(dir, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  // the tree of that commit, as git stores it (no work-tree files, no node_modules)
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${src}"`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  await symlink(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['--import', 'tsx', 'build.mjs', '--quiet', '--test-bridge'], {
    cwd: src,
    env: { ...process.env, GLOSS_DIST: dist },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (!existsSync(join(done.chrome, 'manifest.json'))) throw new Error(`building ${commit.slice(0, 10)} gave no ${done.chrome}`);
  return done;
}
