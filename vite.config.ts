import { defineConfig, type Plugin } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_DIR = 'content';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/**
 * Staff content stays a plain file on the server, outside the JS: content/ is served as /content/
 * in dev and copied to dist/content/ at build, plus content/default-bundle.json, the copy the
 * service worker precaches as the last resort of a screen that has never reached the server.
 */
function contentFiles(): Plugin {
  return {
    name: 'signage-content',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
        if (!path.startsWith(`/${CONTENT_DIR}/`)) return next();
        const relativePath = path.slice(1) === `${CONTENT_DIR}/default-bundle.json` ? `${CONTENT_DIR}/bundle.json` : path.slice(1);
        const file = join(process.cwd(), relativePath);
        if (relative(join(process.cwd(), CONTENT_DIR), file).startsWith('..') || !existsSync(file) || statSync(file).isDirectory())
          return next();
        response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const file of filesUnder(CONTENT_DIR))
        this.emitFile({ type: 'asset', fileName: file.split('\\').join('/'), source: readFileSync(file) });
      this.emitFile({
        type: 'asset',
        fileName: `${CONTENT_DIR}/default-bundle.json`,
        source: readFileSync(join(CONTENT_DIR, 'bundle.json')),
      });
    },
  };
}

/**
 * The entry script blocks rendering (Chromium's blocking="render"), so the first frame a screen
 * paints, after an update reload too, is the player with its slide, never an empty page. Vite
 * rewrites the entry tag, so the attribute is added after it has.
 */
function renderBlockingEntry(): Plugin {
  return {
    name: 'signage-render-blocking-entry',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/,
          '<script type="module" crossorigin src="$1" blocking="render"></script>',
        ),
    },
  };
}

const PLAYER_ENTRY = fileURLToPath(new URL('./src/main.ts', import.meta.url));
let playerModules: Set<string> | undefined;

/** The player's module set is the build's own: found afresh at every build (watch mode, several builds in one process). */
function playerChunkReset(): Plugin {
  return {
    name: 'signage-player-chunk-reset',
    buildStart() {
      playerModules = undefined;
    },
  };
}

/**
 * "player" for every module the player's entry reaches by static imports (the entry itself stays
 * in its own small chunk, so the preview pages that share the rest do not run it); anything else
 * is chunked as usual.
 */
function playerChunk(id: string, context: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): string | null {
  if (!playerModules) {
    const found = new Set<string>();
    const pending = [PLAYER_ENTRY];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...(context.getModuleInfo(next)?.importedIds ?? []));
    }
    // Asked before the graph is known: decide nothing yet.
    if (found.size === 1) return null;
    playerModules = found;
  }
  return id !== PLAYER_ENTRY && playerModules.has(id) ? 'player' : null;
}

/** Identifies the build on screen and in monitoring; a new one means a new service worker. */
const APP_VERSION =
  process.env.SIGNAGE_BUILD_ID ??
  new Date()
    .toISOString()
    .replace(/[-:]|\.\d+Z$/g, '')
    .replace('T', '-');

export default defineConfig({
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(APP_VERSION),
    // A device clock earlier than this is wrong (kiosk/clock-sanity.ts).
    __BUILD_TIME__: JSON.stringify(Date.now()),
    // Only the benchmark's leak-detection check builds a deliberately leaky variant; in every other
    // build this is false and the leaking code is removed.
    __BENCH_LEAK__: JSON.stringify(process.env.SIGNAGE_BENCH_LEAK === '1'),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // Chromium preloads modules natively; the polyfill would be one more script on every page.
    modulePreload: { polyfill: false },
    // Three pages: the player, the staff preview, and the frame the preview renders real slides in
    // (a document of its own, so the slides' viewport units match the screen they are drawn for).
    rolldownOptions: {
      input: { index: 'index.html', preview: 'preview.html', 'preview-frame': 'preview-frame.html' },
      // Everything the player imports at start goes into one chunk, whichever other page shares it:
      // a screen then loads one file, and split files compress worse (about 4 KB gzipped here).
      output: { codeSplitting: { groups: [{ name: playerChunk, debugName: 'player' }] } },
    },
  },
  plugins: [
    contentFiles(),
    renderBlockingEntry(),
    playerChunkReset(),
    VitePWA({
      // generateSW: everything a screen needs (precache of the shell, runtime caching of media with
      // expiry, skip-waiting on message) is configuration; a hand-written worker would only be more
      // code to get wrong. The update policy lives in the page (src/pwa/update-controller.ts).
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registered from our own module: the inline registration script would need 'unsafe-inline'.
      injectRegister: null,
      manifest: {
        name: 'Bảng tin tuyên truyền đại hội',
        short_name: 'Bảng tin',
        description: 'Màn hình tuyên truyền đại hội Đảng bộ các cấp tại sảnh trường',
        lang: 'vi',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#5c0606',
        theme_color: '#7a0a0a',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The shell and the fonts (woff2 only: Chromium never asks for the woff fallbacks).
        globPatterns: ['**/*.{js,css,html,woff2,svg,png}', 'content/default-bundle.json'],
        // The published bundle is fetched by the player itself (conditional requests, last-known-good
        // in storage); the worker must never answer for it from a cache.
        // The staff preview is not for kiosks: its pages and its own chunks stay out of the precache.
        globIgnores: ['content/bundle.json', 'content/schema.json', 'content/media/**', 'icons/**', 'preview*.html', 'assets/preview*'],
        navigateFallback: 'index.html',
        // The preview pages are never answered with the player's shell.
        navigateFallbackDenylist: [/^\/content\//, /\/preview(-frame)?\.html/],
        cleanupOutdatedCaches: true,
        // The first worker takes the page it was installed from, so the next build is seen as an
        // update of a controlled page; a new worker still waits until the player says "now".
        clientsClaim: true,
        skipWaiting: false,
        runtimeCaching: [
          {
            // Pictures named by the bundle: kept for a month, at most 80 of them. The player prefetches
            // them with fetch() before it shows a new bundle, so match by place as well as by kind.
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin ? url.pathname.includes('/content/media/') : request.destination === 'image' || url.protocol === 'https:',
            handler: 'CacheFirst',
            options: {
              cacheName: 'signage-media',
              expiration: { maxEntries: 80, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true },
              // 0: pictures from another https server arrive opaque; they are cached all the same.
              cacheableResponse: { statuses: [0, 200] },
            },
          },
        ],
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/components/**', 'test/**/*.dom.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/components/**/*.test.ts', 'test/**/*.dom.test.ts'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
