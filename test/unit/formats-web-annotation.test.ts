/**
 * W3C Web Annotation: the export expanded by jsonld (a JSON-LD processor that is not ours) with
 * the W3C context's terms gives oa:Annotation nodes with oa:hasTarget/oa:hasSource/
 * oa:hasSelector → oa:TextQuoteSelector and oa:exact, bodies with oa:hasPurpose; no term is
 * dropped; no TextPositionSelector is written. Import reads Gloss's own files and a
 * Hypothesis-style file back, idempotently (same ids every time).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { exportWebAnnotation, toWebAnnotationCollection } from '../../src/core/formats/web-annotation/export.ts';
import { readImportFile } from '../../src/core/formats/import.ts';
import { ANNO_CONTEXT } from '../../src/core/formats/web-annotation/vocabulary.ts';
import { ANNO_TERMS } from './anno-context.ts';
import { TRICKY_QUOTE, sampleData } from './notes-fixture.ts';

const OA = 'http://www.w3.org/ns/oa#';
const meta = { exported: '2026-11-22T09:00:00.000Z', generator: 'Gloss test' };

const documentLoader = async (url: string) => {
  if (url !== ANNO_CONTEXT) throw new Error(`unexpected context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': ANNO_TERMS } };
};

/** every key used anywhere in the document */
function keysOf(x: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) x.forEach((y) => keysOf(y, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) { out.add(k); keysOf(v, out); }
  return out;
}

type Node = Record<string, unknown[]>;
const first = (n: Node, p: string) => (n[p]?.[0] as { '@value'?: unknown; '@id'?: string } | undefined);

describe('Web Annotation export', () => {
  const data = sampleData();
  const doc = toWebAnnotationCollection(data, meta);

  it('is JSON-LD whose terms are all W3C Web Annotation terms', () => {
    const unknown = [...keysOf(doc)].filter((k) => k !== '@context' && !(k in ANNO_TERMS));
    assert.deepEqual(unknown, []);
  });

  it('expands (jsonld) to oa:Annotation nodes with quote selectors, comment and tag bodies', async () => {
    const expanded = (await jsonld.expand(doc as never, { documentLoader: documentLoader as never })) as Node[];
    assert.equal(expanded.length, 1);
    const collection = expanded[0]!;
    assert.deepEqual(collection['@type'], ['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const page = first(collection, 'http://www.w3.org/ns/activitystreams#first') as unknown as Node;
    const items = (page['http://www.w3.org/ns/activitystreams#items']![0] as { '@list': Node[] })['@list'];
    assert.equal(items.length, data.highlights.length + data.notes.length);
    for (const a of items) assert.deepEqual(a['@type'], [`${OA}Annotation`]);
    const highlight = items.find((a) => first(a, `${OA}motivatedBy`)?.['@id'] === `${OA}highlighting` && JSON.stringify(a).includes('victory'))!;
    const target = first(highlight, `${OA}hasTarget`) as unknown as Node;
    assert.equal(first(target, `${OA}hasSource`)?.['@id'], data.pages[0]!.url);
    const selector = first(target, `${OA}hasSelector`) as unknown as Node;
    assert.deepEqual(selector['@type'], [`${OA}TextQuoteSelector`]);
    assert.equal(first(selector, `${OA}exact`)?.['@value'], TRICKY_QUOTE);
    const purposes = (highlight[`${OA}hasBody`] as Node[]).map((b) => first(b, `${OA}hasPurpose`)?.['@id']);
    assert.deepEqual(purposes, [`${OA}commenting`, `${OA}tagging`, `${OA}tagging`]);
    assert.ok(!JSON.stringify(doc).includes('TextPositionSelector'), 'positions are left out (they count Gloss’s own text model)');
    const entityNote = items.find((a) => first(a, `${OA}hasTarget`)?.['@id'] === 'http://www.wikidata.org/entity/Q7747');
    assert.ok(entityNote, 'a note about an entity targets its Wikidata IRI');
  });

  it('reads its own export back: highlights, notes, tags, colours; the same ids on every import', () => {
    const text = exportWebAnnotation(data, meta);
    const r = readImportFile(text);
    assert.ok(r.ok && r.format === 'web-annotation', JSON.stringify(!r.ok && r.problems));
    assert.deepEqual(r.data.highlights.map((h) => [h.id, h.body, h.tags, h.colour]).sort(), data.highlights.map((h) => [h.id, h.body, h.tags, h.colour]).sort());
    assert.deepEqual(r.data.notes.map((n) => [n.id, n.target.kind, n.body]).sort(), data.notes.map((n) => [n.id, n.target.kind, n.body]).sort());
    const again = readImportFile(text);
    assert.ok(again.ok);
    assert.deepEqual(again.data, r.data, 'the same file gives the same records (pages included)');
    // the fields Web Annotation carries survive a second export unchanged
    assert.equal(exportWebAnnotation(r.data, meta), text);
  });

  it('reads a Hypothesis-style annotation (other ids, Markdown body, tags, no position) as a highlight with a note', () => {
    const hypothesis = {
      '@context': ANNO_CONTEXT,
      type: 'Annotation',
      id: 'https://hypothes.is/a/AbCdEf123',
      created: '2024-02-01T10:11:12.345678+00:00',
      modified: '2024-02-02T10:11:12.345678+00:00',
      creator: 'acct:reader@hypothes.is',
      body: [{ type: 'TextualBody', value: 'A *Markdown* note', format: 'text/markdown' }, { type: 'TextualBody', value: 'economy', purpose: 'tagging' }],
      target: [{ source: 'https://news.example/story?utm_source=hyp', selector: [{ type: 'RangeSelector' }, { type: 'TextPositionSelector', start: 5, end: 10 }, { type: 'TextQuoteSelector', exact: 'the quote', prefix: 'x', suffix: 'y' }] }],
    };
    const r = readImportFile(JSON.stringify(hypothesis));
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    const [h] = r.data.highlights;
    assert.deepEqual(h!.selectors, [{ type: 'TextQuoteSelector', exact: 'the quote', prefix: 'x', suffix: 'y' }]);
    assert.equal(h!.body, 'A *Markdown* note');
    assert.deepEqual(h!.tags, ['economy']);
    assert.equal(h!.created, '2024-02-01T10:11:12.345Z');
    assert.equal(r.data.pages[0]!.url, 'https://news.example/story', 'the address is normalised');
    assert.equal((readImportFile(JSON.stringify(hypothesis)) as { data: typeof r.data }).data.highlights[0]!.id, h!.id, 'a stable id from the IRI');
  });

  it('reads Hypothesis’s own JSON export: notes, tags, quotes, page titles; replies left out', () => {
    const file = {
      export_date: '2024-03-01T10:00:00.000Z',
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.1500.0',
      annotations: [
        {
          id: 'AbC123', created: '2024-02-01T10:11:12.345678+00:00', updated: '2024-02-01T10:11:12.345678+00:00',
          uri: 'https://news.example/story', text: 'Why *now*?', tags: ['politics', 'follow up'],
          target: [{ source: 'https://news.example/story', selector: [{ type: 'TextPositionSelector', start: 3, end: 12 }, { type: 'TextQuoteSelector', exact: 'the budget', prefix: 'a ', suffix: ' b' }] }],
          document: { title: ['Budget story'] }, references: [],
        },
        { id: 'Pg1', created: '2024-02-02T00:00:00Z', updated: '2024-02-02T00:00:00Z', uri: 'https://news.example/story', text: 'A page note', tags: [], target: [{ source: 'https://news.example/story' }], document: { title: ['Budget story'] } },
        { id: 'Re1', created: '2024-02-03T00:00:00Z', updated: '2024-02-03T00:00:00Z', uri: 'https://news.example/story', text: 'a reply', tags: [], target: [{ source: 'https://news.example/story' }], references: ['AbC123'] },
      ],
    };
    const r = readImportFile(JSON.stringify(file));
    assert.ok(r.ok && r.format === 'hypothesis', JSON.stringify(!r.ok && r.problems));
    assert.equal(r.ignored, 1, 'the reply is left out and counted');
    assert.deepEqual(r.data.highlights.map((h) => [h.body, h.tags, h.selectors]), [['Why *now*?', ['politics', 'follow up'], [{ type: 'TextQuoteSelector', exact: 'the budget', prefix: 'a ', suffix: ' b' }]]]);
    assert.deepEqual(r.data.notes.map((n) => [n.target.kind, n.body]), [['page', 'A page note']]);
    assert.deepEqual(r.data.pages.map((p) => [p.url, p.title]), [['https://news.example/story', 'Budget story']]);
  });

  it('refuses a Web Annotation file with a bad record, saying which and where', () => {
    const doc2 = structuredClone(doc) as { first: { items: Record<string, unknown>[] } };
    doc2.first.items[2]!['created'] = 'yesterday';
    const r = readImportFile(JSON.stringify(doc2));
    assert.deepEqual(r, { ok: false, problems: [{ code: 'invalid-field', collection: 'first.items', record: 3, id: doc2.first.items[2]!['id'], field: 'created', message: 'must be a date and time (ISO 8601)' }] });
  });
});
