import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { offHoursAt } from '../../src/kiosk/off-hours';

const ZONE = 'Asia/Ho_Chi_Minh';
const at = (local: string, zone = ZONE) => DateTime.fromISO(local, { zone }).toMillis();
const iso = (instant: number, zone = ZONE) => DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('screen-off hours', () => {
  const night = { from: '22:00', until: '06:00' };

  it('a window across midnight: off from 22:00 up to 05:59, and says when it changes', () => {
    expect(offHoursAt(at('2020-05-15T21:59:59'), ZONE, night)).toEqual({ off: false, changesAt: at('2020-05-15T22:00') });
    expect(offHoursAt(at('2020-05-15T22:00'), ZONE, night)).toEqual({ off: true, changesAt: at('2020-05-16T06:00') });
    expect(offHoursAt(at('2020-05-16T03:00'), ZONE, night)).toEqual({ off: true, changesAt: at('2020-05-16T06:00') });
    expect(offHoursAt(at('2020-05-16T05:59:59'), ZONE, night).off).toBe(true);
    expect(offHoursAt(at('2020-05-16T06:00'), ZONE, night)).toEqual({ off: false, changesAt: at('2020-05-16T22:00') });
  });

  it('a window within one day (a lunch break)', () => {
    const lunch = { from: '11:30', until: '13:00' };
    expect(offHoursAt(at('2020-05-15T11:29'), ZONE, lunch)).toEqual({ off: false, changesAt: at('2020-05-15T11:30') });
    expect(offHoursAt(at('2020-05-15T12:00'), ZONE, lunch)).toEqual({ off: true, changesAt: at('2020-05-15T13:00') });
    expect(offHoursAt(at('2020-05-15T13:00'), ZONE, lunch)).toEqual({ off: false, changesAt: at('2020-05-16T11:30') });
  });

  it("is read in the bundle's zone, whatever the device's", () => {
    // 15:30 UTC is 22:30 in Ho Chi Minh City.
    expect(offHoursAt(Date.UTC(2020, 4, 15, 15, 30), ZONE, night).off).toBe(true);
    expect(offHoursAt(Date.UTC(2020, 4, 15, 15, 30), 'UTC', night).off).toBe(false);
  });

  it('keeps wall-clock times across a daylight-saving change', () => {
    // Europe/Paris springs forward on 29 March 2020: the night is an hour short, but ends at 06:00.
    expect(iso(offHoursAt(at('2020-03-28T23:00', 'Europe/Paris'), 'Europe/Paris', night).changesAt, 'Europe/Paris')).toBe(
      '2020-03-29T06:00',
    );
  });
});
