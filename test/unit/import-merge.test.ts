/**
 * Import into the reader's data (repository on fake-indexeddb): the preview writes nothing; the
 * import adds everything to an empty notebook; the same file twice adds nothing; a newer
 * revision wins; a tombstone deletes only an older record; a record deleted here is not brought
 * back by an older copy; a page already filed under the same address keeps its id; a write that
 * fails half-way leaves nothing behind (one transaction).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '../../src/background/db.ts';
import * as repo from '../../src/background/repository/index.ts';
import { readImportFile } from '../../src/core/formats/import.ts';
import { exportJson } from '../../src/core/formats/json/export.ts';
import type { ReaderData } from '../../src/core/model/dataset.ts';
import { changesNothing } from '../../src/core/model/merge.ts';
import { META, sampleData } from './notes-fixture.ts';

const read = (text: string): ReaderData => {
  const r = readImportFile(text);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
  return r.data;
};
const fileOf = (d: ReaderData) => exportJson(d, META);
/** the whole notebook as one JSON text (export order), to compare before/after */
const state = async () => fileOf(await repo.readAll());

beforeEach(async () => {
  await Promise.all([db.pages, db.highlights, db.notes, db.sightings, db.rejections, db.tombstones].map((t) => t.clear()));
});

describe('import into the reader’s data', () => {
  it('previews without writing, then adds everything; the same file again changes nothing', async () => {
    const data = sampleData();
    const preview = await repo.previewImport(read(fileOf(data)));
    assert.deepEqual(preview.summary.highlight, { added: 3, updated: 0, deleted: 0, skipped: 0, unchanged: 0 });
    assert.deepEqual(preview.summary.note, { added: 3, updated: 0, deleted: 0, skipped: 0, unchanged: 0 });
    assert.equal(await db.highlights.count(), 0, 'the preview wrote nothing');
    const applied = await repo.applyImport(read(fileOf(data)));
    assert.deepEqual(applied.summary, preview.summary);
    assert.equal(await state(), fileOf(data), 'the notebook now holds exactly the file’s records');
    const again = await repo.applyImport(read(fileOf(data)));
    assert.ok(changesNothing(again.summary), JSON.stringify(again.summary));
    assert.equal(again.summary.highlight.unchanged, 3);
    assert.equal(await state(), fileOf(data));
  });

  it('keeps the newer revision on either side', async () => {
    const data = sampleData();
    await repo.applyImport(read(fileOf(data)));
    const h = data.highlights[2]!;
    // edited here after the export: the file's copy is older and is skipped
    await repo.updateHighlight(h.id, { note: { body: 'edited here', tags: [] } });
    const older = await repo.applyImport(read(fileOf(data)));
    assert.equal(older.summary.highlight.skipped, 1);
    assert.equal((await db.highlights.get(h.id))!.body, 'edited here');
    // edited twice elsewhere: the file's copy is newer and wins
    const newer = sampleData();
    newer.highlights[2] = { ...h, body: 'edited elsewhere', rev: h.rev + 5, updated: '2026-12-01T00:00:00.000Z' };
    const r = await repo.applyImport(read(fileOf(newer)));
    assert.equal(r.summary.highlight.updated, 1);
    assert.equal((await db.highlights.get(h.id))!.body, 'edited elsewhere');
  });

  it('lets a tombstone delete only an older record, and never brings back what was deleted here', async () => {
    const data = sampleData();
    await repo.applyImport(read(fileOf(data)));
    const [a, b] = data.highlights;
    await repo.updateHighlight(b!.id, { colour: 'blue' }); // b is now rev 3 here
    await repo.updateHighlight(b!.id, { colour: 'pink' }); // rev 4
    const withTombs = sampleData();
    withTombs.highlights = withTombs.highlights.filter((h) => h.id !== a!.id && h.id !== b!.id);
    withTombs.tombstones.push({ id: a!.id, kind: 'highlight', deleted: '2026-11-30T00:00:00.000Z', rev: a!.rev + 1 });
    withTombs.tombstones.push({ id: b!.id, kind: 'highlight', deleted: '2026-11-30T00:00:00.000Z', rev: 3 });
    const r = await repo.applyImport(read(fileOf(withTombs)));
    assert.equal(r.summary.highlight.deleted, 1);
    assert.equal(r.summary.highlight.skipped, 1);
    assert.equal(await db.highlights.get(a!.id), undefined, 'the older record is deleted');
    assert.equal((await db.highlights.get(b!.id))?.colour, 'pink', 'the record edited after that deletion stays');
    assert.equal((await db.tombstones.get(a!.id))?.rev, a!.rev + 1, 'the deletion is remembered');

    // deleted here; an older copy in a file does not bring it back, a newer one does
    const c = data.highlights[2]!;
    await repo.deleteHighlight(c.id);
    const skipped = await repo.applyImport(read(fileOf(data)));
    assert.equal(await db.highlights.get(c.id), undefined);
    assert.ok(skipped.summary.highlight.skipped >= 1);
    const revived = sampleData();
    revived.highlights = [{ ...c, rev: c.rev + 10, body: 'rewritten after the delete' }];
    revived.notes = [];
    await repo.applyImport(read(fileOf({ ...revived, sightings: [], rejections: [], tombstones: [] })));
    assert.equal((await db.highlights.get(c.id))?.body, 'rewritten after the delete');
    assert.equal(await db.tombstones.get(c.id), undefined);
  });

  it('files records under the page already filed here for the same address', async () => {
    const local = await repo.visitPage({ url: 'https://news.example/world/belarus-prisoners?utm_source=x', title: 'Local title' });
    const data = sampleData();
    const r = await repo.applyImport(read(fileOf(data)));
    assert.equal(r.summary.page.added, 1, 'only the other page is new');
    const pages = await db.pages.toArray();
    assert.equal(pages.length, 2);
    const onLocal = await db.highlights.where('pageId').equals(local!.id).count();
    assert.equal(onLocal, 2, 'the file’s highlights on that article are filed under the local page');
    assert.equal((await db.sightings.toArray())[0]!.pageId, local!.id);
    assert.deepEqual((await db.rejections.get(local!.id))?.entityIds, ['Q12345']);
  });

  it('writes all of it or nothing: a failure half-way leaves the notebook as it was', async () => {
    const data = sampleData();
    const before = await state();
    const original = db.notes.bulkPut.bind(db.notes);
    (db.notes as unknown as { bulkPut: unknown }).bulkPut = async () => {
      throw new Error('disk full');
    };
    try {
      await assert.rejects(repo.applyImport(read(fileOf(data))), /disk full/);
    } finally {
      (db.notes as unknown as { bulkPut: unknown }).bulkPut = original;
    }
    assert.equal(await state(), before);
    assert.equal(await db.pages.count(), 0, 'the pages written before the failure were rolled back');
  });
});
