/**
 * Runs every default-pack generator in the order in which they claim names (see lib/claims.ts):
 * the first generated files, then the issue #12 files in GENERATED_ORDER, then the places' names in
 * other languages and the hand-kept names in their own language (passes over the files written before).
 *
 *   node --import tsx scripts/pack-sources/all.ts [--new]    (--new: only the issue #12 generators)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FIRST = ['leaders-current.ts', 'cities.ts', 'countries.ts', 'organisations.ts'];
const NEW = ['world-extra.ts', 'us-congress.ts', 'parties-world.ts', 'companies-sp500.ts', 'ror.ts', 'regions-admin.ts', 'geography.ts', 'sports.ts', 'formula-one.ts', 'companies-europe.ts', 'notable-people.ts', 'people-in-office.ts', 'institutions-national.ts'];
/** passes over the files written above: the places' names in other languages (exonyms.ts), places' bare names (bare-place-names.ts), companies' and football clubs' short names (short-names.ts, club-short-names.ts), names in their own language that other entities lack (aliases.ts), then the listed companies of the research registry matched freely (listed-companies.ts) */
const LAST = ['exonyms.ts', 'bare-place-names.ts', 'short-names.ts', 'club-short-names.ts', 'aliases.ts', 'listed-companies.ts'];
const dir = fileURLToPath(new URL('.', import.meta.url));
for (const script of [...(process.argv.includes('--new') ? ['cities.ts'] : FIRST), ...NEW, ...LAST]) {
  console.log(`== ${script}`);
  execFileSync(process.execPath, ['--import', 'tsx', `${dir}${script}`], { stdio: ['ignore', 'inherit', 'inherit'] });
}
