/**
 * What a change to spotting changes on real text, mark by mark: spots the team's articles
 * (test/fixtures/articles/*.txt) and the real news pages (../shared/pages, when present) with the
 * default pack (or --pack), saves the marks, and later lists every mark that appeared, went or
 * changed entity, with the text around it, so each can be read and judged.
 *
 *   node --import tsx scripts/marks-diff.ts --save .tmp/marks-before.json      (before the change)
 *   node --import tsx scripts/marks-diff.ts --against .tmp/marks-before.json   (after it)
 *   … [--pack FOLDER]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../src/cli/pack-files.ts';
import { htmlText } from '../src/cli/spot.ts';
import { formatIssue } from '../src/core/pack/issues.ts';
import { Matcher, compilePack, spot } from '../src/core/spot/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = join(ROOT, 'test/fixtures/articles');
const PAGES = join(ROOT, '../shared/pages');

/** one mark: where, what text, which entity (or the candidates of an ambiguous one) */
interface Mark {
  start: number;
  end: number;
  text: string;
  entity: string;
}
type Marks = Record<string, Mark[]>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** every text spotted: the articles (with their language) and the pages' visible text */
function texts(): { name: string; text: string; lang?: string; blockBreaks: boolean }[] {
  const out: { name: string; text: string; lang?: string; blockBreaks: boolean }[] = [];
  for (const f of readdirSync(ARTICLES).filter((x) => x.endsWith('.txt')).sort()) {
    const exp = join(ARTICLES, f.replace(/\.txt$/, '.expected.json'));
    const lang = existsSync(exp) ? (JSON.parse(readFileSync(exp, 'utf8')) as { lang?: string }).lang : undefined;
    out.push({ name: `articles/${f}`, text: readFileSync(join(ARTICLES, f), 'utf8'), lang, blockBreaks: false });
  }
  if (existsSync(PAGES)) {
    for (const f of readdirSync(PAGES).filter((x) => x.endsWith('.html')).sort()) {
      const page = htmlText(readFileSync(join(PAGES, f), 'utf8'));
      out.push({ name: `pages/${f}`, text: page.text, lang: page.lang ?? undefined, blockBreaks: true });
    }
  } else console.error(`(${PAGES} is missing: the team's articles only)`);
  return out;
}

async function marksNow(packDir: string): Promise<{ marks: Marks; sources: Record<string, string> }> {
  const checked = await loadPack(packDir);
  if (!checked.ok) throw new Error(`${packDir}: invalid pack: ${formatIssue(checked.errors[0]!)}`);
  const matcher = new Matcher(compilePack(checked.pack));
  const marks: Marks = {};
  const sources: Record<string, string> = {};
  for (const t of texts()) {
    const r = spot(t.text, [matcher], { lang: t.lang, blockBreaks: t.blockBreaks });
    marks[t.name] = r.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entity: m.entityId || `?(${(m.candidates ?? []).join('|')})` }));
    sources[t.name] = t.text;
  }
  return { marks, sources };
}

function context(text: string, m: Mark): string {
  const before = text.slice(Math.max(0, m.start - 50), m.start).replace(/\s+/g, ' ');
  const after = text.slice(m.end, m.end + 50).replace(/\s+/g, ' ');
  return `…${before}[${m.text}]${after}…`;
}

const packDir = resolve(arg('--pack') ?? join(ROOT, 'packs/default'));
const save = arg('--save');
const against = arg('--against');
if (!save && !against) {
  console.error('usage: node --import tsx scripts/marks-diff.ts --save FILE | --against FILE [--pack FOLDER]');
  process.exit(2);
}
const now = await marksNow(packDir);
if (save) {
  writeFileSync(save, JSON.stringify(now.marks));
  const n = Object.values(now.marks).reduce((k, x) => k + x.length, 0);
  console.log(`saved ${n} marks on ${Object.keys(now.marks).length} texts to ${save}`);
}
if (against) {
  const before = JSON.parse(readFileSync(against, 'utf8')) as Marks;
  let gone = 0;
  let added = 0;
  let changed = 0;
  for (const [name, marks] of Object.entries(now.marks)) {
    const was = before[name] ?? [];
    const key = (m: Mark) => `${m.start}:${m.end}`;
    const old = new Map(was.map((m) => [key(m), m]));
    const fresh = new Map(marks.map((m) => [key(m), m]));
    const lines: string[] = [];
    for (const m of was) {
      const n = fresh.get(key(m));
      if (!n) {
        gone++;
        lines.push(`  - ${m.entity}  ${context(now.sources[name]!, m)}`);
      } else if (n.entity !== m.entity) {
        changed++;
        lines.push(`  ~ ${m.entity} → ${n.entity}  ${context(now.sources[name]!, m)}`);
      }
    }
    for (const m of marks) {
      if (!old.has(key(m))) {
        added++;
        lines.push(`  + ${m.entity}  ${context(now.sources[name]!, m)}`);
      }
    }
    if (lines.length > 0) console.log(`${name}\n${lines.join('\n')}`);
  }
  console.log(`\n${gone} marks gone, ${added} new, ${changed} with another entity (against ${against})`);
}
