import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { burnInShift, BURN_IN_PERIOD_MS } from '../../src/kiosk/burn-in';

const at = (local: string) => DateTime.fromISO(local, { zone: 'Asia/Ho_Chi_Minh' }).toMillis();

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
