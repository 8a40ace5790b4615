import { describe, expect, it } from 'vitest';
import { readStatus, stateKey, statusDocument, type StatusInput } from '../../src/fleet/status-document';
import { deviceHealth, sortByConcern, type LiveBundle } from '../../src/fleet/health';
import { fleetCheck } from '../../src/fleet/check';
import { dayFile, daysToSend, itemOf, playsByDay, readDayFile, tallyCsv, tallyPlays } from '../../src/fleet/plays';
import { playRecord, type PlayRecord } from '../../src/kiosk/play-record';
import { statusInput } from '../support/fleet-status';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const ZONE = 'Asia/Ho_Chi_Minh';
const input = (over: Partial<StatusInput> = {}): StatusInput => statusInput(NOW, over);
const LIVE: LiveBundle = { version: 'v2', etag: 'W/"abc-1"', publishedAt: NOW - 600_000 };
const health = (over: Partial<StatusInput> = {}, receivedAt = NOW, now = NOW, live: LiveBundle | undefined = LIVE) =>
  deviceHealth({
    device: 'lobby-1',
    status: readStatus(JSON.stringify(statusDocument(input({ now: receivedAt, ...over })))),
    receivedAt,
    now,
    live,
    newestApp: 'app-2',
  });

describe('the status document', () => {
  it('round-trips through JSON, with its format and the report time; errors cut to the last five', () => {
    const errors = Array.from({ length: 8 }, (_, index) => ({ at: NOW - index, message: `e${index}`.padEnd(400, 'x') }));
    const doc = statusDocument(input({ errors }));
    expect(doc.format).toBe(1);
    expect(doc.reportedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(doc.uptimeSeconds).toBe(3600);
    expect(doc.errors).toHaveLength(5);
    expect(doc.errors[0]!.message).toHaveLength(300);
    expect(readStatus(JSON.stringify(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
  it('reads an older, thinner report and refuses what is not one', () => {
    expect(readStatus('{"format":1,"device":"x"}')).toMatchObject({ device: 'x', heartbeatSeconds: 60, errors: [] });
    expect(readStatus('{"format":2,"device":"x"}')).toBeUndefined();
    expect(readStatus('{"device":"x"}')).toBeUndefined();
    expect(readStatus('not json')).toBeUndefined();
  });
  it('the state key changes with content, screen off, errors, not with the slide', () => {
    const base = stateKey(statusDocument(input()));
    expect(stateKey(statusDocument(input({ slide: 'slogan:s2' })))).toBe(base);
    expect(stateKey(statusDocument(input({ contentVersion: 'v3' })))).not.toBe(base);
    expect(stateKey(statusDocument(input({ asleepUntil: NOW + 1000 })))).not.toBe(base);
    expect(stateKey(statusDocument(input({ contentError: 'bad' })))).not.toBe(base);
  });
});

describe('health', () => {
  it('well: online, same version and ETag (weak or not)', () => {
    expect(health()).toMatchObject({ verdict: 'ok', online: true, problems: [] });
  });
  it('offline after 3 heartbeats, since its last report', () => {
    expect(health({}, NOW - 180_000).verdict).toBe('ok');
    const silent = health({}, NOW - 181_000);
    expect(silent.verdict).toBe('offline');
    expect(silent.problems[0]).toEqual({ kind: 'offline', since: NOW - 181_000 });
  });
  it('asleep in off hours is not offline, even when silent, until the off hours end', () => {
    expect(health({ asleepUntil: NOW + 3_600_000 }, NOW - 7_200_000)).toMatchObject({ verdict: 'asleep', asleep: true, silentMs: 0 });
    const after = health({ asleepUntil: NOW - 600_000 }, NOW - 7_200_000);
    expect(after.verdict).toBe('offline');
    expect(after.silentMs).toBe(600_000);
  });
  it('behind when the version or the ETag differs, since the live bundle was published', () => {
    expect(health({ contentVersion: 'v1' }).problems).toEqual([{ kind: 'behind', since: LIVE.publishedAt, detail: 'v1 → v2' }]);
    expect(health({ contentEtag: '"other"' }).verdict).toBe('behind');
    expect(health({ contentEtag: undefined }).verdict).toBe('ok');
  });
  it('trouble: rejected content, wrong clock (its own word or 5 minutes off the server), stale, watchdog', () => {
    expect(health({ contentError: 'slogans[0]: too long' }).problems.map((p) => p.kind)).toEqual(['rejected']);
    expect(health({ clock: 'implausible' }).verdict).toBe('trouble');
    expect(health({ now: NOW }, NOW + 301_000, NOW + 301_000).problems.map((p) => p.kind)).toEqual(['clock']);
    expect(health({ staleSince: NOW - 90_000_000 }).problems[0]).toMatchObject({ kind: 'stale', since: NOW - 90_000_000 });
    expect(health({ watchdog: 'reload in 10 s: error' }).verdict).toBe('trouble');
  });
  it('reloads and an older build are said, not counted as trouble', () => {
    const device = health({ reloads: 2, appVersion: 'app-1' });
    expect(device.verdict).toBe('ok');
    expect(device.problems.map((p) => p.kind)).toEqual(['reloads', 'app']);
  });
  it('problems first', () => {
    const ok = { ...health(), device: 'a' };
    const asleep = { ...health({ asleepUntil: NOW + 1000 }), device: 'b' };
    const behind = { ...health({ contentVersion: 'v1' }), device: 'c' };
    const offline = { ...health({}, NOW - 999_000), device: 'd' };
    expect(sortByConcern([ok, asleep, behind, offline]).map((d) => d.device)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('fleet:check', () => {
  const limits = { warnMinutes: 5, critMinutes: 15 };
  it('0 when all are well or asleep', () => {
    const result = fleetCheck([health(), health({ asleepUntil: NOW + 1000 }, NOW - 3_600_000)], NOW, limits);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual(['FLEET OK - 2 screens, 0 not well, 1 asleep in off hours|screens=2 not_well=0 asleep=1']);
  });
  it('offline: 1 after the warning minutes, 2 after the critical ones, naming the device', () => {
    expect(fleetCheck([health({}, NOW - 4 * 60_000)], NOW, limits).code).toBe(0);
    expect(fleetCheck([health({}, NOW - 6 * 60_000)], NOW, limits).code).toBe(1);
    const critical = fleetCheck([health({}, NOW - 16 * 60_000)], NOW, limits);
    expect(critical.code).toBe(2);
    expect(critical.lines[1]).toBe('CRITICAL lobby-1: offline since 2026-11-27 16:44 (16 min without a report)');
  });
  it('behind grows worse with time; rejected content is a warning', () => {
    expect(fleetCheck([health({ contentVersion: 'v1' })], NOW, limits).code).toBe(1);
    expect(fleetCheck([health({ contentVersion: 'v1' })], NOW, { warnMinutes: 5, critMinutes: 10 }).code).toBe(2);
    expect(fleetCheck([health({ contentError: 'bad' })], NOW, limits).lines[1]).toBe('WARNING lobby-1: content rejected: bad');
  });
});

describe('proof of play', () => {
  const record = (at: string, slide: string, kind: string, seconds = 12): PlayRecord =>
    playRecord(Date.parse(at), ZONE, 'lobby', { id: slide, kind, durationMs: seconds * 1000 }, 'v2', 'app-2');
  const records = [
    record('2026-11-26T16:59:50Z', 'slogan:s1', 'slogan'), // 23:59:50 in Vietnam: the 26th
    record('2026-11-26T17:00:00Z', 'phase:p2:0', 'phase'), // 00:00 the 27th
    record('2026-11-26T17:00:12Z', 'phase:p2:1', 'phase'),
    record('2026-11-26T17:00:20Z', 'slogan:s1', 'slogan'),
    playRecord(Date.parse('2026-11-26T17:00:25Z'), ZONE, 'lobby', undefined, 'v2', 'app-2'),
  ];
  it('groups by day in the bundle zone and round-trips the day file', () => {
    const byDay = playsByDay(records);
    expect([...byDay.keys()]).toEqual(['2026-11-26', '2026-11-27']);
    expect(readDayFile(dayFile(byDay.get('2026-11-27')!))).toEqual(byDay.get('2026-11-27'));
  });
  it('sends days the server lacks at once, today at most every interval', () => {
    const byDay = playsByDay(records);
    const sent = new Map([['2026-11-27', { count: 3, at: NOW - 60_000 }]]);
    expect(daysToSend(byDay, sent, '2026-11-27', NOW, 900_000)).toEqual(['2026-11-26']);
    expect(daysToSend(byDay, sent, '2026-11-27', NOW + 900_000, 900_000)).toEqual(['2026-11-26', '2026-11-27']);
    sent.set('2026-11-26', { count: 1, at: NOW });
    sent.set('2026-11-27', { count: 4, at: NOW });
    expect(daysToSend(byDay, sent, '2026-11-27', NOW + 9e9, 900_000)).toEqual([]);
  });
  it('tallies plays and seconds per item and device, pages as one item, cut at the next record', () => {
    const tallies = tallyPlays(
      new Map([
        ['lobby-1', records],
        ['hall-2', records.slice(0, 1)],
      ]),
      '2026-11-27',
      '2026-11-27',
    );
    expect(tallies).toEqual([
      { item: 'phase:p2', kind: 'phase', device: '', plays: 2, seconds: 20 },
      { item: 'phase:p2', kind: 'phase', device: 'lobby-1', plays: 2, seconds: 20 },
      { item: 'slogan:s1', kind: 'slogan', device: '', plays: 1, seconds: 5 },
      { item: 'slogan:s1', kind: 'slogan', device: 'lobby-1', plays: 1, seconds: 5 },
    ]);
    expect(itemOf('theme:t1:12')).toBe('theme:t1');
    expect(tallyCsv(tallies).split('\r\n').slice(0, 2)).toEqual(['\uFEFFitem,text,kind,device,plays,seconds', 'phase:p2,,phase,*,2,20']);
    const label = (item: string) => (item === 'slogan:s1' ? '=Đoàn kết, "thống nhất"' : '');
    expect(tallyCsv(tallies, label).split('\r\n')[3]).toBe(`slogan:s1,"'=Đoàn kết, ""thống nhất""",slogan,*,1,5`);
  });
});
