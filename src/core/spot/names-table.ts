/**
 * The key dictionary of the name index: every variant key once, with an id, in one string that holds
 * all keys. The keys are numbered by hash bucket (a key's bucket is its hash's low bits), so a
 * bucket's keys are a run of ids and finding a key reads its bucket's run: no table of ids, no
 * per-key objects, and no limit on the number of keys.
 */
import { packInts, PackedInts } from './packed-ints.ts';

/** FNV-1a over the UTF-16 units of a key */
export function hashKey(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/** hashKey over `n` codes of a buffer (the same value as hashKey of the string they spell) */
export function hashCodes(buf: Uint16Array, n: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h ^ (h >>> 15);
}

/** a, e, i, o, u in a variant key */
const isKeyVowel = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;

/**
 * A hash of a variant key's shape: its first letter, its length, its consonants in place and where
 * its vowels are. Two keys that differ only in vowels (spellings.ts, sameButVowels: "tramp",
 * "trump") have the same shape; 0 for keys shorter than five letters, which never do. `at(j)` gives
 * unit j of the key.
 */
function shapeHash(n: number, at: (j: number) => number): number {
  if (n < 5) return 0;
  let h = Math.imul((0x811c9dc5 ^ at(0)) | 0, 0x01000193);
  for (let j = 1; j < n; j++) {
    const c = at(j);
    h = Math.imul(h ^ (isKeyVowel(c) ? 0x2a : c), 0x01000193);
  }
  return (Math.imul(h ^ n, 0x01000193) ^ (h >>> 15)) | 1;
}

/** the shape of the key spelled by `n` codes of `buf` */
export function shapeOfCodes(buf: Uint16Array, n: number): number {
  return shapeHash(n, (j) => buf[j]!);
}

/** the shape of a key */
export function shapeOf(key: string): number {
  return shapeHash(key.length, (j) => key.charCodeAt(j));
}

/** how many hash buckets a table of `keys` keys has: a power of two at least the number of keys (about one key per bucket) */
export function keyBucketCount(keys: number): number {
  let size = 16;
  while (size < keys) size *= 2;
  return size;
}

/** the bucket of a key with this hash (hashKey, hashCodes) in a table of `buckets` buckets */
export const keyBucketOf = (hash: number, buckets: number): number => hash & (buckets - 1);

export class KeyTable {
  /** offset of each key in `all` (one more at the end), packed (packed-ints.ts): half the memory of an Int32Array */
  private readonly offsets: PackedInts;
  /** per bucket and one more: its first key id */
  private readonly bucketStart: PackedInts;
  private readonly buckets: number;

  /** `all`: the keys joined by "\n" in id order, bucket by bucket; `bucketStart`: per bucket (a power of two of them) and one more, its first key id */
  constructor(private readonly all: string, bucketStart: PackedInts) {
    let count = all.length > 0 ? 1 : 0;
    for (let i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) count++;
    const offsets = new Int32Array(count + 1);
    let k = 0;
    let from = 0;
    if (count > 0) {
      for (let i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) {
        offsets[k++] = from;
        from = i + 1;
      }
      offsets[k++] = from;
    }
    offsets[count] = all.length + 1;
    this.offsets = new PackedInts(packInts(offsets));
    this.bucketStart = bucketStart;
    this.buckets = bucketStart.length - 1;
    const buckets = this.buckets;
    if (buckets < 1 || (buckets & (buckets - 1)) !== 0 || bucketStart.at(0) !== 0 || bucketStart.at(buckets) !== count) {
      throw new Error('This compiled pack is damaged (its name table has a wrong size). Rebuild the pack.');
    }
  }

  /** does every key sit in its bucket, the buckets in order (a check of a pack from elsewhere) */
  everyKeyInItsBucket(): boolean {
    for (let b = 0; b < this.buckets; b++) {
      const to = this.bucketStart.at(b + 1);
      if (to < this.bucketStart.at(b)) return false;
      for (let id = this.bucketStart.at(b); id < to; id++) if (keyBucketOf(hashKey(this.key(id)), this.buckets) !== b) return false;
    }
    return true;
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  /** is key `id` a sound key (sound-keys.ts: capitals, where every other key is in small letters) */
  isSoundKey(id: number): boolean {
    const c = this.all.charCodeAt(this.offsets.at(id));
    return c >= 0x41 && c <= 0x5a;
  }

  /** the id of `key`, or -1 */
  id(key: string): number {
    const b = keyBucketOf(hashKey(key), this.buckets);
    const len = key.length;
    for (let id = this.bucketStart.at(b), to = this.bucketStart.at(b + 1); id < to; id++) {
      const off = this.offsets.at(id);
      if (this.offsets.at(id + 1) - 1 - off === len && this.all.startsWith(key, off)) return id;
    }
    return -1;
  }

  /** the id of the key spelled by `n` codes of `buf`, or -1 */
  idOfCodes(buf: Uint16Array, n: number): number {
    const b = keyBucketOf(hashCodes(buf, n), this.buckets);
    const all = this.all;
    for (let id = this.bucketStart.at(b), to = this.bucketStart.at(b + 1); id < to; id++) {
      const off = this.offsets.at(id);
      if (this.offsets.at(id + 1) - 1 - off !== n) continue;
      let same = true;
      for (let j = 0; j < n && same; j++) same = all.charCodeAt(off + j) === buf[j];
      if (same) return id;
    }
    return -1;
  }

  /** the shape of the key with this id (shapeOf), read in place */
  shape(id: number): number {
    const off = this.offsets.at(id);
    return shapeHash(this.offsets.at(id + 1) - 1 - off, (j) => this.all.charCodeAt(off + j));
  }

  /** the length of the key with this id */
  length(id: number): number {
    return this.offsets.at(id + 1) - 1 - this.offsets.at(id);
  }

  /** the key with this id */
  key(id: number): string {
    return this.all.slice(this.offsets.at(id), this.offsets.at(id + 1) - 1);
  }
}
