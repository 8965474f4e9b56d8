/**
 * Marks before and after an engine change: runs `gloss spot --json` of another git revision (default
 * `main`, exported to a temporary folder) and of this working tree on the real pages in
 * ../shared/pages and on the team's articles (test/fixtures/articles), and lists every mark that
 * is new, gone, or now names another entity, with the text around it, for reading by hand.
 *
 *   node --import tsx scripts/marks-diff.ts [--before REV] [--quiet]
 *
 * Articles are spotted in their language (`*.expected.json`, or the `lang` of an HTML file).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlText } from '../src/cli/spot.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = join(ROOT, '../shared/pages');
const ARTICLES = join(ROOT, 'test/fixtures/articles');

interface Mark {
  start: number;
  end: number;
  text: string;
  entity: { id: string } | null;
  reason: string;
  candidates?: { id: string }[];
}
interface Run {
  files: { file: string; mentions: Mark[] }[];
}

/** the files to spot, grouped by the --lang to give (undefined: the file's own) */
function inputs(): Map<string | undefined, string[]> {
  const groups = new Map<string | undefined, string[]>();
  const add = (lang: string | undefined, file: string): void => {
    const list = groups.get(lang) ?? [];
    list.push(file);
    groups.set(lang, list);
  };
  if (existsSync(PAGES)) for (const f of readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort()) add(undefined, join(PAGES, f));
  for (const f of readdirSync(ARTICLES).sort()) {
    const path = join(ARTICLES, f);
    if (f.endsWith('.html')) add(undefined, path);
    else if (f.endsWith('.txt')) {
      const exp = path.replace(/\.txt$/, '.expected.json');
      add(existsSync(exp) ? (JSON.parse(readFileSync(exp, 'utf8')) as { lang: string }).lang : undefined, path);
    }
  }
  return groups;
}

function spotWith(root: string, groups: Map<string | undefined, string[]>): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>();
  for (const [lang, files] of groups) {
    const args = ['--import', 'tsx', join(root, 'bin/gloss.mjs'), 'spot', ...files, '--json', ...(lang ? ['--lang', lang] : [])];
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`gloss spot in ${root} failed: ${r.stderr}`);
    for (const f of (JSON.parse(r.stdout) as Run).files) out.set(f.file, f.mentions);
  }
  return out;
}

const who = (m: Mark): string => m.entity?.id ?? `ambiguous(${(m.candidates ?? []).map((c) => c.id).join('|')})`;

function context(text: string, m: Mark): string {
  const a = Math.max(0, m.start - 40);
  const b = Math.min(text.length, m.end + 40);
  return `…${text.slice(a, m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, b)}…`.replace(/\s+/g, ' ');
}

function main(argv: string[]): void {
  const i = argv.indexOf('--before');
  const rev = i >= 0 ? argv[i + 1]! : 'main';
  const quiet = argv.includes('--quiet');
  const dir = mkdtempSync(join(tmpdir(), 'gloss-before-'));
  try {
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${rev}" bin src packs package.json | tar -x -C "${dir}"`]);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const groups = inputs();
    const before = spotWith(dir, groups);
    const after = spotWith(ROOT, groups);
    let added = 0;
    let gone = 0;
    let changed = 0;
    let same = 0;
    for (const [file, marks] of after) {
      const old = before.get(file) ?? [];
      const text = file.endsWith('.html') ? htmlText(readFileSync(file, 'utf8')).text : readFileSync(file, 'utf8');
      const lines: string[] = [];
      for (const m of marks) {
        const o = old.find((x) => x.start < m.end && x.end > m.start);
        if (!o) {
          added++;
          lines.push(`  + ${m.text} → ${who(m)} [${m.reason}]  ${context(text, m)}`);
        } else if (who(o) !== who(m) || o.start !== m.start || o.end !== m.end) {
          changed++;
          lines.push(`  ~ ${o.text} → ${who(o)} [${o.reason}]  became  ${m.text} → ${who(m)} [${m.reason}]  ${context(text, m)}`);
        } else same++;
      }
      for (const o of old) {
        if (!marks.some((m) => m.start < o.end && m.end > o.start)) {
          gone++;
          lines.push(`  - ${o.text} → ${who(o)} [${o.reason}]  ${context(text, o)}`);
        }
      }
      if (lines.length > 0 && !quiet) console.log(`${file.replace(`${ROOT}/`, '').replace(/^.*shared\/pages/, '../shared/pages')}\n${lines.join('\n')}`);
    }
    console.log(`marks before (${rev}) → after (working tree): ${same} the same, ${added} new, ${gone} gone, ${changed} changed`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
