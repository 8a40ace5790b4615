import { describe, expect, it } from 'vitest';
import { statusRows, type StatusInput } from '../../src/kiosk/status';
import { nothingCurrentSince } from '../../src/schedule/current';
import { loadBundle } from '../helpers';

const ZONE = 'Asia/Ho_Chi_Minh';

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
      rejection: undefined,
      rejectedAt: undefined,
      contentSavedAt: now - 30_000,
    },
    offlineReady: 'yes',
    storage: { persistence: 'persistent', quota: 10.7e9, usage: 4.4e6 },
    standby: false,
    online: true,
    clockPlausible: true,
    simulatedNow: undefined,
    staleSince: undefined,
    staleAfterHours: 24,
    nothingCurrent: undefined,
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
    expect(row(rows, 'Current content').value).toBe('có · yes');
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
          rejection: 'bundle.json:3:5 phases.0.end Must be a date',
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

  it('says when the screen is not offline-ready, what the browser granted for storage, and a standby tab', () => {
    const rows = statusRows(
      input({
        offlineReady: 'no: the content on screen cannot be kept for offline use (QuotaExceededError)',
        storage: { persistence: 'best-effort', quota: 10.7e9, usage: 4.4e6 },
        standby: true,
      }),
    );
    expect(row(rows, 'Offline-ready')).toEqual({
      label: 'Sẵn sàng ngoại tuyến · Offline-ready',
      value: 'KHÔNG · NO: the content on screen cannot be kept for offline use (QuotaExceededError)',
      tone: 'bad',
    });
    expect(row(rows, 'Storage').value).toBe(
      'có thể bị trình duyệt xóa khi đĩa đầy · best-effort (the browser may evict it when the disk is full) · 4.4 MB / 10700 MB',
    );
    expect(row(rows, 'Storage').tone).toBe('warn');
    expect(row(rows, 'Player tab').tone).toBe('warn');
    expect(statusRows(input()).some((entry) => entry.label.includes('Player tab'))).toBe(false);
  });

  it('says what the media caches hold: files and megabytes, or a dash before the first measure', () => {
    const measured = statusRows(input({ content: { ...input().content, media: { files: 3, bytes: 25.4e6 } } }));
    expect(row(measured, 'Media stored')).toEqual({
      label: 'Ảnh và video đã lưu · Media stored',
      value: '3 tệp · files · 25 MB',
      tone: 'ok',
    });
    expect(row(statusRows(input()), 'Media stored').value).toBe('—');
  });

  it('says since when nothing in the content is current, so staff know to publish', () => {
    // The default content at the overlay's "now" (27/11/2026): the campaign ended with the congress XIII on 01/02/2021.
    const nothingCurrent = nothingCurrentSince(loadBundle(), now);
    expect(nothingCurrent).toEqual({ since: '2021-02-02' });
    expect(row(statusRows(input({ nothingCurrent })), 'Current content')).toEqual({
      label: 'Nội dung hiện hành · Current content',
      value:
        'KHÔNG CÒN từ 02/02/2021: chỉ chiếu tên đơn vị, đồng hồ và dòng thời gian; hãy đăng nội dung mới · NOTHING CURRENT since 02/02/2021: only the organization, the clock and the timeline play; publish new content',
      tone: 'warn',
    });
    expect(row(statusRows(input({ nothingCurrent: { since: undefined } })), 'Current content').value).toMatch(/^KHÔNG CÒN: chỉ chiếu/);
  });
});
