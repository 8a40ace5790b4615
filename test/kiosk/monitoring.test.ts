/** The player's monitoring attributes, derived from plain values. */
import { describe, expect, it } from 'vitest';
import { monitoring, type MonitoringInput } from '../../src/kiosk/monitoring';
import { CLOCK_MARGIN_MS } from '../../src/kiosk/clock-sanity';
import { vn, ZONE } from '../helpers';

const HOUR = 3600_000;
const now = vn('2026-11-27T10:05');

function input(change: Partial<MonitoringInput> = {}): MonitoringInput {
  return {
    now,
    builtAt: now - 10 * 24 * HOUR,
    startedAt: now - HOUR,
    zone: ZONE,
    staleAfterHours: 24,
    bundleWaiting: false,
    rotation: { slideId: 'slogan:s1', phaseId: 'phase-2', fallback: false, asleep: false },
    content: {
      source: 'network',
      error: undefined,
      lastAttemptAt: now - 60_000,
      failures: 0,
      contentSavedAt: now - 60_000,
      unconfirmedSince: undefined,
    },
    shownSource: 'network',
    watchdogPending: undefined,
    worker: { ready: true },
    notKept: undefined,
    ...change,
  };
}

describe('monitoring', () => {
  it('a screen playing fresh content: playing, its slide and phase, nothing to report', () => {
    expect(monitoring(input())).toEqual({
      state: 'playing',
      phase: 'phase-2',
      slide: 'slogan:s1',
      screenOff: false,
      clock: 'ok',
      watchdog: undefined,
      staleSince: undefined,
      stale: undefined,
      contentError: undefined,
      contentSource: 'network',
      offlineReady: 'yes',
    });
  });

  it('offline-ready: no while the service worker is not installed, or the bundle on screen cannot be kept; standby for a second tab', () => {
    expect(monitoring(input({ worker: { ready: false, why: 'service worker installing' } })).offlineReady).toBe(
      'no: service worker installing',
    );
    expect(monitoring(input({ notKept: 'QuotaExceededError: full' })).offlineReady).toBe(
      'no: the content on screen cannot be kept for offline use (QuotaExceededError: full)',
    );
    expect(
      monitoring(input({ standby: true, rotation: { slideId: undefined, phaseId: undefined, fallback: false, asleep: false } })).state,
    ).toBe('standby');
  });

  it('a bundle that cannot be stored: the stale line counts from the last bundle stored, while the server answers', () => {
    const stored = now - 3 * 24 * HOUR;
    const shown = monitoring(
      input({
        content: {
          source: 'network',
          error: 'version v2 cannot be kept for offline use (QuotaExceededError)',
          lastAttemptAt: now - 1000,
          failures: 0,
          contentSavedAt: stored,
          unconfirmedSince: undefined,
        },
      }),
    );
    expect(shown.staleSince).toBe(stored);
    expect(shown.contentError).toContain('cannot be kept for offline use');
  });

  it('state: loading without a slide, fallback when the fallback slide stands in; screen off while asleep', () => {
    expect(monitoring(input({ rotation: { slideId: undefined, phaseId: undefined, fallback: false, asleep: false } })).state).toBe(
      'loading',
    );
    expect(monitoring(input({ rotation: { slideId: 'fallback', phaseId: undefined, fallback: true, asleep: false } })).state).toBe(
      'fallback',
    );
    const asleep = monitoring(input({ rotation: { slideId: undefined, phaseId: undefined, fallback: false, asleep: true } }));
    expect(asleep).toMatchObject({ state: 'loading', screenOff: true, slide: undefined, phase: undefined });
  });

  it('a device clock earlier than the build (beyond the margin) is implausible', () => {
    expect(monitoring(input({ builtAt: now + CLOCK_MARGIN_MS - 1 })).clock).toBe('ok');
    expect(monitoring(input({ builtAt: now + CLOCK_MARGIN_MS + 1 })).clock).toBe('implausible');
  });

  it('the watchdog says in whole seconds when it reloads and why, never a negative wait', () => {
    expect(monitoring(input({ watchdogPending: { reason: 'uncaught error: boom', reloadAt: now + 9_600 } })).watchdog).toBe(
      'reload in 10 s: uncaught error: boom',
    );
    expect(monitoring(input({ watchdogPending: { reason: 'late', reloadAt: now - 5_000 } })).watchdog).toBe('reload in 0 s: late');
  });

  it('stale: the server failing and the content older than the limit, labelled in the zone', () => {
    const savedAt = vn('2026-11-25T08:00');
    const failing = input({ content: { ...input().content, failures: 3, lastAttemptAt: now - 1000, contentSavedAt: savedAt } });
    const shown = monitoring(failing);
    expect(shown.staleSince).toBe(savedAt);
    expect(shown.stale).toBe('08:00 ngày 25/11/2026');
    expect(monitoring({ ...failing, zone: 'UTC' }).stale).toBe('01:00 ngày 25/11/2026');
  });

  it('never stale while the server answers, before it was tried, without a bundle, or on an implausible clock', () => {
    const old = { ...input().content, contentSavedAt: now - 48 * HOUR };
    expect(monitoring(input({ content: old })).staleSince).toBeUndefined();
    const failing = { ...old, failures: 2 };
    expect(monitoring(input({ content: failing })).staleSince).toBe(now - 48 * HOUR);
    expect(monitoring(input({ content: { ...failing, lastAttemptAt: undefined } })).staleSince).toBeUndefined();
    expect(monitoring(input({ content: failing, staleAfterHours: undefined })).staleSince).toBeUndefined();
    expect(monitoring(input({ content: failing, builtAt: now + 2 * CLOCK_MARGIN_MS })).staleSince).toBeUndefined();
    expect(monitoring(input({ content: failing, staleAfterHours: 72 })).staleSince).toBeUndefined();
  });

  it('a rejected bundle counts as the server not giving the newest content; its reason is reported', () => {
    const rejected = { ...input().content, error: 'line 3:5 timeZone: Unknown time zone.', contentSavedAt: now - 30 * HOUR };
    const shown = monitoring(input({ content: rejected }));
    expect(shown.contentError).toBe('line 3:5 timeZone: Unknown time zone.');
    expect(shown.staleSince).toBe(now - 30 * HOUR);
  });

  it('content never confirmed by the server dates from the build once the page has waited too long', () => {
    const never = { ...input().content, source: 'default' as const, failures: 1, contentSavedAt: undefined };
    expect(monitoring(input({ content: never, startedAt: now - 2 * HOUR })).staleSince).toBeUndefined();
    expect(monitoring(input({ content: { ...never, unconfirmedSince: now - 25 * HOUR } })).staleSince).toBe(now - 10 * 24 * HOUR);
  });

  it('the content source follows the controller, except while a new bundle waits for the next slide', () => {
    const fromServer = { ...input().content, source: 'network' as const };
    expect(monitoring(input({ content: fromServer, shownSource: 'cache' })).contentSource).toBe('network');
    expect(monitoring(input({ content: fromServer, shownSource: 'cache', bundleWaiting: true })).contentSource).toBe('cache');
    expect(monitoring(input({ content: { ...fromServer, source: undefined }, shownSource: 'default' })).contentSource).toBe('default');
  });
});
