/**
 * Generates packs/default/entities/world-extra.json from packs/default/overrides/world.json: the
 * historical states, events used as names, macro-regions, major rivers and a few companies that
 * no open dataset used here provides, written by the Gloss team (CC BY 4.0). An entity whose id or
 * name an earlier file already has is reported and left out.
 *
 *   node --import tsx scripts/pack-sources/world-extra.ts
 */
import type { Alias, Entity, EntityType, Fact, SourceRef } from '../../src/core/pack/types.ts';
import { readOverrides, writeEntities } from './lib/common.ts';
import { normaliseKey } from '../../src/core/spot/normalise.ts';
import { Claims, dedupeAliases, priorEntities } from './lib/claims.ts';

interface Hand {
  id: string; name: string; type: EntityType; description: string; summary: string;
  /** "fr:Union soviétique" sets the language; a leading "!" makes the alias case-sensitive and context-guarded */
  aliases: (string | Alias)[];
  related?: string[];
  /** [label, value, since?, until?] */
  facts?: [string, string, string?, string?][];
}
// the team's knowledge of offices and holders stops in 2025 (as in the hand-kept people files)
const SRC: SourceRef = { name: 'Gloss team', licence: 'CC-BY-4.0', asOf: '2025' };

function alias(spec: string | Alias): Alias {
  if (typeof spec !== 'string') return { kind: 'name', ...spec };
  const guarded = spec.startsWith('!');
  const m = (guarded ? spec.slice(1) : spec).match(/^(?:([a-z]{2}):)?(.+)$/)!;
  return { text: m[2]!, kind: 'name', ...(m[1] ? { lang: m[1] } : {}), ...(guarded ? { caseSensitive: true, requiresContext: true } : {}) };
}

const claims = new Claims(priorEntities('world-extra.json'));
const entities: Entity[] = [];
for (const h of readOverrides<{ entities: Hand[] }>('world.json').entities) {
  if (claims.ids.has(h.id) || claims.taken(h.name, h.id)) {
    console.warn(`left out ${h.id} (${h.name}): an earlier file already has it`);
    continue;
  }
  // a name an earlier file holds is left out, unless the team says why it is shared (a club named after its town)
  // the team writes a name's usual capitalisations on purpose ("Guerra Fría", "guerra fría"): the laxer is kept
  const aliases = dedupeAliases(h.name, h.aliases.map(alias).filter((a) => a.sharedNote !== undefined || !claims.taken(a.text, h.id)), { laxerCapitals: true });
  // a one-word name needs its capital, unless the team wrote it in lower case too ("apartheid")
  if (!/\s/.test(h.name) && !aliases.some((a) => normaliseKey(a.text) === normaliseKey(h.name))) aliases.unshift({ text: h.name, kind: 'name', caseSensitive: true });
  const facts: Fact[] = (h.facts ?? []).map(([label, value, since, until]) => ({ label, value, ...(since ? { since } : {}), ...(until ? { until } : {}), source: SRC.name }));
  entities.push({
    id: h.id, name: h.name, type: h.type, description: h.description, summary: h.summary, aliases,
    ...(facts.length ? { facts } : {}), ...(h.related?.length ? { related: h.related } : {}), sources: [SRC],
  });
}
writeEntities('world-extra.json', entities);
