/** Pack validation (issue #3): clear errors naming the entity and the field; bad packs refused. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatePack, validatePackText } from '../../src/core/pack/validate.ts';
import { formatIssue, type PackIssue } from '../../src/core/pack/issues.ts';
import { compilePack, Matcher } from '../../src/core/spot/index.ts';
import { decodeCompiledPack, encodeCompiledPack } from '../../src/core/pack/compiled-file.ts';
import type { Pack } from '../../src/core/pack/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/packs/${name}`, import.meta.url), 'utf8');
const good = (): Pack => JSON.parse(fixture('test-pack.json'));
const issuesOf = (input: unknown): PackIssue[] => {
  const r = validatePack(input);
  assert.equal(r.ok, false, 'the pack is refused');
  return r.ok ? [] : r.errors;
};
/** the issues as `gloss pack validate` prints them */
const errorsOf = (input: unknown): string[] => issuesOf(input).map(formatIssue);

test('the test pack is valid', () => {
  const r = validatePack(good());
  assert.equal(r.ok, true, r.ok ? '' : r.errors.map(formatIssue).join('\n'));
});

test('bad type: names entity, field and the allowed types', () => {
  const errors = errorsOf(JSON.parse(fixture('invalid-type.json')));
  assert.deepEqual(errors, ['entity "test:place:minsk" (Minsk), type: type must be one of person, organisation, place, event, other']);
});

test('duplicate id', () => {
  const p = good();
  p.entities[1]!.id = p.entities[0]!.id;
  const errors = errorsOf(p);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /^entity "test:person:lukashenko" \(Vladimir Putin\), id: duplicate id, already used by entity #1 \(Alexander Lukashenko\)$/);
});

test('empty alias, also one that is empty once normalised (a lone soft hyphen)', () => {
  const p = good();
  p.entities[1]!.aliases.push({ text: '' }, { text: '\u00AD' });
  const errors = errorsOf(p);
  assert.deepEqual(errors, [
    'entity "test:person:putin" (Vladimir Putin), aliases[1].text: empty alias',
    'entity "test:person:putin" (Vladimir Putin), aliases[2].text: empty alias ("\u00AD" has no letters or digits once normalised)',
  ]);
});

test('alias shared by two entities without sharedNote names both', () => {
  const errors = errorsOf(JSON.parse(fixture('invalid-shared-alias.json')));
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /"Georgia" is shared by entity "test:country:ge" \(Georgia\), entity "test:place:georgia-us" \(Georgia \(US state\)\) without a sharedNote/);
});

test('shared aliases are fine when every entity explains them', () => {
  const p = good();
  assert.equal(p.entities.filter((e) => e.aliases.some((a) => a.text === 'Georgia')).length, 2);
  assert.equal(validatePack(p).ok, true);
});

test('missing and malformed fields are named', () => {
  const p = good() as unknown as { entities: Record<string, unknown>[]; dataDate: string };
  delete p.entities[2]!.description;
  p.entities[3]!.sources = [{ name: 'x', licence: 'CC0-1.0', url: 'not a url' }];
  p.dataDate = 'yesterday';
  const errors = errorsOf(p);
  assert.ok(errors.includes('pack dataDate: dataDate must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('entity "test:person:tsikhanouskaya" (Sviatlana Tsikhanouskaya), description:')), errors.join('\n'));
  assert.ok(errors.includes('entity "test:person:jean-yves-le-drian" (Jean-Yves Le Drian), sources[0].url: source url must be a full URL (https://…)'), errors.join('\n'));
});

test('a pack from a newer format version is refused with a sentence', () => {
  const p = { ...good(), formatVersion: 2 };
  assert.deepEqual(errorsOf(p), ['pack formatVersion: this pack uses format version 2; this Gloss reads version 1. Update Gloss.']);
});

test('not an object, not JSON', () => {
  assert.match(errorsOf([])[0]!, /one JSON object/);
  const r = validatePackText(fixture('invalid-json.json'), 'invalid-json.json');
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : formatIssue(r.errors[0]!), /^invalid-json.json: not valid JSON/);
});

test('related ids outside the pack are warnings, not errors', () => {
  const p = good();
  p.entities[0]!.related = ['gloss:country:zz'];
  const r = validatePack(p);
  assert.equal(r.ok, true);
  assert.match(r.warnings.map(formatIssue).join('\n'), /"gloss:country:zz" is not in this pack/);
});

test('a damaged or foreign compiled pack is refused with a message, not a crash', () => {
  assert.throws(() => new Matcher({} as never), /Gloss reads gloss-pack-compiled v\d+\. Rebuild the pack\./);
  const compiled = compilePack(good());
  const damaged = { ...compiled, trie: { ...compiled.trie, nodes: compiled.trie.nodes + 5 } };
  assert.throws(() => new Matcher(damaged), /damaged/);
  // a trie whose edges point outside the tables
  const edgeStart = compiled.trie.edgeStart.slice();
  edgeStart[3] = 10_000_000;
  assert.throws(() => new Matcher({ ...compiled, trie: { ...compiled.trie, edgeStart } }), /points outside its tables/);
  // an alias of no entity
  const entity = compiled.entries.entity.slice();
  entity[0] = compiled.stats.entities;
  assert.throws(() => new Matcher({ ...compiled, entries: { ...compiled.entries, entity } }), /an alias|do not fit together/);
  // a file cut short, or not a pack at all
  const file = encodeCompiledPack(compiled);
  assert.ok(new Matcher(decodeCompiledPack(file)).entity('test:person:putin'));
  assert.throws(() => decodeCompiledPack(file.subarray(0, file.length - 100)), /damaged \(its table .* does not fit\)/);
  assert.throws(() => decodeCompiledPack(new TextEncoder().encode('{"format":"gloss-pack"}')), /not a Gloss compiled pack/);
  // the extension's own pack, whose tables the build checked: tables that do not fit together are still refused
  const built = { checked: 'when built' } as const;
  assert.ok(new Matcher(decodeCompiledPack(file), built).entity('test:person:putin'));
  assert.throws(() => new Matcher(damaged, built), /damaged/);
  assert.throws(() => new Matcher({ ...compiled, names: { ...compiled.names, formStrict: compiled.names.formStrict.subarray(1) } }, built), /name index does not fit together/);
  // tables that share the file's buffer (how the background loads its own pack): views, not copies,
  // each where the file has it; at an offset that does not suit the element type, copied all the same
  const shared = decodeCompiledPack(file, 'share the buffer');
  assert.equal(shared.trie.edgeStart.buffer, file.buffer);
  assert.deepEqual(Array.from(shared.trie.edgeStart), Array.from(compiled.trie.edgeStart));
  assert.ok(new Matcher(shared, built).entity('test:person:putin'));
  assert.notEqual(decodeCompiledPack(file).trie.edgeStart.buffer, file.buffer);
  const shifted = new Uint8Array(file.length + 1);
  shifted.set(file, 1);
  const unaligned = decodeCompiledPack(shifted.subarray(1), 'share the buffer');
  assert.notEqual(unaligned.trie.edgeStart.buffer, shifted.buffer);
  assert.deepEqual(Array.from(unaligned.trie.edgeStart), Array.from(compiled.trie.edgeStart));
  // a value out of range: refused in any other pack (the build loads its file this way)
  const formStemsLow = Uint16Array.from(compiled.names.formStemsLow);
  formStemsLow[0] = 0xfffe;
  assert.throws(() => new Matcher({ ...compiled, names: { ...compiled.names, formStemsLow } }), /name index does not fit together/);
  // a key outside its hash bucket: it could never be found
  const { keyBucketBase: base, keyBucketLow, keyBucketShift: shift } = compiled.names;
  const start = (i: number) => base[i >> shift]! + keyBucketLow[i]!;
  const bucket = Array.from({ length: keyBucketLow.length - 2 }, (_, i) => i + 1).find((i) => start(i) < start(i + 1))!;
  const moved = Uint16Array.from(keyBucketLow);
  moved[bucket]! += 1; // the bucket's first key now counts as the bucket's before
  assert.throws(() => new Matcher({ ...compiled, names: { ...compiled.names, keyBucketLow: moved } }), /name index does not fit together/);
  // the surname names with given names must rise (they are found by a binary search)
  assert.ok(compiled.names.ownGivenName.length >= 2, 'the test pack has people with given names');
  const ownGivenName = Int32Array.from(compiled.names.ownGivenName).reverse();
  assert.throws(() => new Matcher({ ...compiled, names: { ...compiled.names, ownGivenName } }), /name index does not fit together/);
});

test('the JSON Schema file lists the same types, alias kinds and required fields as the validator', async () => {
  const schema = JSON.parse(readFileSync(new URL('../../docs/knowledge-pack.schema.json', import.meta.url), 'utf8'));
  const { ENTITY_TYPES } = await import('../../src/core/pack/types.ts');
  assert.deepEqual(schema.$defs.entity.properties.type.enum, [...ENTITY_TYPES]);
  // every required entity field, removed, makes the validator complain about that field
  for (const field of schema.$defs.entity.required as string[]) {
    const p = good() as unknown as { entities: Record<string, unknown>[] };
    delete p.entities[0]![field];
    const errors = errorsOf(p);
    assert.ok(errors.some((e) => e.includes(`, ${field}:`) || e.includes(`), ${field}`)), `${field}: ${errors.join('\n')}`);
  }
  for (const field of schema.required as string[]) {
    const p = good() as unknown as Record<string, unknown>;
    delete p[field];
    assert.ok(errorsOf(p).some((e) => e.startsWith(`pack ${field}:`)), field);
  }
});

test('source URLs: javascript:, data:, file: and extension URLs are refused, naming the entity and the field', () => {
  for (const bad of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome-extension://abc/pages/notebook.html']) {
    const p = good();
    p.entities[0]!.sources[0]!.url = bad;
    const scheme = bad.split(':')[0];
    const issues = issuesOf(p);
    assert.deepEqual(issues.map((i) => ({ code: i.code, entityId: i.entityId, field: i.field })), [{ code: 'invalid', entityId: 'test:person:lukashenko', field: 'sources[0].url' }], bad);
    assert.deepEqual(issues.map(formatIssue), [`entity "test:person:lukashenko" (Alexander Lukashenko), sources[0].url: source url must be an https: or http: address, not "${scheme}:"`], bad);
  }
  const p = good();
  p.sources = [{ name: 'Somewhere', licence: 'CC0-1.0', url: 'javascript:void(0)' }];
  const issues = issuesOf(p);
  assert.deepEqual(issues.map((i) => ({ code: i.code, entityId: i.entityId, field: i.field })), [{ code: 'invalid', entityId: undefined, field: 'sources[0].url' }]);
  assert.deepEqual(issues.map(formatIssue), ['pack sources[0].url: source url must be an https: or http: address, not "javascript:"']);
});

test('source URLs: http and https are accepted', () => {
  const p = good();
  p.entities[0]!.sources[0]!.url = 'http://example.org/data';
  p.entities[1]!.sources[0]!.url = 'HTTPS://example.org/data';
  const r = validatePack(p);
  assert.equal(r.ok, true, r.ok ? '' : r.errors.map(formatIssue).join('\n'));
});

test('a fact names one of its entity\'s sources; sources and facts may carry the date of their data', () => {
  const p = good();
  const e = p.entities[0]!;
  e.sources = [
    { name: 'Gloss tests', licence: 'CC0-1.0' },
    { name: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1', licence: 'CC0-1.0', asOf: '2026-11-01' },
  ];
  e.facts = [
    { label: 'Born', value: '1954', source: 'Wikidata' },
    { label: 'Office', value: 'President', since: '1994', asOf: '2026-10', source: 'Gloss tests' },
  ];
  assert.equal(validatePack(p).ok, true);
  e.facts.push({ label: 'Party', value: 'none', source: 'Wikipedia' });
  assert.deepEqual(errorsOf(p), [
    'entity "test:person:lukashenko" (Alexander Lukashenko), facts[2].source: "Wikipedia" is not one of this entity\'s sources ("Gloss tests", "Wikidata"); use the name of one of them',
  ]);
  e.facts.pop();
  e.sources[1]!.asOf = 'November';
  assert.deepEqual(errorsOf(p), ['entity "test:person:lukashenko" (Alexander Lukashenko), sources[1].asOf: source asOf must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD']);
});

test('every issue is an object with a code, the entity and the field', () => {
  const p = good();
  p.entities[1]!.id = p.entities[0]!.id;
  p.entities[2]!.aliases.push({ text: '\u00AD' });
  (p.entities[3] as unknown as Record<string, unknown>).type = 'city';
  delete (p.entities[4] as unknown as Record<string, unknown>).summary;
  const shape = issuesOf(p).map((i) => ({ code: i.code, entityIndex: i.entityIndex, field: i.field }));
  assert.deepEqual(shape, [
    { code: 'invalid', entityIndex: 3, field: 'type' },
    { code: 'missing', entityIndex: 4, field: 'summary' },
  ], 'the shape is checked first');
  (p.entities[3] as unknown as Record<string, unknown>).type = 'place';
  p.entities[4]!.summary = 'back';
  const cross = issuesOf(p);
  assert.deepEqual(cross.map((i) => [i.code, i.entityId, i.field]), [
    ['duplicate-id', p.entities[0]!.id, 'id'],
    ['empty-alias', p.entities[2]!.id, `aliases[${p.entities[2]!.aliases.length - 1}].text`],
  ]);
  assert.deepEqual(cross[0]!.others, [{ id: p.entities[0]!.id, name: p.entities[0]!.name, type: p.entities[0]!.type }]);
  const shared = issuesOf(JSON.parse(fixture('invalid-shared-alias.json')));
  assert.deepEqual(shared.map((i) => [i.code, i.name, i.others?.map((o) => o.id)]), [['shared-name', 'Georgia', ['test:country:ge']]]);
  assert.deepEqual(issuesOf([]).map((i) => i.code), ['not-a-pack']);
  assert.deepEqual(issuesOf({ ...good(), formatVersion: 9 }).map((i) => [i.code, i.field]), [['format-too-new', 'formatVersion']]);
  const empty = good();
  empty.entities[0]!.name = ' ';
  assert.deepEqual(issuesOf(empty).map((i) => [i.code, i.field]), [['empty', 'name']]);
});

test('a compiled pack file keeps names in every script, with a JSON part of ASCII only', () => {
  const p = good();
  p.entities[0]!.name = 'Путин Πούτιν 普京 𝒫';
  const compiled = compilePack(p);
  const file = encodeCompiledPack(compiled);
  const jsonLength = new DataView(file.buffer).getUint32(8, true);
  assert.ok(file.subarray(12, 12 + jsonLength).every((byte) => byte < 0x80), 'only ASCII bytes in the JSON part');
  const decoded = decodeCompiledPack(file);
  assert.match(decoded.entities.name.text, /Путин Πούτιν 普京 𝒫/);
  assert.deepEqual(decoded.entities, compiled.entities);
  assert.deepEqual(decoded.entries, compiled.entries);
});
