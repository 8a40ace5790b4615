/** The pure parts of unattended operation: off hours, daily reload, clock sanity, burn-in, watchdog policy, staleness, proof of play. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { readFileSync } from 'node:fs';
import { offHoursAt } from '../../src/kiosk/off-hours';
import { nextDailyReload } from '../../src/kiosk/daily-reload';
import { clockPlausible, CLOCK_MARGIN_MS } from '../../src/kiosk/clock-sanity';
import { burnInShift, BURN_IN_PERIOD_MS } from '../../src/kiosk/burn-in';
import {
  benignError,
  recentOnly,
  reloadDelayMs,
  rotationStalled,
  RELOAD_DELAYS_MS,
  RELOAD_MEMORY_MS,
  RELOADS_REMEMBERED,
} from '../../src/kiosk/watchdog';
import { staleSince } from '../../src/kiosk/stale';
import { playLogCsv, playLogFileName, playRecord, type PlayRecord } from '../../src/kiosk/play-record';
import { PlayLog } from '../../src/kiosk/play-log';
import { statusRows, type StatusInput } from '../../src/kiosk/status';
import { buildPlaylist } from '../../src/schedule/playlist';
import { checkBundle } from '../../src/content/validate';
import type { Bundle } from '../../src/content/schema';

const ZONE = 'Asia/Ho_Chi_Minh';
const at = (local: string, zone = ZONE) => DateTime.fromISO(local, { zone }).toMillis();
const iso = (instant: number, zone = ZONE) => DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

function defaultBundle(): Bundle {
  const result = checkBundle(readFileSync('content/bundle.json', 'utf8'));
  if (!result.ok) throw new Error('default bundle invalid');
  return result.bundle;
}

describe('screen-off hours', () => {
  const night = { from: '22:00', until: '06:00' };

  it('a window across midnight: off from 22:00 up to 05:59, and says when it changes', () => {
    expect(offHoursAt(at('2020-05-15T21:59:59'), ZONE, night)).toEqual({ off: false, changesAt: at('2020-05-15T22:00') });
    expect(offHoursAt(at('2020-05-15T22:00'), ZONE, night)).toEqual({ off: true, changesAt: at('2020-05-16T06:00') });
    expect(offHoursAt(at('2020-05-16T03:00'), ZONE, night)).toEqual({ off: true, changesAt: at('2020-05-16T06:00') });
    expect(offHoursAt(at('2020-05-16T05:59:59'), ZONE, night).off).toBe(true);
    expect(offHoursAt(at('2020-05-16T06:00'), ZONE, night)).toEqual({ off: false, changesAt: at('2020-05-16T22:00') });
  });

  it('a window within one day (a lunch break)', () => {
    const lunch = { from: '11:30', until: '13:00' };
    expect(offHoursAt(at('2020-05-15T11:29'), ZONE, lunch)).toEqual({ off: false, changesAt: at('2020-05-15T11:30') });
    expect(offHoursAt(at('2020-05-15T12:00'), ZONE, lunch)).toEqual({ off: true, changesAt: at('2020-05-15T13:00') });
    expect(offHoursAt(at('2020-05-15T13:00'), ZONE, lunch)).toEqual({ off: false, changesAt: at('2020-05-16T11:30') });
  });

  it("is read in the bundle's zone, whatever the device's", () => {
    // 15:30 UTC is 22:30 in Ho Chi Minh City.
    expect(offHoursAt(Date.UTC(2020, 4, 15, 15, 30), ZONE, night).off).toBe(true);
    expect(offHoursAt(Date.UTC(2020, 4, 15, 15, 30), 'UTC', night).off).toBe(false);
  });

  it('keeps wall-clock times across a daylight-saving change', () => {
    // Europe/Paris springs forward on 29 March 2020: the night is an hour short, but ends at 06:00.
    expect(iso(offHoursAt(at('2020-03-28T23:00', 'Europe/Paris'), 'Europe/Paris', night).changesAt, 'Europe/Paris')).toBe(
      '2020-03-29T06:00',
    );
  });
});

describe('daily reload', () => {
  it('is the next time the wall clock reads the hour, strictly after now', () => {
    expect(iso(nextDailyReload(at('2020-05-15T01:00'), ZONE, '03:30'))).toBe('2020-05-15T03:30');
    expect(iso(nextDailyReload(at('2020-05-15T03:30'), ZONE, '03:30'))).toBe('2020-05-16T03:30');
    expect(iso(nextDailyReload(at('2020-05-15T14:00'), ZONE, '03:30'))).toBe('2020-05-16T03:30');
  });
});

describe('clock sanity', () => {
  const builtAt = Date.UTC(2026, 10, 27, 7, 0);
  it('a clock earlier than the build (less a day of skew) is wrong: 1970, the image date', () => {
    expect(clockPlausible(0, builtAt)).toBe(false);
    expect(clockPlausible(Date.UTC(2026, 0, 1), builtAt)).toBe(false);
    expect(clockPlausible(builtAt - CLOCK_MARGIN_MS - 1, builtAt)).toBe(false);
  });
  it('a clock at or after the build, or minutes behind it, is believed', () => {
    expect(clockPlausible(builtAt - 10 * 60_000, builtAt)).toBe(true);
    expect(clockPlausible(builtAt + 400 * 86_400_000, builtAt)).toBe(true);
  });
  it('with a wrong clock the playlist is evergreen: slogans and milestones, no phase, no countdown', () => {
    const bundle = defaultBundle();
    const playlist = buildPlaylist(bundle, 0, 'lobby', 'landscape', { evergreen: true });
    expect(playlist.phaseId).toBeUndefined();
    expect(new Set(playlist.slides.map((slide) => slide.kind))).toEqual(new Set(['slogan', 'milestone']));
    expect(playlist.slides.filter((slide) => slide.kind === 'slogan')).toHaveLength(bundle.slogans.length);
    // Slogans tied to a phase or a date cannot be placed without a date.
    bundle.slogans[0]!.phases = ['phase-2'];
    bundle.slogans[1]!.until = '2020-03-01';
    expect(
      buildPlaylist(bundle, 0, 'lobby', 'landscape', { evergreen: true }).slides.filter((slide) => slide.kind === 'slogan'),
    ).toHaveLength(bundle.slogans.length - 2);
  });
  it('a screen with only dated kinds falls back to the organisation slide, never to nothing', () => {
    const playlist = buildPlaylist(defaultBundle(), 0, 'slogans-only', 'landscape', { evergreen: true });
    expect(playlist.slides.length).toBeGreaterThan(0);
    const onlyCountdowns = defaultBundle();
    onlyCountdowns.screens[0]!.slideKinds = ['countdown', 'phase'];
    const fallback = buildPlaylist(onlyCountdowns, 0, 'lobby', 'landscape', { evergreen: true });
    expect(fallback.fallback).toBe(true);
    expect(fallback.slides.map((slide) => slide.kind)).toEqual(['fallback']);
  });
});

describe('burn-in shift', () => {
  it('stays within 3 px, holds for a period, and moves at the next', () => {
    const start = at('2020-05-15T08:00'); // on a period boundary
    const seen = new Set<string>();
    for (let step = 0; step < 16; step++) {
      const shift = burnInShift(start + step * BURN_IN_PERIOD_MS);
      expect(Math.abs(shift.x)).toBeLessThanOrEqual(3);
      expect(Math.abs(shift.y)).toBeLessThanOrEqual(3);
      expect(burnInShift(start + (step + 1) * BURN_IN_PERIOD_MS - 1)).toEqual(shift);
      seen.add(`${shift.x},${shift.y}`);
      expect(burnInShift(start + (step + 1) * BURN_IN_PERIOD_MS)).not.toEqual(shift);
    }
    expect(seen.size).toBe(8);
  });
});

describe('watchdog policy', () => {
  const now = 10_000_000;
  it('a page that fails at every start: 10 s, 1 min, 5 min, 15 min, then hourly for good', () => {
    // Each page fails at once; the wait is computed from the memory, the reload recorded after it.
    let clock = now;
    let reloads: number[] = [];
    const delays = [];
    for (let count = 0; count < 12; count++) {
      const delay = reloadDelayMs(reloads, clock);
      delays.push(delay);
      clock += delay;
      reloads = [...recentOnly(reloads, clock), clock];
    }
    expect(delays).toEqual([10_000, 60_000, 300_000, 900_000, ...Array(8).fill(3_600_000)]);
    expect(reloads.length).toBeLessThanOrEqual(RELOADS_REMEMBERED);
    expect(RELOAD_DELAYS_MS[0]).toBe(10_000);
  });
  it('forgets reloads older than six hours, and reloads "from the future" (a clock set back)', () => {
    expect(reloadDelayMs([now - RELOAD_MEMORY_MS - 1, now - 7 * 3_600_000], now)).toBe(10_000);
    expect(reloadDelayMs([now - RELOAD_MEMORY_MS + 60_000], now)).toBe(60_000);
    expect(reloadDelayMs([now + 60_000], now)).toBe(10_000);
  });
  it('a rotation is stalled after 3× the slide time, and never sooner than 30 s', () => {
    expect(rotationStalled(0, 12_000, 36_000)).toBe(false);
    expect(rotationStalled(0, 12_000, 36_001)).toBe(true);
    expect(rotationStalled(0, 150, 29_999)).toBe(false);
    expect(rotationStalled(0, 150, 30_001)).toBe(true);
  });
  it("ignores the browser's ResizeObserver notices", () => {
    expect(benignError('uncaught error: ResizeObserver loop completed with undelivered notifications.')).toBe(true);
    expect(benignError('uncaught error: TypeError: x is undefined')).toBe(false);
  });
});

describe('stale content', () => {
  const day = 24 * 3600_000;
  it('stale once the content was last confirmed longer ago than the threshold', () => {
    expect(staleSince(10 * day, 9 * day + 1, 0, 0, 24)).toBeUndefined();
    expect(staleSince(10 * day, 9 * day - 1, 0, 0, 24)).toBe(9 * day - 1);
    expect(staleSince(10 * day, 10 * day - 2 * 3600_000, 0, 0, 1)).toBe(10 * day - 2 * 3600_000);
  });
  it('content never confirmed (the build default) dates from the build, once the page has run that long', () => {
    expect(staleSince(10 * day, undefined, 10 * day - 3600_000, 5 * day, 24)).toBeUndefined();
    expect(staleSince(10 * day, undefined, 8 * day, 5 * day, 24)).toBe(5 * day);
  });
});

describe('proof of play', () => {
  const record = (index: number, slide = `slogan:slogan-${index}`): PlayRecord => ({
    shownAt: `2020-05-15T08:00:${String(index % 60).padStart(2, '0')}.000+07:00`,
    deviceAt: '2026-11-27T07:00:00.000Z',
    screen: 'lobby',
    slide,
    kind: 'slogan',
    contentVersion: '2020-02-10.1',
    appVersion: 'test',
    plannedSeconds: 12,
  });

  it("a record: the instant in the bundle's zone and in UTC, the slide or the screen going off", () => {
    const instant = Date.UTC(2026, 10, 27, 7, 5, 3, 250);
    expect(playRecord(instant, ZONE, 'lobby', { id: 'slogan:slogan-1', kind: 'slogan', durationMs: 12_340 }, '2020-02-10.1', 'b1')).toEqual(
      {
        shownAt: '2026-11-27T14:05:03.250+07:00',
        deviceAt: '2026-11-27T07:05:03.250Z',
        screen: 'lobby',
        slide: 'slogan:slogan-1',
        kind: 'slogan',
        contentVersion: '2020-02-10.1',
        appVersion: 'b1',
        plannedSeconds: 12.3,
      },
    );
    expect(playRecord(instant, ZONE, 'lobby', undefined, 'v', 'b')).toMatchObject({ slide: 'screen-off', kind: 'off', plannedSeconds: 0 });
    // The file is named by the bundle's day and hour, not the device's.
    expect(playLogFileName('lobby', Date.UTC(2026, 10, 27, 17, 30), ZONE)).toBe('proof-of-play-lobby-20261128-0030.csv');
  });

  it('CSV: a header, one line per record, quoted where needed, no spreadsheet formulas', () => {
    const csv = playLogCsv([record(1), record(2, 'say "hi", then\nleave'), record(3, '=HYPERLINK("http://x")')]);
    expect(csv.split('\r\n')).toEqual([
      'shownAt,deviceAt,screen,slide,kind,contentVersion,appVersion,plannedSeconds',
      '2020-05-15T08:00:01.000+07:00,2026-11-27T07:00:00.000Z,lobby,slogan:slogan-1,slogan,2020-02-10.1,test,12',
      '2020-05-15T08:00:02.000+07:00,2026-11-27T07:00:00.000Z,lobby,"say ""hi"", then\nleave",slogan,2020-02-10.1,test,12',
      `2020-05-15T08:00:03.000+07:00,2026-11-27T07:00:00.000Z,lobby,"'=HYPERLINK(""http://x"")",slogan,2020-02-10.1,test,12`,
      '',
    ]);
  });

  it('a dead database connection fails one record, rejected to the caller, and the next opens it again', async () => {
    const log = new PlayLog('reconnect-test', 100);
    await log.add(record(1));
    // As when the browser drops the connection under the page.
    (await (log as unknown as { db: Promise<IDBDatabase> }).db).close();
    await expect(log.add(record(2))).rejects.toThrow();
    await log.add(record(3));
    expect((await log.all()).map((entry) => entry.slide)).toEqual(['slogan:slogan-1', 'slogan:slogan-3']);
  });

  it('IndexedDB ring buffer: keeps the newest `capacity` records, oldest first', async () => {
    const log = new PlayLog('ring-test', 120);
    for (let index = 0; index < 300; index++) {
      await log.add(record(index));
      // Bounded while it is written, not only when read: trimmed every 50 records.
      expect(await log.count()).toBeLessThanOrEqual(120 + 50);
    }
    const all = await log.all();
    expect(all).toHaveLength(120);
    expect(all[0]!.slide).toBe('slogan:slogan-180');
    expect(all.at(-1)!.slide).toBe('slogan:slogan-299');
    expect(await log.count()).toBe(120);
  });
});

describe('status overlay rows', () => {
  const now = Date.UTC(2026, 10, 27, 7, 0);
  const input = (change: Partial<StatusInput> = {}): StatusInput => ({
    now,
    zone: ZONE,
    appVersion: '20261127-070000',
    builtAt: now - 3600_000,
    startedAt: now - 2 * 3600_000,
    worker: { supported: true, state: 'active activated, controls this page', updateWaiting: false, lastCheckAt: now - 60_000 },
    content: {
      version: '2020-02-10.1',
      source: 'network',
      lastSuccessAt: now - 30_000,
      lastAttemptAt: now - 30_000,
      failures: 0,
      error: undefined,
      rejectedAt: undefined,
      contentSavedAt: now - 30_000,
    },
    online: true,
    clockPlausible: true,
    simulatedNow: undefined,
    staleSince: undefined,
    staleAfterHours: 24,
    screen: 'lobby (Sảnh chính)',
    offHours: { from: '22:00', until: '06:00' },
    asleepUntil: undefined,
    wakeLock: 'held',
    watchdog: { pending: undefined, memory: { reloads: [] }, nextDailyReloadAt: undefined },
    playLogCount: 42,
    heapBytes: undefined,
    ...change,
  });
  const row = (rows: ReturnType<typeof statusRows>, label: string) => rows.find((entry) => entry.label.includes(label))!;

  it('all well: every row ok, times in the bundle zone', () => {
    const rows = statusRows(input());
    expect(rows.every((entry) => entry.tone === 'ok')).toBe(true);
    expect(row(rows, 'Last fetch').value).toBe('27/11/2026 13:59:30 (30 s trước · ago)');
    expect(row(rows, 'Uptime').value).toBe('2 h 00 min (từ · since 27/11/2026 12:00:00)');
    expect(row(rows, 'Screen off').value).toBe('lobby (Sảnh chính): 22:00–06:00');
    expect(rows.some((entry) => entry.label.includes('heap'))).toBe(false);
  });

  it('says what is wrong: server unreachable, content stale, bundle rejected, clock wrong, reload pending', () => {
    const rows = statusRows(
      input({
        content: {
          version: '2020-02-10.1',
          source: 'cache',
          lastSuccessAt: now - 3 * 86_400_000,
          lastAttemptAt: now - 5_000,
          failures: 7,
          error: 'bundle.json:3:5 phases.0.end Must be a date',
          rejectedAt: now - 4 * 86_400_000,
          contentSavedAt: now - 3 * 86_400_000,
        },
        online: false,
        clockPlausible: false,
        staleSince: now - 3 * 86_400_000,
        watchdog: {
          pending: { reason: 'uncaught error: boom', reloadAt: now + 60_000 },
          memory: { reloads: [now - 600_000] },
          nextDailyReloadAt: undefined,
        },
        heapBytes: 12 * 1048576,
      }),
    );
    expect(row(rows, 'Last attempt')).toMatchObject({ tone: 'bad', value: expect.stringContaining('7 lần lỗi liên tiếp') });
    expect(row(rows, 'Rejected bundle')).toMatchObject({ tone: 'bad', value: expect.stringContaining('phases.0.end Must be a date') });
    expect(row(rows, 'Stale content')).toMatchObject({
      tone: 'bad',
      value: 'từ · since 24/11/2026 14:00:00: bản mới bị từ chối · the newest bundle is rejected',
    });
    expect(row(rows, 'Network').tone).toBe('bad');
    expect(row(rows, 'Clock')).toMatchObject({ tone: 'bad', value: expect.stringContaining('is before this build') });
    expect(row(rows, 'Watchdog')).toMatchObject({
      tone: 'bad',
      value: expect.stringMatching(/^tải lại sau · reload in 1 min: uncaught error: boom · 1 lần tải lại trong 6 giờ/),
    });
    expect(row(rows, 'heap').value).toBe('12.0 MB');
  });
});

describe('durations for people (status overlay and preview alike)', () => {
  it('seconds, minutes with their seconds, hours with minutes, days with hours', async () => {
    const { durationLabel } = await import('../../src/schedule/format');
    expect([42_000, 60_000, 90_000, 651_000, 2 * 3600_000, 3 * 3600_000 + 5 * 60_000, 50 * 3600_000, -5].map(durationLabel)).toEqual([
      '42 s',
      '1 min',
      '1 min 30 s',
      '10 min 51 s',
      '2 h 00 min',
      '3 h 05 min',
      '2 d 2 h',
      '0 s',
    ]);
  });
});
