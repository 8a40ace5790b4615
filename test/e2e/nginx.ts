/** Debian's nginx, run with deploy/nginx.conf on a loopback port, for the deployment tests. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface Nginx {
  url: string;
  root: string;
  accessLog: () => string[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** deploy/nginx.conf as shipped, with only its listen port and root changed for the test. */
export async function startNginx(root: string): Promise<Nginx> {
  const binary = findNginx();
  if (!binary) throw new Error('nginx not found');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'signage-nginx-'));
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/\s*listen \[::\]:8080;/, '')
    .replace(/root \/var\/www\/signage;/, `root ${root};`);
  if (!site.includes(`root ${root};`)) throw new Error('deploy/nginx.conf: could not set the root');
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
user root;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  execFileSync(binary, ['-t', '-q', '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}/`;
  const nginx: Nginx = {
    url,
    root,
    accessLog: () =>
      existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8').trim().split('\n').filter(Boolean) : [],
    start: async () => {
      child = spawn(binary, ['-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          await fetch(url, { method: 'HEAD' });
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    },
    stop: async () => {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
  await nginx.start();
  return nginx;
}
