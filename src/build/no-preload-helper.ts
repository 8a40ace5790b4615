/**
 * Runs in Node at build time, never in the browser.
 *
 * Vite wraps every dynamic import() of the build in its preload helper (`__vitePreload`), which
 * adds `<link rel="modulepreload">` tags for the imported chunk's dependencies and reports failures
 * as a `vite:preloadError` event. This build preloads nothing (`build.modulePreload: false`: every
 * dependency list is empty) and nothing listens to that event, yet the helper's code (about 0.4 KB
 * gzipped) sat in the player's chunk and was evaluated before the first slide. This plugin gives
 * the helper's module a body that only calls the import: the same promise, the same errors.
 */
import type { Plugin } from 'vite';

/** Vite's id of the helper's module (vite/src/node/plugins/importAnalysisBuild.ts). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'signage-no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      return id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}
