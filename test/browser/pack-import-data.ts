/**
 * A synthetic knowledge pack of made-up names for the import tests (size and progress): every
 * name is built from syllables, so none is a real person or one of the default pack's names.
 */
import type { Entity, Pack } from '../../src/core/pack/types.ts';

const SYL = ['zor', 'vel', 'quen', 'thar', 'mib', 'lox', 'drav', 'kel', 'yun', 'pesh', 'wor', 'gral', 'fen', 'brix', 'tov', 'sarn'];

function word(i: number, len: number): string {
  let s = '';
  let x = i;
  for (let k = 0; k < len; k++) {
    s += SYL[x % SYL.length];
    x = Math.floor(x / SYL.length) + k * 7 + 3;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `n` made-up people, each with a full name and two aliases; ids "synth:person:<i>" */
export function syntheticPack(n: number, id = 'synthetic'): Pack {
  const src = [{ name: 'Gloss tests (synthetic)', licence: 'CC0-1.0' }];
  const entities: Entity[] = [];
  for (let i = 0; i < n; i++) {
    const first = word(i, 3);
    const last = `${word(i * 31 + 7, 3)}${i.toString(36)}`;
    entities.push({
      id: `synth:person:${i}`,
      name: `${first} ${last}`,
      type: 'person',
      description: `Synthetic person ${i}`,
      summary: `A made-up person (${i}) for Gloss's import tests.`,
      aliases: [{ text: `${first.charAt(0)}. ${last}` }, { text: `${last} ${first}` }],
      sources: src,
    });
  }
  return { format: 'gloss-pack', formatVersion: 1, id, name: `Synthetic pack (${n} people)`, version: '1', languages: ['en'], licence: 'CC0-1.0', dataDate: '2026-11-25', sources: src, entities };
}
