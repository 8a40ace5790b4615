/**
 * Runs in Node at build time, never in the browser.
 *
 * `version.json` at the root of the build: `{"app": ID}`, the build's id as the pages have it
 * (__APP_VERSION__), so that `fleet:check` can tell the screens still on an older build from the
 * server alone. Not precached by the service worker (pwa-options.ts lists what is): it always says
 * what the server holds now.
 */
import type { Plugin } from 'vite';

export const VERSION_FILE = 'version.json';

export function versionFile(appVersion: string): Plugin {
  return {
    name: 'signage-version-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: VERSION_FILE, source: `${JSON.stringify({ app: appVersion })}\n` });
    },
  };
}
