/**
 * A small static server for the browser tests, behaving like the production web server where it
 * matters (ETag and 304s, no-cache on the service worker, index.html and the bundle), with a hook
 * to break it on purpose: serve a corrupt bundle, answer 500s, hang, or stop.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { contentType } from '../../src/build/mime';

/** Return true when the override answered the request itself. */
export type Override = (request: IncomingMessage, response: ServerResponse, path: string) => boolean | Promise<boolean>;

export interface StaticServer {
  url: string;
  port: number;
  /** Requests seen, by path, with their real time. */
  log: { path: string; at: number; status: number }[];
  override: Override | undefined;
  /** Replace a served file's contents (e.g. a new bundle) without touching the disk. */
  files: Map<string, string | Buffer>;
  root: string;
  /** Stops listening (and drops open connections), as when the server or the network goes away. */
  stop(): Promise<void>;
  /** Listens again on the same port: same origin, so the service worker and storage still apply. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const sockets = new Set<Socket>();
  const state: StaticServer = {
    url: '',
    port: 0,
    log: [],
    override: undefined,
    files: new Map(),
    root,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    restart: async () => {
      if (!server.listening) await new Promise<void>((resolve) => server.listen(state.port, '127.0.0.1', () => resolve()));
    },
    close: async () => state.stop(),
  };
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const entry = { path, at: Date.now(), status: 0 };
    state.log.push(entry);
    response.on('finish', () => (entry.status = response.statusCode));
    try {
      if (state.override && (await state.override(request, response, path))) return;
      const relativePath = path.endsWith('/') ? `${path}index.html` : path;
      let body: string | Buffer | undefined = state.files.get(relativePath);
      if (body === undefined) {
        const file = normalize(join(state.root, relativePath));
        if (!file.startsWith(normalize(state.root) + sep)) {
          response.writeHead(403).end();
          return;
        }
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) {
          response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
        body = await readFile(file);
      }
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const hashed = relativePath.startsWith('/assets/');
      const headers: Record<string, string> = {
        'Content-Type': contentType(relativePath),
        ETag: etag,
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    }
  }
  const server: Server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  state.port = (server.address() as AddressInfo).port;
  state.url = `http://127.0.0.1:${state.port}/`;
  return state;
}
