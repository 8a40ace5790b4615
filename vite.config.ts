import { defineConfig, type Plugin } from 'vitest/config';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname } from 'node:path';

const CONTENT_DIR = 'content';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const TYPES: Record<string, string> = { '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.svg': 'image/svg+xml' };

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
        if (relative(join(process.cwd(), CONTENT_DIR), file).startsWith('..') || !existsSync(file) || statSync(file).isDirectory()) return next();
        response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const file of filesUnder(CONTENT_DIR)) this.emitFile({ type: 'asset', fileName: file.split('\\').join('/'), source: readFileSync(file) });
      this.emitFile({ type: 'asset', fileName: `${CONTENT_DIR}/default-bundle.json`, source: readFileSync(join(CONTENT_DIR, 'bundle.json')) });
    },
  };
}

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: 0 },
  plugins: [contentFiles()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/components/**'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'happy-dom' },
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
