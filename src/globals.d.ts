/** Replaced by esbuild at build time (build.mjs `define`). */
declare const __GLOSS_BROWSER__: 'chrome' | 'firefox';
declare const __GLOSS_VERSION__: string;
/** true only in test builds (dist/*-test, build.mjs --test-bridge); production code paths guarded by it are removed */
declare const __GLOSS_TEST_BUILD__: boolean;
