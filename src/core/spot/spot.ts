/**
 * Spot the entities of one or more loaded packs in a text: scan with every matcher (each normalises
 * on the fly), read the names in other spellings the trie left (names.ts), keep leftmost-longest
 * non-overlapping matches, then apply the page rules (page-rules.ts) to decide what each links to;
 * last, the acronyms the page defines (defined-acronyms.ts) and the bodies it names again by their
 * head noun (back-references.ts).
 */
import type { SpotOptions } from './types.ts';
import type { Matcher, RawHit } from './matcher.ts';
import { forCapitalWords } from './capital-words.ts';
import { selectHits, type Hit } from './hits.ts';
import type { NameScanOptions } from './names.ts';
import { asCyrillicLang, cyrillicLangOf } from './romanise.ts';
import { spellingOf } from './spellings.ts';
import { declines, makesWomansSurnames } from './inflection.ts';
import { PageRules, type SpotResult } from './page-rules.ts';
import { primaryLang } from './country-languages.ts';
import { backReferences } from './back-references.ts';
import { withDefinedAcronyms } from './defined-acronyms.ts';
import { withoutIrishLenition, withoutIrishPrefixes } from './irish-mutations.ts';

export type { SpotResult } from './page-rules.ts';

/** the options of the name index's scan for a page */
function nameScanOptions(text: string, pageLang: string, blockBreaks: boolean): NameScanOptions {
  let cyrillic = asCyrillicLang(pageLang);
  return {
    lang: pageLang,
    spelling: spellingOf(pageLang),
    declines: { latin: declines(pageLang, 'latin'), cyrillic: declines(pageLang, 'cyrillic'), greek: declines(pageLang, 'greek') },
    womansSurnames: makesWomansSurnames(pageLang),
    // Cyrillic text is romanised by its language's system: the page's, or the one its letters show
    // (looked for in the text only when a Cyrillic word is read: most pages have none)
    get cyrillic() {
      return (cyrillic ??= CYRILLIC.test(text) ? (cyrillicLangOf(text) ?? 'ru') : 'ru');
    },
    blockBreaks,
  };
}
const CYRILLIC = /[\u0400-\u04ff]/;

/** every pack's trie hits, then the names in other spellings around them, leftmost-longest */
function findHits(text: string, matchers: readonly Matcher[], opts: NameScanOptions, otherSpellings: boolean): Hit[] {
  const raws: RawHit[] = [];
  const capitals = otherSpellings ? forCapitalWords(opts.lang) : undefined;
  matchers.forEach((m, i) => m.scan(text, raws, opts.blockBreaks, i === 0 ? capitals : undefined, opts.lang));
  if (matchers.length > 1) raws.sort(byStartLongest);
  if (!capitals) return selectHits(raws, true);
  const named: RawHit[] = [];
  for (const m of matchers) m.scanNames(text, capitals, raws, named, opts);
  if (named.length === 0) return selectHits(raws, true);
  return selectHits([...raws, ...named].sort(byStartLongest), true);
}
const byStartLongest = (x: RawHit, y: RawHit): number => x.start - y.start || y.end - x.end;

/** Spot the entities of `matchers` in `text`. */
export function spot(text: string, matchers: readonly Matcher[], opts: SpotOptions = {}): SpotResult {
  return primaryLang(opts.lang) === 'ga' ? spotIrish(text, matchers, opts) : spotText(text, matchers, opts);
}

/**
 * An Irish page, read with its initial mutations undone (irish-mutations.ts): the prefixes of
 * capitals always, lenition in a second reading whose mentions are kept where the first has none.
 * The mentions' text is the page's own.
 */
function spotIrish(text: string, matchers: readonly Matcher[], opts: SpotOptions): SpotResult {
  const read = withoutIrishPrefixes(text) ?? text;
  const first = spotText(read, matchers, opts);
  const unlenited = withoutIrishLenition(read);
  const second = unlenited === null ? null : spotText(unlenited, matchers, opts);
  const more = second ? second.mentions.filter((m) => !first.mentions.some((f) => f.start < m.end && m.start < f.end)) : [];
  if (read === text && more.length === 0) return first;
  const mentions = [...first.mentions, ...more].sort((a, b) => a.start - b.start).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  const entities = { ...second?.entities, ...first.entities };
  for (const id of Object.keys(entities)) if (!mentions.some((m) => m.entityId === id || m.candidates?.includes(id))) delete entities[id];
  return { mentions, entities };
}

function spotText(text: string, matchers: readonly Matcher[], opts: SpotOptions): SpotResult {
  const nameOpts = nameScanOptions(text, primaryLang(opts.lang), opts.blockBreaks === true);
  const hits = findHits(text, matchers, nameOpts, opts.otherSpellings !== false);
  const ruled = new PageRules(text, nameOpts, matchers, hits).run();
  const result = { ...ruled, mentions: withDefinedAcronyms(text, ruled.mentions, ruled.entities) };
  return withBackReferences(text, result, nameOpts.lang);
}

/** the page's mentions with the organisations it names again by their head noun ("the Commission") */
function withBackReferences(text: string, result: SpotResult, lang: string): SpotResult {
  const orgs = new Set(Object.values(result.entities).filter((e) => e.type === 'organisation').map((e) => e.id));
  if (orgs.size === 0) return result;
  const more = backReferences(text, result.mentions, orgs, lang);
  if (more.length === 0) return result;
  return { ...result, mentions: [...result.mentions, ...more].sort((a, b) => a.start - b.start) };
}
