/**
 * The benchmark's first measure: the JavaScript the player evaluates before its first slide
 * (gzipped; the set the budget test counts), each dependency's share of it, and what loads after.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { firstSlideElementScripts, playerScripts } from '../test/e2e/player-scripts';
import { DIST, kb, ROOT } from './common';

/** The modules the player imports dynamically: after the first slide, or when a bundle is refused, or the overlay opens. */
const DEFERRED = [
  'src/app/status-tools.ts',
  'src/pwa/update-controller.ts',
  'src/kiosk/proof-of-play-controller.ts',
  'src/app/fleet-wiring.ts',
  'src/elements/slide-video.ts',
  'src/content/quick-check.ts',
  'src/content/validate.ts',
  'src/content/media-cache.ts',
  'src/player/content-poll.ts',
  // Each slide kind's element loads on demand (src/elements/render-slide.ts); the first slide's is
  // counted, as the largest of them (the milestone's, see firstSlideElementScripts), so not this one.
  ...['slogan', 'phase', 'theme', 'countdown', 'timeline', 'announcement'].map((kind) => `src/elements/slide-${kind}.ts`),
];

// 1. JavaScript shipped ---------------------------------------------------------------------------
export async function javascriptShipped() {
  const assets = join(DIST, 'assets');
  // What the player page evaluates before its first slide (the budget test counts the same); the
  // parts it loads after it, and the staff preview's scripts, are not in it.
  // With the first slide's element: the largest kind's, as the budget test counts it.
  const files = [...playerScripts(DIST), ...firstSlideElementScripts(DIST)];
  const gz = (name: string) => gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;
  const total = files.reduce((sum, name) => sum + gz(name), 0);
  const later = readdirSync(assets).filter((name) => name.endsWith('.js') && !files.includes(name) && !name.startsWith('preview'));
  // Each dependency's share: the gzipped size of the player bundled with, minus without it.
  const bundle = async (external: string[]) => {
    const result = await esbuild({
      entryPoints: ['src/main.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      // The parts loaded by import() after the first slide (or on demand) are not in it.
      external: [...external, ...DEFERRED.map((path) => join(ROOT, path))],
      loader: { '.css': 'empty' },
      define: {
        __APP_VERSION__: '"bench"',
        __BUILD_TIME__: '0',
        __DEFAULT_BUNDLE_HASH__: '"28248:0000000000000000"',
        __BENCH_LEAK__: 'false',
        'import.meta.env.PROD': 'true',
      },
      logLevel: 'silent',
    });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  };
  const dependencies = ['luxon', 'lit', 'jsonc-parser', 'valibot', 'workbox-window'];
  const full = await bundle([]);
  const split: Record<string, number> = {};
  for (const dependency of dependencies) {
    const patterns =
      dependency === 'lit'
        ? ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*']
        : [dependency, `${dependency}/*`];
    split[dependency] = full - (await bundle(patterns));
  }
  split['own code'] = await bundle(
    dependencies.flatMap((dependency) =>
      dependency === 'lit'
        ? ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*']
        : [dependency, `${dependency}/*`],
    ),
  );
  return {
    totalGzipKb: kb(total),
    files,
    deferredGzipKb: kb(later.reduce((sum, name) => sum + gz(name), 0)),
    deferredFiles: later,
    estimateGzipKb: kb(full),
    byPartGzipKb: Object.fromEntries(Object.entries(split).map(([name, bytes]) => [name, kb(bytes)])),
  };
}
