/**
 * `gloss spot FILE...`: spot with the default pack plus given packs, print a table or JSON.
 * HTML is reduced to its visible text by the same extractor the content script uses
 * (src/core/text, over linkedom), so offsets are offsets into that text.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticleText } from '../core/text/index.ts';
import { withoutInvisible } from '../core/text/invisible.ts';
import { Matcher, compilePack, spot } from '../core/spot/index.ts';
import type { EntityRef, Mention } from '../core/spot/types.ts';
import { loadPack, PackFileError } from './pack-files.ts';
import { UsageError, type Output } from './output.ts';
import { formatIssue } from '../core/pack/issues.ts';

export const DEFAULT_PACK_DIR = new URL('../../packs/default', import.meta.url);

export interface SpotCliOptions {
  packs: string[];
  json: boolean;
  lang?: string;
  useDefault: boolean;
}

interface Input {
  file: string;
  text: string;
  lang?: string;
  /** HTML: the extracted text has one "\n" between blocks, as in the extension */
  blocks?: boolean;
}

async function matcherFor(path: string, shown: string): Promise<Matcher> {
  let result;
  try {
    result = await loadPack(path);
  } catch (e) {
    if (e instanceof PackFileError) throw new UsageError(`${shown}: ${e.message.replace(/^[^:]*: /, '')}`);
    throw e;
  }
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more; run "gloss pack validate ${shown}")` : '';
    throw new UsageError(`${shown}: invalid pack: ${formatIssue(result.errors[0]!)}${more}`);
  }
  return new Matcher(compilePack(result.pack));
}

/**
 * The default pack, loaded and compiled once per process (about a second of work): every
 * `gloss spot` run in one process (the unit tests call `main` many times) shares it.
 */
let defaultMatcher: Promise<Matcher> | null = null;
function defaultPackMatcher(): Promise<Matcher> {
  if (!defaultMatcher) {
    defaultMatcher = matcherFor(fileURLToPath(DEFAULT_PACK_DIR), 'packs/default');
    defaultMatcher.catch(() => {
      defaultMatcher = null; // a failure is reported, not kept: the next call tries again
    });
  }
  return defaultMatcher;
}

/** Visible text of an HTML document (article region plus headings, as the content script reads). */
export function htmlText(html: string): { text: string; lang?: string } {
  const { document } = parseHTML(html);
  const body = document.body ?? document.documentElement;
  const lang = document.documentElement?.getAttribute('lang') || undefined;
  return { text: extractArticleText(body as unknown as Element).text, lang };
}

async function readInput(file: string): Promise<Input> {
  const ext = extname(file).toLowerCase();
  const html = ext === '.html' || ext === '.htm' || ext === '.xhtml';
  if (!html && ext !== '.txt') throw new UsageError(`${file}: unsupported file type "${ext || 'none'}"; give .html or .txt files`);
  let raw: string;
  try {
    raw = await readFile(resolve(file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message);
    throw new UsageError(`${file}: cannot read the file (${why})`);
  }
  if (!html) return { file, text: raw };
  try {
    return { file, ...htmlText(raw), blocks: true };
  } catch (e) {
    throw new UsageError(`${file}: cannot read the HTML (${(e as Error).message})`);
  }
}

function entityJson(ref: EntityRef | undefined): EntityRef | null {
  return ref ? { id: ref.id, name: ref.name, type: ref.type } : null;
}

export async function spotCommand(files: string[], opts: SpotCliOptions, io: Output): Promise<number> {
  if (files.length === 0) throw new UsageError('gloss spot: give at least one .html or .txt file');
  if (!opts.useDefault && opts.packs.length === 0) throw new UsageError('gloss spot: no pack to spot with (--no-default without --pack)');
  const inputs: Input[] = [];
  for (const f of files) inputs.push(await readInput(f));
  const matchers: Matcher[] = [];
  if (opts.useDefault) matchers.push(await defaultPackMatcher());
  for (const p of opts.packs) matchers.push(await matcherFor(resolve(p), p));

  const results = inputs.map((input) => {
    const r = spot(input.text, matchers, { lang: opts.lang ?? input.lang, blockBreaks: input.blocks === true });
    return {
      file: input.file,
      mentions: r.mentions.map((m: Mention) => {
        const out: Record<string, unknown> = { start: m.start, end: m.end, text: m.text, entity: entityJson(r.entities[m.entityId]), reason: m.reason };
        if (m.candidates) out.candidates = m.candidates.map((id) => entityJson(r.entities[id]));
        return out;
      }),
    };
  });

  if (opts.json) {
    io.out(JSON.stringify({ files: results }));
    return 0;
  }
  for (const f of results) {
    io.out(`${f.file}: ${f.mentions.length} mention${f.mentions.length === 1 ? '' : 's'}`);
    const rows = f.mentions.map((m) => {
      const e = m.entity as EntityRef | null;
      const who = e ? `${e.name} (${e.type}, ${e.id})` : `ambiguous: ${(m.candidates as EntityRef[]).map((c) => `${c.name} (${c.id})`).join(' | ')}`;
      return [`${m.start}-${m.end}`, oneLine(String(m.text)), who, String(m.reason)];
    });
    const widths = [0, 1].map((i) => Math.min(40, Math.max(0, ...rows.map((r) => r[i]!.length))));
    for (const r of rows) io.out(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}  [${r[3]}]`);
  }
  return 0;
}

/** mentions may span line breaks or contain soft hyphens: show them on one line */
function oneLine(s: string): string {
  return withoutInvisible(s.replace(/\s+/g, ' '));
}
