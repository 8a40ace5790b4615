/** The benchmark's first measure: the player's JavaScript, gzipped, and each dependency's share of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { playerScripts } from '../test/e2e/player-scripts';
import { DIST, kb, ROOT } from './common';

// 1. JavaScript shipped ---------------------------------------------------------------------------
export async function javascriptShipped() {
  const assets = join(DIST, 'assets');
  // What the player page loads at start (the budget test counts the same); the staff preview's
  // scripts and the status overlay, loaded on demand, are not the player's.
  const files = playerScripts(DIST);
  const total = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0);
  // Each dependency's share: the gzipped size of the player bundled with, minus without it.
  const bundle = async (external: string[]) => {
    const result = await esbuild({
      entryPoints: ['src/main.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      // The status overlay's chunk loads only on demand: not part of what the player ships at start.
      external: [...external, join(ROOT, 'src/kiosk/status-tools.ts')],
      loader: { '.css': 'empty' },
      define: { __APP_VERSION__: '"bench"', __BUILD_TIME__: '0', __BENCH_LEAK__: 'false', 'import.meta.env.PROD': 'true' },
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
    estimateGzipKb: kb(full),
    byPartGzipKb: Object.fromEntries(Object.entries(split).map(([name, bytes]) => [name, kb(bytes)])),
  };
}
