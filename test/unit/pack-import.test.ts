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
  MAX_PACK_BYTES, checkAgainstLoaded, checkPackText, compileForStorage, fileSizeProblem, indexPacks, loadStored, packInfo, relevantWarnings, storedEntities,
} from '../../src/core/pack/import.ts';
import { entityFromDraft, myEntityId, myPack, parseAliasList, problemForReader, problemsForReader, slugOf } from '../../src/core/pack/my-entities.ts';
import { formatIssue, issuesAbout, type PackIssue } from '../../src/core/pack/issues.ts';
import { validatePack } from '../../src/core/pack/validate.ts';
import type { Entity, Pack } from '../../src/core/pack/types.ts';
import { compilePack, Matcher, normaliseKey, spot } from '../../src/core/spot/index.ts';

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
const index = indexPacks([new Matcher(compilePack(base))]);
const lines = (issues: readonly PackIssue[]): string[] => issues.map(formatIssue);
const errorsOf = (r: { ok: boolean; errors?: PackIssue[] }): PackIssue[] => {
  assert.equal(r.ok, false, 'refused');
  return r.errors ?? [];
};

describe('checks against the loaded packs', () => {
  it('accepts a pack with new names and ids', () => {
    assert.deepEqual(checkAgainstLoaded(pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge', [{ text: 'Quenteridge' }])]), index), []);
  });

  it('asks for a sharedNote on an alias another pack has, naming entity, field and the other entity', () => {
    const errs = checkAgainstLoaded(pack('newsroom', [entity('news:person:bob', 'Bob Putin', [{ text: 'B. Putin' }, { text: 'Putin' }])]), index);
    assert.equal(errs.length, 1);
    assert.match(formatIssue(errs[0]!), /^entity "news:person:bob" \(Bob Putin\), aliases\[1\]\.sharedNote: "Putin" is also a name of entity "Q7747" \(Vladimir Putin\) in Gloss default pack; add a "sharedNote"/);
    assert.deepEqual({ ...errs[0]!, message: '' }, {
      code: 'name-in-other-pack', message: '', field: 'aliases[1].sharedNote', entityId: 'news:person:bob', entityName: 'Bob Putin', name: 'Putin',
      others: [{ id: 'Q7747', name: 'Vladimir Putin', type: 'person', packId: 'default', packName: 'Gloss default pack' }],
    });
    const noted = pack('newsroom', [entity('news:person:bob', 'Bob Putin', [{ text: 'PUTIN', sharedNote: 'Bob, the baker, not the president' }])]);
    assert.deepEqual(checkAgainstLoaded(noted, index), [], 'a note (on any spelling of it) explains the sharing');
  });

  it('asks for the name to be listed with a note when the name itself is shared', () => {
    const errs = checkAgainstLoaded(pack('newsroom', [entity('news:place:paris-tx', 'Paris', [], 'place')]), index);
    assert.equal(errs.length, 1);
    assert.match(formatIssue(errs[0]!), /entity "news:place:paris-tx" \(Paris\), name: "Paris" is also a name of entity "gloss:place:paris"/);
    assert.equal(errs[0]!.code, 'name-in-other-pack');
  });

  it('refuses an entity id that another pack has, and the reserved pack ids', () => {
    const errs = checkAgainstLoaded(pack('newsroom', [entity('Q7747', 'Vladimir Vladimirovich Putin')]), index);
    assert.equal(errs.length, 1);
    assert.equal(errs[0]!.code, 'id-in-other-pack');
    assert.match(formatIssue(errs[0]!), /entity "Q7747" \(Vladimir Vladimirovich Putin\), id: this id is already used by entity "Q7747" \(Vladimir Putin\) in Gloss default pack/);
    assert.match(lines(checkAgainstLoaded(pack('default', []), index))[0]!, /^pack id: "default" is the id of Gloss's built-in pack/);
    assert.match(lines(checkAgainstLoaded(pack('my-entities', []), index))[0]!, /^pack id: "my-entities" is kept for the entities you add/);
    assert.deepEqual(checkAgainstLoaded(pack('my-entities', []), index, 'mine'), []);
  });

  it('leaves out the loaded pack being replaced (same pack id)', () => {
    const v1 = pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge')]);
    const both = indexPacks([base, v1].map((x) => new Matcher(compilePack(x))));
    assert.deepEqual(checkAgainstLoaded(pack('newsroom', [entity('news:person:zorblat', 'Zorblat Quenteridge')]), both), []);
    const other = checkAgainstLoaded(pack('other', [entity('news:person:zorblat', 'Zorblat Quenteridge')]), both);
    assert.equal(other.length, 1, 'another pack with the same entity id is refused (once: the id, not again its name)');
    assert.match(formatIssue(other[0]!), /, id: this id is already used by entity "news:person:zorblat" \(Zorblat Quenteridge\) in Pack newsroom/);
  });

  it('checks a file: JSON, validator messages naming entity and field, then the cross-pack checks', () => {
    const notJson = errorsOf(checkPackText('{"format":', index, 'bad.json'));
    assert.equal(notJson[0]!.code, 'not-json');
    assert.match(formatIssue(notJson[0]!), /^bad\.json: not valid JSON/);
    const badType = JSON.stringify(pack('newsroom', [{ ...entity('news:place:x', 'Xanadu'), type: 'city' as never }]));
    const r = checkPackText(badType, index);
    assert.deepEqual({ ...errorsOf(r)[0]!, message: '' }, { code: 'invalid', message: '', field: 'type', entityId: 'news:place:x', entityName: 'Xanadu', entityIndex: 0 });
    assert.match(formatIssue(errorsOf(r)[0]!), /^entity "news:place:x" \(Xanadu\), type: type must be one of/);
    const shared = checkPackText(JSON.stringify(pack('newsroom', [entity('news:person:bob', 'Bob', [{ text: 'Putin' }])])), index);
    assert.equal(shared.ok, false);
    const good = checkPackText(JSON.stringify(pack('newsroom', [{ ...entity('news:person:z', 'Zorblat Quenteridge'), related: ['Q7747', 'elsewhere:x'] }])), index);
    assert.ok(good.ok);
    assert.equal(good.warnings.length, 1, 'a related id another loaded pack has is no warning');
    assert.match(formatIssue(good.warnings[0]!), /"elsewhere:x" is not in this pack/);
    assert.deepEqual([good.warnings[0]!.code, good.warnings[0]!.ref], ['related-unknown', 'elsewhere:x']);
  });

  it('refuses the fixture packs with their messages', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/packs/invalid-shared-alias.json'), 'utf8');
    const r = checkPackText(text, index);
    assert.deepEqual(errorsOf(r).map((i) => i.code), ['shared-name']);
    assert.match(lines(errorsOf(r)).join('\n'), /sharedNote/);
  });

  it('keeps only warnings that matter and sizes files', () => {
    const known: PackIssue = { code: 'related-unknown', field: 'related', entityId: 'a:b', message: '"Q7747" is not in this pack', ref: 'Q7747' };
    const unknown: PackIssue = { ...known, message: '"Q1" is not in this pack', ref: 'Q1' };
    assert.deepEqual(relevantWarnings([known, unknown], index), [unknown], 'by code and id, whatever the wording');
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
    assert.deepEqual(problemForReader(without[0]!), {
      code: 'name-in-other-pack', field: 'sharedNote', message: "'Paris' is already a place in the default pack; add it as another meaning?",
      anotherMeaning: { name: 'Paris', existing: { id: 'gloss:place:paris', name: 'Paris', type: 'place', packId: 'default', packName: 'Gloss default pack' } },
    });
    const noted = entityFromDraft({ ...draft, sharedNote: 'the person, not the city' }, new Set());
    assert.deepEqual(noted.aliases.map((a) => [a.text, a.sharedNote]), [['Paris Hilton', 'the person, not the city'], ['Paris', 'the person, not the city']]);
    assert.deepEqual(checkAgainstLoaded(myPack([noted], '2026-11-25'), index, 'mine'), []);
  });

  it('an empty name or description is refused by the validator, naming the field', () => {
    const e = entityFromDraft({ name: 'Zed', type: 'person', description: '  ', aliases: '' }, new Set());
    const r = validatePack(myPack([e], '2026-11-25'));
    assert.match(formatIssue(errorsOf(r)[0]!), /entity "mine:person:zed" \(Zed\), description: description must not be empty/);
    assert.deepEqual(problemsForReader(e.id, errorsOf(r)), [
      { code: 'empty', field: 'description', message: "Add a one-line description (for example 'Mayor of Eastwick since 2024'): the popover shows it." },
    ]);
  });

  it('speaks to the reader about the form, not about the pack file', () => {
    const mine = entityFromDraft({ name: 'Minsk', type: 'organisation', description: 'A rock band', aliases: '' }, new Set());
    const other = entityFromDraft({ name: 'Minsk', type: 'place', description: 'A village', aliases: '\u00AD' }, new Set([mine.id]));
    const r = validatePack(myPack([mine, other], '2026-11-25'));
    assert.deepEqual(issuesAbout(other.id, errorsOf(r)).map((i) => i.code), ['empty-alias', 'shared-name'], 'the issues of the new entity');
    assert.deepEqual(issuesAbout(mine.id, errorsOf(r)), errorsOf(r), 'none about the older one: all of them');
    const shared = validatePack(myPack([mine, { ...other, aliases: [] }], '2026-11-25'));
    const problem = problemsForReader(other.id, errorsOf(shared))[0]!;
    assert.equal(problem.message, "'Minsk' is already one of your own entities (an organisation: Minsk); add it as another meaning?");
    assert.equal(problem.anotherMeaning?.existing.id, 'mine:organisation:minsk');
    const nameless = validatePack(myPack([entityFromDraft({ name: ' ', type: 'person', description: 'x', aliases: '' }, new Set())], '2026-11-25'));
    assert.deepEqual(errorsOf(nameless).map(problemForReader).map((p) => [p.field, p.message]), [['name', 'Give it a name: the name as pages write it.']]);
    assert.deepEqual(problemsForReader(other.id, errorsOf(r)).map((p) => p.message), [
      "'\u00AD' in Other names has no letters or digits; remove it.",
      "'Minsk' is already one of your own entities (an organisation: Minsk); add it as another meaning?",
    ]);
  });

  it('packInfo lists the reader’s own entities', () => {
    const e = entityFromDraft({ name: 'Zed Alpha', type: 'organisation', description: 'A club', aliases: 'ZA Club' }, new Set());
    const info = packInfo(myPack([e], '2026-11-25'), { entities: 1, aliases: 2 }, 'mine', {}, [e]);
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
  const p = pack('newsroom', [
    { ...entity('news:person:zorblat', 'Zorblat Quenteridge', [{ text: 'Z. Quenteridge', lang: 'en' }]), related: ['gloss:place:paris'], facts: [{ label: 'Born', value: '1970', source: 'tests' }] },
    entity('news:place:eastwick', 'Eastwick', [], 'place'),
  ]);

  it('loads a current compiled pack as it is, and gives back its whole entities', () => {
    const stored = compileForStorage(p);
    const r = loadStored(stored);
    assert.equal(r.recompiled, null);
    assert.equal(r.matcher.entity('news:person:zorblat')?.name, 'Zorblat Quenteridge');
    assert.deepEqual(storedEntities(stored), p.entities, 'cores and details join into the entities again');
  });

  it('compiles again a pack stored in the format that kept whole entities with the matcher (format 2), from its own entities', () => {
    const { entities, ...meta } = p;
    const old = { compiled: { format: 'gloss-pack-compiled', formatVersion: 2, meta, entities, entries: [], trie: { nodes: 1, edgeStart: 'AAAAAA==' }, stats: {} } };
    const r = loadStored(old);
    assert.ok(r.recompiled, 'recompiled, to be stored again');
    assert.equal(r.recompiled.compiled.formatVersion, compilePack(p).formatVersion);
    assert.deepEqual(storedEntities(r.recompiled), p.entities);
    assert.deepEqual(spot('Zorblat Quenteridge spoke.', [r.matcher]).mentions.map((m) => m.entityId), ['news:person:zorblat']);
  });

  it('compiles again a pack stored in an older format that kept the entities as columns and details (format 3), from its own entities', () => {
    const stored = compileForStorage(p);
    const old = { compiled: { ...stored.compiled, formatVersion: 3 }, details: stored.details };
    assert.throws(() => new Matcher(old.compiled), /Rebuild the pack/, 'the matcher refuses another format version');
    const r = loadStored(old);
    assert.ok(r.recompiled, 'recompiled, to be stored again');
    assert.equal(r.recompiled.compiled.formatVersion, compilePack(p).formatVersion);
    assert.deepEqual(storedEntities(r.recompiled), p.entities);
  });

  it('refuses a damaged stored pack with a sentence saying what to do', () => {
    assert.throws(() => loadStored({ compiled: { format: 'gloss-pack-compiled', formatVersion: 0 } }), /This stored pack could not be loaded \(.*\)\. Remove it and import the pack file again\./);
    assert.throws(() => loadStored({ compiled: null }), /Remove it and import the pack file again/);
    const { entities: _e, ...meta } = p;
    assert.throws(() => loadStored({ compiled: { format: 'gloss-pack-compiled', formatVersion: 2, meta, entities: [{ id: 'x' }] } }), /could not be loaded/);
    const stored = compileForStorage(p);
    assert.throws(() => loadStored({ compiled: stored.compiled, details: stored.details.slice(1) }), /could not be loaded \(its details do not fit its entities\)/);
  });
});

describe('the names of the loaded packs, read out of their tries', () => {
  it('are every normalised name and alias of every entity, not the derived surnames', () => {
    const p = pack('newsroom', [
      entity('news:person:zorblat', 'Zorblat Quenteridge', [{ text: 'Z. Quenteridge' }, { text: 'ZQ', kind: 'acronym' }]),
      entity('news:person:zora', 'Zora Quenteridge', [{ text: 'Zorá' }]),
      entity('news:place:eastwick', 'Eastwick-upon-Sea', [{ text: 'Eastwick' }], 'place'),
    ]);
    const m = new Matcher(compilePack(p));
    const expected = p.entities.flatMap((e, i) => [...new Set([e.name, ...e.aliases.map((a) => a.text)].map(normaliseKey))].map((key) => `${key} ${i}`)).sort();
    assert.deepEqual(m.aliasKeys().map((x) => `${x.key} ${x.entity}`).sort(), expected, '"quenteridge", derived from both names, is not one');
    const names = indexPacks([m]);
    assert.deepEqual(names.byKey.get('zora')?.map((o) => o.entityId), ['news:person:zora']);
    assert.deepEqual(names.byId.get('news:place:eastwick'), { packId: 'newsroom', packName: 'Pack newsroom', entityId: 'news:place:eastwick', entityName: 'Eastwick-upon-Sea', entityType: 'place' });
  });
});
