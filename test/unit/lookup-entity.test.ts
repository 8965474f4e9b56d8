/**
 * A kept look-up as a personal entity (src/core/lookup/personal-entity.ts): the documented pack
 * format with the QID as id, its sources, links, licences and date, the names the reader
 * confirmed; then valid in the reader's pack, and spotted on a page by those names.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { startWikimediaServer, type WikimediaServer } from '../../scripts/wikimedia-server.ts';
import { LookupClient } from '../../src/core/lookup/client.ts';
import { entityFromLookup, firstSentences, suggestAliases, suggestedName, MAX_SUMMARY_CHARS } from '../../src/core/lookup/personal-entity.ts';
import type { LookupArticle } from '../../src/core/lookup/types.ts';
import { myPack } from '../../src/core/pack/my-entities.ts';
import { validatePack } from '../../src/core/pack/validate.ts';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';

const FETCHED = Date.UTC(2026, 11, 3, 15, 30);
let server: WikimediaServer;
let client: LookupClient;
before(async () => {
  server = await startWikimediaServer();
  client = new LookupClient({ fetch: globalThis.fetch, endpoints: server.endpoints, version: '1', allowed: async () => true, now: () => FETCHED });
});
after(() => server.close());

async function article(qid: string, lang: string): Promise<LookupArticle> {
  const r = await client.article(qid, lang);
  assert.ok(r.ok, `${qid} in ${lang}`);
  return r.value;
}

describe('what the save form offers', () => {
  it('the name: the label in the page language', async () => {
    assert.equal(suggestedName(await article('Q999999940', 'ru'), 'Эшкомба'), 'Дориан Эшкомб');
    assert.equal(suggestedName(await article('Q308', 'fr'), 'Mercure'), 'Mercure');
    assert.equal(suggestedName(await article('Q999999930', 'de'), 'Vandermeer'), 'Ilse Vandermeer', 'English label when the page language has none');
  });

  it('aliases: the selection and the labels ticked, Wikidata\'s "also known as" offered unticked, each once, never the name', async () => {
    const a = await article('Q999999940', 'ru');
    const offered = suggestAliases(a, 'Эшкомба', 'Дориан Эшкомб');
    assert.deepEqual(
      offered.map((s) => [s.text, s.lang, s.from, s.ticked]),
      [
        ['Эшкомба', null, 'selection', true],
        ['Dorian Ashcombe', 'en', 'label', true],
        ['Дориан Ноэль Эшкомб', 'ru', 'alias', false],
        ['Dorian Noël Ashcombe', 'en', 'alias', false],
        ['DNA', 'en', 'alias', false],
      ],
    );
    // "Эшкомб, Дориан" (the ru article title and alias) has a comma: no running-text name, not offered as a title
    assert.ok(!offered.some((s) => s.from === 'article-title'));
    // "Dorian Noel Ashcombe" folds to the same text as "Dorian Noël Ashcombe": offered once
    assert.equal(offered.filter((s) => s.text.startsWith('Dorian No')).length, 1);
  });

  it('an article title without its qualifier', async () => {
    const a = await article('Q308', 'en');
    const offered = suggestAliases(a, 'Mercury', 'Mercury (planet)');
    assert.deepEqual(offered.find((s) => s.from === 'article-title'), undefined, '"Mercury" is the label already');
    assert.deepEqual(offered.map((s) => s.text), ['Mercury']);
  });
});

describe('the personal entity', () => {
  it('Wikipedia text with its link, CC BY-SA 4.0 and date; Wikidata terms under CC0; the QID as id', async () => {
    const a = await article('Q999999940', 'fr');
    const entity = entityFromLookup(a, { name: 'Dorian Ashcombe', type: 'person', aliases: [{ text: 'Dorian Noël Ashcombe', lang: 'fr' }, { text: 'Ashcombe' }] }, FETCHED);
    assert.deepEqual(entity, {
      id: 'Q999999940',
      name: 'Dorian Ashcombe',
      type: 'person',
      description: 'écrivain et humoriste britannique',
      summary: 'Dorian Ashcombe, né à Cambridge en 1952 et mort à Santa Barbara en 2001, est un écrivain britannique, auteur du Guide du voyageur galactique.',
      aliases: [{ text: 'Dorian Noël Ashcombe', lang: 'fr' }, { text: 'Ashcombe' }],
      sources: [
        { name: 'Wikipedia', url: 'https://fr.wikipedia.org/wiki/Dorian_Ashcombe', licence: 'CC-BY-SA-4.0', asOf: '2026-12-03' },
        { name: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q999999940', licence: 'CC0-1.0', asOf: '2026-12-03' },
      ],
    });
  });

  it('the source link is Wikipedia\'s own, whichever server answered', async () => {
    const entity = entityFromLookup(await article('Q308', 'fr'), { name: 'Mercure', type: 'place', aliases: [] }, FETCHED);
    for (const s of entity.sources) assert.match(s.url ?? '', /^https:\/\/(fr\.wikipedia|www\.wikidata)\.org\//);
    assert.ok(!JSON.stringify(entity).includes('127.0.0.1'));
  });

  it('a long extract keeps its first sentences', async () => {
    const entity = entityFromLookup(await article('Q999999940', 'en'), { name: 'Dorian Ashcombe', type: 'person', aliases: [] }, FETCHED);
    assert.ok(entity.summary.length <= MAX_SUMMARY_CHARS);
    assert.match(entity.summary, /^Dorian Noël Ashcombe .*\.$/);
    assert.ok(entity.summary.split('. ').length >= 3);
  });

  it('no article: Wikidata only, with the reader\'s description', async () => {
    const a = await article('Q999999930', 'en');
    const entity = entityFromLookup(a, { name: 'Ilse Vandermeer', type: 'person', aliases: [], description: 'Dutch alderman' }, FETCHED);
    assert.equal(entity.summary, 'Dutch alderman');
    assert.deepEqual(entity.sources, [{ name: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q999999930', licence: 'CC0-1.0', asOf: '2026-12-03' }]);
  });

  it('Wikipedia is named as a source whenever text from it is kept, also only its description', async () => {
    const a = await article('Q308', 'en');
    const noExtract: LookupArticle = { ...a, item: { ...a.item, descriptions: {} }, wikipedia: { ...a.wikipedia!, kind: 'no-extract', extract: null } };
    const entity = entityFromLookup(noExtract, { name: 'Mercury', type: 'other', aliases: [] }, FETCHED);
    assert.equal(entity.description, 'Planet closest to the Sun');
    assert.equal(entity.summary, 'Planet closest to the Sun');
    assert.deepEqual(entity.sources.map((s) => [s.name, s.licence]), [['Wikipedia', 'CC-BY-SA-4.0'], ['Wikidata', 'CC0-1.0']]);
    const described = entityFromLookup(noExtract, { name: 'Mercury', type: 'other', aliases: [], description: 'the planet' }, FETCHED);
    assert.deepEqual(described.sources.map((s) => s.name), ['Wikidata'], 'nothing of Wikipedia\'s kept');
  });

  it('a disambiguation page\'s "may refer to" is never kept as a summary', async () => {
    const a = await article('Q999999920', 'en');
    const entity = entityFromLookup(a, { name: 'Mercury', type: 'other', aliases: [] }, FETCHED);
    assert.ok(!entity.summary.includes('may refer to'));
    assert.ok(!entity.sources.some((s) => s.name === 'Wikipedia'));
  });

  it('confirmed aliases are cleaned and kept once, never the name itself', async () => {
    const entity = entityFromLookup(await article('Q999999940', 'en'), { name: ' Dorian  Ashcombe ', type: 'person', aliases: [{ text: 'dorian ashcombe' }, { text: ' D.  Ashcombe ' }, { text: 'D. Ashcombe', lang: 'en' }, { text: '  ' }] }, FETCHED);
    assert.equal(entity.name, 'Dorian Ashcombe');
    assert.deepEqual(entity.aliases, [{ text: 'D. Ashcombe' }]);
  });

  it('is valid in the reader\'s pack and spotted on a page by the confirmed names', async () => {
    const a = await article('Q999999940', 'ru');
    const name = suggestedName(a, 'Эшкомба');
    const ticked = suggestAliases(a, 'Дориана Эшкомба', name).filter((s) => s.ticked);
    const entity = entityFromLookup(a, { name, type: a.suggestedType ?? 'other', aliases: ticked }, FETCHED);
    const checked = validatePack(myPack([entity], '2026-12-03'));
    assert.ok(checked.ok, checked.ok ? '' : checked.errors.join('\n'));
    const matcher = new Matcher(compilePack(checked.pack));
    const text = 'Книга Дориана Эшкомба вышла в 1979 году. Dorian Ashcombe wrote it; позже Дориан Эшкомб написал продолжение.';
    const { mentions } = spot(text, [matcher], { lang: 'ru' });
    assert.deepEqual(
      mentions.map((m) => [m.text, m.entityId]),
      [
        ['Дориана Эшкомба', 'Q999999940'],
        ['Dorian Ashcombe', 'Q999999940'],
        ['Дориан Эшкомб', 'Q999999940'],
      ],
    );
  });
});

describe('first sentences', () => {
  it('cuts at a sentence end that fits, else at a word', () => {
    assert.equal(firstSentences('One. Two. Three.', 10), 'One. Two.');
    assert.equal(firstSentences('Short.', 10), 'Short.');
    assert.equal(firstSentences('A very long sentence without an end in sight', 20), 'A very long…');
    assert.equal(firstSentences('東京は日本の首都である。人口は多い。', 14), '東京は日本の首都である。');
  });
});
