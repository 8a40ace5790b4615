/**
 * For the publishing tests: a server root laid out as deploy/install-server.sh lays it out, password
 * files written by the same code as `npm run users`, and raw HTTP requests (node:http sends the path
 * exactly as given: fetch would resolve `..` and `%2e%2e` before nginx ever saw them).
 */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { setUser, type Role } from '../../src/cli/htpasswd';
import { hashPassword } from '../../src/cli/htpasswd';
import { afterAll, beforeAll } from 'vitest';
import { findNginx, startNginx, type Nginx } from '../e2e/nginx';

export const hasNginx = findNginx() !== undefined;
export function requireNginx(what: string): void {
  if (hasNginx) return;
  const message = `${what}: no nginx (apt-get install nginx), so these tests are skipped.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(message);
}

export interface Account {
  user: string;
  password: string;
}
export const ACCOUNTS = {
  editor: { user: 'bob', password: 'bob-editor-pw' },
  publisher: { user: 'alice', password: 'alice-publisher-pw' },
  screen: { user: 'lobby-1', password: 'lobby-1-screen-pw' },
  otherScreen: { user: 'hall-2', password: 'hall-2-screen-pw' },
} as const satisfies Record<string, Account>;

/**
 * The three password files, written by the code behind `npm run users`. The hashes are the real
 * scheme at a lower cost (2^10 instead of 2^14) so that hundreds of requests stay quick; the default
 * cost is signed in with in its own test.
 */
export function writeUsers(dir: string, accounts: Record<string, Account & { role?: Role }> = ACCOUNTS): string {
  const roles: Record<string, Role> = { editor: 'editor', publisher: 'publisher', screen: 'screen', otherScreen: 'screen' };
  for (const [key, account] of Object.entries(accounts)) {
    setUser(dir, account.user, account.role ?? roles[key]!, hashPassword(account.password, { log2N: 10 }));
  }
  return dir;
}

export function temporary(prefix: string, made: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * nginx with deploy/nginx.conf for the tests of a suite (call it in the suite's describe): a root of
 * its own holding `files`, the test accounts, sign-ins not rate-limited into the tests' way. Started
 * before the suite's tests; stopped, and its folders removed, after them.
 */
export function nginxPerSuite(files: Record<string, string | Uint8Array>): { readonly url: string; readonly root: string } {
  const made: string[] = [];
  let nginx: Nginx | undefined;
  beforeAll(async () => {
    const root = temporary('signage-staff-root-', made);
    writeTree(root, files);
    nginx = await startNginx(root, { users: writeUsers(temporary('signage-staff-users-', made)), signinRate: '100r/s' });
  });
  afterAll(async () => {
    await nginx?.stop();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const started = () => {
    if (!nginx) throw new Error('nginxPerSuite: nginx is not running outside the suite');
    return nginx;
  };
  return {
    get url() {
      return started().url;
    },
    get root() {
      return started().root;
    },
  };
}

/** Every file under a folder, with its bytes (base64). */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'base64');
    }
  };
  walk(dir);
  return files;
}

export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function basic(account: Account): string {
  return `Basic ${Buffer.from(`${account.user}:${account.password}`, 'utf8').toString('base64')}`;
}

/**
 * One request, the path sent byte for byte. With `expectContinue`, the body is sent only if nginx
 * asks for it (100 Continue), as curl does: a refused upload is refused before it is sent.
 */
export function raw(
  url: string,
  method: string,
  path: string,
  options: { account?: Account; body?: Uint8Array | string; headers?: Record<string, string>; expectContinue?: boolean } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  const headers: Record<string, string> = { ...options.headers };
  if (options.account) headers.Authorization = basic(options.account);
  const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
  if (body !== undefined) headers['Content-Length'] = String(body.length);
  if (options.expectContinue) headers.Expect = '100-continue';
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port: Number(port), method, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    if (body !== undefined && options.expectContinue) outgoing.on('continue', () => outgoing.end(body));
    else outgoing.end(body);
  });
}

/** One of the command-line tools (`src/cli/NAME.ts`), as `npm run` runs it with tsx (without npm's own start-up time). */
export function runTool(name: string, args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}
