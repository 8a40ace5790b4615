import { describe, expect, it } from 'vitest';
import { boundedDelay, MAX_TIMER_MS } from '../../src/browser/bounded-delay';

describe('boundedDelay', () => {
  it('keeps every delay within what setTimeout honours', () => {
    expect(MAX_TIMER_MS).toBe(2_147_483_647);
    expect(boundedDelay(12_000)).toBe(12_000);
    // 12 s at ?speed=0.000001: 138 days, which setTimeout would take for 0.
    expect(boundedDelay(12_000 / 0.000001)).toBe(MAX_TIMER_MS);
    expect(boundedDelay(Infinity)).toBe(MAX_TIMER_MS);
    expect(boundedDelay(-5)).toBe(0);
    expect(boundedDelay(NaN)).toBe(1_000);
    expect(boundedDelay(NaN, 150)).toBe(150);
    expect(boundedDelay(NaN, NaN)).toBe(1_000);
  });
});
