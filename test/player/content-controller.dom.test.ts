/** The content controller with a fake host, a fake server (fetch stubbed) and fake timers. */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentController, type ContentOptions } from '../../src/player/content-controller';
import { CONFIRM_WRITE_EVERY_MS, LastGoodStore } from '../../src/content/store';
import * as validate from '../../src/content/validate';
import * as door from '../../src/content/quick-check';
import { textHash } from '../../src/content/text-hash';
import type { Bundle } from '../../src/content/schema';
import type { ContentSource } from '../../src/content/load';
import { readText } from '../helpers';
import { FakeHost } from '../fake-host';

const CONTENT_URL = 'http://localhost:3000/content/bundle.json';
const DEFAULT_URL = 'http://localhost:3000/content/default-bundle.json';
const POLL_MS = 60_000;
const good = readText('content/bundle.json');
const version = (name: string) => good.replace('"version": "2020-02-10.1"', `"version": "${name}"`);
const broken = good.replace('"timeZone": "Asia/Ho_Chi_Minh"', '"timeZone": "Mars/Olympus"');

/** What the server answers next; each request is recorded with its conditional header. */
type Answer = { status: number; text?: string; etag?: string } | 'network down' | 'hang';
let databases = 0;

describe('content controller', () => {
  // The checker, the media prefetch and the checks themselves are imported when first needed
  // (content/checked.ts, player/content-poll.ts); loaded here once, so that in every test they
  // answer within settle()'s turns, as cached modules do.
  beforeAll(async () => {
    await import('../../src/player/content-poll');
    await import('../../src/content/quick-check');
    await import('../../src/content/media-cache');
  });
  let answer: Answer;
  let defaultAnswer: Answer;
  /** Requests for the published bundle; those for the built-in one are only counted. */
  let requests: { url: string; ifNoneMatch: string | undefined; at: number }[];
  let defaultRequests: number;
  let received: { version: string; source: ContentSource }[];
  let host: FakeHost;
  let store: LastGoodStore;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 27, 3, 0));
    localStorage.clear();
    requests = [];
    defaultRequests = 0;
    received = [];
    answer = { status: 200, text: version('v1'), etag: '"v1"' };
    defaultAnswer = { status: 200, text: version('built-in'), etag: '"d"' };
    host = new FakeHost();
    store = new LastGoodStore(CONTENT_URL, { dbName: `content-controller-${++databases}`, storage: localStorage, manager: undefined });
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      if (url === DEFAULT_URL) defaultRequests += 1;
      else requests.push({ url, ifNoneMatch: headers['If-None-Match'], at: Date.now() });
      const next = url === DEFAULT_URL ? defaultAnswer : answer;
      if (next === 'network down') throw new TypeError('Failed to fetch');
      if (next === 'hang')
        return new Promise<Response>((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      return new Response(next.status === 304 ? null : (next.text ?? ''), {
        status: next.status,
        headers: next.etag ? { ETag: next.etag } : {},
      });
    });
  });
  afterEach(() => {
    host.disconnect();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  /** Lets a poll that has started run to its end (fetch, reading the body, the check). */
  async function settle(): Promise<void> {
    for (let turn = 0; turn < 60; turn++) await new Promise((resolve) => setImmediate(resolve));
  }

  async function start(pollOverrideSeconds?: number, more: Partial<ContentOptions> = {}) {
    const controller = new ContentController(host, {
      contentUrl: CONTENT_URL,
      defaultUrl: DEFAULT_URL,
      onBundle: (bundle: Bundle, source) => received.push({ version: bundle.version, source }),
      pollOverrideSeconds,
      store,
      ...more,
    });
    expect(host.controllers).toContain(controller);
    host.connect();
    await settle();
    return controller;
  }

  async function wait(ms: number): Promise<void> {
    await vi.advanceTimersByTimeAsync(ms);
    await settle();
  }

  it("with nothing stored, hands over the built-in bundle at once, then the server's, and keeps that for the next start", async () => {
    const controller = await start();
    expect(received).toEqual([
      { version: 'built-in', source: 'default' },
      { version: 'v1', source: 'network' },
    ]);
    expect(controller.status).toMatchObject({ source: 'network', error: undefined, failures: 0, lastSuccessAt: Date.now() });
    expect(host.updates).toBeGreaterThan(0);
    host.disconnect();

    // The next start plays the stored copy at once, before the server has answered.
    answer = 'network down';
    received = [];
    host = new FakeHost();
    const again = new ContentController(host, {
      contentUrl: CONTENT_URL,
      defaultUrl: DEFAULT_URL,
      onBundle: (bundle, source) => received.push({ version: bundle.version, source }),
      store: new LastGoodStore(CONTENT_URL, { dbName: `content-controller-${databases}`, storage: localStorage, manager: undefined }),
    });
    host.connect();
    await again.ready;
    expect(received).toEqual([{ version: 'v1', source: 'cache' }]);
    await settle();
    expect(again.status.failures).toBe(1);
    expect(received).toHaveLength(1);
  });

  it('asks again every poll interval with the ETag; a 304 keeps the bundle and confirms it', async () => {
    const controller = await start();
    answer = { status: 304 };
    await wait(POLL_MS - 1);
    expect(requests).toHaveLength(1);
    await wait(1);
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ url: CONTENT_URL, ifNoneMatch: '"v1"' });
    expect(received).toHaveLength(2);
    expect(controller.status).toMatchObject({
      source: 'network',
      error: undefined,
      failures: 0,
      lastSuccessAt: Date.now(),
      contentSavedAt: Date.now(),
    });
  });

  it('hands over a new valid bundle when the server has one', async () => {
    await start();
    answer = { status: 200, text: version('v2'), etag: '"v2"' };
    await wait(POLL_MS);
    expect(received.map((each) => each.version)).toEqual(['built-in', 'v1', 'v2']);
    answer = { status: 304 };
    await wait(POLL_MS);
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v2"');
  });

  it('refuses an invalid bundle: the error is kept while it is served, the last good one stays, and a fix is taken', async () => {
    const controller = await start();
    answer = { status: 200, text: broken, etag: '"broken"' };
    await wait(POLL_MS);
    expect(received).toHaveLength(2);
    expect(controller.status.error).toMatch(/^line \d+:\d+ timeZone: Unknown time zone/);
    expect(controller.status.rejectedAt).toBe(Date.now());
    // The server answered: not a failure, no backoff.
    expect(controller.status.failures).toBe(0);
    await wait(POLL_MS);
    expect(requests).toHaveLength(3);
    expect(controller.status.error).toMatch(/Unknown time zone/);
    expect(received).toHaveLength(2);
    // What is kept for the next start is still the good one.
    expect((await store.read())?.bundle.version).toBe('v1');

    answer = { status: 200, text: version('v3'), etag: '"v3"' };
    await wait(POLL_MS);
    expect(controller.status.error).toBeUndefined();
    expect(received.map((each) => each.version)).toEqual(['built-in', 'v1', 'v3']);
  });

  it('backs off while the server fails (doubling, jittered), and returns to the interval once it answers', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    const controller = await start();
    answer = { status: 500 };
    await wait(POLL_MS);
    expect(controller.status.failures).toBe(1);
    const failedAt = Date.now();
    // One failure: up to twice the interval.
    await wait(2 * POLL_MS - 1);
    expect(requests).toHaveLength(2);
    await wait(1);
    expect(requests).toHaveLength(3);
    expect(requests[2]!.at - failedAt).toBe(2 * POLL_MS);
    expect(controller.status.failures).toBe(2);
    // Two: up to four times.
    await wait(4 * POLL_MS - 1);
    expect(requests).toHaveLength(3);
    answer = 'network down';
    await wait(1);
    expect(requests).toHaveLength(4);
    expect(controller.status.failures).toBe(3);
    expect(received).toHaveLength(2);

    answer = { status: 304 };
    await wait(8 * POLL_MS);
    expect(controller.status.failures).toBe(0);
    const backAt = Date.now();
    await wait(POLL_MS);
    expect(requests.at(-1)!.at - backAt).toBe(POLL_MS);
  });

  it('with nothing stored and no server, plays the bundle that shipped with the build', async () => {
    answer = 'network down';
    const controller = await start();
    expect(received).toEqual([{ version: 'built-in', source: 'default' }]);
    expect(controller.status.failures).toBe(1);
    expect(requests.map((request) => request.url)).toEqual([CONTENT_URL]);
    expect(defaultRequests).toBe(1);
  });

  it('checks at once when the network comes back, and polls at ?poll= rather than the bundle setting', async () => {
    await start(5);
    await wait(5_000);
    expect(requests).toHaveLength(2);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(requests).toHaveLength(3);
  });

  it('stops polling when the host is disconnected', async () => {
    await start();
    host.disconnect();
    await wait(10 * POLL_MS);
    expect(requests).toHaveLength(1);
  });

  it('with the built-in bundle on screen, a 304 (to a request that named no version) confirms nothing', async () => {
    answer = { status: 200, text: broken, etag: '"broken"' };
    const controller = await start();
    expect(received).toEqual([{ version: 'built-in', source: 'default' }]);
    expect(controller.status.error).toMatch(/Unknown time zone/);
    answer = { status: 304 };
    await wait(POLL_MS);
    expect(requests.at(-1)).toMatchObject({ url: CONTENT_URL, ifNoneMatch: undefined });
    expect(controller.status).toMatchObject({ source: 'default', contentSavedAt: undefined, failures: 1 });
    expect(controller.status.error).toMatch(/Unknown time zone/);
  });

  it('a bundle the browser refuses to store plays, is never confirmed, and says so until a write succeeds', async () => {
    await start();
    const keptAt = Date.now();
    const write = vi.spyOn(store, 'write').mockResolvedValue({ ok: false, reason: 'QuotaExceededError: full' });
    const confirm = vi.spyOn(store, 'confirm');
    answer = { status: 200, text: version('v2'), etag: '"v2"' };
    await wait(POLL_MS);
    const controller = host.controllers[0] as ContentController;
    expect(received.map((each) => each.version)).toEqual(['built-in', 'v1', 'v2']);
    expect(controller.status.error).toBe(
      'version v2 cannot be kept for offline use (QuotaExceededError: full); a cold start would show the last bundle stored',
    );
    expect(controller.status.notKept).toBe('QuotaExceededError: full');
    // Stale counts from the last bundle stored (v1), not from v2's arrival or its 304s.
    expect(controller.status.contentSavedAt).toBe(keptAt);
    answer = { status: 304 };
    await wait(POLL_MS);
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v2"');
    expect(controller.status.contentSavedAt).toBe(keptAt);
    expect(controller.status.error).toContain('cannot be kept for offline use');
    expect(confirm).not.toHaveBeenCalled();
    expect((await store.read())?.bundle.version).toBe('v1');
    // Room again: the next answer stores it.
    write.mockRestore();
    await wait(POLL_MS);
    expect(controller.status).toMatchObject({ error: undefined, notKept: undefined, contentSavedAt: Date.now() });
    expect((await store.read())?.bundle.version).toBe('v2');
  });

  it('the same bytes under a new ETag are not parsed or checked again; the new ETag is sent next', async () => {
    await start();
    const check = vi.spyOn(validate, 'checkBundle');
    const write = vi.spyOn(store, 'write');
    answer = { status: 200, text: version('v1'), etag: '"v1-b"' };
    await wait(POLL_MS);
    answer = { status: 200, text: version('v1'), etag: '"v1-c"' };
    await wait(POLL_MS);
    expect(requests.map((request) => request.ifNoneMatch)).toEqual([undefined, '"v1"', '"v1-b"']);
    expect(check).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    expect(received).toHaveLength(2);
    const controller = host.controllers[0] as ContentController;
    expect(controller.status).toMatchObject({ source: 'network', error: undefined, contentSavedAt: Date.now() });
    // Kept with the bundle's confirmation, written at most every 15 minutes: a later start sends an
    // ETag at most that old (at worst one more answer recognised by its hash).
    answer = { status: 200, text: version('v1'), etag: '"v1-d"' };
    await wait(CONFIRM_WRITE_EVERY_MS);
    expect((await store.read())?.stored.validators.etag).toBe('"v1-d"');
    expect(write).not.toHaveBeenCalled();
  });

  it('with nothing stored, the built-in bundle shows at once while the server hangs, and the server’s when it answers', async () => {
    answer = 'hang';
    await start(10);
    expect(received).toEqual([{ version: 'built-in', source: 'default' }]);
    answer = { status: 200, text: version('v1'), etag: '"v1"' };
    // The hung request is given up after 10 s; the next check, after the backoff, is answered.
    await wait(10_000);
    await wait(20_000);
    expect(received.map((each) => each.source)).toEqual(['default', 'network']);
  });

  it('a page that may not play yet (a second player tab) checks nothing until it may', async () => {
    let active = false;
    const controller = await start(undefined, { active: () => active });
    await wait(3 * POLL_MS);
    expect(requests).toEqual([]);
    expect(received).toEqual([]);
    active = true;
    controller.resume();
    await settle();
    expect(received.map((each) => each.source)).toEqual(['default', 'network']);
  });

  it('a store that never answers does not stop the checks', async () => {
    await start();
    vi.spyOn(store, 'write').mockReturnValue(new Promise(() => {}));
    vi.spyOn(store, 'confirm').mockReturnValue(new Promise(() => {}));
    answer = { status: 200, text: version('v2'), etag: '"v2"' };
    await wait(POLL_MS);
    await wait(30_000);
    const controller = host.controllers[0] as ContentController;
    expect(received.map((each) => each.version)).toEqual(['built-in', 'v1', 'v2']);
    expect(controller.status.notKept).toBe('no answer from storage within 30 s');
    const before = requests.length;
    answer = { status: 304 };
    await wait(POLL_MS + 30_000);
    await wait(POLL_MS + 30_000);
    expect(requests.length).toBeGreaterThan(before);
  });

  it("the build's own bytes are taken without the checker; the server is asked, and its bundle checked, only after the first slide", async () => {
    const check = vi.spyOn(door, 'checkBundleLazily');
    let painted!: () => void;
    const firstSlide = new Promise<void>((resolve) => (painted = resolve));
    await start(undefined, { defaultHash: textHash(version('built-in')), afterFirstSlide: () => firstSlide });
    expect(received).toEqual([{ version: 'built-in', source: 'default' }]);
    // The checks (player/content-poll.ts) load after the first slide: no request to the server before it.
    expect(requests).toHaveLength(0);
    expect(check).not.toHaveBeenCalled();
    painted();
    await settle();
    expect(requests).toHaveLength(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(received.map((each) => each.version)).toEqual(['built-in', 'v1']);
  });

  it("the build's own bytes published as they are (a first visit) are taken without the checker too, after the first slide", async () => {
    const check = vi.spyOn(door, 'checkBundleLazily');
    answer = { status: 200, text: version('built-in'), etag: '"b"' };
    let painted!: () => void;
    const firstSlide = new Promise<void>((resolve) => (painted = resolve));
    await start(undefined, { defaultHash: textHash(version('built-in')), afterFirstSlide: () => firstSlide });
    expect(received).toEqual([{ version: 'built-in', source: 'default' }]);
    painted();
    await settle();
    expect(received).toEqual([
      { version: 'built-in', source: 'default' },
      { version: 'built-in', source: 'network' },
    ]);
    expect(check).not.toHaveBeenCalled();
  });

  it('other bytes where the built-in bundle should be are checked, and a broken one is not shown', async () => {
    defaultAnswer = { status: 200, text: broken, etag: '"d"' };
    answer = 'network down';
    await start(undefined, { defaultHash: textHash(version('built-in')), afterFirstSlide: () => new Promise(() => {}) });
    expect(received).toEqual([]);
  });

  it('with nothing to show (no built-in bundle), the server’s is checked without waiting for a first slide', async () => {
    defaultAnswer = 'network down';
    await start(undefined, { afterFirstSlide: () => new Promise(() => {}) });
    expect(received).toEqual([{ version: 'v1', source: 'network' }]);
  });
});
