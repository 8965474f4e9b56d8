/**
 * Unpacking the extension's gzipped files (src/background/gunzip.ts), with the DecompressionStream
 * that Node has as browsers do.
 * Run: node --import tsx --test test/unit/gunzip.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { gunzip } from '../../src/background/gunzip.ts';

/** bytes that compress a little but not to nothing (a pseudo-random walk), the same on every run */
function sample(length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = (x >>> 24) & 0x0f;
  }
  return out;
}

const gz = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(gzipSync(bytes));

test('unpacks a file to the very bytes that were packed, in a buffer of exactly their length', async () => {
  const raw = sample(700_000);
  const out = await gunzip(gz(raw));
  assert.equal(out.length, raw.length);
  assert.equal(out.buffer.byteLength, raw.length, 'sized from the trailer: no spare room, no copy');
  assert.deepEqual(out, raw);
});

test('unpacks an empty file and a small one', async () => {
  assert.equal((await gunzip(gz(new Uint8Array(0)))).length, 0);
  assert.deepEqual(await gunzip(gz(new TextEncoder().encode('[{"id":"Q1"}]'))), new TextEncoder().encode('[{"id":"Q1"}]'));
});

test('a trailer that gives the wrong size is refused, whichever way it is wrong', async () => {
  const raw = sample(300_000);
  for (const size of [10, raw.length - 1, raw.length + 1, 1_000_000]) {
    const file = gz(raw);
    new DataView(file.buffer).setUint32(file.length - 4, size, true);
    await assert.rejects(gunzip(file), `a trailer that says ${size} bytes`);
  }
});

test('a damaged or cut file is refused with an error, not returned half-unpacked', async () => {
  const file = gz(sample(200_000));
  const cut = file.slice(0, file.length >> 1);
  await assert.rejects(gunzip(cut));
  const damaged = file.slice();
  for (let i = 20; i < 400; i++) damaged[i] = 0xff;
  await assert.rejects(gunzip(damaged));
  await assert.rejects(gunzip(new TextEncoder().encode('not a gzip file at all')));
});

test('a file whose bytes changed but still unpack is refused by its checksum (the built-in pack relies on it)', async () => {
  // stored, not compressed: a changed byte of the data still unpacks, to other bytes; only the CRC-32 in the trailer tells
  const raw = sample(10_000);
  const file = new Uint8Array(gzipSync(raw, { level: 0 }));
  const changed = file.slice();
  changed[5_000] = changed[5_000]! ^ 0x01;
  assert.deepEqual(await gunzip(file), raw);
  await assert.rejects(gunzip(changed));
});
