/** The player's fleet reporter with a fake host, a fake server and fake timers: what it sends, when, and what failure does. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeHost } from '../fake-host';
import { FleetReporter } from '../../src/fleet/fleet-reporter';
import { PlayLog } from '../../src/kiosk/play-log';
import { playRecord } from '../../src/kiosk/play-record';
import { readStatus } from '../../src/fleet/status-document';
import { readDayFile } from '../../src/fleet/plays';
import { statusInput } from '../support/fleet-status';

const NOW = Date.parse('2026-11-27T03:00:00Z');
let database = 0;

describe('fleet reporter', () => {
  let clock = NOW;
  let requests: { method: string; url: string; auth: string | null; body: string }[];
  let answer: number | 'network';
  let state: string;
  let playLog: PlayLog;
  /** The player's recent errors (SignageApp.errors, which fleet-wiring.ts hands over as they are). */
  let errors: { at: number; message: string }[];
  let askedAt: number[];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clock = NOW;
    requests = [];
    answer = 204;
    state = 'playing';
    playLog = new PlayLog(`fleet-reporter-test-${database++}`);
    errors = [];
    askedAt = [];
  });
  afterEach(() => vi.useRealTimers());

  const fakeFetch = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    requests.push({
      method: init?.method ?? 'GET',
      url: input instanceof URL ? input.href : typeof input === 'string' ? input : input.url,
      auth: headers.get('Authorization'),
      body: init?.body ? new TextDecoder().decode(init.body as Uint8Array) : '',
    });
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return new Response(null, { status: answer });
  }) as typeof fetch;

  function reporter(host: FakeHost, heartbeatSeconds = 60) {
    return new FleetReporter(host, {
      device: { name: 'lobby-1', key: 'secret-key-123' },
      origin: 'http://signage.test:8080',
      heartbeatSeconds: () => heartbeatSeconds,
      today: () => '2026-11-27',
      now: () => clock,
      fetch: fakeFetch,
      playLog,
      status: (now) => {
        askedAt.push(now);
        const {
          device: _device,
          now: _now,
          heartbeatSeconds: _heartbeat,
          ...status
        } = statusInput(clock, { state, contentVersion: 'v1', errors });
        return status;
      },
    });
  }
  const statusPuts = () => requests.filter((request) => request.url.endsWith('/status.json'));
  /** IndexedDB (fake-indexeddb) answers on real macrotasks, which fake timers leave alone. */
  const flush = async () => {
    for (let round = 0; round < 30; round++) await new Promise((resolve) => setImmediate(resolve));
  };
  const advance = async (ms: number) => {
    await flush();
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
    await flush();
  };

  it('reports at start and every heartbeat, to its own folder on the page origin, with its key in the header only', async () => {
    const host = new FakeHost();
    reporter(host);
    host.connect();
    await advance(0);
    expect(statusPuts()).toHaveLength(1);
    const first = statusPuts()[0]!;
    expect(first.method).toBe('PUT');
    expect(first.url).toBe('http://signage.test:8080/fleet/lobby-1/status.json');
    expect(first.auth).toBe(`Basic ${btoa('lobby-1:secret-key-123')}`);
    expect(first.url).not.toContain('secret');
    expect(readStatus(first.body)).toMatchObject({ device: 'lobby-1', contentVersion: 'v1', state: 'playing', heartbeatSeconds: 60 });
    await advance(60_000);
    expect(statusPuts()).toHaveLength(2);
    host.disconnect();
    await advance(600_000);
    expect(statusPuts()).toHaveLength(2);
  });

  it('a clip that cannot be played reaches the next report as a recent error, after later ones too', async () => {
    const host = new FakeHost();
    reporter(host);
    host.connect();
    await advance(0);
    expect(readStatus(statusPuts()[0]!.body)?.errors).toEqual([]);
    // What SignageApp's slide-failed listener logs for <slide-video>'s failure (test/elements/slide-video.dom.test.ts, test/e2e/video.test.ts).
    const clip =
      'slide video:chao failed to render: Error: video content/media/chao.webm cannot be played and is skipped: decode error (a damaged file, or a codec this screen lacks)';
    errors.push({ at: clock - 1, message: 'an older error, beyond the five a report carries' });
    errors.push({ at: clock, message: clip });
    for (let index = 0; index < 4; index++) errors.push({ at: clock + index, message: `later ${index}` });
    await advance(60_000);
    const report = readStatus(statusPuts().at(-1)!.body)!;
    expect(report.errors).toHaveLength(5);
    expect(report.errors[0]).toEqual({ at: new Date(NOW).toISOString(), message: clip });
    // The status is read at the report's own instant.
    expect(askedAt.at(-1)).toBe(NOW + 60_000);
    expect(report.reportedAt).toBe(new Date(NOW + 60_000).toISOString());
  });

  it('reports a change worth knowing at once, not at the next heartbeat', async () => {
    const host = new FakeHost();
    const controller = reporter(host);
    host.connect();
    await advance(0);
    controller.hostUpdated();
    await advance(0);
    expect(statusPuts()).toHaveLength(1);
    state = 'fallback';
    controller.hostUpdated();
    await advance(0);
    expect(statusPuts()).toHaveLength(2);
    expect(readStatus(statusPuts()[1]!.body)!.state).toBe('fallback');
    // A server that fails: changes wait for the backoff, they do not bring the next try forward.
    answer = 500;
    state = 'playing';
    controller.hostUpdated();
    await advance(0);
    expect(statusPuts()).toHaveLength(3);
    expect(controller.failures).toBe(1);
    for (const next of ['fallback', 'playing', 'fallback']) {
      state = next;
      controller.hostUpdated();
      await advance(100);
    }
    expect(statusPuts()).toHaveLength(3);
  });

  it('a failing server: nothing thrown, retried with a growing wait, then the missed days of plays are sent', async () => {
    const play = (at: string, slide: string) =>
      playLog.add(playRecord(Date.parse(at), 'Asia/Ho_Chi_Minh', 'lobby', { id: slide, kind: 'slogan', durationMs: 12000 }, 'v1', 'app'));
    await play('2026-11-25T03:00:00Z', 'slogan:s1');
    await play('2026-11-27T02:00:00Z', 'slogan:s2');
    answer = 'network';
    const host = new FakeHost();
    const controller = reporter(host, 10);
    host.connect();
    await advance(0);
    expect(controller.failures).toBe(1);
    // Backoff: the next try comes between 10 and 20 s (doubling, jittered), not every 10 s.
    await advance(9_000);
    expect(requests).toHaveLength(1);
    await advance(11_000);
    expect(requests).toHaveLength(2);
    expect(controller.failures).toBe(2);
    answer = 201;
    await advance(40_000);
    expect(controller.failures).toBe(0);
    const days = requests.filter((request) => request.url.includes('/plays-')).map((request) => request.url.split('/').pop());
    expect(days).toEqual(['plays-2026-11-25.csv', 'plays-2026-11-27.csv']);
    const file = requests.find((request) => request.url.endsWith('plays-2026-11-27.csv'))!.body;
    expect(readDayFile(file).map((record) => record.slide)).toEqual(['slogan:s2']);
    // Nothing new: the day files are not sent again.
    const before = requests.length;
    await advance(20 * 60_000);
    expect(requests.slice(before).every((request) => request.url.endsWith('/status.json'))).toBe(true);
  });
});
