/**
 * Gloss JSON: the export validates against docs/gloss-notes.schema.json with ajv (a validator
 * that is not ours), the schema file is what the valibot schema generates, the import reads
 * back exactly what was exported, and bad files are refused naming the record and field.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { exportJson } from '../../src/core/formats/json/export.ts';
import { readImportFile } from '../../src/core/formats/import.ts';
import { MAX_IMPORT_BYTES } from '../../src/core/formats/problems.ts';
import { notesJsonSchema } from '../../scripts/notes-schema.ts';
import { META, sampleData } from './notes-fixture.ts';
import type { ReaderData } from '../../src/core/model/dataset.ts';

const schemaText = readFileSync(new URL('../../docs/gloss-notes.schema.json', import.meta.url), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(schemaText));

const sortById = <T extends { id?: string; pageId?: string }>(l: T[]) => [...l].sort((a, b) => ((a.id ?? a.pageId)! < (b.id ?? b.pageId)! ? -1 : 1));
const canonical = (d: ReaderData) => ({
  pages: sortById(d.pages), highlights: sortById(d.highlights), notes: sortById(d.notes),
  sightings: sortById(d.sightings), rejections: sortById(d.rejections), tombstones: sortById(d.tombstones),
});

describe('Gloss JSON export', () => {
  it('docs/gloss-notes.schema.json is the one the valibot schema generates', () => {
    assert.equal(schemaText, notesJsonSchema(), 'run: node --import tsx scripts/notes-schema.ts');
  });

  it('validates against the JSON Schema (ajv), and the schema rejects what the import rejects', () => {
    const text = exportJson(sampleData(), META);
    assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors, null, 1));
    const bad = JSON.parse(text);
    bad.annotations[0].target.colour = 'orange';
    assert.equal(validate(bad), false, 'ajv refuses an unknown colour');
    const r = readImportFile(JSON.stringify(bad));
    assert.equal(r.ok, false);
  });

  it('reads back exactly what it wrote, and writes the same text again (but for the date)', () => {
    const data = sampleData();
    const text = exportJson(data, META);
    const r = readImportFile(text);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.equal(r.format, 'gloss-json');
    assert.deepEqual(canonical(r.data), canonical(data));
    assert.equal(exportJson(r.data, META), text);
    assert.equal(exportJson(r.data, { ...META, exported: '2027-01-01T00:00:00.000Z' }).replace(/"exported": "[^"]+"/, ''), text.replace(/"exported": "[^"]+"/, ''));
  });

  it('refuses a bad record naming the record number, its id and the field, and reports several', () => {
    const file = JSON.parse(exportJson(sampleData(), META));
    file.annotations[1].target.selectors[0].exact = '';
    file.annotations[2].tags = 'not a list';
    delete file.pages[0].url;
    const r = readImportFile(JSON.stringify(file));
    assert.equal(r.ok, false);
    const problems = !r.ok ? r.problems : [];
    assert.deepEqual(problems.map((p) => p.code === 'invalid-field' && [p.collection, p.record, p.field]), [
      ['pages', 1, 'url'],
      ['annotations', 2, 'target.selectors[0].exact'],
      ['annotations', 3, 'tags'],
    ]);
    const first = problems[0]!;
    assert.ok(first.code === 'invalid-field' && first.id === file.pages[0].id && first.message === 'is missing');
  });

  it('refuses page addresses that are not web addresses (a hostile file), naming the record and field', () => {
    const file = JSON.parse(exportJson(sampleData(), META));
    file.pages[0].url = 'javascript:alert(1)';
    file.pages[0].aliases = ['https://news.example.com/amp/a', 'data:text/html,<b>x</b>'];
    const r = readImportFile(JSON.stringify(file));
    assert.ok(!r.ok);
    assert.deepEqual(r.problems.map((p) => p.code === 'invalid-field' && [p.collection, p.record, p.field, p.message]), [
      ['pages', 1, 'url', 'url must be an http or https address'],
      ['pages', 1, 'aliases[1]', 'an alias must be an http or https address'],
    ]);
  });

  it('refuses references to pages not in the file, and duplicate ids, with record numbers', () => {
    const file = JSON.parse(exportJson(sampleData(), META));
    file.annotations[0].pageId = 'nowhere';
    file.sightings.push({ ...file.sightings[0], id: 'another-id' });
    const r = readImportFile(JSON.stringify(file));
    assert.ok(!r.ok);
    assert.deepEqual(r.problems.map((p) => p.code), ['duplicate', 'missing-page']);
    const dup = r.problems[0]!;
    assert.ok(dup.code === 'duplicate' && dup.collection === 'sightings' && dup.record === 2 && dup.firstRecord === 1 && dup.what === 'entity-on-page');
    const missing = r.problems[1]!;
    assert.ok(missing.code === 'missing-page' && missing.record === 1 && missing.pageId === 'nowhere');
  });

  it('refuses malformed, truncated, foreign, newer and oversized files, saying where', () => {
    const text = exportJson(sampleData(), META);
    const truncated = readImportFile(text.slice(0, 700));
    assert.ok(!truncated.ok && truncated.problems[0]!.code === 'not-json' && truncated.problems[0]!.truncated, JSON.stringify(truncated));
    const broken = readImportFile(text.replace('"pages": [', '"pages": [,'));
    const b = !broken.ok ? broken.problems[0]! : null;
    const line = text.split('\n').findIndex((l) => l.includes('"pages": [')) + 1;
    assert.ok(b?.code === 'not-json' && !b.truncated && b.line === line && b.column === 13, JSON.stringify(b));
    assert.deepEqual(readImportFile('{"format":"gloss-pack","entities":[]}'), { ok: false, problems: [{ code: 'foreign', looksLike: 'knowledge-pack' }] });
    assert.deepEqual(readImportFile('{"hello":"world"}'), { ok: false, problems: [{ code: 'foreign', looksLike: 'other-json' }] });
    assert.deepEqual(readImportFile('  \n'), { ok: false, problems: [{ code: 'empty' }] });
    const newer = readImportFile(text.replace('"formatVersion": 1', '"formatVersion": 7'));
    assert.deepEqual(newer, { ok: false, problems: [{ code: 'newer-version', version: 7, supported: 1 }] });
    const big = readImportFile(`{"format":"gloss-notes","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`);
    assert.ok(!big.ok && big.problems[0]!.code === 'too-large');
    const many = JSON.parse(text);
    many.tombstones = Array.from({ length: 200_001 }, (_, i) => ({ id: `t${i}`, kind: 'note', deleted: META.exported, rev: 2 }));
    const tooMany = readImportFile(JSON.stringify(many));
    assert.ok(!tooMany.ok && tooMany.problems[0]!.code === 'too-many-records');
  });
});
