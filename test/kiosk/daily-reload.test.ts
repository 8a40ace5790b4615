import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { nextDailyReload } from '../../src/kiosk/daily-reload';

const ZONE = 'Asia/Ho_Chi_Minh';
const at = (local: string, zone = ZONE) => DateTime.fromISO(local, { zone }).toMillis();
const iso = (instant: number, zone = ZONE) => DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('daily reload', () => {
  it('is the next time the wall clock reads the hour, strictly after now', () => {
    expect(iso(nextDailyReload(at('2020-05-15T01:00'), ZONE, '03:30'))).toBe('2020-05-15T03:30');
    expect(iso(nextDailyReload(at('2020-05-15T03:30'), ZONE, '03:30'))).toBe('2020-05-16T03:30');
    expect(iso(nextDailyReload(at('2020-05-15T14:00'), ZONE, '03:30'))).toBe('2020-05-16T03:30');
  });
});
