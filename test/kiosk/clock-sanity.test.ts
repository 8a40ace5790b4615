import { describe, expect, it } from 'vitest';
import { clockPlausible, CLOCK_MARGIN_MS } from '../../src/kiosk/clock-sanity';

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
});
