/** The player's clock: ?at= and ?speed= applied in the first bundle's zone, dates trusted or not, a render each minute. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClockController, type ClockOptions } from '../../src/player/clock-controller';
import { systemClock } from '../../src/schedule/clock';
import { CLOCK_MARGIN_MS } from '../../src/kiosk/clock-sanity';
import { vn } from '../helpers';
import { FakeHost } from '../fake-host';

const NOW = vn('2026-11-27T10:05:30');

describe('clock controller', () => {
  let host: FakeHost;
  let logged: string[];
  const hosts: FakeHost[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    logged = [];
  });
  afterEach(() => {
    hosts.splice(0).forEach((each) => each.disconnect());
    vi.useRealTimers();
  });

  function start(params: Partial<ClockOptions['params']> = {}, builtAt = NOW - 86_400_000) {
    host = new FakeHost();
    hosts.push(host);
    const controller = new ClockController(host, {
      params: { at: undefined, speed: 1, hold: false, ...params },
      log: (message) => logged.push(message),
      builtAt,
    });
    expect(host.controllers).toEqual([controller]);
    host.connect();
    return controller;
  }

  it('runs on the device clock and asks for a render when the minute changes, and at no other time', () => {
    const time = start();
    expect(time.clock).toBe(systemClock);
    expect(time.simulated).toBe(false);
    vi.advanceTimersByTime(29_000);
    expect(host.updates).toBe(0);
    vi.advanceTimersByTime(1_010);
    expect(host.updates).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(host.updates).toBe(2);
    host.disconnect();
    vi.advanceTimersByTime(10 * 60_000);
    expect(host.updates).toBe(2);
  });

  it('?at= is read in the zone of the first bundle, once; the clock then runs from there', () => {
    const time = start({ at: '2020-05-15T08:00' });
    expect(time.simulated).toBe(true);
    expect(time.datesKnown()).toBe(true);
    time.chooseIn('Asia/Ho_Chi_Minh');
    expect(time.clock.now()).toBe(vn('2020-05-15T08:00'));
    expect(host.updates).toBe(1);
    time.chooseIn('UTC');
    expect(time.clock.now()).toBe(vn('2020-05-15T08:00'));
    // The minute render follows the chosen clock (08:01 comes in 60 s), not the device's (10:06 in 30 s).
    vi.advanceTimersByTime(50_000);
    expect(host.updates).toBe(1);
    vi.advanceTimersByTime(10_010);
    expect(host.updates).toBe(2);
    expect(time.clock.now()).toBe(vn('2020-05-15T08:01:00.010'));
  });

  it('?speed= runs the clock faster from now; an unreadable ?at= is said and the real time shown', () => {
    const fast = start({ speed: 60 });
    fast.chooseIn('Asia/Ho_Chi_Minh');
    vi.advanceTimersByTime(1_000);
    expect(fast.clock.now()).toBe(NOW + 60_000);
    expect(fast.clock.speed).toBe(60);

    const bad = start({ at: 'yesterday' });
    bad.chooseIn('Asia/Ho_Chi_Minh');
    expect(logged).toEqual(['?at=yesterday is not a date; showing the real time']);
    expect(bad.clock.now()).toBe(Date.now());
    // Said on screen too (the app shows it as a notice), as is a date that does not exist.
    expect(bad.refused).toContain('?at=yesterday');
    const impossible = start({ at: '2020-02-30' });
    impossible.chooseIn('Asia/Ho_Chi_Minh');
    expect(impossible.refused).toContain('?at=2020-02-30');
    expect(fast.refused).toBeUndefined();
  });

  it('dates are known on a plausible device clock or a chosen one, not on a device clock earlier than the build', () => {
    expect(start({}, NOW + CLOCK_MARGIN_MS + 1).datesKnown()).toBe(false);
    expect(start({}, NOW + CLOCK_MARGIN_MS + 1).devicePlausible()).toBe(false);
    expect(start({ at: '2020-05-15' }, NOW + CLOCK_MARGIN_MS + 1).datesKnown()).toBe(true);
    expect(start({}, NOW).datesKnown()).toBe(true);
  });

  it('a held slide is a simulation too (previews must not write the screen memory)', () => {
    expect(start({ hold: true }).simulated).toBe(true);
  });
});
