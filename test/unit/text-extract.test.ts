/**
 * The visible-text model (src/core/text) over linkedom: what is read, what is skipped, how words
 * join or separate, and that every character maps back to the DOM text it came from.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import {
  BLOCK_SEPARATOR, TextExtractor, articleOptions, articleRoots, domPieces, domPoint, extractArticleText, extractVisibleText,
  findArticleRegion, isReadable, paragraphRegion, textOffsetOf, type VisibleText,
} from '../../src/core/text/index.ts';
import { SPACE_CLASS_BODY, SPACE_CODES } from '../../src/core/text/rules.ts';
import { INVISIBLE_CLASS_BODY, INVISIBLE_CODES } from '../../src/core/text/invisible.ts';

function body(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  return document.body as unknown as Element;
}
const text = (html: string) => extractVisibleText(body(html)).text;

/** Every mapped character equals the DOM character it points to (spaces stand for any whitespace). */
function assertMapped(vt: VisibleText): void {
  for (const s of vt.segments) {
    for (let i = s.start; i < s.end; i++) {
      const want = vt.text[i]!;
      const got = s.node.data[s.nodeOffset + (i - s.start)]!;
      if (want === ' ') assert.match(got, /\s/u, `offset ${i}`);
      else assert.equal(got, want, `offset ${i}`);
    }
  }
  const unmapped = [...vt.text].filter((_c, i) => !vt.segments.some((s) => i >= s.start && i < s.end));
  assert.ok(unmapped.every((c) => c === BLOCK_SEPARATOR), `only separators are unmapped, got ${JSON.stringify(unmapped)}`);
}

describe('extractVisibleText', () => {
  it('keeps inline splits joined: bold first name, drop cap, link, soft hyphen, zero-width space', () => {
    assert.equal(text('<p><b>Alexander</b> Lukashenko</p>'), 'Alexander Lukashenko');
    assert.equal(text('<p><span class="dropcap">Z</span>imbabwe voted.</p>'), 'Zimbabwe voted.');
    assert.equal(text('<p>Ask <a href="/x">Kaja Kallas</a>.</p>'), 'Ask Kaja Kallas.');
    assert.equal(text('<p>Luka\u00ADshenko and Tsi&shy;khanou\u200Bskaya</p>'), 'Lukashenko and Tsikhanouskaya');
  });

  it('separates blocks so words from different blocks never merge', () => {
    const t = text('<h1>Minsk</h1><p>Vilnius</p><ul><li>Riga</li><li>Tallinn</li></ul><table><tr><td>Oslo</td><td>Bergen</td></tr></table><p>one<br>two</p>');
    assert.equal(t, ['Minsk', 'Vilnius', 'Riga', 'Tallinn', 'Oslo', 'Bergen', 'one', 'two'].join(BLOCK_SEPARATOR));
  });

  it('collapses whitespace, including newlines and non-breaking spaces, with no leading or trailing space', () => {
    assert.equal(text('<p>\n   Mr\u00A0Putin\n\t said   so  </p>\n<p>  next </p>'), `Mr Putin said so${BLOCK_SEPARATOR}next`);
  });

  it('skips code, form controls, scripts, hidden, aria-hidden, contenteditable and Gloss UI', () => {
    const t = text(`
      <p>Seen</p>
      <script>var Lukashenko = 1</script><style>.x{}</style><noscript>noscript</noscript>
      <template><p>template</p></template><textarea>textarea</textarea><input value="input">
      <select><option>option</option></select><code>code</code><pre>pre</pre>
      <svg><text>svg</text></svg><div contenteditable="true">editable</div><div contenteditable>editable2</div>
      <div hidden>hidden</div><span aria-hidden="true">ariahidden</span>
      <div data-gloss-ui>gloss</div><details><summary>Summary</summary><p>closed</p></details>
      <p contenteditable="false">ReadOnly</p>`);
    assert.equal(t, ['Seen', 'Summary', 'ReadOnly'].join(BLOCK_SEPARATOR));
  });

  it('asks the adapter about computed hiddenness and blockness', () => {
    const b = body('<p>a <span class="gone">hidden</span>b<span class="blocky">c</span>d</p>');
    const vt = extractVisibleText(b, {
      isHidden: (el) => el.getAttribute('class') === 'gone',
      isBlock: (el) => (el.getAttribute('class') === 'blocky' ? true : undefined),
    });
    assert.equal(vt.text, `a b${BLOCK_SEPARATOR}c${BLOCK_SEPARATOR}d`);
  });

  it('asks about each element once, also when it climbs out of it, and still closes its blocks', () => {
    // each question is a computed-style look-up in the browser, and each makes an object there
    const b = body('<section><p>one <b>two</b> three</p><div class="inline">four <i>five</i></div> six</section><p>seven</p>');
    const asked = new Map<Element, number>();
    const vt = extractVisibleText(b, {
      isBlock: (el) => {
        asked.set(el, (asked.get(el) ?? 0) + 1);
        return el.getAttribute('class') === 'inline' ? false : undefined;
      },
    });
    assert.equal(vt.text, `one two three${BLOCK_SEPARATOR}four five six${BLOCK_SEPARATOR}seven`);
    assert.deepEqual([...asked.values()].filter((n) => n > 1), [], `elements asked more than once: ${[...asked].filter(([, n]) => n > 1).map(([el]) => el.localName).join(', ')}`);
  });

  it('still closes the blocks it is in when the page moved them between two slices', () => {
    const b = body('<div id="outer"><p id="moved">alpha <b>beta</b></p></div><p>gamma</p>');
    const ex = new TextExtractor([b]);
    let visits = 0;
    // stop inside <b>, then move its paragraph out of the <div>
    ex.advance(() => ++visits >= 1);
    const moved = b.querySelector('#moved')!;
    b.appendChild(moved);
    ex.advance();
    assert.match(ex.result().text, /alpha beta/);
  });

  it('maps every character back to its Text node and offset', () => {
    const b = body('<article><h1>The <b>Alexander</b>   Luka\u00ADshenko story</h1><p>Z<i>imbabwe</i>\n and <a href="#">Minsk</a></p></article>');
    const vt = extractVisibleText(b);
    assert.equal(vt.text, `The Alexander Lukashenko story${BLOCK_SEPARATOR}Zimbabwe and Minsk`);
    assertMapped(vt);
    const start = vt.text.indexOf('Alexander');
    const pieces = domPieces(vt, start, start + 'Alexander Lukashenko'.length);
    assert.deepEqual(pieces.map((p) => p.node.data.slice(p.start, p.end)), ['Alexander', '   Luka\u00ADshenko']);
    const z = vt.text.indexOf('Zimbabwe');
    assert.deepEqual(domPieces(vt, z, z + 8).map((p) => p.node.data.slice(p.start, p.end)), ['Z', 'imbabwe']);
    const m = vt.text.indexOf('Minsk');
    const p0 = domPoint(vt, m)!;
    assert.equal(p0.node.data, 'Minsk');
    assert.equal(p0.offset, 0);
    assert.equal(domPoint(vt, m + 5, 'end')!.offset, 5);
    assert.equal(textOffsetOf(vt, p0.node, 2), m + 2);
  });

  it('can be read in slices and gives the same result', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para <b>${i}</b> about <a>Minsk</a></p>`).join('');
    const whole = extractVisibleText(body(html));
    const ex = new TextExtractor([body(html)]);
    let slices = 0;
    let calls = 0;
    while (!ex.advance(() => ++calls % 3 === 0)) slices++;
    assert.ok(slices > 5, `read in ${slices} slices`);
    assert.equal(ex.result().text, whole.text);
  });

  it('reads several roots with a separator between them and reports readability of nested nodes', () => {
    const b = body('<h1>Head</h1><div contenteditable><p id="in">x</p></div><p id="out">y</p>');
    const doc = b.ownerDocument;
    assert.equal(extractVisibleText([doc.querySelector('h1')!, doc.querySelector('#out')!]).text, `Head${BLOCK_SEPARATOR}y`);
    assert.equal(isReadable(doc.querySelector('#in')!.firstChild!), false);
    assert.equal(isReadable(doc.querySelector('#out')!.firstChild!), true);
  });
});

describe('article region', () => {
  const long = 'Lorem ipsum dolor sit amet. '.repeat(30);
  it('prefers the one article but keeps the headline and captions outside it', () => {
    const b = body(`<nav>Home World Sport</nav><header><h1>Big Headline</h1><p itemprop="description">Standfirst</p></header>
      <figure><figcaption>Caption</figcaption></figure><article><p>${long}</p></article><aside>Most read: gossip</aside>`);
    const vt = extractArticleText(b);
    assert.ok(vt.text.startsWith(`Big Headline${BLOCK_SEPARATOR}Standfirst${BLOCK_SEPARATOR}Caption${BLOCK_SEPARATOR}Lorem`), vt.text.slice(0, 60));
    assert.ok(!vt.text.includes('Most read') && !vt.text.includes('Home World'));
    assert.equal(articleRoots(b).length, 4);
  });
  it('uses <main> when there are several articles, and the body when nothing is trustworthy', () => {
    const two = body(`<main><article>${long}</article><article>${long}</article></main><footer>f</footer>`);
    assert.equal(findArticleRegion(two).localName, 'main');
    const none = body(`<div>${long}</div><article>teaser</article>`);
    assert.equal(findArticleRegion(none).localName, 'body');
  });
  it('finds the article by its paragraphs when the markup does not say, and skips navigation and footers', () => {
    const para = (n: number) => `<p>${'Paragraph text about Minsk and Vilnius. '.repeat(n)}</p>`;
    const b = body(`<nav><a>Minsk news</a></nav><div id="page"><div id="side">${para(1)}</div>
      <div id="story"><div id="part1">${para(4)}${para(4)}</div><div id="part2">${para(4)}</div></div></div>
      <footer>${para(1)}</footer>`);
    assert.equal(paragraphRegion(b)?.id, 'story', 'widened from the first part to the whole story, not to the page');
    assert.equal(findArticleRegion(b).id, 'story');
    const listing = body(Array.from({ length: 6 }, (_, i) => `<div id="t${i}">${para(2)}</div>`).join(''));
    assert.equal(paragraphRegion(listing), null, 'a front page of teasers has no article');
    const withNav = body(`<nav>Minsk</nav><div role="navigation">Vilnius</div><p>Riga</p><footer>Oslo</footer>
      <ul class="social social--top"><li>Share on Facebook</li></ul><div class="submeta__share">Twitter</div><aside id="related-links">Kyiv</aside>
      <div class="shareholders">Tallinn</div><article class="content content--comment">Oslo</article>`);
    assert.equal(extractArticleText(withNav).text, `Riga${BLOCK_SEPARATOR}Tallinn${BLOCK_SEPARATOR}Oslo`);
  });
  it('skips what follows an article but is not its text: reference lists, bibliographies, wiki navigation boxes and category links', () => {
    const b = body(`<div id="content"><p>Wellington is the capital.</p><p>Footnotes<sup class="reference">[1]</sup> stay in the text.</p>
      <div class="reflist"><ol class="references"><li>Smith, John (2010). Boston: Oxford University Press.</li></ol></div>
      <section role="doc-endnotes"><ol><li>London notes</li></ol></section><ul role="doc-bibliography"><li>Melbourne</li></ul>
      <div class="refbegin">Further reading: Cambridge</div><table class="navbox"><tr><td>Waikato Southland</td></tr></table>
      <div class="catlinks">Categories: Island countries</div><ol class="steps"><li>Auckland is the largest city.</li></ol></div>`);
    assert.equal(
      extractVisibleText([b], articleOptions()).text,
      `Wellington is the capital.${BLOCK_SEPARATOR}Footnotes[1] stay in the text.${BLOCK_SEPARATOR}Auckland is the largest city.`,
    );
  });
});

describe('white space and invisible characters in any mix', () => {
  it('gives what collapsing the text would give, every character mapped, for 500 generated paragraphs', () => {
    // a small deterministic generator (xorshift) so a failure can be replayed
    let seed = 0x9e3779b9;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const spaces = [...SPACE_CODES].map((c) => String.fromCharCode(c));
    const invisible = [...INVISIBLE_CODES].map((c) => String.fromCharCode(c));
    const pick = (xs: readonly string[]) => xs[rnd(xs.length)]!;
    const piece = () => Array.from({ length: 1 + rnd(12) }, () => [() => pick(['a', 'B', 'é', 'Д', '1', ',']), () => ' ', () => pick(spaces), () => pick(invisible)][rnd(4)]!()).join('');
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const spaceRun = new RegExp(`[${SPACE_CLASS_BODY}]+`, 'g');
    const invisibleChar = new RegExp(`[${INVISIBLE_CLASS_BODY}]`, 'g');
    for (let n = 0; n < 500; n++) {
      const texts = Array.from({ length: 1 + rnd(4) }, piece);
      const html = texts.map((t, i) => (i % 2 ? `<b>${escape(t)}</b>` : escape(t))).join('');
      const vt = extractVisibleText(body(`<p>${html}</p>`));
      const want = texts.join('').replace(invisibleChar, '').replace(spaceRun, ' ').trim();
      assert.equal(vt.text, want, `paragraph ${n}: ${JSON.stringify(texts)}`);
      assertMapped(vt);
    }
  });
});

describe('TextExtractor.drain (a long text passed on as it is read)', () => {
  it('hands out the text in pieces that join to the whole, however the read is sliced', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i}: <b>Alexander</b> Lukashenko met   officials in <i>Minsk</i>.</p>`).join('');
    const root = body(`<article>${paragraphs}</article>`);
    const whole = extractVisibleText(root).text;
    for (const every of [1, 7, 64]) {
      const ex = new TextExtractor([root]);
      const pieces: string[] = [];
      let checks = 0;
      while (!ex.advance(() => ++checks % every === 0)) pieces.push(ex.drain());
      pieces.push(ex.drain());
      assert.ok(pieces.length > 1 || every === 64, 'more than one piece');
      assert.equal(pieces.join(''), whole);
      assert.equal(ex.result().text, whole, 'the result is the same text');
      assert.equal(ex.drain(), '', 'nothing more after the end');
    }
  });
});
