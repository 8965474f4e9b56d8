/**
 * Reader data for the format tests: pages, highlights with notes and tags (and one with tags but
 * no note), notes about an entity and a page, sightings, rejections, a tombstone. The texts hold
 * what breaks naive writers: commas, quotes, line breaks, emoji, Markdown and formula
 * characters, right-to-left script.
 */
import type { ReaderData } from '../../src/core/model/dataset.ts';
import type { Highlight, Note, PageRecord } from '../../src/core/model/types.ts';

export const T0 = '2026-11-20T10:00:00.000Z';
export const T1 = '2026-11-21T08:30:00.000Z';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const TRICKY_QUOTE = 'He said, "Every person freed is a victory" — and then: *nothing* [1] <b>#1</b> 🎉\nSecond paragraph: 1. not a list = 100% & $5';
export const TRICKY_NOTE = 'Check this, "twice"\n\n- not a list\n=SUM(A1) looks like a formula; emoji 👩🏽‍🔬; عربى';

export function sampleData(): ReaderData {
  const pages: PageRecord[] = [
    { id: id(1), url: 'https://news.example/world/belarus-prisoners', title: 'Belarus frees prisoners, "a victory" | News', site: 'news.example', firstVisit: T0, lastVisit: T1, aliases: ['https://m.news.example/world/belarus-prisoners'], rev: 3 },
    { id: id(2), url: 'https://other.example/story?id=7', title: 'Budget: what changes', site: 'other.example', firstVisit: T1, lastVisit: T1, aliases: [], rev: 1 },
  ];
  const h = (n: number, pageId: string, exact: string, start: number, body: string, tags: string[], colour: Highlight['colour'] = 'yellow'): Highlight => ({
    id: id(n), pageId, selectors: [{ type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start, end: start + exact.length }],
    colour, body, tags, created: T0, updated: T1, rev: 2, placement: { state: 'placed', checked: T1 },
  });
  const highlights: Highlight[] = [
    h(10, id(1), TRICKY_QUOTE, 400, TRICKY_NOTE, ['politics', 'foreign policy'], 'green'),
    h(11, id(1), 'Lukashenko released 52 prisoners.', 100, '', ['tagged-only']),
    h(12, id(2), 'The budget passed, 51 to 49.', 20, 'A close vote', [], 'purple'),
  ];
  const notes: Note[] = [
    { id: id(20), target: { kind: 'entity', entityId: 'Q7747', entityName: 'Vladimir Putin', entityType: 'person' }, pageId: id(1), body: 'Met him in 3 articles, "always" the same line', tags: ['kremlin'], created: T0, updated: T0, rev: 1 },
    { id: id(21), target: { kind: 'page', pageId: id(2) }, pageId: id(2), body: 'Read later', tags: ['later'], created: T1, updated: T1, rev: 1 },
    { id: id(22), target: { kind: 'entity', entityId: 'gloss:country:by', entityName: 'Belarus' }, body: 'no page', tags: [], created: T1, updated: T1, rev: 4 },
  ];
  return {
    pages,
    highlights,
    notes,
    sightings: [{ id: id(30), entityId: 'Q7747', pageId: id(1), count: 3, firstSeen: T0, lastSeen: T1, rev: 2 }],
    rejections: [{ pageId: id(1), entityIds: ['Q12345'], updated: T0, rev: 1 }],
    tombstones: [{ id: id(40), kind: 'highlight', deleted: T1, rev: 3 }],
  };
}

export const META = { exported: '2026-11-22T09:00:00.000Z', generator: 'Gloss test', scope: { kind: 'all' as const } };
