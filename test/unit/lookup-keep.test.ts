/**
 * Keeping looked-up entities (src/core/lookup/keep.ts), My entities as a pack file
 * (src/core/pack/my-entities-file.ts), the browser-command tickets (tickets.ts) and what the
 * settings page says is sent (what-is-sent.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Pack } from '../../src/core/pack/types.ts';
import { indexPacks, MY_PACK_ID } from '../../src/core/pack/import.ts';
import { myPack } from '../../src/core/pack/my-entities.ts';
import { validatePack, validatePackText } from '../../src/core/pack/validate.ts';
import { compilePack, Matcher } from '../../src/core/spot/index.ts';
import { planKeep, withNote } from '../../src/core/lookup/keep.ts';
import { mergeIntoMine, myEntitiesFileName, myEntitiesPack } from '../../src/core/pack/my-entities-file.ts';
import { LookupTickets, TICKET_TTL_MS } from '../../src/core/lookup/tickets.ts';
import { lookupHosts, whatIsSent, whatIsSentSentence } from '../../src/core/lookup/what-is-sent.ts';
import { lookupRequest } from '../../src/core/lookup/requests.ts';
import { WIKIMEDIA_ENDPOINTS } from '../../src/core/lookup/endpoints.ts';

const WIKI = { name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/X', licence: 'CC-BY-SA-4.0', asOf: '2026-12-03' };
const WD = (qid: string) => ({ name: 'Wikidata', url: `https://www.wikidata.org/wiki/${qid}`, licence: 'CC0-1.0', asOf: '2026-12-03' });
const entity = (id: string, name: string, aliases: string[] = [], description = `about ${name}`): Entity => ({
  id, name, type: 'person', description, summary: description, aliases: aliases.map((text) => ({ text })), sources: [WIKI, WD(id)],
});
const packOf = (id: string, name: string, entities: Entity[]): Pack => ({
  format: 'gloss-pack', formatVersion: 1, id, name, version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026-12-01', sources: [{ name: 'test', licence: 'CC0-1.0' }], entities,
});
/** the name index over a "default" pack and the reader's own entities, as the background builds it from the loaded matchers */
function indexOf(defaults: Entity[], mine: Entity[] = []) {
  const packs = [new Matcher(compilePack(packOf('default', 'the default pack', defaults)))];
  if (mine.length) packs.push(new Matcher(compilePack(myPack(mine, '2026-12-03'))));
  return indexPacks(packs);
}

describe('keeping a looked-up entity in My entities', () => {
  const defaults = [entity('Q9545', 'Tony Blair', ['Blair']), entity('gloss:place:mercury-city', 'Mercury', [], 'a town')];

  it('a new item is added; saving it again replaces it in place', () => {
    const ashcombe = entity('Q999999940', 'Dorian Ashcombe', ['Ashcombe']);
    const first = planKeep([], ashcombe, indexOf(defaults));
    assert.equal(first.kind, 'keep');
    assert.ok(first.kind === 'keep' && !first.replaced);
    const other = entity('Q1', 'Ilse Vandermeer');
    const mine = [ashcombe, other];
    const again = planKeep(mine, { ...ashcombe, aliases: [{ text: 'DNA' }] }, indexOf(defaults, mine));
    assert.ok(again.kind === 'keep' && again.replaced);
    assert.deepEqual(again.kind === 'keep' && again.entities.map((e) => [e.id, e.aliases.map((a) => a.text)]), [['Q999999940', ['DNA']], ['Q1', []]]);
    assert.ok(validatePack(myPack(again.kind === 'keep' ? again.entities : [], '2026-12-03')).ok);
  });

  it('an item another pack has is not kept twice: the reader is told where it is', () => {
    assert.deepEqual(planKeep([], entity('Q9545', 'Tony Blair'), indexOf(defaults)), { kind: 'known', entityName: 'Tony Blair', packName: 'the default pack' });
  });

  it('a name another entity has needs a note; with it, the name and its alias carry the note and the pack is valid', () => {
    const planet = entity('Q308', 'Mercury', ['Mercury (planet)']);
    const asked = planKeep([], planet, indexOf(defaults));
    assert.deepEqual(asked, { kind: 'needs-note', others: [{ name: 'Mercury', entityName: 'Mercury', packName: 'the default pack' }] });
    const kept = planKeep([], planet, indexOf(defaults), '  the planet,  not the town ');
    assert.equal(kept.kind, 'keep');
    const saved = kept.kind === 'keep' ? kept.entities[0]! : planet;
    assert.deepEqual(saved.aliases, [{ text: 'Mercury', kind: 'name', sharedNote: 'the planet, not the town' }, { text: 'Mercury (planet)' }]);
    assert.ok(validatePack(myPack([saved], '2026-12-03')).ok);
  });

  it('two of the reader\'s own with one name: both get a note (the older one its description)', () => {
    const element = entity('Q925', 'Mercury', [], 'chemical element');
    const mine = [element];
    const planet = entity('Q308', 'Mercury', [], 'planet');
    const index = indexOf([], mine);
    assert.equal(planKeep(mine, planet, index).kind, 'needs-note');
    const kept = planKeep(mine, planet, index, 'the planet');
    assert.ok(kept.kind === 'keep');
    const [older, newer] = kept.kind === 'keep' ? kept.entities : [];
    assert.deepEqual(older!.aliases, [{ text: 'Mercury', kind: 'name', sharedNote: 'chemical element' }]);
    assert.deepEqual(newer!.aliases, [{ text: 'Mercury', kind: 'name', sharedNote: 'the planet' }]);
    assert.ok(validatePack(myPack(kept.kind === 'keep' ? kept.entities : [], '2026-12-03')).ok, 'the pack passes the shared-name check');
  });

  it('withNote notes only the names asked for', () => {
    const e = entity('Q1', 'Jane Roe', ['Roe', 'J. Roe']);
    assert.deepEqual(withNote(e, new Set(['roe']), 'n').aliases, [{ text: 'Roe', sharedNote: 'n' }, { text: 'J. Roe' }]);
  });
});

describe('My entities as a pack file', () => {
  const mine = [entity('Q999999940', 'Dorian Ashcombe', ['Ashcombe']), { ...entity('mine:person:jane-roe', 'Jane Roe'), sources: [{ name: 'Added by you in Gloss', licence: 'private' }] }];

  it('is a valid pack in the documented format, licensed CC BY-SA when it holds Wikipedia text', () => {
    const pack = myEntitiesPack(mine, '2026-12-03');
    const read = validatePackText(JSON.stringify(pack), 'mine.json');
    assert.ok(read.ok, read.ok ? '' : read.errors.join('\n'));
    assert.equal(pack.id, MY_PACK_ID);
    assert.equal(pack.licence, 'CC-BY-SA-4.0');
    assert.deepEqual(pack.sources.map((s) => s.name), ['Added by you in Gloss', 'Wikipedia', 'Wikidata']);
    assert.equal(myEntitiesPack([mine[1]!], '2026-12-03').licence, 'private', 'only the reader\'s own text');
    assert.equal(myEntitiesFileName('2026-12-03'), 'gloss-my-entities-2026-12-03.json');
  });

  it('read back into My entities: new ids added, known ones replaced, others\' ids and unexplained shared names skipped', () => {
    const defaults = [entity('Q9545', 'Tony Blair'), entity('gloss:place:mercury-city', 'Mercury', [], 'a town')];
    const current = [entity('Q999999940', 'Dorian Ashcombe')];
    const incoming = [
      entity('Q999999940', 'Dorian Ashcombe', ['DNA']),
      entity('Q1', 'Ilse Vandermeer'),
      entity('Q9545', 'Tony Blair'),
      entity('Q308', 'Mercury'),
      { ...entity('Q925', 'Mercury'), aliases: [{ text: 'Mercury', sharedNote: 'the element' }] },
    ];
    const r = mergeIntoMine(current, incoming, indexOf(defaults, current));
    assert.deepEqual(r.added, ['Q1', 'Q925']);
    assert.deepEqual(r.replaced, ['Q999999940']);
    assert.deepEqual(r.skipped.map((s) => s.id), ['Q9545', 'Q308']);
    assert.match(r.skipped[0]!.reason, /the default pack already has it \(as Tony Blair\)/);
    assert.match(r.skipped[1]!.reason, /“Mercury” is also Mercury in the default pack/);
    assert.deepEqual(r.entities.map((e) => e.id), ['Q999999940', 'Q1', 'Q925']);
    assert.deepEqual(r.entities[0]!.aliases, [{ text: 'DNA' }]);
  });
});

describe('tickets for look-ups asked through the browser', () => {
  it('one use, for its tab, for the name the browser reported (any name for the shortcut), until it expires', () => {
    let now = 1000;
    const t = new LookupTickets(() => now);
    t.issue(5, '  «Dorian Ashcombe», ');
    assert.equal(t.take(6, 'Dorian Ashcombe'), false, 'another tab');
    t.issue(5, 'Dorian Ashcombe');
    assert.equal(t.take(5, 'dorian  ashcombe'), true, 'the same name');
    assert.equal(t.take(5, 'Dorian Ashcombe'), false, 'used up');
    t.issue(5, 'Dorian Ashcombe');
    assert.equal(t.take(5, 'Mercury'), false, 'another name');
    assert.equal(t.take(5, 'Dorian Ashcombe'), false, 'a wrong try uses it up');
    t.issue(5, null);
    assert.equal(t.take(5, 'Mercury'), true, 'the shortcut: the tab\'s own selection');
    t.issue(5, null);
    now += TICKET_TTL_MS + 1;
    assert.equal(t.take(5, 'Mercury'), false, 'expired');
  });
});

describe('what the settings page says is sent', () => {
  it('the same requests the client makes, on the real hosts, in order', () => {
    const sent = whatIsSent('fr-FR');
    assert.deepEqual(sent.map((r) => [r.service, r.host]), [
      ['Wikidata', 'www.wikidata.org'],
      ['Wikidata', 'www.wikidata.org'],
      ['Wikidata', 'www.wikidata.org'],
      ['Wikidata', 'www.wikidata.org'],
      ['Wikipedia', 'fr.wikipedia.org'],
    ]);
    assert.equal(sent[0]!.exampleUrl, lookupRequest({ kind: 'search', name: 'Douglas Adams', lang: 'fr', displayLang: 'fr' }, WIKIMEDIA_ENDPOINTS, '').url);
    assert.match(sent[1]!.exampleUrl, /language=en/);
    assert.equal(whatIsSent('en').length, 4, 'an English page searches once');
    assert.deepEqual(lookupHosts('fr'), ['www.wikidata.org', 'fr.wikipedia.org', 'en.wikipedia.org']);
    assert.deepEqual(lookupHosts(null), ['www.wikidata.org', 'en.wikipedia.org']);
    assert.equal(
      whatIsSentSentence('Dorian Ashcombe', 'fr'),
      'Gloss sends “Dorian Ashcombe” and the page’s language (fr) to www.wikidata.org, fr.wikipedia.org, en.wikipedia.org: no page address, no page text, none of your notes.',
    );
  });
});
