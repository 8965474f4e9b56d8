/** Replaced by esbuild at build time (build.mjs `define`). */
declare const __GLOSS_BROWSER__: 'chrome' | 'firefox';
declare const __GLOSS_VERSION__: string;
