/**
 * A node:test reporter that prints nothing until the run ends, then lists the tests that failed
 * (not the TODO ones, which are expected to fail) with their file and first line of error. `npm test`
 * runs it after the TAP reporter, so the last lines of a CI log say which test broke without
 * scrolling through thousands of lines of TAP.
 */
export default async function* failuresReporter(source) {
  const failed = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const { name, file, todo, skip, details } = event.data;
    if (todo !== undefined && todo !== false) continue;
    if (skip !== undefined && skip !== false) continue;
    // a suite fails when a test inside it fails; the test itself is the useful line
    if (details?.type === 'suite') continue;
    const error = details?.error?.cause ?? details?.error;
    const message = String(error?.message ?? error ?? 'failed').split('\n').slice(0, 6).join('\n    ');
    failed.push({ name, file, message });
  }
  if (failed.length === 0) {
    yield '\n# failures: none\n';
    return;
  }
  yield `\n# failures: ${failed.length}\n`;
  for (const f of failed) yield `# ✖ ${f.name}  (${f.file ?? 'unknown file'})\n    ${f.message}\n`;
}
