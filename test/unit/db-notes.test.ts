/**
 * The background's notes handlers against a real Dexie database (fake-indexeddb in Node):
 * pages filed by normalised/canonical URL, highlights with notes, undo, orphans, notebook.
 */
import 'fake-indexeddb/auto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { notesHandlers as h } from '../../src/background/notes-handlers.ts';
import { db } from '../../src/background/db.ts';
import type { Selector } from '../../src/core/model/types.ts';

const sel = (exact: string): Selector[] => [
  { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
  { type: 'TextPositionSelector', start: 7, end: 7 + exact.length },
];

describe('notes handlers', () => {
  it('files a highlight with its note under the normalised URL and returns it on the next visit', async () => {
    const url = 'https://news.example.com/story?utm_source=x#top';
    const made = await h['highlights/create']({ url, title: 'Story', selectors: sel('the quoted text'), colour: 'green', note: { body: 'my note', tags: ['economy', ' EU ', 'economy'] } });
    assert.equal(made.page.url, 'https://news.example.com/story');
    assert.equal(made.highlight.colour, 'green');
    assert.match(made.highlight.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(made.note?.tags, ['economy', 'EU']);

    // the AMP variant, whose canonical link points at the article, reaches the same page
    const visit = await h['page/visit']({ url: 'https://news.example.com/amp/story', title: 'Story (AMP)', canonical: 'https://news.example.com/story', amp: true });
    assert.equal(visit.page?.id, made.page.id);
    assert.deepEqual(visit.page?.aliases, ['https://news.example.com/amp/story']);
    assert.equal(visit.highlights.length, 1);
    // the page gets what it needs to draw the highlight, never the note's text
    assert.equal(visit.highlights[0]!.hasNote, true);
    assert.ok(!JSON.stringify(visit).includes('my note'), 'no note text in the visit reply');
    assert.equal((await h['highlights/get']({ id: made.highlight.id })).note?.body, 'my note');
  });

  it('updates colour and note, removes an emptied note, and undoes a delete exactly', async () => {
    const made = await h['highlights/create']({ url: 'https://example.org/a', title: 'A', selectors: sel('alpha'), colour: 'yellow' });
    assert.equal(made.note, null);
    const edited = await h['highlights/update']({ id: made.highlight.id, colour: 'pink', note: { body: 'first', tags: ['t1'] } });
    assert.equal(edited.highlight.colour, 'pink');
    assert.equal(edited.note?.body, 'first');
    const again = await h['highlights/update']({ id: made.highlight.id, note: { body: 'second', tags: [] } });
    assert.equal(again.note?.id, edited.note?.id, 'one note per highlight, edited in place');
    const removed = await h['highlights/delete']({ id: made.highlight.id });
    assert.equal(await db.highlights.get(made.highlight.id), undefined);
    assert.equal(await db.notes.get(again.note!.id), undefined);
    await h['highlights/restore'](removed);
    assert.deepEqual(await db.highlights.get(made.highlight.id), removed.highlight);
    assert.deepEqual(await db.notes.get(again.note!.id), removed.note);
    const emptied = await h['highlights/update']({ id: made.highlight.id, note: { body: '  ', tags: [] } });
    assert.equal(emptied.note, null);
    await assert.rejects(h['highlights/update']({ id: 'nope', colour: 'blue' }), /no longer in your notebook/);
  });

  it('keeps orphans and lists them for their page and in the notebook', async () => {
    const a = await h['highlights/create']({ url: 'https://example.net/p', title: 'P', selectors: sel('kept'), colour: 'blue', note: { body: 'orphan note', tags: [] } });
    const b = await h['highlights/create']({ url: 'https://example.net/p', title: 'P', selectors: sel('other'), colour: 'blue' });
    const page = { url: 'https://example.net/p', title: 'P' };
    await h['highlights/placement']({ page, placed: [b.highlight.id], orphaned: [a.highlight.id] });
    const forPage = await h['highlights/orphans']({ url: 'https://example.net/p?fbclid=1' });
    assert.deepEqual(forPage.entries.map((e) => e.kind === 'highlight' && e.highlight.id), [a.highlight.id]);
    assert.equal(forPage.entries[0]!.note?.body, 'orphan note');
    const all = await h['notebook/list']({ show: 'orphaned' });
    assert.ok(all.entries.some((e) => e.kind === 'highlight' && e.highlight.id === a.highlight.id));
    assert.ok(!all.entries.some((e) => e.kind === 'highlight' && e.highlight.id === b.highlight.id));
    // placed again on a later visit → no longer an orphan, still there
    await h['highlights/placement']({ page, placed: [a.highlight.id], orphaned: [] });
    assert.equal((await h['highlights/orphans']({ url: 'https://example.net/p' })).entries.length, 0);
    assert.ok(await db.highlights.get(a.highlight.id));
    // a report about another page cannot touch this page's highlights
    await h['highlights/placement']({ page: { url: 'https://example.net/other', title: 'O' }, placed: [], orphaned: [a.highlight.id] });
    assert.equal((await db.highlights.get(a.highlight.id))?.placement?.state, 'placed');
  });

  it('searches the notebook by words, tag and colour', async () => {
    await h['highlights/create']({ url: 'https://example.com/tax', title: 'Tax reform passes', selectors: sel('the budget vote'), colour: 'purple', note: { body: 'Check the numbers', tags: ['budget'] } });
    const byWords = await h['notebook/list']({ text: 'BUDGET numbers' });
    assert.equal(byWords.entries.length, 1);
    assert.equal((await h['notebook/list']({ tag: 'Budget' })).entries.length, 1);
    assert.equal((await h['notebook/list']({ colour: 'purple' })).entries.length, 1);
    assert.equal((await h['notebook/list']({ text: 'budget', colour: 'green' })).entries.length, 0);
    assert.ok((await h['notebook/list']({})).tags.includes('budget'));
  });

  it('records sightings per entity and page without double counting reloads, and answers about an entity', async () => {
    const page = { url: 'https://example.com/s1', title: 'S1', entities: [{ id: 'Q42', count: 3 }] };
    await h['sightings/record'](page);
    await h['sightings/record'](page);
    await h['sightings/record']({ url: 'https://example.com/s2', title: 'S2', entities: [{ id: 'Q42', count: 1 }] });
    const none = await h['notes/aboutEntity']({ entityId: 'Q42' });
    assert.deepEqual(none, { count: 0, latest: null, pagesSeen: 2 });
    await h['notes/add']({ target: { kind: 'entity', entityId: 'Q42', entityName: 'Douglas' }, body: 'towel', tags: [], url: 'https://example.com/s1', title: 'S1' });
    const about = await h['notes/aboutEntity']({ entityId: 'Q42' });
    assert.equal(about.count, 1);
    assert.equal(about.latest?.body, 'towel');
    assert.ok(about.latest?.pageId);
    await assert.rejects(h['notes/add']({ target: { kind: 'entity', entityId: 'Q42', entityName: 'D' }, body: ' ', tags: [] }), /empty/);
  });
});

describe('page notes', () => {
  it('adds a note about a page and finds it by any address of the page', async () => {
    const visit = await h['page/visit']({ url: 'https://example.com/pn?utm_medium=x', title: 'PN' });
    assert.ok(visit.page);
    const note = await h['notes/add']({ target: { kind: 'page', pageId: visit.page.id }, body: 'read later', tags: ['later'] });
    assert.equal(note.pageId, visit.page.id);
    const got = await h['notes/forPage']({ url: 'https://example.com/pn#x' });
    assert.equal(got.page?.id, visit.page.id);
    assert.deepEqual(got.notes.map((n) => n.body), ['read later']);
    assert.deepEqual(await h['notes/forPage']({ url: 'https://example.com/never' }), { page: null, notes: [] });
    const listed = await h['notebook/list']({ show: 'notes', text: 'later' });
    assert.ok(listed.entries.some((e) => e.kind === 'note' && e.note.id === note.id));
  });
});

describe('notebook address', () => {
  it('reads the popover\'s "#entity=<id>" (encoded or not) into a query', async () => {
    const { queryFromHash } = await import('../../src/core/model/notebook.ts');
    assert.deepEqual(queryFromHash('#entity%3DQ42'), { show: 'all', entityId: 'Q42' });
    assert.deepEqual(queryFromHash('#entity=gloss%3Aperson%3Ax'), { show: 'all', entityId: 'gloss:person:x' });
    assert.deepEqual(queryFromHash(''), { show: 'all' });
    const only = await h['notebook/list']({ entityId: 'Q42' });
    assert.ok(only.entries.length >= 1);
    assert.ok(only.entries.every((e) => e.note?.target.kind === 'entity' && e.note.target.entityId === 'Q42'));
  });
});
