import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anchor, describeRange, snapToWords, trimRange } from '../../src/core/anchor/index.ts';
import { anchorSteps, FUZZY_CHUNK } from '../../src/core/anchor/index.ts';
import search from 'approx-string-match';

const TEXT =
  'The council met on Tuesday to discuss the new bridge. ' +
  'Residents said the bridge would cut their commute by half, but the mayor warned that costs were rising. ' +
  'The mayor said the council would vote next month. ' +
  'Engineers expect construction to take three years, and the river will stay open to boats throughout.';

function sel(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.notEqual(at, -1, `fixture has "${needle}"`);
  const { quote, position } = describeRange(text, { start: at, end: at + needle.length });
  return { at, selectors: [quote, position] };
}

describe('describeRange', () => {
  it('makes W3C quote and position selectors with 32 characters of context', () => {
    const { quote, position } = describeRange(TEXT, { start: 54, end: 63 });
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(quote.exact, TEXT.slice(54, 63));
    assert.equal(quote.prefix, TEXT.slice(22, 54));
    assert.equal(quote.suffix, TEXT.slice(63, 95));
    assert.deepEqual(position, { type: 'TextPositionSelector', start: 54, end: 63 });
  });
  it('clips context at the ends of the text', () => {
    const { quote } = describeRange('abc def', { start: 0, end: 3 });
    assert.equal(quote.prefix, '');
    assert.equal(quote.suffix, ' def');
  });
  it('refuses empty and out-of-range ranges', () => {
    assert.throws(() => describeRange(TEXT, { start: 5, end: 5 }), RangeError);
    assert.throws(() => describeRange(TEXT, { start: -1, end: 5 }), RangeError);
    assert.throws(() => describeRange(TEXT, { start: 0, end: TEXT.length + 1 }), RangeError);
  });
  it('trims whitespace off a selection', () => {
    assert.deepEqual(trimRange('  ab c \n', { start: 0, end: 8 }), { start: 2, end: 6 });
  });
});

describe('anchor', () => {
  it('uses position + quote when the text is unchanged', () => {
    const { at, selectors } = sel(TEXT, 'cut their commute by half');
    assert.deepEqual(anchor(TEXT, selectors), { start: at, end: at + 25, method: 'position', errors: 0 });
  });

  it('falls back to the quote alone when text was inserted before it', () => {
    const { selectors } = sel(TEXT, 'cut their commute by half');
    const edited = 'UPDATE: this story has been corrected. ' + TEXT;
    const got = anchor(edited, selectors);
    assert.equal(got?.method, 'quote');
    assert.equal(edited.slice(got!.start, got!.end), 'cut their commute by half');
  });

  it('tells repeated quotes apart by their prefix and suffix, not by position alone', () => {
    // "The mayor" occurs twice; pick the second one, then shift everything
    const { selectors } = sel(TEXT, 'The mayor', 0);
    const second = TEXT.indexOf('The mayor');
    const edited = 'A much longer introduction was added here by the editors. '.repeat(3) + TEXT;
    const got = anchor(edited, selectors);
    assert.equal(got?.method, 'quote');
    assert.equal(got?.start, second + edited.length - TEXT.length);
  });

  it('places a passage whose words were lightly edited (approximate match)', () => {
    const { selectors } = sel(TEXT, 'Residents said the bridge would cut their commute by half, but the mayor warned that costs were rising.');
    const edited = TEXT.replace(
      'Residents said the bridge would cut their commute by half, but the mayor warned that costs were rising.',
      'Residents say the new bridge would cut their commute in half, but the mayor warned costs are rising.',
    );
    const got = anchor(edited, selectors);
    assert.equal(got?.method, 'fuzzy');
    assert.ok(got!.errors > 0);
    const placed = edited.slice(got!.start, got!.end);
    assert.match(placed, /^Residents say the new bridge .* costs are rising\.?$/);
  });

  it('returns null (an orphan) when the passage was removed', () => {
    const { selectors } = sel(TEXT, 'Engineers expect construction to take three years');
    const edited = TEXT.replace('Engineers expect construction to take three years, and the river will stay open to boats throughout.', 'Nothing else was decided.');
    assert.equal(anchor(edited, selectors), null);
  });

  it('does not place a short quote fuzzily where its context does not agree', () => {
    const { selectors } = sel(TEXT, 'three years');
    const edited = TEXT.replace('three years', 'a decade').replace('Tuesday', 'three yeast');
    assert.equal(anchor(edited, selectors), null);
  });

  it('respects a stricter error budget', () => {
    const { selectors } = sel(TEXT, 'the river will stay open to boats throughout');
    const edited = TEXT.replace('the river will stay open to boats throughout', 'the river will remain open to ships throughout');
    assert.ok(anchor(edited, selectors));
    assert.equal(anchor(edited, selectors, { maxErrorRatio: 0.05 }), null);
  });

  it('handles a quote at the very start of the text', () => {
    const { selectors } = sel(TEXT, 'The council met');
    const got = anchor('  ' + TEXT, selectors);
    assert.equal(got?.start, 2);
  });
});

describe('anchor tolerance (synthetic text, seeded)', () => {
  // a text of made-up words, so passages do not repeat; the real-page measurement is bench/anchor-tolerance.ts
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const syllables = ['ka', 'lo', 'mi', 'ren', 'to', 'vas', 'el', 'un', 'dri', 'po', 'sen', 'ta', 'gor', 'fi', 'an'];
  const word = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => syllables[Math.floor(rnd() * syllables.length)]).join('');
  const text = Array.from({ length: 3000 }, (_, i) => word() + (i % 17 === 16 ? '.\n' : ' ')).join('');
  const edit = (s: string, share: number) => {
    const chars = [...s];
    for (let k = 0; k < Math.round(s.length * share); k++) {
      const i = Math.floor(rnd() * chars.length);
      if (k % 3 === 0) chars[i] = 'x';
      else if (k % 3 === 1) chars.splice(i, 0, 'q');
      else chars.splice(i, 1);
    }
    return chars.join('');
  };
  const trial = (len: number, share: number) => {
    const start = Math.floor(rnd() * (text.length - len));
    const { quote, position } = describeRange(text, { start, end: start + len });
    const changed = edit(quote.exact, share);
    const edited = 'Inserted before. '.repeat(5) + text.slice(0, start) + changed + text.slice(start + len);
    const truthStart = 85 + start;
    const got = anchor(edited, [quote, position]);
    const removed = anchor(text.slice(0, start) + text.slice(start + len), [quote, position]);
    return { placed: !!got && Math.abs(got.start - truthStart) <= 5 && Math.abs(got.end - (truthStart + changed.length)) <= 5, removed };
  };

  for (const len of [40, 120]) {
    it(`places ${len}-character passages with 20% of their characters edited, and never places a removed one`, () => {
      let placed = 0;
      let wrong = 0;
      const n = 60;
      for (let i = 0; i < n; i++) {
        const r = trial(len, 0.2);
        if (r.placed) placed++;
        if (r.removed) wrong++;
      }
      assert.ok(placed >= n * 0.95, `${placed}/${n} placed`);
      assert.equal(wrong, 0, 'removed passages placed somewhere');
    });
  }

  it('gives up on passages edited beyond the budget (50%)', () => {
    let placed = 0;
    for (let i = 0; i < 40; i++) if (trial(120, 0.5).placed) placed++;
    assert.ok(placed <= 4, `${placed}/40 placed at 50% edits`);
  });
});

describe('anchorSteps (the same search, in steps a page can spread over idle time)', () => {
  // a long page: many paragraphs, the edited passage right across a chunk boundary
  const para = (i: number) => `Paragraph ${i} tells of the harbour, the ferry and the council's long argument about money and boats. `;
  const long = Array.from({ length: 1200 }, (_, i) => para(i)).join('');
  const target = 'The ferry captain, Mrs Oyelaran, said she would retire the day the bridge opened, not a day before.';
  const at = FUZZY_CHUNK * 3 - 40;
  const text = long.slice(0, at) + target + long.slice(at);

  it('finds an edited quote that straddles a chunk boundary, where one whole-text search finds it', () => {
    const edited = text.replace('Mrs Oyelaran', 'Ms Oyelaren').replace('not a day before', 'and not before');
    const quote = { type: 'TextQuoteSelector' as const, exact: target, prefix: long.slice(at - 32, at), suffix: long.slice(at, at + 32) };
    const steps = anchorSteps(edited, [quote]);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    assert.ok(yields >= 3, `${yields} steps on a ${edited.length}-character text`);
    const whole = search(edited, target, Math.floor(target.length * 0.3));
    assert.ok(r.value && r.value.method === 'fuzzy');
    assert.ok(whole.some((m) => m.start === r.value!.start && m.end === r.value!.end), `${JSON.stringify(r.value)} is one of the whole-text matches ${JSON.stringify(whole)}`);
    assert.deepEqual(anchor(edited, [quote]), r.value);
  });

  it('returns null when the passage is gone, after stepping through the whole text', () => {
    const gone = long;
    const quote = { type: 'TextQuoteSelector' as const, exact: target, prefix: '', suffix: '' };
    assert.equal(anchor(gone, [quote]), null);
  });
});

describe('snapToWords (a highlight never cuts a word)', () => {
  const text = 'The bloc’s foreign policy chief, Kaja Kallas, spoke in Vilnius.';
  const at = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length });
  const shown = (r: { start: number; end: number }) => text.slice(r.start, r.end);

  it('widens a start or an end inside a word to the whole word', () => {
    assert.equal(shown(snapToWords(text, at('oreign', 'poli'))), 'foreign policy');
    assert.equal(shown(snapToWords(text, at('foreig', 'foreig'))), 'foreig', 'inside one word it stays');
    assert.equal(shown(snapToWords(text, at('n policy ch', 'n policy ch'))), 'foreign policy chief');
  });

  it('keeps edges that are already word edges, and punctuation outside words', () => {
    assert.equal(shown(snapToWords(text, at('Kaja', 'Kallas,'))), 'Kaja Kallas,');
    assert.equal(shown(snapToWords(text, at(', Kaja', 'Kallas'))), ', Kaja Kallas');
  });

  it('works for any script', () => {
    const ru = 'Президент Лукашенко встретился с делегацией.';
    const r = snapToWords(ru, { start: ru.indexOf('шенко'), end: ru.indexOf('встре') + 3 });
    assert.equal(ru.slice(r.start, r.end), 'Лукашенко встретился');
  });
});
