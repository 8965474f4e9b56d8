/**
 * Export as Markdown that reads well in Obsidian (and any CommonMark viewer): one document per
 * page (YAML front matter with title, source, site, dates and tags; the title as a heading; a
 * link to the page; each highlight as a block quote in reading order with its note and tags;
 * the notes about the page and about people, organisations and places written there), or all
 * of it in one document. The quoted text and the notes are the reader's plain text, so every
 * character Markdown or Obsidian would read as markup is escaped: what renders is what was saved.
 */
import type { ReaderData } from '../model/dataset.ts';
import type { Highlight, Note, PageRecord } from '../model/types.ts';
import { quoteText, storedStart } from '../model/selectors.ts';
import { byKeys } from './order.ts';

export interface MarkdownFile {
  /** file name inside the zip (or the download), ending in .md */
  name: string;
  text: string;
}

export interface MarkdownMeta {
  exported: string;
  generator: string;
}

/**
 * Backslash-escape what CommonMark or Obsidian reads as markup. Inline: \ ` * _ [ ] < > | ~ $ & =
 * % ^ #; at a line start also list markers and ordered-list numbers. Spaces at the start and
 * end of a line are dropped (they would make a code block or a hard break).
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // leading spaces would start a code block, trailing ones a hard break: neither is the reader's text
      const out = line.trim().replace(/[\\`*_[\]<>|~$&=%^#]/g, (c) => `\\${c}`);
      return out.replace(/^([-+:!])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
    })
    .join('\n');
}

/** an Obsidian tag: letters, digits, _ - / only (spaces become -), never all digits */
export function obsidianTag(tag: string): string {
  const t = tag.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
  if (!t) return '';
  return /^\d+$/.test(t) ? `tag-${t}` : t;
}

const yaml = (s: string): string => JSON.stringify(s);
const day = (iso: string): string => iso.slice(0, 10);

/** Markdown paragraphs for a block of plain text: blank lines kept as paragraph breaks */
function paragraphs(text: string, prefix = ''): string[] {
  return escapeMarkdown(text.trim())
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => prefix + l).join('\n'));
}

function tagLine(tags: readonly string[]): string | null {
  const list = tags.map(obsidianTag).filter(Boolean);
  return list.length ? list.map((t) => `#${t}`).join(' ') : null;
}

function quoteBlock(text: string): string {
  // one block quote; the quote's own line breaks become paragraphs inside it
  return text
    .trim()
    .split(/\n+/)
    .map((p) => escapeMarkdown(p.trim()).split('\n').map((l) => `> ${l}`).join('\n'))
    .join('\n>\n');
}

function highlightBlock(h: Highlight): string {
  const parts = [quoteBlock(quoteText(h.selectors))];
  if (h.body.trim()) parts.push(...paragraphs(h.body));
  const tags = tagLine(h.tags);
  if (tags) parts.push(tags);
  return parts.join('\n\n');
}

function noteBlock(n: Note, heading: string): string {
  const parts = [heading];
  if (n.body.trim()) parts.push(...paragraphs(n.body));
  const tags = tagLine(n.tags);
  if (tags) parts.push(tags);
  return parts.join('\n\n');
}

/** highlights in reading order: by where the quote was on the page, then by time */
function readingOrder(a: Highlight, b: Highlight): number {
  const sa = storedStart(a.selectors);
  const sb = storedStart(b.selectors);
  if (sa !== sb) return sa - sb;
  return byKeys<Highlight>((h) => h.created, (h) => h.id)(a, b);
}

interface PageGroup {
  page: PageRecord;
  highlights: Highlight[];
  pageNotes: Note[];
  entityNotes: Note[];
}

function groupByPage(data: ReaderData): { groups: PageGroup[]; loose: Note[] } {
  const groups = new Map<string, PageGroup>();
  const pages = new Map(data.pages.map((p) => [p.id, p]));
  const group = (pageId: string): PageGroup | null => {
    const page = pages.get(pageId);
    if (!page) return null;
    let g = groups.get(pageId);
    if (!g) groups.set(pageId, (g = { page, highlights: [], pageNotes: [], entityNotes: [] }));
    return g;
  };
  const loose: Note[] = [];
  for (const h of data.highlights) group(h.pageId)?.highlights.push(h);
  for (const n of data.notes) {
    const g = n.target.kind === 'page' ? group(n.target.pageId) : n.pageId ? group(n.pageId) : null;
    if (!g) loose.push(n);
    else if (n.target.kind === 'page') g.pageNotes.push(n);
    else g.entityNotes.push(n);
  }
  const list = [...groups.values()].sort(byKeys((g) => g.page.firstVisit, (g) => g.page.id));
  for (const g of list) {
    g.highlights.sort(readingOrder);
    g.pageNotes.sort(byKeys((n) => n.created, (n) => n.id));
    g.entityNotes.sort(byKeys((n) => n.target.kind === 'entity' ? n.target.entityName : '', (n) => n.created, (n) => n.id));
  }
  loose.sort(byKeys((n) => n.target.kind === 'entity' ? n.target.entityName : '', (n) => n.created, (n) => n.id));
  return { groups: list, loose };
}

const entityHeading = (n: Note, level: string): string =>
  `${level} ${escapeMarkdown(n.target.kind === 'entity' ? n.target.entityName : 'Note')}`;

/** the body of one page's section, headings starting at `level` (## for a page document) */
function pageSection(g: PageGroup, level: number): string {
  const h = (n: number) => '#'.repeat(Math.min(6, level + n));
  const count = g.highlights.length;
  const parts: string[] = [
    `[${escapeMarkdown(g.page.site || g.page.url)}](<${g.page.url.replace(/>/g, '%3E')}>) · first read ${day(g.page.firstVisit)} · ${count} ${count === 1 ? 'highlight' : 'highlights'}`,
  ];
  if (g.highlights.length) parts.push(`${h(0)} Highlights`, g.highlights.map(highlightBlock).join('\n\n---\n\n'));
  if (g.pageNotes.length) parts.push(`${h(0)} Notes about this page`, g.pageNotes.map((n) => noteBlock(n, `${h(1)} ${day(n.created)}`)).join('\n\n'));
  if (g.entityNotes.length) parts.push(`${h(0)} Notes about people, organisations and places`, g.entityNotes.map((n) => noteBlock(n, entityHeading(n, h(1)))).join('\n\n'));
  return parts.join('\n\n');
}

function frontMatter(fields: [string, string | string[]][]): string {
  const lines = ['---'];
  for (const [k, v] of fields) {
    if (Array.isArray(v)) {
      if (!v.length) continue;
      lines.push(`${k}:`, ...v.map((x) => `  - ${yaml(x)}`));
    } else lines.push(`${k}: ${yaml(v)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

function tagsOf(g: PageGroup): string[] {
  const all = [...g.highlights.flatMap((h) => h.tags), ...g.pageNotes.flatMap((n) => n.tags), ...g.entityNotes.flatMap((n) => n.tags)];
  return [...new Set(all.map(obsidianTag).filter(Boolean))];
}

function pageDocument(g: PageGroup, meta: MarkdownMeta): string {
  return [
    frontMatter([
      ['title', g.page.title],
      ['source', g.page.url],
      ['site', g.page.site],
      ['first_read', day(g.page.firstVisit)],
      ['last_read', day(g.page.lastVisit)],
      ['exported', meta.exported],
      ['tags', tagsOf(g)],
    ]),
    `# ${escapeMarkdown(g.page.title || g.page.url)}`,
    pageSection(g, 2),
  ].join('\n\n') + '\n';
}

function looseDocument(notes: Note[], meta: MarkdownMeta, level: number): string {
  const h = '#'.repeat(level);
  return [`${h} Notes about people, organisations and places`, ...notes.map((n) => noteBlock(n, entityHeading(n, `${h}#`)))].join('\n\n') + (level === 1 ? `\n\nExported ${meta.exported} by ${escapeMarkdown(meta.generator)}.\n` : '');
}

/** a file name from a page title: no path or reserved characters, at most 80 characters */
export function fileNameOf(title: string): string {
  const clean = title.replace(/[\\/:*?"<>|#^[\]\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return (clean.slice(0, 80).trim() || 'Untitled page');
}

/** One Markdown document per page (and one for notes written on no page). */
export function exportMarkdownFiles(data: ReaderData, meta: MarkdownMeta): MarkdownFile[] {
  const { groups, loose } = groupByPage(data);
  const used = new Set<string>();
  const unique = (base: string) => {
    let name = `${base}.md`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} (${i}).md`;
    used.add(name.toLowerCase());
    return name;
  };
  const files = groups.map((g) => ({ name: unique(fileNameOf(g.page.title)), text: pageDocument(g, meta) }));
  if (loose.length) files.push({ name: unique('Notes about people, organisations and places'), text: looseDocument(loose, meta, 1) });
  return files;
}

/** Everything in one Markdown document: a section per page, then notes written on no page. */
export function exportMarkdown(data: ReaderData, meta: MarkdownMeta): string {
  const { groups, loose } = groupByPage(data);
  const parts = [
    frontMatter([['title', 'Gloss notes'], ['exported', meta.exported], ['generator', meta.generator]]),
    '# Gloss notes',
  ];
  for (const g of groups) parts.push(`## ${escapeMarkdown(g.page.title || g.page.url)}`, pageSection(g, 3));
  if (loose.length) parts.push(looseDocument(loose, meta, 2));
  return parts.join('\n\n') + '\n';
}
