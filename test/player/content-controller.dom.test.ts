/** The content controller with a fake host, a fake server (fetch stubbed) and fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentController } from '../../src/player/content-controller';
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
type Answer = { status: number; text?: string; etag?: string } | 'network down';

describe('content controller', () => {
  let answer: Answer;
  let defaultAnswer: Answer;
  let requests: { url: string; ifNoneMatch: string | undefined; at: number }[];
  let received: { version: string; source: ContentSource }[];
  let host: FakeHost;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 27, 3, 0));
    localStorage.clear();
    requests = [];
    received = [];
    answer = { status: 200, text: version('v1'), etag: '"v1"' };
    defaultAnswer = { status: 200, text: version('built-in'), etag: '"d"' };
    host = new FakeHost();
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      requests.push({ url, ifNoneMatch: headers['If-None-Match'], at: Date.now() });
      const next = url === DEFAULT_URL ? defaultAnswer : answer;
      if (next === 'network down') throw new TypeError('Failed to fetch');
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
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
  }

  async function start(pollOverrideSeconds?: number) {
    const controller = new ContentController(host, {
      contentUrl: CONTENT_URL,
      defaultUrl: DEFAULT_URL,
      onBundle: (bundle: Bundle, source) => received.push({ version: bundle.version, source }),
      pollOverrideSeconds,
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

  it("with nothing stored, hands over the server's bundle and keeps it for the next start", async () => {
    const controller = await start();
    expect(received).toEqual([{ version: 'v1', source: 'network' }]);
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
    });
    host.connect();
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
    expect(received).toHaveLength(1);
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
    expect(received.map((each) => each.version)).toEqual(['v1', 'v2']);
    answer = { status: 304 };
    await wait(POLL_MS);
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v2"');
  });

  it('refuses an invalid bundle: the error is kept while it is served, the last good one stays, and a fix is taken', async () => {
    const controller = await start();
    answer = { status: 200, text: broken, etag: '"broken"' };
    await wait(POLL_MS);
    expect(received).toHaveLength(1);
    expect(controller.status.error).toMatch(/^line \d+:\d+ timeZone: Unknown time zone/);
    expect(controller.status.rejectedAt).toBe(Date.now());
    // The server answered: not a failure, no backoff.
    expect(controller.status.failures).toBe(0);
    await wait(POLL_MS);
    expect(requests).toHaveLength(3);
    expect(controller.status.error).toMatch(/Unknown time zone/);
    expect(received).toHaveLength(1);
    // What is kept for the next start is still the good one.
    const stored = JSON.parse(localStorage.getItem(`signage:last-good:${CONTENT_URL}`)!) as { text: string };
    expect(stored.text).toContain('"version": "v1"');

    answer = { status: 200, text: version('v3'), etag: '"v3"' };
    await wait(POLL_MS);
    expect(controller.status.error).toBeUndefined();
    expect(received.map((each) => each.version)).toEqual(['v1', 'v3']);
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
    expect(received).toHaveLength(1);

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
    expect(requests.map((request) => request.url)).toEqual([CONTENT_URL, DEFAULT_URL]);
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
});
