/**
 * deploy/nginx.conf as the whole publishing backend, in Debian's real nginx: every identity ×
 * every path × every method, with the status expected and nothing written where a write is
 * refused; path traversal; body limits; the history never overwritten; listings as JSON; the
 * sign-in rate limit; the password hash `npm run users` writes, signed in with for real.
 *
 * Only the listen port, the root and the folder of password files differ from the shipped file
 * (test/e2e/nginx.ts), and, for the matrix, the sign-in rate (hundreds of requests in a second);
 * the rate limit is tested with the shipped rate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx, type Nginx } from '../e2e/nginx';
import {
  ACCOUNTS,
  hasNginx,
  raw,
  requireNginx,
  runTool,
  snapshot,
  temporary,
  writeTree,
  writeUsers,
  type Account,
} from './publishing-server';

requireNginx('nginx permission tests');

const HISTORY = 'content/history/2026-11-27T08-00-00.000Z--v1--alice.json';
const FIXTURE: Record<string, string> = {
  'index.html': '<!doctype html><title>player</title>',
  'content/bundle.json': '{"version":"live"}',
  'content/default-bundle.json': '{"version":"default"}',
  'content/drafts/plan.json': '{"version":"draft"}',
  [HISTORY]: '{"version":"v1"}',
  'content/media/pic.png': 'PNG',
  'fleet/lobby-1/status.json': '{"screen":"lobby-1"}',
  'fleet/hall-2/status.json': '{"screen":"hall-2"}',
};

/** Who asks. */
const IDENTITIES = {
  anonymous: undefined,
  wrongPassword: { user: ACCOUNTS.publisher.user, password: 'not-the-password' },
  editor: ACCOUNTS.editor,
  publisher: ACCOUNTS.publisher,
  screen: ACCOUNTS.screen,
  screenWrongPassword: { user: ACCOUNTS.screen.user, password: 'not-the-password' },
} satisfies Record<string, Account | undefined>;
type Identity = keyof typeof IDENTITIES;
const WHO = Object.keys(IDENTITIES) as Identity[];

/** Statuses in the order of WHO: anonymous, wrong password, editor, publisher, screen, screen with a wrong password. */
type Row = [method: string, path: string, statuses: [number, number, number, number, number, number]];
const all = (status: number): Row[2] => [status, status, status, status, status, status];
// Staff reads: the editor and the publisher; a screen is signed in but lacks the role (403).
const STAFF_READ: Row[2] = [401, 401, 200, 200, 403, 401];

const MATRIX: Row[] = [
  // Reads.
  ['GET', '/index.html', all(200)],
  ['GET', '/content/bundle.json', all(200)],
  ['HEAD', '/content/bundle.json', all(200)],
  ['GET', '/content/default-bundle.json', all(200)],
  ['GET', '/content/media/pic.png', all(200)],
  ['GET', '/content/media/page.html', all(404)],
  ['GET', '/content/elsewhere/x.json', all(404)],
  ['GET', '/content/drafts/plan.json', STAFF_READ],
  ['GET', '/content/drafts/', STAFF_READ],
  ['GET', `/${HISTORY}`, STAFF_READ],
  ['GET', '/content/history/', STAFF_READ],
  ['GET', '/content/media/', STAFF_READ],
  ['GET', '/fleet/', STAFF_READ],
  ['GET', '/fleet/lobby-1/', STAFF_READ],
  ['GET', '/fleet/lobby-1/status.json', STAFF_READ],
  ['GET', '/fleet/hall-2/status.json', STAFF_READ],
  // The live bundle: publishers only. An editor is signed in but lacks the role (403).
  ['PUT', '/content/bundle.json', [401, 401, 403, 204, 401, 401]],
  ['DELETE', '/content/bundle.json', all(403)],
  // Drafts: editors and publishers.
  ['PUT', '/content/drafts/plan.json', [401, 401, 204, 204, 403, 401]],
  ['PUT', '/content/drafts/new.json', [401, 401, 201, 201, 403, 401]],
  ['DELETE', '/content/drafts/plan.json', [401, 401, 204, 204, 403, 401]],
  ['PUT', '/content/drafts/notes.txt', all(403)],
  ['PUT', '/content/drafts/', all(403)],
  ['DELETE', '/content/drafts/', all(403)],
  // History: publishers write new names; a name that exists is never overwritten (409 as soon as a
  // user is named; without one, the password prompt first).
  ['PUT', '/content/history/2026-11-27T09-00-00.000Z--v2--alice.json', [401, 401, 403, 201, 401, 401]],
  ['PUT', `/${HISTORY}`, [401, 409, 409, 409, 409, 409]],
  ['DELETE', `/${HISTORY}`, all(403)],
  ['PUT', '/content/history/', all(403)],
  ['DELETE', '/content/history/', all(403)],
  // Pictures: editors and publishers, picture and video types only.
  ['PUT', '/content/media/pic.png', [401, 401, 204, 204, 403, 401]],
  ['PUT', '/content/media/new.JPG', [401, 401, 201, 201, 403, 401]],
  ['PUT', '/content/media/2026/poster.svg', [401, 401, 201, 201, 403, 401]],
  ['PUT', '/content/media/page.html', all(403)],
  ['PUT', '/content/media/.hidden.png', all(403)],
  ['DELETE', '/content/media/pic.png', all(403)],
  // The rest of /content/ and the site: never written.
  ['PUT', '/content/default-bundle.json', all(403)],
  ['PUT', '/content/elsewhere/x.json', all(403)],
  ['PUT', '/content/x.json', all(403)],
  ['PUT', '/index.html', all(403)],
  ['DELETE', '/index.html', all(403)],
  ['PUT', '/assets/app.js', all(403)],
  // The fleet: a screen writes its own folder only, and only its reports.
  ['PUT', '/fleet/lobby-1/status.json', [403, 403, 403, 403, 204, 401]],
  ['PUT', '/fleet/lobby-1/plays-2026-11-27.csv', [403, 403, 403, 403, 201, 401]],
  ['PUT', '/fleet/lobby-1/plays-2026-11-2.csv', all(403)],
  ['PUT', '/fleet/lobby-1/other.txt', all(403)],
  ['PUT', '/fleet/hall-2/status.json', all(403)],
  ['PUT', '/fleet/lobby-1/', all(403)],
  ['DELETE', '/fleet/lobby-1/status.json', all(403)],
];
// Methods WebDAV has and this server does not: 405 everywhere, for everyone.
for (const method of ['MOVE', 'COPY', 'MKCOL', 'PROPFIND', 'PROPPATCH', 'LOCK', 'POST', 'OPTIONS']) {
  for (const path of [
    '/content/bundle.json',
    '/content/drafts/plan.json',
    '/content/drafts/new/',
    `/${HISTORY}`,
    '/content/media/pic.png',
    '/fleet/lobby-1/status.json',
    '/index.html',
  ]) {
    MATRIX.push([method, path, all(405)]);
  }
}

describe.skipIf(!hasNginx)('deploy/nginx.conf: who may read and write what', { timeout: 120_000 }, () => {
  const made: string[] = [];
  let root: string;
  let users: string;
  let nginx: Nginx;

  beforeAll(async () => {
    root = temporary('signage-perm-root-', made);
    users = writeUsers(temporary('signage-perm-users-', made));
    writeTree(root, FIXTURE);
    nginx = await startNginx(root, { users, signinRate: '10000r/s' });
  });
  afterAll(async () => {
    await nginx?.stop();
    made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('the matrix: every identity × path × method, and nothing written where a write is refused', async () => {
    const failures: string[] = [];
    let count = 0;
    for (const [method, path, statuses] of MATRIX) {
      for (const [index, who] of WHO.entries()) {
        writeTree(root, FIXTURE);
        const body = method === 'PUT' ? `${who} ${method} ${path}` : undefined;
        const headers: Record<string, string> = ['MOVE', 'COPY'].includes(method)
          ? { Destination: `${nginx.url}content/bundle.json`, Overwrite: 'T' }
          : {};
        const response = await raw(nginx.url, method, path, { account: IDENTITIES[who], ...(body ? { body } : {}), headers });
        count++;
        const expected = statuses[index];
        if (response.status !== expected) failures.push(`${method} ${path} as ${who}: ${response.status}, expected ${expected}`);
        // What changed on disk: exactly the file written or deleted, and only when allowed.
        const after = snapshot(root);
        const wanted = { ...snapshot0() };
        const file = path.slice(1);
        if (response.status >= 200 && response.status < 300 && method === 'PUT') wanted[file] = Buffer.from(body!).toString('base64');
        if (response.status >= 200 && response.status < 300 && method === 'DELETE') delete wanted[file];
        const changed = differences(wanted, after);
        if (changed.length) failures.push(`${method} ${path} as ${who}: unexpected on disk: ${changed.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBe(MATRIX.length * WHO.length);
  });

  function snapshot0(): Record<string, string> {
    return Object.fromEntries(Object.entries(FIXTURE).map(([path, text]) => [path, Buffer.from(text).toString('base64')]));
  }
  function differences(wanted: Record<string, string>, after: Record<string, string>): string[] {
    const paths = new Set([...Object.keys(wanted), ...Object.keys(after)]);
    return [...paths].filter((path) => wanted[path] !== after[path]);
  }

  it('the sandbox policy and no-cache on everything under /content/ and /fleet/, private where staff sign in', async () => {
    writeTree(root, FIXTURE);
    for (const [path, account, cache] of [
      ['/content/bundle.json', undefined, 'no-cache'],
      ['/content/media/pic.png', undefined, 'no-cache'],
      ['/content/drafts/plan.json', ACCOUNTS.editor, 'private, no-cache'],
      [`/${HISTORY}`, ACCOUNTS.editor, 'private, no-cache'],
      ['/fleet/lobby-1/status.json', ACCOUNTS.editor, 'private, no-cache'],
      ['/content/drafts/plan.json', undefined, undefined],
    ] as const) {
      const response = await raw(nginx.url, 'GET', path, account ? { account } : {});
      expect(response.headers['content-security-policy'], path).toMatch(/sandbox/);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      if (cache) expect(response.headers['cache-control'], path).toBe(cache);
    }
    // The 401 asks for a password, in the realm of the role (nginx sends the challenge twice, once
    // per password file looked in). A signed-in user without the role gets 403, which no browser
    // answers with a password prompt.
    expect((await raw(nginx.url, 'PUT', '/content/bundle.json', { body: 'x' })).headers['www-authenticate']).toMatch(
      /^Basic realm="Signage staff"/,
    );
    expect(
      (await raw(nginx.url, 'PUT', '/fleet/lobby-1/status.json', { body: 'x', account: IDENTITIES.screenWrongPassword })).headers[
        'www-authenticate'
      ],
    ).toMatch(/^Basic realm="Signage screen"/);
  });

  it('path traversal: dot segments, encoded dots and slashes, backslashes, NUL and newline never reach a file the rules refuse', async () => {
    const attempts: [Account, string][] = [
      [ACCOUNTS.editor, '/content/drafts/../bundle.json'],
      [ACCOUNTS.editor, '/content/drafts/%2e%2e/bundle.json'],
      [ACCOUNTS.editor, '/content/drafts/%2E%2E/bundle.json'],
      [ACCOUNTS.editor, '/content/drafts/..%2Fbundle.json'],
      [ACCOUNTS.editor, '/content/drafts/..%2fbundle.json'],
      [ACCOUNTS.editor, '/content/drafts/%2e%2e%2fbundle.json'],
      [ACCOUNTS.editor, '/content/drafts/..%5Cbundle.json'],
      [ACCOUNTS.editor, '/content/drafts/..\\bundle.json'],
      [ACCOUNTS.editor, '/content/drafts%2F..%2Fbundle.json'],
      [ACCOUNTS.editor, '/content/media/..%2F..%2Findex.html'],
      [ACCOUNTS.editor, '/content/media/../../index.html'],
      [ACCOUNTS.editor, '/content/media/%2e%2e/%2e%2e/assets/x.png'],
      [ACCOUNTS.editor, '/content/drafts/../../../../etc/x.json'],
      [ACCOUNTS.editor, '/content/drafts/plan.json%00.png'],
      [ACCOUNTS.editor, '/content/drafts/plan.json%0a'],
      [ACCOUNTS.editor, '//content/drafts/..//bundle.json'],
      [ACCOUNTS.publisher, '/content/history/..%2Fdrafts%2F..%2F..%2Findex.html'],
      [ACCOUNTS.screen, '/fleet/lobby-1/../hall-2/status.json'],
      [ACCOUNTS.screen, '/fleet/lobby-1/..%2Fhall-2/status.json'],
      [ACCOUNTS.screen, '/fleet/lobby-1%2F..%2Fhall-2/status.json'],
      [ACCOUNTS.screen, '/fleet/lobby-1/%2e%2e/%2e%2e/content/bundle.json'],
      [ACCOUNTS.screen, '/fleet/lobby-1/./../lobby-1/../hall-2/status.json'],
    ];
    for (const [account, path] of attempts) {
      writeTree(root, FIXTURE);
      const response = await raw(nginx.url, 'PUT', path, { account, body: 'overwritten' });
      // Refused (what the path resolves to decides between 401 and 403), and nothing written.
      expect([400, 401, 403, 404], `${path} as ${account.user}: ${response.status}`).toContain(response.status);
      expect(snapshot(root), path).toEqual(snapshot0());
    }
  });

  it('body limits: 10 MB for the bundle, drafts and history, 50 MB for media, 5 MB for screen reports (413)', async () => {
    writeTree(root, FIXTURE);
    const MiB = 1024 * 1024;
    const cases: [Account, string, number][] = [
      [ACCOUNTS.publisher, '/content/bundle.json', 10 * MiB],
      [ACCOUNTS.editor, '/content/drafts/big.json', 10 * MiB],
      [ACCOUNTS.publisher, '/content/history/2026-11-27T10-00-00.000Z--big--alice.json', 10 * MiB],
      [ACCOUNTS.editor, '/content/media/big.mp4', 50 * MiB],
      [ACCOUNTS.screen, '/fleet/lobby-1/plays-2026-11-27.csv', 5 * MiB],
    ];
    for (const [account, path, limit] of cases) {
      const over = await raw(nginx.url, 'PUT', path, { account, body: new Uint8Array(limit + 1), expectContinue: true });
      expect(over.status, `${path}: one byte over`).toBe(413);
      expect(existsSync(join(root, path)) && readFileSync(join(root, path)).length > limit, path).toBe(false);
      const at = await raw(nginx.url, 'PUT', path, { account, body: new Uint8Array(limit), expectContinue: true });
      expect([201, 204], `${path}: at the limit`).toContain(at.status);
      expect(readFileSync(join(root, path)).length, path).toBe(limit);
    }
    // Without a length given up front (chunked), the limit holds as the body arrives.
    writeTree(root, FIXTURE);
    const chunked = await new Promise<number>((resolve, reject) => {
      void import('node:http').then(({ request }) => {
        const { hostname, port } = new URL(nginx.url);
        const outgoing = request(
          {
            host: hostname,
            port: Number(port),
            method: 'PUT',
            path: '/content/bundle.json',
            agent: false,
            headers: {
              Authorization: `Basic ${Buffer.from(`${ACCOUNTS.publisher.user}:${ACCOUNTS.publisher.password}`).toString('base64')}`,
              'Transfer-Encoding': 'chunked',
            },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        outgoing.on('error', (error: NodeJS.ErrnoException) =>
          error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
        );
        for (let index = 0; index < 11; index++) outgoing.write(new Uint8Array(MiB));
        outgoing.end();
      });
    });
    expect(chunked).toBe(413);
    expect(readFileSync(join(root, 'content/bundle.json'), 'utf8')).toBe(FIXTURE['content/bundle.json']);
  });

  it('listings are JSON (name, type, mtime, size) for staff: drafts, history, media, fleet', async () => {
    writeTree(root, FIXTURE);
    const history = await raw(nginx.url, 'GET', '/content/history/', { account: ACCOUNTS.editor });
    expect(history.headers['content-type']).toMatch(/^application\/json/);
    const entries = JSON.parse(history.body) as { name: string; type: string; mtime: string; size: number }[];
    expect(entries).toEqual([
      { name: HISTORY.split('/').pop(), type: 'file', mtime: expect.stringMatching(/GMT$/), size: FIXTURE[HISTORY]!.length },
    ]);
    const fleet = JSON.parse((await raw(nginx.url, 'GET', '/fleet/', { account: ACCOUNTS.publisher })).body) as {
      name: string;
      type: string;
    }[];
    expect(fleet.map((entry) => `${entry.name} ${entry.type}`).sort()).toEqual(['hall-2 directory', 'lobby-1 directory']);
    const drafts = JSON.parse((await raw(nginx.url, 'GET', '/content/drafts/', { account: ACCOUNTS.editor })).body) as { name: string }[];
    expect(drafts.map((entry) => entry.name)).toEqual(['plan.json']);
    // A folder that does not exist yet: 404 (the tools read it as empty).
    rmSync(join(root, 'content/drafts'), { recursive: true });
    expect((await raw(nginx.url, 'GET', '/content/drafts/', { account: ACCOUNTS.editor })).status).toBe(404);
    // …and the first PUT creates it (create_full_put_path).
    expect((await raw(nginx.url, 'PUT', '/content/drafts/first.json', { account: ACCOUNTS.editor, body: '{}' })).status).toBe(201);
    expect(readFileSync(join(root, 'content/drafts/first.json'), 'utf8')).toBe('{}');
  });

  it('a user removed or given another role is refused at the next request: nginx reads the files every time', async () => {
    writeTree(root, FIXTURE);
    const carol = { user: 'carol', password: 'carol-publisher-pw' };
    writeUsers(users, { carol: { ...carol, role: 'publisher' } });
    expect((await raw(nginx.url, 'PUT', '/content/bundle.json', { account: carol, body: '{"version":"carol"}' })).status).toBe(204);
    writeUsers(users, { carol: { ...carol, role: 'editor' } });
    expect((await raw(nginx.url, 'PUT', '/content/bundle.json', { account: carol, body: '{"version":"carol 2"}' })).status).toBe(403);
    expect((await raw(nginx.url, 'PUT', '/content/drafts/c.json', { account: carol, body: '{}' })).status).toBe(201);
    const removed = runTool('users', ['remove', 'carol', '--dir', users]);
    expect(removed.status, removed.err).toBe(0);
    expect((await raw(nginx.url, 'PUT', '/content/drafts/c.json', { account: carol, body: '{}' })).status).toBe(401);
    expect(readFileSync(join(root, 'content/bundle.json'), 'utf8')).toBe('{"version":"carol"}');
  });
});

describe.skipIf(!hasNginx)('deploy/nginx.conf as shipped: sign-in rate limit, password files', { timeout: 60_000 }, () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('many wrong passwords in a row are slowed down with 429; public reads and other clients are not', async () => {
    const root = temporary('signage-rate-root-', made);
    writeTree(root, FIXTURE);
    const nginx = await startNginx(root, { users: writeUsers(temporary('signage-rate-users-', made)) });
    try {
      const statuses: number[] = [];
      const guess = { user: ACCOUNTS.publisher.user, password: 'guess' };
      for (let attempt = 0; attempt < 80; attempt++) {
        statuses.push((await raw(nginx.url, 'PUT', '/content/bundle.json', { account: guess, body: 'x' })).status);
      }
      expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
      expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
      // Even the right password waits its turn from this address…
      expect((await raw(nginx.url, 'GET', '/content/drafts/plan.json', { account: ACCOUNTS.editor })).status).toBe(429);
      // …while screens and visitors read as ever, and another client (through the HTTPS proxy of
      // README, which passes the address on) signs in.
      expect((await raw(nginx.url, 'GET', '/content/bundle.json')).status).toBe(200);
      const other = await raw(nginx.url, 'GET', '/content/drafts/plan.json', {
        account: ACCOUNTS.editor,
        headers: { 'X-Forwarded-For': '10.1.2.3' },
      });
      expect(other.status).toBe(200);
      expect(readFileSync(join(root, 'content/bundle.json'), 'utf8')).toBe(FIXTURE['content/bundle.json']);
    } finally {
      await nginx.stop();
    }
  });

  it('with the password files empty (a new server), nobody signs in, and nginx -t passes', async () => {
    const root = temporary('signage-empty-root-', made);
    writeTree(root, FIXTURE);
    // startNginx runs `nginx -t` on the configuration first, with three empty password files.
    const nginx = await startNginx(root);
    try {
      for (const account of Object.values(ACCOUNTS)) {
        expect((await raw(nginx.url, 'PUT', '/content/drafts/x.json', { account, body: '{}' })).status).toBe(401);
      }
      expect((await raw(nginx.url, 'GET', '/content/bundle.json')).status).toBe(200);
    } finally {
      await nginx.stop();
    }
  });

  it('the hash `npm run users` writes by default (scrypt, $7$, 2^14) signs in to nginx; a wrong password does not', async () => {
    const root = temporary('signage-hash-root-', made);
    writeTree(root, FIXTURE);
    const users = temporary('signage-hash-users-', made);
    const added = runTool('users', ['add', 'dung', '--role', 'publisher', '--dir', users], { input: 'Mật khẩu có dấu 2026\n' });
    expect(added.status, added.err).toBe(0);
    expect(readFileSync(join(users, 'publishers.htpasswd'), 'utf8')).toMatch(
      /^dung:\$7\$C6\.\.\.\.\/\.\.\.\.[./0-9A-Za-z]{22}\$[./0-9A-Za-z]{43}\n$/,
    );
    const nginx = await startNginx(root, { users });
    try {
      const dung = { user: 'dung', password: 'Mật khẩu có dấu 2026' };
      expect((await raw(nginx.url, 'PUT', '/content/bundle.json', { account: dung, body: '{"version":"dung"}' })).status).toBe(204);
      expect(
        (await raw(nginx.url, 'PUT', '/content/bundle.json', { account: { ...dung, password: 'Mật khẩu có dấu 2025' }, body: 'x' })).status,
      ).toBe(401);
      expect(readFileSync(join(root, 'content/bundle.json'), 'utf8')).toBe('{"version":"dung"}');
    } finally {
      await nginx.stop();
    }
  });
});
