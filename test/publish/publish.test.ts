/**
 * src/publish/: the publishing steps, history names and the client's sentences, against an
 * in-memory stand-in for nginx's WebDAV (test/deploy/content-publish.test.ts runs the same code
 * against the real nginx). The names the client makes are checked against deploy/nginx.conf's own
 * patterns, so the two cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findHistoryEntry, historyName, listHistory, metaName, parseHistoryName, type HistoryMeta } from '../../src/publish/history';
import { draftPath, mediaPath } from '../../src/publish/paths';
import { newVersionName, publish, restore, versionOf, withVersion, type PublishStep } from '../../src/publish/publish';
import { DavClient, explainStatus, PublishError } from '../../src/publish/webdav';

const BUNDLE = readFileSync('test/fixtures/minimal.json', 'utf8');
const withVersionText = (version: string) => BUNDLE.replace(/"version": "[^"]*"/, `"version": "${version}"`);
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined) => (data ? new TextDecoder().decode(data) : undefined);

/** nginx's patterns for the names the client writes, read from deploy/nginx.conf. */
function nginxPattern(method: string, folder: string): RegExp {
  const line = readFileSync('deploy/nginx.conf', 'utf8')
    .split('\n')
    .find((entry) => entry.includes(`"~^${method} /${folder}`));
  if (!line) throw new Error(`no ${method} rule for /${folder} in deploy/nginx.conf`);
  // JavaScript has no (?i:…) group: the whole pattern is made case-insensitive instead.
  const pattern = line.trim().split('"')[1]!.slice(1).replace(/\\z$/, '$');
  return pattern.includes('(?i:') ? new RegExp(pattern.replace('(?i:', '(?:'), 'i') : new RegExp(pattern);
}

interface Stored {
  bytes: Uint8Array;
  serial: number;
}

/** nginx's WebDAV as the client sees it: GET (with ETag), HEAD, PUT, DELETE, autoindex JSON. */
class FakeDav {
  readonly files = new Map<string, Stored>();
  readonly log: string[] = [];
  private serial = 0;
  /** A status to answer instead, for a method and path. */
  refuse: (method: string, path: string) => number | undefined = () => undefined;
  /** What is stored for a PUT (another publisher at the same moment, say). */
  transform: (path: string, body: Uint8Array) => Uint8Array = (_path, body) => body;
  offline = false;

  put(path: string, data: string | Uint8Array): void {
    this.files.set(path, { bytes: typeof data === 'string' ? bytes(data) : data, serial: ++this.serial });
  }
  read(path: string): string | undefined {
    return text(this.files.get(path)?.bytes);
  }
  etag(path: string): string | undefined {
    const stored = this.files.get(path);
    return stored ? `"${stored.serial}-${stored.bytes.length}"` : undefined;
  }
  writes(): string[] {
    return this.log.filter((line) => /^(PUT|DELETE) /.test(line));
  }

  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    if (this.offline) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    const method = init.method ?? 'GET';
    const path = decodeURIComponent(new URL(input instanceof Request ? input.url : String(input)).pathname);
    this.log.push(`${method} ${path}`);
    const refused = this.refuse(method, path);
    if (refused) return new Response(null, { status: refused });
    if (method === 'PUT') {
      const body = new Uint8Array(init.body as ArrayBuffer);
      if (path.startsWith('/content/history/') && this.files.has(path)) return new Response(null, { status: 409 });
      const existed = this.files.has(path);
      this.put(path, this.transform(path, body));
      return new Response(null, { status: existed ? 204 : 201 });
    }
    if (method === 'DELETE') return new Response(null, { status: this.files.delete(path) ? 204 : 404 });
    if (path.endsWith('/')) {
      const names = new Map<string, 'file' | 'directory'>();
      for (const file of this.files.keys()) {
        if (!file.startsWith(path)) continue;
        const rest = file.slice(path.length);
        names.set(rest.split('/')[0]!, rest.includes('/') ? 'directory' : 'file');
      }
      if (names.size === 0) return new Response(null, { status: 404 });
      const listing = [...names].map(([name, type]) => ({ name, type, mtime: 'Fri, 27 Nov 2026 08:00:00 GMT', size: 1 }));
      return new Response(JSON.stringify(listing), { headers: { 'Content-Type': 'application/json' } });
    }
    const stored = this.files.get(path);
    if (!stored) return new Response(null, { status: 404 });
    const headers = { ETag: `W/${this.etag(path)!}`, 'Last-Modified': 'Thu, 26 Nov 2026 08:00:00 GMT' };
    return new Response(method === 'HEAD' ? null : new Uint8Array(stored.bytes), { headers });
  };
}

function setup(user = 'alice') {
  const server = new FakeDav();
  const client = new DavClient({ server: 'https://signage.example/', credentials: { user, password: 'pw' }, fetch: server.fetch });
  let clock = Date.parse('2026-11-27T17:40:12.000Z');
  const now = () => new Date((clock += 1000));
  return { server, client, now };
}

const historyFiles = (server: FakeDav) => [...server.files.keys()].filter((path) => path.startsWith('/content/history/')).sort();

describe('history names', () => {
  it('sort by time, read back, and are names nginx accepts, whatever the version and user', () => {
    const pattern = nginxPattern('PUT', 'content/history/');
    const at = new Date('2026-11-27T17:40:12.345Z');
    for (const [version, user] of [
      ['2020-02-10.1', 'alice'],
      ['2026-11-27T17:40:12Z alice', 'alice'],
      ['Đợt 2 / tháng 12', 'bob.nguyen'],
      ['a--b---c', 'x--y'],
      ['..', '_x'],
      ['-', 'a'],
      ['v'.repeat(200), 'u'.repeat(32)],
    ] as const) {
      const name = historyName(at, version, user);
      expect(`PUT /content/history/${name}`, name).toMatch(pattern);
      expect(`PUT /content/history/${metaName(name)}`).toMatch(pattern);
      expect(name.length).toBeLessThan(200);
      const parsed = parseHistoryName(name)!;
      expect(parsed.at.toISOString()).toBe('2026-11-27T17:40:12.345Z');
      expect(parsed.path).toBe(`content/history/${name}`);
    }
    expect(historyName(at, '2026-11-27T17:40:12Z alice', 'alice')).toBe('2026-11-27T17-40-12.345Z--2026-11-27T17_40_12Z_alice--alice.json');
    expect(historyName(at, 'v1', null)).toBe('2026-11-27T17-40-12.345Z--v1--found-live.json');
    expect(parseHistoryName('2026-11-27T17-40-12.345Z--v1--alice.meta.json')).toBeUndefined();
    expect(parseHistoryName('notes.json')).toBeUndefined();
    expect(historyName(new Date('2026-11-27T09:00:00Z'), 'b', 'b') > historyName(new Date('2026-11-27T08:59:59.999Z'), 'z', 'z')).toBe(
      true,
    );
  });

  it('draft and picture paths are the ones nginx lets staff write, and others are refused before asking', () => {
    const draft = nginxPattern('(PUT|DELETE)', 'content/drafts/');
    const media = nginxPattern('PUT', 'content/media/');
    expect(`PUT /${draftPath('ke-hoach-thang-12')}`).toMatch(draft);
    expect(`PUT /${draftPath('plan.json')}`).toMatch(draft);
    expect(draftPath('../bundle')).toBeUndefined();
    expect(draftPath('kế hoạch')).toBeUndefined();
    expect(`PUT /${mediaPath('2026/poster.JPG')}`).toMatch(media);
    expect(`PUT /${mediaPath('a1b2c3.webp')}`).toMatch(media);
    expect(mediaPath('page.html')).toBeUndefined();
    expect(mediaPath('../x.png')).toBeUndefined();
    expect(mediaPath('.x.png')).toBeUndefined();
  });
});

describe('the client', () => {
  it('says what a status means, in Vietnamese and English, for what was being done', () => {
    expect(explainStatus(403, 'publish').sentence.vi).toMatch(/^Tài khoản này không có quyền đăng\./);
    expect(explainStatus(403, 'draft').sentence.en).toBe('This account may not save or delete drafts.');
    expect(explainStatus(401, 'publish')).toMatchObject({ kind: 'sign-in', sentence: { en: expect.stringMatching(/^Sign-in failed/) } });
    expect(explainStatus(413, 'publish').sentence.en).toBe('The server refused: the file is over 10 MB.');
    expect(explainStatus(413, 'media').sentence.en).toMatch(/over 50 MB/);
    expect(explainStatus(409, 'publish').kind).toBe('conflict');
    expect(explainStatus(412, 'publish').kind).toBe('conflict');
    expect(explainStatus(429, 'read').kind).toBe('rate-limited');
    expect(explainStatus(502, 'read').sentence.en).toMatch(/error 502/);
  });

  it('sends HTTP Basic in UTF-8, and a network failure becomes a sentence', async () => {
    let seen: string | undefined;
    const client = new DavClient({
      server: 'https://signage.example/sub',
      credentials: { user: 'dũng', password: 'mật:khẩu' },
      fetch: async (input, init) => {
        seen = new Headers(init?.headers).get('Authorization') ?? undefined;
        expect(input instanceof Request ? input.url : String(input)).toBe('https://signage.example/sub/content/bundle.json');
        return new Response('{}');
      },
    });
    await client.get('content/bundle.json');
    expect(Buffer.from(seen!.replace('Basic ', ''), 'base64').toString('utf8')).toBe('dũng:mật:khẩu');
    const { server, client: offline } = setup();
    server.offline = true;
    const error = await offline.get('content/bundle.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).kind).toBe('network');
    expect((error as PublishError).sentence.vi).toMatch(/^Không kết nối được máy chủ signage\.example/);
  });
});

describe('publish', () => {
  it('the first publish keeps the bundle found live in history, then publishes, reads back and records who and why', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    const steps: PublishStep[] = [];
    const outcome = await publish({
      client,
      bytes: bytes(withVersionText('v2')),
      mode: 'as-given',
      note: 'Tháng 12',
      via: 'test',
      now,
      onStep: (step) => steps.push(step),
    });
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;
    expect(steps).toEqual(['check', 'conflict', 'history', 'upload', 'read-back', 'record']);
    expect(server.read('/content/bundle.json')).toBe(withVersionText('v2'));
    expect(outcome.version).toBe('v2');
    expect(outcome.pollSeconds).toBe(60);
    expect(outcome.sentence.vi).toBe(
      'Đã đăng phiên bản “v2”. Các màn hình sẽ hiện nội dung mới trong vòng 60 giây, khi hết trang chiếu đang hiện.',
    );
    // History: the one found live (kept first), then the new one; bytes exactly as live.
    const files = historyFiles(server);
    expect(files).toEqual([
      '/content/history/2026-11-27T17-40-13.000Z--v1--found-live.json',
      '/content/history/2026-11-27T17-40-13.000Z--v1--found-live.meta.json',
      '/content/history/2026-11-27T17-40-14.000Z--v2--alice.json',
      '/content/history/2026-11-27T17-40-14.000Z--v2--alice.meta.json',
    ]);
    expect(server.read(files[0]!)).toBe(withVersionText('v1'));
    expect(server.read(files[2]!)).toBe(withVersionText('v2'));
    const kept = JSON.parse(server.read(files[1]!)!) as HistoryMeta;
    expect(kept).toMatchObject({ version: 'v1', publisher: null, via: 'found live', publishedAt: '2026-11-26T08:00:00.000Z' });
    const meta = JSON.parse(server.read(files[3]!)!) as HistoryMeta;
    expect(meta).toEqual({
      format: 1,
      bundle: '2026-11-27T17-40-14.000Z--v2--alice.json',
      version: 'v2',
      publishedAt: '2026-11-27T17:40:13.000Z',
      publisher: 'alice',
      note: 'Tháng 12',
      size: bytes(withVersionText('v2')).length,
      via: 'test',
    });
    // The order of the writes: history first, the live bundle, then the record.
    expect(server.writes()).toEqual([
      'PUT /content/history/2026-11-27T17-40-13.000Z--v1--found-live.json',
      'PUT /content/history/2026-11-27T17-40-13.000Z--v1--found-live.meta.json',
      'PUT /content/bundle.json',
      'PUT /content/history/2026-11-27T17-40-14.000Z--v2--alice.json',
      'PUT /content/history/2026-11-27T17-40-14.000Z--v2--alice.meta.json',
    ]);

    // The next publish finds the live one recorded: nothing kept twice.
    const next = await publish({ client, bytes: bytes(withVersionText('v3')), mode: 'as-given', via: 'test', now });
    expect(next.kind).toBe('published');
    expect(next.kind === 'published' ? next.keptLive : 'not published').toBeUndefined();
    expect(historyFiles(server)).toHaveLength(6);
    const listed = await listHistory(client, { meta: true });
    expect(listed.map((entry) => `${entry.meta!.version} ${entry.meta!.publisher}`)).toEqual(['v3 alice', 'v2 alice', 'v1 null']);
  });

  it('a first publish on an empty server: nothing to keep', async () => {
    const { server, client, now } = setup();
    const outcome = await publish({ client, bytes: bytes(BUNDLE), mode: 'as-given', via: 'test', now });
    expect(outcome.kind).toBe('published');
    expect(historyFiles(server)).toHaveLength(2);
  });

  it('an invalid bundle writes nothing and returns the checker’s problems; so does a file that is not UTF-8', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    const outcome = await publish({ client, bytes: bytes('{"version": 3}'), mode: 'as-given', via: 'test', now });
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.problems.map((problem) => problem.path)).toContain('version');
    const latin1 = await publish({ client, bytes: new Uint8Array([0x7b, 0xe9, 0x7d]), mode: 'as-given', via: 'test', now });
    expect(latin1.kind === 'invalid' && latin1.problems[0]!.message).toMatch(/not UTF-8/);
    expect(server.writes()).toEqual([]);
  });

  it('the same version with other bytes is a conflict (raise the version), unless forced', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    const changed = withVersionText('v1').replace('"Asia/Ho_Chi_Minh"', '"Asia/Bangkok"');
    expect(changed).not.toBe(withVersionText('v1'));
    const outcome = await publish({ client, bytes: bytes(changed), mode: 'as-given', via: 'test', now });
    expect(outcome).toMatchObject({ kind: 'conflict', reason: 'same-version', liveVersion: 'v1' });
    expect(server.writes()).toEqual([]);
    const forced = await publish({ client, bytes: bytes(changed), mode: 'as-given', force: true, via: 'test', now });
    expect(forced.kind).toBe('published');
    expect(server.read('/content/bundle.json')).toBe(changed);
    // The one replaced is in the history.
    expect(server.read(historyFiles(server)[0]!)).toBe(withVersionText('v1'));
  });

  it('the same bytes: nothing to do, nothing written', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    const outcome = await publish({ client, bytes: bytes(withVersionText('v1')), mode: 'as-given', via: 'test', now });
    expect(outcome).toMatchObject({ kind: 'unchanged', version: 'v1' });
    expect(server.writes()).toEqual([]);
  });

  it('the staff page: a draft made from the live ETag, refused when live changed since; a new version of time and user', async () => {
    const { server, client, now } = setup('bob');
    server.put('/content/bundle.json', withVersionText('v1'));
    const base = (await client.get('content/bundle.json'))!;
    expect(base.etag).toBe(server.etag('/content/bundle.json'));
    // Someone else publishes meanwhile.
    server.put('/content/bundle.json', withVersionText('v1b'));
    const draft = bytes(withVersionText('v1').replace('"Asia/Ho_Chi_Minh"', '"Asia/Bangkok"'));
    const refused = await publish({ client, bytes: draft, mode: 'new-version', baseEtag: base.etag!, via: 'staff page', now });
    expect(refused).toMatchObject({ kind: 'conflict', reason: 'changed-since-base', liveVersion: 'v1b' });
    if (refused.kind === 'conflict')
      expect(refused.sentence.vi).toMatch(/đã được đăng lại sau khi bản này được lấy ra \(nay là phiên bản “v1b”\)/);
    expect(server.writes()).toEqual([]);
    // Made again from the live one: published, with a new version and no other byte changed.
    const fresh = (await client.get('content/bundle.json'))!;
    const outcome = await publish({ client, bytes: draft, mode: 'new-version', baseEtag: fresh.etag!, via: 'staff page', now });
    expect(outcome.kind).toBe('published');
    const live = server.read('/content/bundle.json')!;
    expect(versionOf(bytes(live))).toBe('2026-11-27T17:40:13Z bob');
    expect(live).toBe(text(draft)!.replace('"version": "v1"', '"version": "2026-11-27T17:40:13Z bob"'));
    expect(outcome.kind === 'published' && outcome.history.name).toBe('2026-11-27T17-40-14.000Z--2026-11-27T17_40_13Z_bob--bob.json');
    expect(newVersionName(new Date('2026-01-02T03:04:05.678Z'), 'u'.repeat(32)).length).toBeLessThanOrEqual(60);
  });

  it('withVersion replaces the version value only, keeping a byte-order mark and every other byte', () => {
    const original = `\ufeff${withVersionText('v1')}`;
    const edited = new TextDecoder('utf-8', { ignoreBOM: true }).decode(withVersion(bytes(original), 'v "2"'));
    expect(edited).toBe(original.replace('"version": "v1"', '"version": "v \\"2\\""'));
  });

  it('a 403 on the first write: a PublishError in both languages, and nothing written', async () => {
    const { server, client, now } = setup('bob');
    server.put('/content/bundle.json', withVersionText('v1'));
    server.refuse = (method) => (method === 'PUT' ? 403 : undefined);
    const error = await publish({ client, bytes: bytes(withVersionText('v2')), mode: 'as-given', via: 'test', now }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PublishError);
    expect(error).toMatchObject({ kind: 'permission', status: 403 });
    expect((error as PublishError).sentence.vi).toMatch(/^Tài khoản này không có quyền đăng/);
    expect(server.read('/content/bundle.json')).toBe(withVersionText('v1'));
  });

  it('someone else publishing while the history is written: a conflict, and the live bundle is theirs', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    server.transform = (path, body) => {
      if (path.startsWith('/content/history/') && path.endsWith('found-live.json'))
        server.put('/content/bundle.json', withVersionText('theirs'));
      return body;
    };
    const outcome = await publish({ client, bytes: bytes(withVersionText('v2')), mode: 'as-given', via: 'test', now });
    expect(outcome).toMatchObject({ kind: 'conflict', reason: 'changed-since-base', liveVersion: 'theirs' });
    expect(server.read('/content/bundle.json')).toBe(withVersionText('theirs'));
    expect(server.writes().filter((line) => line === 'PUT /content/bundle.json')).toEqual([]);
  });

  it('a read-back that differs is a failure, not a success', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    server.transform = (path, body) => (path === '/content/bundle.json' ? bytes(withVersionText('someone else')) : body);
    const error = await publish({ client, bytes: bytes(withVersionText('v2')), mode: 'as-given', via: 'test', now }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ kind: 'server', message: expect.stringMatching(/read back from the server differs/) });
  });

  it('live but not recorded: the outcome says so, and the next publish keeps that version in history anyway', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    await publish({ client, bytes: bytes(withVersionText('v2')), mode: 'as-given', via: 'test', now });
    server.refuse = (method, path) => (method === 'PUT' && path.includes('--v3--') ? 507 : undefined);
    const outcome = await publish({ client, bytes: bytes(withVersionText('v3')), mode: 'as-given', via: 'test', now });
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;
    expect(outcome.historyFailure?.sentence.en).toMatch(
      /^Published and live, but not recorded in the history: The server answered with error 507/,
    );
    expect(server.read('/content/bundle.json')).toBe(withVersionText('v3'));
    server.refuse = () => undefined;
    const next = await publish({ client, bytes: bytes(withVersionText('v4')), mode: 'as-given', via: 'test', now });
    expect(next.kind === 'published' && next.keptLive?.meta).toMatchObject({ version: 'v3', publisher: null });
  });
});

describe('restore', () => {
  it('by version or by file name: the bytes as they were, published again, and itself in history', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v1'));
    await publish({ client, bytes: bytes(withVersionText('v2')), mode: 'as-given', via: 'test', now });
    await publish({ client, bytes: bytes(withVersionText('v3')), mode: 'as-given', via: 'test', now });
    const byVersion = await restore({ client, query: 'v2', via: 'test', now });
    expect(byVersion.kind).toBe('published');
    expect(server.read('/content/bundle.json')).toBe(withVersionText('v2'));
    const entries = await listHistory(client, { meta: true });
    expect(entries[0]!.meta).toMatchObject({
      version: 'v2',
      restoredFrom: expect.stringMatching(/--v2--alice\.json$/),
      note: expect.stringMatching(/^Restored v2/),
    });
    const found = entries.find((entry) => entry.meta?.version === 'v1')!;
    const byName = await restore({ client, query: found.name.replace(/\.json$/, ''), via: 'test', note: 'back to the start', now });
    expect(byName.kind).toBe('published');
    expect(server.read('/content/bundle.json')).toBe(withVersionText('v1'));
    expect(findHistoryEntry(await listHistory(client, { meta: true }), 'v1')!.meta!.note).toBe('back to the start');
    const missing = await restore({ client, query: 'v9', via: 'test', now });
    expect(missing.kind).toBe('not-in-history');
  });

  it('in a long history, reads the details only of the entries that can hold the version (nginx limits signed-in requests)', async () => {
    const { server, client, now } = setup();
    server.put('/content/bundle.json', withVersionText('v0'));
    for (let index = 1; index <= 60; index++)
      await publish({ client, bytes: bytes(withVersionText(`v${index}`)), mode: 'as-given', via: 'test', now });
    server.log.length = 0;
    const outcome = await restore({ client, query: 'v7', via: 'test', now });
    expect(outcome.kind).toBe('published');
    expect(server.read('/content/bundle.json')).toBe(withVersionText('v7'));
    const detailsRead = server.log.filter((line) => line.startsWith('GET ') && line.endsWith('.meta.json'));
    expect(detailsRead.length).toBeLessThanOrEqual(3);
  });
});
