import { describe, expect, it } from 'vitest';
import {
  benignError,
  recentOnly,
  reloadDelayMs,
  rotationStalled,
  RELOAD_DELAYS_MS,
  RELOAD_MEMORY_MS,
  RELOADS_REMEMBERED,
} from '../../src/kiosk/watchdog';

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
