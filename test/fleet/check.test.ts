import { describe, expect, it } from 'vitest';
import { fleetCheck } from '../../src/fleet/check';
import { NOW, health } from '../support/fleet-status';

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
  it('nothing current stays OK, counted in the status line for the editors, not a device line', () => {
    const result = fleetCheck([health({ nothingCurrent: { since: '2020-11-01' } }), health()], NOW, limits);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      'FLEET OK - 2 screens, 0 not well, 0 asleep in off hours, 1 with nothing current (editors should publish)|screens=2 not_well=0 asleep=0',
    ]);
    // Beside a real fault, the device line names only the fault.
    const both = fleetCheck([health({ nothingCurrent: { since: '2020-11-01' }, contentError: 'bad' })], NOW, limits);
    expect(both.code).toBe(1);
    expect(both.lines[1]).toBe('WARNING lobby-1: content rejected: bad');
  });
  it('a screen on another app build than the server stays OK, counted in the status line', () => {
    const result = fleetCheck([health({ appVersion: 'app-1' }), health()], NOW, limits);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      "FLEET OK - 2 screens, 0 not well, 0 asleep in off hours, 1 on another app build than the server's|screens=2 not_well=0 asleep=0",
    ]);
  });
  it('behind grows worse with time; rejected content is a warning', () => {
    expect(fleetCheck([health({ contentVersion: 'v1' })], NOW, limits).code).toBe(1);
    expect(fleetCheck([health({ contentVersion: 'v1' })], NOW, { warnMinutes: 5, critMinutes: 10 }).code).toBe(2);
    expect(fleetCheck([health({ contentError: 'bad' })], NOW, limits).lines[1]).toBe('WARNING lobby-1: content rejected: bad');
  });
});
