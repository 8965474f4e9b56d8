/**
 * Open-data sources read from git snapshots (public GitHub repositories brought to a local folder,
 * by default /work/.mirror/<owner>+<name>/repo; set GLOSS_MIRROR to another folder). Each source is
 * pinned to one commit, so a generator run gives the same file whenever the snapshot holds that
 * commit. Nothing fetched is committed: only the entity files the generators write.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SourceRef } from '../../../src/core/pack/types.ts';

export const MIRROR = process.env.GLOSS_MIRROR ?? '/work/.mirror';

export interface GitSource {
  /** owner/name on GitHub */
  repo: string;
  commit: string;
  /** what the pack's `sources` call it (facts name it in their `source`) */
  ref: SourceRef;
}

function gitDir(src: GitSource): string {
  const dir = join(MIRROR, src.repo.replace('/', '+'), 'repo');
  if (!existsSync(dir)) {
    console.error(`Cannot find a snapshot of ${src.repo} in ${dir}. Bring the repository (commit ${src.commit}) into ` +
      `${MIRROR}/${src.repo.replace('/', '+')}/repo (a git directory), or set GLOSS_MIRROR; the committed JSON in packs/default/entities is enough for a normal build.`);
    process.exit(1);
  }
  return dir;
}

/** a file of the source at its pinned commit */
export function readSourceFile(src: GitSource, path: string): string {
  return readSourceBytes(src, path).toString('utf8');
}

/** a file of the source at its pinned commit, as bytes (an archive) */
export function readSourceBytes(src: GitSource, path: string): Buffer {
  try {
    return execFileSync('git', ['-C', gitDir(src), 'show', `${src.commit}:${path}`], { maxBuffer: 1 << 30 });
  } catch {
    console.error(`${src.repo}: cannot read ${path} at commit ${src.commit} (is the snapshot older than that commit?)`);
    process.exit(1);
  }
}

/** the paths of the files under a folder of the source at its pinned commit */
export function listSourceTree(src: GitSource, folder: string): string[] {
  return execFileSync('git', ['-C', gitDir(src), 'ls-tree', '-r', '--name-only', src.commit, '--', folder], { maxBuffer: 2 ** 30 })
    .toString().trim().split('\n');
}

/** the contents of many files of the source at its pinned commit, in one git call */
export function readSourceFiles(src: GitSource, paths: string[]): string[] {
  const input = paths.map((p) => `${src.commit}:${p}`).join('\n') + '\n';
  const buf = execFileSync('git', ['-C', gitDir(src), 'cat-file', '--batch'], { input, maxBuffer: 2 ** 32 });
  const out: string[] = [];
  let at = 0;
  for (const p of paths) {
    const nl = buf.indexOf(10, at);
    const head = buf.subarray(at, nl).toString();
    if (head.endsWith('missing')) throw new Error(`${src.repo}: ${p} is missing at ${src.commit}`);
    const size = Number(head.split(' ')[2]);
    out.push(buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
    at = nl + 1 + size + 1;
  }
  return out;
}

/** a CSV file with a header row -> one record per row */
export function parseCsv(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** an archive of a package registry (Debian, npm), pinned by its checksum, kept under MIRROR */
export interface PackageSource {
  /** what the folder under MIRROR is called: deb/<name>@<version> or npm/<name>@<version> */
  dir: string;
  /** the archive file inside that folder */
  archive: string;
  /** sha256 (Debian) or sha512 (npm "integrity", base64) of the archive */
  checksum: { algorithm: 'sha256' | 'sha512'; digest: string; encoding: 'hex' | 'base64' };
  /** how to bring the archive with the registry's own client */
  fetchHint: string;
  /** how the archive is unpacked into the folder */
  unpack: string[];
  ref: SourceRef;
}

/** the folder of a package source, checked and unpacked on first use */
export function packageDir(src: PackageSource): string {
  const dir = join(MIRROR, src.dir);
  const archive = join(dir, src.archive);
  const stamp = join(dir, '.checked');
  if (existsSync(stamp)) return dir;
  if (!existsSync(archive)) {
    console.error(`Cannot find ${archive}. Bring it with \`${src.fetchHint}\` into ${dir} (the registry's own client), or set GLOSS_MIRROR.`);
    process.exit(1);
  }
  const digest = createHash(src.checksum.algorithm).update(readFileSync(archive)).digest(src.checksum.encoding);
  if (digest !== src.checksum.digest) {
    console.error(`${archive}: checksum ${digest} is not the pinned ${src.checksum.digest}`);
    process.exit(1);
  }
  const [cmd, ...args] = src.unpack.map((a) => a.replace('{archive}', archive));
  execFileSync(cmd!, args, { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, `${src.checksum.algorithm}-${digest}\n`);
  return dir;
}
