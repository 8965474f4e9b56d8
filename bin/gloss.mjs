#!/usr/bin/env node
// The `gloss` command (npx gloss …). The CLI is TypeScript in src/cli; tsx (a dev dependency,
// installed by `npm ci`) lets Node load it directly.
let main;
try {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
} catch (e) {
  console.error(`gloss: could not start (${e?.message ?? e}). Run "npm ci" in the Gloss folder first.`);
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
