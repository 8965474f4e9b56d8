/** Replaced by esbuild at build time (build.mjs `define`). */
declare const __GLOSS_BROWSER__: 'chrome' | 'firefox';
declare const __GLOSS_VERSION__: string;
/** a hash of the built-in pack's matcher file (scripts/build-steps.ts): names the unpacked copy the background keeps */
declare const __GLOSS_PACK_ID__: string;
/**
 * true only in test builds (dist/*-test): the test bridge, debug messages and test signals exist
 * there; esbuild drops every `if (__GLOSS_TEST__)` branch from the production build.
 */
declare const __GLOSS_TEST__: boolean;

/** the `stopword` package ships no types: the lists src/core/spot/function-words.ts reads */
declare module 'stopword' {
  export const bul: string[], ces: string[], deu: string[], ell: string[], fra: string[], hrv: string[], lav: string[];
  export const lit: string[], pol: string[], rus: string[], slk: string[], tur: string[], ukr: string[];
}
