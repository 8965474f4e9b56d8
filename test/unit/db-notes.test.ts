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
    assert.deepEqual(made.highlight.tags, ['economy', 'EU']);

    // the AMP variant, whose canonical link points at the article, reaches the same page
    const visit = await h['page/visit']({ url: 'https://news.example.com/amp/story', title: 'Story (AMP)', canonical: 'https://news.example.com/story', amp: true });
    assert.equal(visit.page?.id, made.page.id);
    assert.deepEqual(visit.page?.aliases, ['https://news.example.com/amp/story']);
    assert.equal(visit.highlights.length, 1);
    // the page gets what it needs to draw the highlight, never the note's text or its tags
    assert.equal(visit.highlights[0]!.hasNote, true);
    assert.deepEqual(Object.keys(visit.highlights[0]!.highlight).sort(), ['colour', 'id', 'selectors']);
    assert.ok(!JSON.stringify(visit).includes('my note'), 'no note text in the visit reply');
    assert.ok(!JSON.stringify(visit).includes('economy'), 'no tags in the visit reply');
    const full = await h['highlights/get']({ id: made.highlight.id });
    assert.equal(full.body, 'my note');
    assert.deepEqual(full.tags, ['economy', 'EU']);
  });

  it('updates colour and note, keeps tags without a note, and undoes a delete with the same record', async () => {
    const made = await h['highlights/create']({ url: 'https://example.org/a', title: 'A', selectors: sel('alpha'), colour: 'yellow' });
    assert.equal(made.highlight.body, '');
    assert.equal(made.highlight.rev, 1);
    const edited = await h['highlights/update']({ id: made.highlight.id, colour: 'pink', note: { body: 'first', tags: ['t1'] } });
    assert.equal(edited.colour, 'pink');
    assert.equal(edited.body, 'first');
    assert.equal(edited.rev, 2, 'every write raises the revision');
    const tagsOnly = await h['highlights/update']({ id: made.highlight.id, note: { body: '', tags: ['kept', 'also'] } });
    assert.equal(tagsOnly.body, '');
    assert.deepEqual(tagsOnly.tags, ['kept', 'also'], 'tags sit on a highlight without a note');
    const again = await h['highlights/update']({ id: made.highlight.id, note: { body: 'second', tags: [] } });
    assert.equal(again.id, made.highlight.id, 'one record per highlight, edited in place');
    const removed = await h['highlights/delete']({ id: made.highlight.id });
    assert.equal(await db.highlights.get(made.highlight.id), undefined);
    const tomb = await db.tombstones.get(made.highlight.id);
    assert.deepEqual({ kind: tomb?.kind, rev: tomb?.rev }, { kind: 'highlight', rev: again.rev + 1 }, 'a delete leaves a tombstone one revision on');
    const back = await h['highlights/restore']({ highlight: removed });
    assert.deepEqual({ ...back, rev: 0 }, { ...removed, rev: 0 }, 'the same record: id, created date, page, selectors, note');
    assert.equal(back.rev, tomb!.rev + 1);
    assert.equal(await db.tombstones.get(made.highlight.id), undefined, 'the undo takes the tombstone back');
    await assert.rejects(h['highlights/restore']({ highlight: { ...removed, id: 'never-deleted' } }), /nothing to undo/);
    const emptied = await h['highlights/update']({ id: made.highlight.id, note: { body: '  ', tags: [] } });
    assert.equal(emptied.body, '');
    await assert.rejects(h['highlights/update']({ id: 'nope', colour: 'blue' }), /no longer in your notebook/);
  });

  it('keeps orphans and lists them for their page and in the notebook', async () => {
    const a = await h['highlights/create']({ url: 'https://example.net/p', title: 'P', selectors: sel('kept'), colour: 'blue', note: { body: 'orphan note', tags: [] } });
    const b = await h['highlights/create']({ url: 'https://example.net/p', title: 'P', selectors: sel('other'), colour: 'blue' });
    const page = { url: 'https://example.net/p', title: 'P' };
    await h['highlights/placement']({ page, placed: [b.highlight.id], orphaned: [a.highlight.id] });
    const forPage = await h['highlights/orphans']({ url: 'https://example.net/p?fbclid=1' });
    assert.deepEqual(forPage.entries.map((e) => e.kind === 'highlight' && e.highlight.id), [a.highlight.id]);
    assert.equal(forPage.entries[0]!.kind === 'highlight' && forPage.entries[0]!.highlight.body, 'orphan note');
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

describe('page identity holds to the site', () => {
  it('does not reach a page through an alias on another site (as a hostile import could leave one)', async () => {
    const made = await h['highlights/create']({ url: 'https://paper.example.com/story', title: 'Story', selectors: sel('quoted'), colour: 'yellow', note: { body: 'private', tags: [] } });
    // the AMP variant of the same site is a true alias; the other site's address is planted
    await db.pages.update(made.page.id, { aliases: ['https://amp.paper.example.com/story', 'https://evil.example/story'] });
    const planted = await h['page/visit']({ url: 'https://evil.example/story', title: 'Evil' });
    assert.notEqual(planted.page?.id, made.page.id, 'another site files its own page');
    assert.deepEqual(planted.highlights, [], 'and gets none of the reader’s highlights');
    const amp = await h['page/visit']({ url: 'https://amp.paper.example.com/story', title: 'Story' });
    assert.equal(amp.page?.id, made.page.id, 'the same site’s AMP address still reaches the page');
    assert.equal(amp.highlights.length, 1);
  });
});

describe('notes about entities: undo, and rejections by page', () => {
  it('undoes a note’s delete with the same record (id, created date, target, page)', async () => {
    const note = await h['notes/add']({ target: { kind: 'entity', entityId: 'Q1', entityName: 'One' }, body: 'keep me', tags: ['x'], url: 'https://example.com/u1', title: 'U1' });
    const removed = await h['notes/delete']({ id: note.id });
    assert.deepEqual(removed, note);
    assert.equal((await db.tombstones.get(note.id))?.kind, 'note');
    const back = await h['notes/restore']({ note: removed });
    assert.deepEqual({ ...back, rev: 0 }, { ...note, rev: 0 });
    assert.ok(back.rev > note.rev);
    assert.deepEqual(await db.notes.get(note.id), back);
    await assert.rejects(h['notes/delete']({ id: 'missing' }), /no longer in your notebook/);
  });

  it('keeps "not this one here" per page, found by any address of the page', async () => {
    // marks-handlers loads the extension API (tabs): this tests the repository it calls
    const repo = await import('../../src/background/repository/index.ts');
    await repo.rejectOn({ url: 'https://example.com/rej?utm_source=x' }, 'Q5');
    await repo.rejectOn({ url: 'https://example.com/rej#frag' }, 'Q6');
    await repo.rejectOn({ url: 'https://example.com/rej' }, 'Q5');
    assert.deepEqual(await repo.rejectedOn({ url: 'https://example.com/rej' }), ['Q5', 'Q6']);
    const page = await repo.findPage({ url: 'https://example.com/rej' });
    assert.deepEqual((await db.rejections.get(page!.id))?.entityIds, ['Q5', 'Q6']);
    assert.equal((await db.rejections.get(page!.id))?.rev, 2);
    // the AMP copy names the article as its canonical: the same page, the same rejections
    const amp = { url: 'https://example.com/amp/rej', canonical: 'https://example.com/rej', amp: true };
    assert.deepEqual(await repo.rejectedOn(amp), ['Q5', 'Q6']);
    // "Mark again" from either address
    await repo.unrejectOn(amp, 'Q5');
    assert.deepEqual(await repo.rejectedOn({ url: 'https://example.com/rej' }), ['Q6']);
    await repo.unrejectOn({ url: 'https://example.com/rej' }, 'Q5');
    assert.equal((await db.rejections.get(page!.id))?.rev, 3);
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
    assert.ok(only.entries.every((e) => e.kind === 'note' && e.note.target.kind === 'entity' && e.note.target.entityId === 'Q42'));
  });
});
