/**
 * Runs in Node, never in the browser: the Content-Type of each kind of file this project serves
 * itself, written once for the dev server's content/ route (vite.config.ts) and the browser tests'
 * static server (test/e2e/static-server.ts). In production nginx answers from its own mime.types.
 */
import { extname } from 'node:path';

/** By file extension, lower case with its dot. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The Content-Type for a file path or URL path; bytes of an unknown kind are application/octet-stream. */
export function contentType(path: string): string {
  return MIME_TYPES[extname(path)] ?? 'application/octet-stream';
}
