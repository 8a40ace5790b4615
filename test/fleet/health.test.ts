import { describe, expect, it } from 'vitest';
import { sortByConcern } from '../../src/fleet/health';
import { LIVE, NOW, health } from '../support/fleet-status';

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
  it('nothing current is said with its day, not trouble: the screen plays what it was given', () => {
    const device = health({ nothingCurrent: { since: '2020-11-01' } });
    expect(device.verdict).toBe('ok');
    expect(device.problems).toEqual([{ kind: 'current', detail: '2020-11-01' }]);
    expect(health({ nothingCurrent: { since: undefined } }).problems).toEqual([{ kind: 'current', detail: '' }]);
    expect(health({ nothingCurrent: { since: '2020-11-01' }, contentVersion: 'v1' }).verdict).toBe('behind');
  });
  it('problems first', () => {
    const ok = { ...health(), device: 'a' };
    const asleep = { ...health({ asleepUntil: NOW + 1000 }), device: 'b' };
    const behind = { ...health({ contentVersion: 'v1' }), device: 'c' };
    const offline = { ...health({}, NOW - 999_000), device: 'd' };
    expect(sortByConcern([ok, asleep, behind, offline]).map((d) => d.device)).toEqual(['d', 'c', 'b', 'a']);
  });
});
