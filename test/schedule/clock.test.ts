import { describe, expect, it } from 'vitest';
import { parseAt, scaledClock, parseSpeed } from '../../src/schedule/clock';
import { inEachProcessZone } from '../helpers';

describe('clock and labels', () => {
  it('?at is read in the bundle zone and the scaled clock runs from it', () => {
    inEachProcessZone(() => {
      const start = parseAt('2020-05-15T08:00', 'Asia/Ho_Chi_Minh')!;
      expect(start).toBe(Date.UTC(2020, 4, 15, 1, 0));
      let real = 1000;
      const clock = scaledClock(start, 60, () => real);
      real += 1000;
      expect(clock.now() - start).toBe(60_000);
    });
    expect(parseAt('2020-02-30', 'Asia/Ho_Chi_Minh')).toBeUndefined();
    expect(parseAt('yesterday', 'Asia/Ho_Chi_Minh')).toBeUndefined();
    expect(parseSpeed('60')).toBe(60);
    expect(parseSpeed('-1')).toBe(1);
    expect(parseSpeed('abc')).toBe(1);
  });
});
