/**
 * Runs in Node at build time (and in the dev server), never in the browser.
 *
 * Staff content stays a plain file on the server, outside the JS: content/ is served as /content/
 * in dev and copied to dist/content/ at build, plus content/default-bundle.json, the copy the
 * service worker precaches as the last resort of a screen that has never reached the server.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { contentType } from './mime.ts';

const CONTENT_DIR = 'content';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function contentFiles(): Plugin {
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
        response.setHeader('Content-Type', contentType(file));
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
