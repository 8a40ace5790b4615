/** Debian's nginx, run with deploy/nginx.conf on a loopback port, for the deployment tests. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
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
  /** The master process (its workers are its children), while it runs. */
  pid: () => number | undefined;
  /** nginx's error log (password mismatches, refused writes). */
  errorLog: () => string;
  accessLog: () => string[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /**
   * The folder of password files that replaces /etc/nginx/signage/ (staff.htpasswd,
   * publishers.htpasswd, screens.htpasswd). Default: a new folder with the three files empty, so a
   * test never reads the machine's own.
   */
  users?: string;
  /** Replaces the sign-in rate limit (`rate=2r/s`), for tests that make hundreds of requests. */
  signinRate?: string;
  /**
   * The user nginx's workers run as (default root, which reads and writes anything). `www-data`
   * runs them as Debian's nginx does, for tests of who may write where on disk.
   */
  user?: string;
  /** Worker processes and connections (default 1 and 64); the benchmark takes Debian's own (auto, 768). */
  workers?: Workers;
  /** The access log's format (default nginx's `combined`); the benchmark logs nginx's own time per request. */
  logFormat?: string;
}

export interface Workers {
  processes: string;
  connections: number;
}

/**
 * deploy/nginx.conf as shipped, with only its listen port, its root, the folder of password files
 * and (when asked) the sign-in rate changed for the test.
 */
export async function startNginx(root: string, options: NginxOptions = {}): Promise<Nginx> {
  let users = options.users;
  if (users === undefined) {
    users = mkdtempSync(join(tmpdir(), 'signage-nginx-users-'));
    for (const name of ['staff', 'publishers', 'screens']) writeFileSync(join(users, `${name}.htpasswd`), '');
  }
  const replace = (text: string, pattern: RegExp, by: string, what: string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: could not set ${what}`);
    return text.replace(pattern, by);
  };
  const folder = users.replace(/\/?$/, '/');
  return startNginxSite(
    (port) => {
      let site = readFileSync('deploy/nginx.conf', 'utf8');
      site = replace(site, /listen 8080;/, `listen 127.0.0.1:${port};`, 'the port');
      site = replace(site, /\s*listen \[::\]:8080;/, '', 'the IPv6 port');
      site = replace(site, /root \/var\/www\/signage;/, `root ${root};`, 'the root');
      site = replace(site, /\/etc\/nginx\/signage\//g, folder, 'the password folder');
      if (options.signinRate !== undefined) site = replace(site, /rate=2r\/s;/, `rate=${options.signinRate};`, 'the sign-in rate');
      return site;
    },
    {
      root,
      ...(options.user ? { user: options.user } : {}),
      ...(options.workers ? { workers: options.workers } : {}),
      ...(options.logFormat ? { logFormat: options.logFormat } : {}),
    },
  );
}

/**
 * Any server block (given the port to listen on) in Debian's nginx, with the http context of
 * Debian's nginx.conf that matters here (its MIME types) and temporary folders of its own.
 */
export async function startNginxSite(
  site: (port: number) => string,
  options: { root?: string; user?: string; scheme?: 'http' | 'https'; workers?: Workers; logFormat?: string } = {},
): Promise<Nginx> {
  const binary = findNginx();
  if (!binary) throw new Error('nginx not found');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'signage-nginx-'));
  const user = options.user ?? 'root';
  // Workers of another user reach their temporary files through this folder.
  if (user !== 'root') chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'site.conf'), site(port));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
user ${user};
worker_processes ${options.workers?.processes ?? 1};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${options.workers?.connections ?? 64}; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  ${options.logFormat ? `log_format custom '${options.logFormat}';\n  access_log ${dir}/access.log custom;` : `access_log ${dir}/access.log;`}
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
  const url = `${options.scheme ?? 'http'}://127.0.0.1:${port}/`;
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
  const nginx: Nginx = {
    url,
    root: options.root ?? '',
    pid: () => child?.pid,
    errorLog: () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
    accessLog: () =>
      existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8').trim().split('\n').filter(Boolean) : [],
    start: async () => {
      child = spawn(binary, ['-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
      for (let attempt = 0; attempt < 100; attempt++) {
        if (await listening()) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
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
