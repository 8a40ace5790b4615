/**
 * Runs in Node at build time, never in the browser.
 *
 * The first paint's classic script (src/first-paint/draw.ts): bundled on its own by esbuild into a
 * plain IIFE, `first-paint.js` at the root of the build (no module, no import, no eval; an external
 * file, so the CSP's `script-src 'self'` allows it), and loaded by the player's page with a classic
 * `<script src>` at the end of its body: it runs while the page is parsed, before the deferred
 * module scripts. The service worker precaches it with the other scripts (pwa-options.ts: `**\/*.js`).
 * The dev server serves it too, built afresh at each request.
 */
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

export const FIRST_PAINT_FILE = 'first-paint.js';

function bundle(entry: string, appVersion: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
  });
  return result.outputFiles[0]!.text;
}

export function firstPaintScript(entry: string, appVersion: string): Plugin {
  return {
    name: 'signage-first-paint-script',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${FIRST_PAINT_FILE}`) return next();
        response.setHeader('Content-Type', 'text/javascript');
        response.end(bundle(entry, appVersion));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FIRST_PAINT_FILE, source: bundle(entry, appVersion) });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        // The player's page only (not the staff pages).
        /(^|[\\/])index\.html$/.test(context.filename)
          ? [{ tag: 'script', attrs: { src: `./${FIRST_PAINT_FILE}` }, injectTo: 'body' }]
          : [],
    },
  };
}
