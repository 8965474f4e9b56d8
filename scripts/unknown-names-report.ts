/**
 * The faint marks for names no pack knows (src/core/lookup/unknown-names.ts), measured on the
 * real news pages in ../shared/pages: how many each page would get, where they stand, and checks
 * that must hold (never inside or across a mark, never a sentence's common first word, never a
 * month). The pages are split once into a tuning set and a held-out set: tune the rule on the
 * first only, then report both.
 *
 *   node --import tsx scripts/unknown-names-report.ts [tune|heldout|all] [--list]
 *
 * --list prints every name with a little of its context (to judge each by hand).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlText } from '../src/cli/spot.ts';
import { loadPack } from '../src/cli/pack-files.ts';
import { compilePack, Matcher, spot } from '../src/core/spot/index.ts';
import { unknownNames } from '../src/core/lookup/unknown-names.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = join(ROOT, '../shared/pages');

/** chosen once, before tuning, to hold every language and kind of page on both sides */
export const TUNE = ['aktualne', 'breitbart', 'buzzfeed-1', 'citylab-1', 'cnn', 'guardian-1', 'herald-sun-1', 'msn', 'nytimes-3', 'nytimes-4', 'salon-1', 'yahoo-2'];
export const HELD_OUT = ['folha', 'heise', 'la-nacion', 'nytimes-5', 'seattletimes-1', 'wikipedia-2'];

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'tune';
  const list = process.argv.includes('--list');
  if (!existsSync(PAGES)) throw new Error(`the news pages are not in ${PAGES}`);
  const names = which === 'heldout' ? HELD_OUT : which === 'all' ? [...TUNE, ...HELD_OUT] : TUNE;
  const pack = await loadPack(join(ROOT, 'packs/default'));
  if (!pack.ok) throw new Error(`the default pack: ${pack.errors[0]}`);
  const matcher = new Matcher(compilePack(pack.pack));
  let total = 0;
  let words = 0;
  const problems: string[] = [];
  console.log(`${which}: ${names.length} pages`);
  for (const name of names) {
    const { text, lang } = htmlText(readFileSync(join(PAGES, `${name}.html`), 'utf8'));
    const { mentions } = spot(text, [matcher], { lang, blockBreaks: true });
    const found = unknownNames(text, mentions);
    const pageWords = text.split(/\s+/).filter(Boolean).length;
    total += found.length;
    words += pageWords;
    console.log(`${name.padEnd(16)} ${String(lang ?? '?').padEnd(6)} ${String(pageWords).padStart(6)} words  ${String(mentions.length).padStart(4)} marks  ${String(found.length).padStart(3)} faint`);
    for (const f of found) {
      if (text.slice(f.start, f.end) !== f.text) problems.push(`${name}: offsets of "${f.text}"`);
      if (mentions.some((m) => m.start < f.end && f.start < m.end)) problems.push(`${name}: "${f.text}" overlaps a mark`);
      if (/^(The|A|An|In|On|But|And|When|After|This|That|Le|La|Les|El|Die|Der|Das)\s/.test(f.text)) problems.push(`${name}: "${f.text}" starts with a function word`);
      if (list) {
        const before = text.slice(Math.max(0, f.start - 30), f.start).replace(/\s+/g, ' ');
        const after = text.slice(f.end, f.end + 30).replace(/\s+/g, ' ');
        console.log(`    ${f.text.padEnd(34)} …${before}[${f.text}]${after}…`);
      }
    }
  }
  console.log(`total: ${total} faint marks on ${names.length} pages (${(total / names.length).toFixed(1)} a page, ${((1000 * total) / words).toFixed(2)} per 1,000 words)`);
  console.log(problems.length === 0 ? 'checks: none inside or across a mark, none with a sentence-initial function word, offsets right' : `PROBLEMS:\n${problems.join('\n')}`);
  if (problems.length) process.exitCode = 1;
}

await main();
