/** A screen's report as the player makes it, for the fleet's tests and its benchmark: a well screen, then what a test changes. */
import type { StatusInput } from '../../src/fleet/status-document';

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
    heapBytes: undefined,
    heartbeatSeconds: 60,
    now,
    ...over,
  };
}
