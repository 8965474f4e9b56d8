/**
 * CSV: read back by papaparse and by Python's csv module (readers that are not ours) on notes
 * with commas, quotes, line breaks and emoji; one row per highlight or note.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { CSV_COLUMNS, csvRows, exportCsv } from '../../src/core/formats/csv.ts';
import { TRICKY_NOTE, TRICKY_QUOTE, sampleData } from './notes-fixture.ts';

/** what a spreadsheet shows: papaparse's escapeFormulae puts an apostrophe before = + - @ */
const shown = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe('CSV export', () => {
  const data = sampleData();
  const text = exportCsv(data);
  const expected = csvRows(data);

  it('has one row per highlight or note, the columns named in the header', () => {
    assert.equal(expected.length, data.highlights.length + data.notes.length);
    assert.ok(text.startsWith('\uFEFFtype,id,created'), 'a byte-order mark, then the header');
    assert.ok(text.includes('\r\n'), 'CRLF rows (RFC 4180)');
  });

  it('reads back cell for cell with papaparse', () => {
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.data[0], [...CSV_COLUMNS]);
    const rows = parsed.data.slice(1);
    assert.equal(rows.length, expected.length);
    rows.forEach((r, i) => assert.deepEqual(r, CSV_COLUMNS.map((c) => shown(expected[i]![c])), `row ${i + 1}`));
    const tricky = rows.find((r) => r[7] === TRICKY_QUOTE);
    assert.ok(tricky, 'the quote with commas, quotes, a line break and emoji survived');
    assert.equal(tricky[8], TRICKY_NOTE);
  });

  it("reads back cell for cell with Python's csv module", () => {
    const script = 'import csv, json, sys\nrows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))\nprint(json.dumps(rows))';
    const file = `${process.env.TMPDIR ?? '/tmp'}/gloss-csv-${process.pid}.csv`;
    execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(text)})`]);
    const rows = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as string[][];
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length - 1, expected.length);
    rows.slice(1).forEach((r, i) => assert.deepEqual(r, CSV_COLUMNS.map((c) => shown(expected[i]![c])), `row ${i + 1}`));
  });
});
