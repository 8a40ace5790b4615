/**
 * Runs in Node at build time, never in the browser: vite-plugin-pwa's options, from which it writes
 * manifest.webmanifest and the service worker (dist/sw.js).
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { MEDIA_CACHES } from '../content/media.ts';

export const pwaOptions: Partial<VitePWAOptions> = {
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
    // The JSON editor is a chunk of its own, preview-json-editor-*.js; its monospace face is the staff page's only;
    // @lit/localize and the page's English are preview-localize-*.js and preview-locale-en-*.js (vite.config.ts).
    globIgnores: [
      'content/bundle.json',
      'content/schema.json',
      'content/media/**',
      'icons/**',
      'preview*.html',
      'assets/preview*',
      'assets/jetbrains-mono-*',
    ],
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
        // Clips named by the bundle, prefetched whole (a plain GET, load.ts) before the bundle is adopted; the
        // video element then asks for byte ranges, which the range-requests plugin cuts from the
        // cached file (a 206), so a clip plays with the server gone. At most 12 clips (50 MB each at
        // most, nginx's limit), a month; the oldest go first, and all of them if the disk is full.
        // (The function is written into sw.js as it stands: it cannot use media.ts's VIDEO_PATH.)
        urlPattern: ({ url }) => /\.(webm|mp4)$/i.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: MEDIA_CACHES.video,
          rangeRequests: true,
          expiration: { maxEntries: 12, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true },
          // Only whole files: a 206 from the network (a range asked before the clip was cached) is not kept.
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // Pictures named by the bundle: kept for a month, at most 80 of them. The player prefetches
        // them with fetch() before it shows a new bundle, so match by place as well as by kind.
        urlPattern: ({ url, request, sameOrigin }) =>
          sameOrigin ? url.pathname.includes('/content/media/') : request.destination === 'image' || url.protocol === 'https:',
        handler: 'CacheFirst',
        options: {
          cacheName: MEDIA_CACHES.picture,
          expiration: { maxEntries: 80, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true },
          // 0: pictures from another https server arrive opaque; they are cached all the same.
          cacheableResponse: { statuses: [0, 200] },
        },
      },
    ],
  },
};
