import { describe, expect, it } from 'vitest';
import { dateSpanLabel, dayLabel, durationLabel } from '../../src/schedule/format';
import { inEachProcessZone, vn } from '../helpers';

describe('clock and labels', () => {
  it('labels in Vietnamese in the bundle zone', () => {
    inEachProcessZone(() => {
      expect(dayLabel(vn('2026-11-27T10:05'), 'Asia/Ho_Chi_Minh')).toBe('Thứ Sáu, 27/11/2026');
      expect(dayLabel(vn('2026-11-29T00:10'), 'Asia/Ho_Chi_Minh')).toBe('Chủ Nhật, 29/11/2026');
    });
    expect(dateSpanLabel('2020-10-14', '2020-10-16')).toBe('14–16/10/2020');
    expect(dateSpanLabel('2021-01-25', '2021-02-01')).toBe('25/01 – 01/02/2021');
    expect(dateSpanLabel('2020-10-17', '2021-02-01')).toBe('17/10/2020 – 01/02/2021');
  });
});

describe('durations for people (status overlay and preview alike)', () => {
  it('seconds, minutes with their seconds, hours with minutes, days with hours', () => {
    expect(
      [42_000, 60_000, 90_000, 651_000, 2 * 3600_000, 3 * 3600_000 + 5 * 60_000, 50 * 3600_000, -5].map((ms) => durationLabel(ms)),
    ).toEqual(['42 s', '1 min', '1 min 30 s', '10 min 51 s', '2 h 00 min', '3 h 05 min', '2 d 2 h', '0 s']);
  });

  it('in Vietnamese with Vietnamese units, for the staff page', () => {
    expect([42_000, 204_000, 3 * 3600_000 + 5 * 60_000, 50 * 3600_000].map((ms) => durationLabel(ms, 'vi'))).toEqual([
      '42 giây',
      '3 phút 24 giây',
      '3 giờ 05 phút',
      '2 ngày 2 giờ',
    ]);
  });
});
