/**
 * Markdown: parsed by markdown-it (a CommonMark parser that is not ours): one document per page
 * with its front matter, title heading, link, each highlight's quote as a block quote whose text
 * is exactly the saved quote, its note and tags; entity notes; one document for everything.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { unzipSync, strFromU8 } from 'fflate';
import { escapeMarkdown, exportMarkdown, exportMarkdownFiles, obsidianTag } from '../../src/core/formats/markdown.ts';
import { exportFile } from '../../src/core/formats/files.ts';
import { TRICKY_NOTE, TRICKY_QUOTE, sampleData } from './notes-fixture.ts';

const md = new MarkdownIt();
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** the plain text of inline tokens, soft breaks as "\n" */
const inlineText = (t: Token): string => (t.children ?? []).map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content)).join('');

function split(text: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'front matter first');
  return { front: parseYaml(m[1]!) as Record<string, unknown>, body: text.slice(m[0].length) };
}

/** the text of each block quote: its paragraphs joined by "\n" */
function blockquotes(tokens: Token[]): string[] {
  const out: string[] = [];
  let depth = 0;
  let current: string[] = [];
  for (const t of tokens) {
    if (t.type === 'blockquote_open') { depth++; current = []; }
    else if (t.type === 'blockquote_close') { depth--; out.push(current.join('\n')); }
    else if (depth > 0 && t.type === 'inline') current.push(inlineText(t));
  }
  return out;
}

const normalise = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');

describe('Markdown export', () => {
  const data = sampleData();
  const meta = { exported: '2026-11-22T09:00:00.000Z', generator: 'Gloss test' };

  it('escapes what Markdown would read as markup, so the rendered text is the saved text', () => {
    for (const s of ['*a* _b_ [c](d) <e> `f` # g', '1. not a list', '- not a list', '==mark== %%c%% $x$ ^ref &amp;', 'a | b ~~c~~', TRICKY_NOTE]) {
      const tokens = md.parse(escapeMarkdown(s), {});
      const text = tokens.filter((t) => t.type === 'inline').map(inlineText).join('\n');
      assert.equal(normalise(text), normalise(s), s);
      assert.ok(!tokens.some((t) => /list|heading|code|html/.test(t.type)), `no structure from ${s}: ${tokens.map((t) => t.type).join(',')}`);
      assert.ok(!tokens.flatMap((t) => t.children ?? []).some((c) => /^(em|strong|link|code|html|s)_?/.test(c.type) && c.type !== 'softbreak'), `no inline markup from ${s}`);
    }
    assert.equal(obsidianTag('foreign policy'), 'foreign-policy');
    assert.equal(obsidianTag('2026'), 'tag-2026');
  });

  it('writes one document per page: front matter, title, link, quotes with notes and tags in reading order, entity notes', () => {
    const files = exportMarkdownFiles(data, meta);
    assert.deepEqual(files.map((f) => f.name), ['Belarus frees prisoners, a victory News.md', 'Budget what changes.md', 'Notes about people, organisations and places.md']);
    const { front, body } = split(files[0]!.text);
    assert.equal(front['title'], data.pages[0]!.title);
    assert.equal(front['source'], data.pages[0]!.url);
    assert.deepEqual(front['tags'], ['tagged-only', 'politics', 'foreign-policy', 'kremlin'], 'in reading order');
    const tokens = md.parse(body, {});
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${inlineText(tokens[i + 1]!)}`] : []));
    assert.deepEqual(headings, [`h1 ${data.pages[0]!.title}`, 'h2 Highlights', 'h2 Notes about people, organisations and places', 'h3 Vladimir Putin']);
    const quotes = blockquotes(tokens);
    // reading order: the highlight at offset 100 before the one at 400
    assert.deepEqual(quotes.map(normalise), ['Lukashenko released 52 prisoners.', normalise(TRICKY_QUOTE)]);
    const links = tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'link_open').map((c) => c.attrGet('href')));
    assert.deepEqual(links, [data.pages[0]!.url]);
    const paragraphs = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open').map(inlineText);
    assert.ok(paragraphs.some((p) => p === 'Check this, "twice"'), 'the note');
    assert.ok(paragraphs.includes('#politics #foreign-policy'), 'the tags as Obsidian tags');
    assert.ok(paragraphs.includes('#tagged-only'), 'tags on a highlight without a note');
    assert.ok(paragraphs.includes('Met him in 3 articles, "always" the same line'), 'the entity note');
    assert.match(files[2]!.text, /^# Notes about people, organisations and places\n\n## Belarus\n\nno page/);
  });

  it('writes everything in one document, or the page documents in one zip', () => {
    const one = exportMarkdown(data, meta);
    const { body } = split(one);
    const tokens = md.parse(body, {});
    const h2 = tokens.flatMap((t, i) => (t.type === 'heading_open' && t.tag === 'h2' ? [inlineText(tokens[i + 1]!)] : []));
    assert.deepEqual(h2, [data.pages[0]!.title, data.pages[1]!.title, 'Notes about people, organisations and places']);
    assert.equal(blockquotes(tokens).length, 3);
    const zip = exportFile(data, { format: 'markdown', markdownPerPage: true, at: new Date('2026-11-22T09:00:00Z'), generator: 'Gloss test', scope: { kind: 'all' } });
    assert.equal(zip.name, 'gloss-notes-2026-11-22.zip');
    const unzipped = unzipSync(zip.bytes as Uint8Array);
    assert.deepEqual(Object.keys(unzipped).sort(), exportMarkdownFiles(data, meta).map((f) => f.name).sort());
    assert.match(strFromU8(unzipped['Budget what changes.md']!), /> The budget passed, 51 to 49\./);
  });
});
