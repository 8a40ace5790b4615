/**
 * The build, the dev server and the test projects. The plugins and the service worker's options are
 * build-time modules of their own, in src/build/ (they run in Node, never in the browser).
 */
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { buildId } from './src/build/build-id.ts';
import { contentFiles } from './src/build/content-files.ts';
import { defaultBundleHash } from './src/build/default-bundle-hash.ts';
import { firstPaintScript } from './src/build/first-paint-script.ts';
import { playerChunk } from './src/build/player-chunk.ts';
import { noPreloadHelper } from './src/build/no-preload-helper.ts';
import { pwaOptions } from './src/build/pwa-options.ts';
import { renderBlockingEntry } from './src/build/render-blocking-entry.ts';
import { versionFile } from './src/build/version-file.ts';

/** One id for the pages (__APP_VERSION__) and version.json, which fleet:check compares the screens' with. */
const appVersion = buildId();
/**
 * The staff page's localization (@lit/localize and each language's generated module) in chunks named
 * preview-*, which the kiosks' precache leaves out (src/build/pwa-options.ts): only the staff page loads them.
 */
function staffLocaleChunk(id: string): string | null {
  return /[\\/]node_modules[\\/]@lit[\\/]localize[\\/]/.test(id) ? 'preview-localize' : null;
}
function isStaffLocale(id: string | null): boolean {
  return id !== null && /[\\/]src[\\/]preview[\\/]generated[\\/]locales[\\/]/.test(id);
}
const player = playerChunk(fileURLToPath(new URL('./src/main.ts', import.meta.url)));

export default defineConfig({
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
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
    // No preload helper: index.html's one player script needs no preload links, and the deferred
    // chunks (after the first slide) fetch their own imports when they load; the helper's code
    // would be evaluated before the first slide (about 0.4 KB gzipped). None of them has CSS.
    modulePreload: false,
    // Three pages: the player, the staff preview, and the frame the preview renders real slides in
    // (a document of its own, so the slides' viewport units match the screen they are drawn for).
    rolldownOptions: {
      input: { index: 'index.html', preview: 'preview.html', 'preview-frame': 'preview-frame.html' },
      // Everything the player imports at start goes into one chunk, whichever other page shares it:
      // a screen then loads one file, and split files compress worse (about 4 KB gzipped here).
      output: {
        codeSplitting: {
          groups: [
            { name: player.name, debugName: 'player' },
            { name: staffLocaleChunk, debugName: 'preview-localize' },
          ],
        },
        chunkFileNames: (chunk) =>
          isStaffLocale(chunk.facadeModuleId) ? 'assets/preview-locale-[name]-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  plugins: [
    // content/ served as /content/ in dev, copied to dist/content/ (plus default-bundle.json) at build.
    contentFiles(),
    // The entry script gets blocking="render": a screen's first frame is the player with its slide.
    renderBlockingEntry(),
    // /first-paint.js: the last slogan shown, drawn before any module runs (src/first-paint/draw.ts).
    firstPaintScript(fileURLToPath(new URL('./src/first-paint/draw.ts', import.meta.url)), appVersion),
    // __DEFAULT_BUNDLE_HASH__: the built-in bundle, checked at build; screens take its very bytes without the checker.
    defaultBundleHash(
      fileURLToPath(new URL('./content/bundle.json', import.meta.url)),
      fileURLToPath(new URL('./src/content/validate.ts', import.meta.url)),
    ),
    // Dynamic imports without Vite's preload helper (nothing to preload: modulePreload is false).
    noPreloadHelper(),
    // The player's module set found afresh at every build.
    player.reset,
    // version.json: the build's id, for fleet:check.
    versionFile(appVersion),
    // The web app manifest and the service worker (generateSW).
    VitePWA(pwaOptions),
  ],
  test: {
    projects: [
      // The tests of src/X/Y.ts are test/X/Y.test.ts, in Node; those that need a DOM are test/X/Y.dom.test.ts.
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/**/*.dom.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/**/*.dom.test.ts'], exclude: ['test/e2e/**'], environment: 'happy-dom' },
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
