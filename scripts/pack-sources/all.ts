/**
 * Builds the generated files of the default pack from their sources, the same files on every run.
 *
 * 1. The generators run in the order in which they claim names (see lib/claims.ts): the first
 *    generated files, then the issue #12 files in GENERATED_ORDER. Each writes into a stage folder
 *    (.tmp/pack-stage/round-N), never into the pack, and reads the other generated files from there
 *    (lib/common.ts, readEntityFile). A generator that looks at a file generated after it (a town's
 *    name another file gives, the names a later file needs) finds it in the round before; the first
 *    round finds no such file. So the generators run in rounds until a round changes no file of the
 *    round before (three or four today): its files are what the sources and the hand-kept files give,
 *    whatever the pack held before.
 * 2. The last round's files replace the generated files of packs/default/entities.
 * 3. The passes run over the pack in order: the places' names in other languages (exonyms.ts),
 *    places' bare names (bare-place-names.ts), companies' and football clubs' short names
 *    (short-names.ts, club-short-names.ts), names in their own language that other entities lack
 *    (aliases.ts), then the listed companies of the research registry matched freely
 *    (listed-companies.ts).
 *
 *   node --import tsx scripts/pack-sources/all.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITIES_DIR, REPO } from './lib/common.ts';

/** countries.ts comes before cities.ts: a city needs its country's id, and never takes a country's name */
const GENERATORS = [
  'leaders-current.ts', 'countries.ts', 'cities.ts', 'organisations.ts',
  'world-extra.ts', 'us-congress.ts', 'parties-world.ts', 'companies-sp500.ts', 'ror.ts', 'regions-admin.ts', 'geography.ts',
  'sports.ts', 'formula-one.ts', 'companies-europe.ts', 'notable-people.ts', 'people-in-office.ts', 'institutions-national.ts',
  'airports.ts',
];
const PASSES = ['exonyms.ts', 'bare-place-names.ts', 'short-names.ts', 'club-short-names.ts', 'aliases.ts', 'listed-companies.ts'];

/** the most rounds all.ts runs before it gives up waiting for a round that changes nothing */
const MAX_ROUNDS = 6;
const scripts = fileURLToPath(new URL('.', import.meta.url));
const stage = join(REPO, '.tmp/pack-stage');
const roundDir = (n: number) => join(stage, `round-${n}`);

function run(script: string, env: NodeJS.ProcessEnv): void {
  console.log(`== ${script}`);
  execFileSync(process.execPath, ['--import', 'tsx', join(scripts, script)], { stdio: ['ignore', 'inherit', 'inherit'], env });
}

/** the files of round `n` that differ from round `n - 1` */
function changedSincePreviousRound(n: number): string[] {
  return readdirSync(roundDir(n)).filter((f) => readFileSync(join(roundDir(n), f), 'utf8') !== readFileSync(join(roundDir(n - 1), f), 'utf8'));
}

rmSync(stage, { recursive: true, force: true });
const { GLOSS_PACK_STAGE: _stage, GLOSS_PACK_EARLIER_STAGE: _earlier, ...baseEnv } = process.env;
let last = 0;
for (let n = 1; ; n++) {
  console.log(`==== round ${n}`);
  mkdirSync(roundDir(n), { recursive: true });
  const env = { ...baseEnv, GLOSS_PACK_STAGE: roundDir(n), ...(n > 1 ? { GLOSS_PACK_EARLIER_STAGE: roundDir(n - 1) } : {}) };
  for (const script of GENERATORS) run(script, env);
  last = n;
  if (n === 1) continue;
  const changed = changedSincePreviousRound(n);
  console.log(`round ${n} changed ${changed.length ? changed.join(', ') : 'no file'} of round ${n - 1}`);
  if (!changed.length) break;
  if (n === MAX_ROUNDS) throw new Error(`The generators still change ${changed.join(', ')} after ${MAX_ROUNDS} rounds: two of them take a name from each other in turn. Nothing was written to packs/default/entities.`);
}
for (const f of readdirSync(roundDir(last)).filter((f) => f.endsWith('.json'))) copyFileSync(join(roundDir(last), f), join(ENTITIES_DIR, f));
console.log(`==== the passes over packs/default/entities`);
for (const script of PASSES) run(script, baseEnv);
