/**
 * Packs a reader imports and "My entities": the checks against the loaded packs and the form's
 * entity (src/core/pack/import.ts, src/core/pack/my-entities.ts), then compiled and spotted
 * across several packs with the public engine API.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_PACK_BYTES, checkAgainstLoaded, checkPackText, fileSizeProblem, indexPacks, loadStored, packInfo, relevantWarnings,
} from '../../src/core/pack/import.ts';
import { entityFromDraft, myEntityId, myPack, parseAliasList, slugOf } from '../../src/core/pack/my-entities.ts';
import { validatePack } from '../../src/core/pack/validate.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';
import { compilePack, Matcher, spot } from '../../src/core/spot/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const SRC = [{ name: 'tests', licence: 'CC0-1.0' }];

function entity(id: string, name: string, aliases: Entity['aliases'] = [], type: Entity['type'] = 'person'): Entity {
  return { id, name, type, description: `${name}, a test entity`, summary: `${name} is a test entity.`, aliases, sources: SRC };
}
function pack(id: string, entities: Entity[], name = `Pack ${id}`): Pack {
  return { format: 'gloss-pack', formatVersion: 1, id, name, version: '1.0', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026-11', sources: SRC, entities };
}

const base = pack('default', [
  entity('Q7747', 'Vladimir Putin', [{ text: 'Putin', kind: 'surname' }]),
  entity('gloss:place:paris', 'Paris', [], 'place'),
], 'Gloss default pack');
const index = indexPacks([{ meta: base, entities: base.entities }]);

describe('checks against the loaded packs', () => {
  it('accepts a pack with new names and ids', () => {
    assert.deepEqual(checkAgainstLoaded(pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge', [{ text: 'Quenteridge' }])]), index), []);
  });

  it('asks for a sharedNote on an alias another pack has, naming entity, field and the other entity', () => {
    const errs = checkAgainstLoaded(pack('newsroom', [entity('news:person:bob', 'Bob Putin', [{ text: 'B. Putin' }, { text: 'Putin' }])]), index);
    assert.equal(errs.length, 1);
    assert.match(errs[0]!, /^entity "news:person:bob" \(Bob Putin\), aliases\[1\]\.sharedNote: "Putin" is also a name of entity "Q7747" \(Vladimir Putin\) in Gloss default pack; add a "sharedNote"/);
    const noted = pack('newsroom', [entity('news:person:bob', 'Bob Putin', [{ text: 'PUTIN', sharedNote: 'Bob, the baker, not the president' }])]);
    assert.deepEqual(checkAgainstLoaded(noted, index), [], 'a note (on any spelling of it) explains the sharing');
  });

  it('asks for the name to be listed with a note when the name itself is shared', () => {
    const errs = checkAgainstLoaded(pack('newsroom', [entity('news:place:paris-tx', 'Paris', [], 'place')]), index);
    assert.equal(errs.length, 1);
    assert.match(errs[0]!, /entity "news:place:paris-tx" \(Paris\), name: "Paris" is also a name of entity "gloss:place:paris"/);
  });

  it('refuses an entity id that another pack has, and the reserved pack ids', () => {
    const errs = checkAgainstLoaded(pack('newsroom', [entity('Q7747', 'Vladimir Vladimirovich Putin')]), index);
    assert.equal(errs.length, 1);
    assert.match(errs[0]!, /entity "Q7747" \(Vladimir Vladimirovich Putin\), id: this id is already used by entity "Q7747" \(Vladimir Putin\) in Gloss default pack/);
    assert.match(checkAgainstLoaded(pack('default', []), index)[0]!, /^pack id: "default" is the id of Gloss's built-in pack/);
    assert.match(checkAgainstLoaded(pack('my-entities', []), index)[0]!, /^pack id: "my-entities" is kept for the entities you add/);
    assert.deepEqual(checkAgainstLoaded(pack('my-entities', []), index, 'mine'), []);
  });

  it('leaves out the loaded pack being replaced (same pack id)', () => {
    const v1 = pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge')]);
    const both = indexPacks([{ meta: base, entities: base.entities }, { meta: v1, entities: v1.entities }]);
    assert.deepEqual(checkAgainstLoaded(pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge')]), both), []);
    const other = checkAgainstLoaded(pack('other', [entity('news:person:zorblat', 'Zorblat Quenteridge')]), both);
    assert.equal(other.length, 1, 'another pack with the same entity id is refused (once: the id, not again its name)');
    assert.match(other[0]!, /, id: this id is already used by entity "news:person:zorblat" \(Zorblat Quenteridge\) in Pack newsroom/);
  });

  it('checks a file: JSON, validator messages naming entity and field, then the cross-pack checks', () => {
    assert.match((checkPackText('{"format":', index, 'bad.json') as { errors: string[] }).errors[0]!, /^bad\.json: not valid JSON/);
    const badType = JSON.stringify(pack('newsroom', [{ ...entity('news:place:x', 'Xanadu'), type: 'city' as never }]));
    const r = checkPackText(badType, index);
    assert.equal(r.ok, false);
    assert.match((r as { errors: string[] }).errors[0]!, /^entity "news:place:x" \(Xanadu\), type: type must be one of/);
    const shared = checkPackText(JSON.stringify(pack('newsroom', [entity('news:person:bob', 'Bob', [{ text: 'Putin' }])])), index);
    assert.equal(shared.ok, false);
    const good = checkPackText(JSON.stringify(pack('newsroom', [{ ...entity('news:person:z', 'Zorblat Quenteridge'), related: ['Q7747', 'elsewhere:x'] }])), index);
    assert.ok(good.ok);
    assert.equal(good.warnings.length, 1, 'a related id another loaded pack has is no warning');
    assert.match(good.warnings[0]!, /"elsewhere:x" is not in this pack/);
  });

  it('refuses the fixture packs with their messages', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/packs/invalid-shared-alias.json'), 'utf8');
    const r = checkPackText(text, index);
    assert.equal(r.ok, false);
    assert.match((r as { errors: string[] }).errors.join('\n'), /sharedNote/);
  });

  it('keeps only warnings that matter and sizes files', () => {
    assert.deepEqual(relevantWarnings(['entity "a:b" (A), related: "Q7747" is not in this pack (fine if another pack has it)', 'x'], index), ['x']);
    assert.equal(fileSizeProblem('p.json', 1000), null);
    assert.match(fileSizeProblem('p.json', 0)!, /p\.json is empty/);
    assert.match(fileSizeProblem('big.json', MAX_PACK_BYTES + 1)!, /^big\.json is 48\.0 MB; Gloss imports packs of up to 48\.0 MB/);
  });
});

describe('My entities', () => {
  it('parses a comma-separated alias list', () => {
    assert.deepEqual(parseAliasList(' Jane ,J. Doe,, jane,  JANE  DOE , Jäne', 'Jane Doe'), ['Jane', 'J. Doe']);
    assert.deepEqual(parseAliasList(''), []);
  });

  it('makes readable, unique, pack-local ids', () => {
    assert.equal(slugOf('Łukasz Żak-Nowak'), 'lukasz-zak-nowak');
    assert.equal(slugOf('  !! '), 'entity');
    assert.equal(slugOf('東京 Tower'), '東京-tower');
    const taken = new Set(['mine:person:jane-doe', 'mine:person:jane-doe-2']);
    assert.equal(myEntityId('person', 'Jane Doe', taken), 'mine:person:jane-doe-3');
    assert.equal(myEntityId('place', 'Jane Doe', taken), 'mine:place:jane-doe');
  });

  it('turns the form into a valid pack entity, summary defaulting to the description', () => {
    const e = entityFromDraft({ name: ' Zorblat  Quenteridge ', type: 'person', description: 'Mayor of Eastwick', aliases: 'Z. Quenteridge, Quenteridge' }, new Set());
    assert.equal(e.id, 'mine:person:zorblat-quenteridge');
    assert.equal(e.name, 'Zorblat Quenteridge');
    assert.equal(e.summary, 'Mayor of Eastwick');
    assert.deepEqual(e.aliases, [{ text: 'Z. Quenteridge' }, { text: 'Quenteridge' }]);
    const checked = validatePack(myPack([e], '2026-11-25'));
    assert.ok(checked.ok, JSON.stringify(checked));
  });

  it('an alias shared with the default pack is refused with the sentence, and passes with a note', () => {
    const draft = { name: 'Paris Hilton', type: 'person' as const, description: 'Hotel heiress', aliases: 'Paris' };
    const without = checkAgainstLoaded(myPack([entityFromDraft(draft, new Set())], '2026-11-25'), index, 'mine');
    assert.equal(without.length, 1);
    assert.match(without[0]!, /^entity "mine:person:paris-hilton" \(Paris Hilton\), aliases\[0\]\.sharedNote: "Paris" is also a name of entity "gloss:place:paris"/);
    const noted = entityFromDraft({ ...draft, sharedNote: 'the person, not the city' }, new Set());
    assert.deepEqual(noted.aliases.map((a) => [a.text, a.sharedNote]), [['Paris Hilton', 'the person, not the city'], ['Paris', 'the person, not the city']]);
    assert.deepEqual(checkAgainstLoaded(myPack([noted], '2026-11-25'), index, 'mine'), []);
  });

  it('an empty name or description is refused by the validator, naming the field', () => {
    const e = entityFromDraft({ name: 'Zed', type: 'person', description: '  ', aliases: '' }, new Set());
    const r = validatePack(myPack([e], '2026-11-25'));
    assert.equal(r.ok, false);
    assert.match((r as { errors: string[] }).errors[0]!, /entity "mine:person:zed" \(Zed\), description: description must not be empty/);
  });

  it('packInfo lists the reader’s own entities', () => {
    const e = entityFromDraft({ name: 'Zed Alpha', type: 'organisation', description: 'A club', aliases: 'ZA Club' }, new Set());
    const info = packInfo(myPack([e], '2026-11-25'), [e], 1, 'mine');
    assert.equal(info.entities, 1);
    assert.deepEqual(info.own, [{ id: e.id, name: 'Zed Alpha', type: 'organisation', description: 'A club', aliases: ['ZA Club'] }]);
  });
});

describe('spotting across the default pack, an imported pack and My entities', () => {
  it('finds entities of every pack, each with its own pack', () => {
    const imported = pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge')]);
    const mine = myPack([entityFromDraft({ name: 'Wilhelmina Tarrow', type: 'person', description: 'Our correspondent', aliases: '' }, new Set())], '2026-11-25');
    const matchers = [base, imported, mine].map((p) => new Matcher(compilePack(validatePack(p).ok ? p : (assert.fail('invalid test pack') as never))));
    const text = 'Vladimir Putin met Zorblat Quenteridge in Paris, said Wilhelmina Tarrow.';
    const { mentions } = spot(text, matchers, { lang: 'en' });
    assert.deepEqual(mentions.map((m) => [m.text, m.entityId]), [
      ['Vladimir Putin', 'Q7747'],
      ['Zorblat Quenteridge', 'news:person:zorblat'],
      ['Paris', 'gloss:place:paris'],
      ['Wilhelmina Tarrow', 'mine:person:wilhelmina-tarrow'],
    ]);
    assert.equal(matchers.find((m) => m.entity('news:person:zorblat'))?.meta.id, 'newsroom');
  });
});

describe('stored compiled packs', () => {
  const p = pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge')]);

  it('loads a current compiled pack as it is', () => {
    const r = loadStored(compilePack(p));
    assert.equal(r.recompiled, null);
    assert.equal(r.matcher.entity('news:person:zorblat')?.name, 'Zorblat Quenteridge');
  });

  it('compiles again a pack stored in another compiled format, from its own entities', () => {
    const old = { ...compilePack(p), formatVersion: 1, trie: { nodes: 0 } };
    const r = loadStored(old);
    assert.ok(r.recompiled, 'recompiled, to be stored again');
    assert.equal(r.recompiled.formatVersion, compilePack(p).formatVersion);
    assert.deepEqual(spot('Zorblat Quenteridge spoke.', [r.matcher]).mentions.map((m) => m.entityId), ['news:person:zorblat']);
  });

  it('refuses a damaged stored pack with a sentence saying what to do', () => {
    assert.throws(() => loadStored({ format: 'gloss-pack-compiled', formatVersion: 0 }), /This stored pack could not be loaded \(.*\)\. Remove it and import the pack file again\./);
    assert.throws(() => loadStored(null), /Remove it and import the pack file again/);
    const badEntities = { ...compilePack(p), formatVersion: 0, entities: [{ id: 'x' }] };
    assert.throws(() => loadStored(badEntities), /could not be loaded/);
  });
});
