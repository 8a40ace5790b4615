/** A screen's report as the player makes it, for the fleet's tests and its benchmark: a well screen, then what a test changes. */
import { readStatus, statusDocument, type StatusInput } from '../../src/fleet/status-document';
import { deviceHealth, type DeviceHealth, type LiveBundle } from '../../src/fleet/health';

export function statusInput(now: number, over: Partial<StatusInput> = {}): StatusInput {
  return {
    device: 'lobby-1',
    screen: 'lobby',
    appVersion: 'app-2',
    contentVersion: 'v2',
    contentEtag: '"abc-1"',
    contentSource: 'network',
    contentError: undefined,
    state: 'playing',
    slide: 'slogan:s1',
    slideSince: now - 3000,
    phase: undefined,
    timeZone: 'Asia/Ho_Chi_Minh',
    offHours: { from: '22:00', until: '06:00' },
    asleepUntil: undefined,
    clock: 'ok',
    staleSince: undefined,
    wakeLock: 'held',
    watchdog: undefined,
    startedAt: now - 3_600_000,
    reloads: 0,
    errors: [],
    storage: { persistence: 'persistent', usage: 4_400_000, quota: 10_700_000_000 },
    media: undefined,
    nothingCurrent: undefined,
    heapBytes: undefined,
    heartbeatSeconds: 60,
    now,
    ...over,
  };
}

export const NOW = Date.parse('2026-11-27T10:00:00Z');
export const LIVE: LiveBundle = { version: 'v2', etag: 'W/"abc-1"', publishedAt: NOW - 600_000 };

/** The verdict on lobby-1 whose report (made at `receivedAt` by its clock) arrived then, judged at `now`. */
export function health(over: Partial<StatusInput> = {}, receivedAt = NOW, now = NOW, live: LiveBundle | undefined = LIVE): DeviceHealth {
  return deviceHealth({
    device: 'lobby-1',
    status: readStatus(JSON.stringify(statusDocument(statusInput(receivedAt, over)))),
    receivedAt,
    now,
    live,
    newestApp: 'app-2',
  });
}
