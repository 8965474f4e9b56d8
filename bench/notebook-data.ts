/**
 * A synthetic notebook for the export benchmark and the search test: `n` highlights with notes
 * and tags over n/10 pages, plus a note about an entity every 20 highlights. Invented text.
 */
import type { ReaderData } from '../src/core/model/dataset.ts';
import { HIGHLIGHT_COLOURS, type Highlight, type Note, type PageRecord } from '../src/core/model/types.ts';

const WORDS = 'the minister said a victory for reform budget vote council ferry harbour election parliament court ruling protest energy price inflation treaty summit border trade Putin Macron NATO Kyiv Brussels'.split(' ');

function words(seed: number, count: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(' ');
}

const uuid = (kind: number, i: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();

export function syntheticNotebook(n: number): ReaderData {
  const pageCount = Math.max(1, Math.ceil(n / 10));
  const pages: PageRecord[] = Array.from({ length: pageCount }, (_, i) => ({
    id: uuid(1, i), url: `https://news${i % 50}.example/2026/story-${i}`, title: `Story ${i}: ${words(i, 6)}`, site: `news${i % 50}.example`,
    firstVisit: at(i * 10), lastVisit: at(i * 10 + 9), aliases: [], rev: 2,
  }));
  const highlights: Highlight[] = Array.from({ length: n }, (_, i) => {
    const exact = `${words(i + 7, 25)}, "quoted" ${i}`;
    return {
      id: uuid(2, i), pageId: pages[Math.floor(i / 10)]!.id,
      selectors: [{ type: 'TextQuoteSelector', exact, prefix: words(i + 3, 5), suffix: words(i + 5, 5) }, { type: 'TextPositionSelector', start: i * 40, end: i * 40 + exact.length }],
      colour: HIGHLIGHT_COLOURS[i % 5]!, body: `Note ${i}: ${words(i + 11, 30)}\nsecond line`, tags: [`tag${i % 20}`, 'news'],
      created: at(i), updated: at(i + 1), rev: 1 + (i % 3), placement: { state: 'placed', checked: at(i + 2) },
    };
  });
  const notes: Note[] = Array.from({ length: Math.floor(n / 20) }, (_, i) => ({
    id: uuid(3, i), target: { kind: 'entity', entityId: `Q${100 + (i % 40)}`, entityName: `Person ${i % 40}`, entityType: 'person' },
    pageId: pages[i % pageCount]!.id, body: words(i + 13, 20), tags: ['people'], created: at(i * 3), updated: at(i * 3), rev: 1,
  }));
  return { pages, highlights, notes, sightings: [], rejections: [], tombstones: [] };
}
