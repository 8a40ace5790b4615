import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-countdown';
import { first, mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-countdown>: a congress dated to the month has no day count: "Dự kiến tháng 6/2020"', async () => {
    const slide = first('countdown');
    expect(slide.approximate).toBe(true);
    const element = await mount('slide-countdown', { slide });
    expect(text(element)).toContain('Dự kiến tháng 6/2020');
    expect(text(element)).not.toMatch(/Còn \d+ ngày/);
    expect(text(element)).toContain('Hướng tới đại hội');
  });

  it('<slide-countdown>: "Còn N ngày" to an exact date; under way it is welcomed as such, not "Hướng tới"', async () => {
    const slide = {
      ...first('countdown'),
      approximate: false,
      inferred: true,
      days: 3,
      state: 'upcoming' as const,
      dateLabel: '14–16/10/2020',
    };
    const element = await mount('slide-countdown', { slide });
    expect(text(element)).toContain('Còn 3 ngày');
    expect(text(element)).toContain('Hướng tới đại hội');
    expect(text(element)).toContain('14–16/10/2020 *');
    expect(text(element)).toContain('* Ngày theo thông tin công khai.');
    const ongoing = await mount('slide-countdown', { slide: { ...slide, state: 'ongoing', days: 0 } });
    expect(text(ongoing)).toContain('Đang diễn ra');
    expect(text(ongoing)).toContain('Chào mừng đại hội');
    expect(text(ongoing)).not.toContain('Hướng tới');
    const today = await mount('slide-countdown', { slide: { ...slide, state: 'today', days: 0 } });
    expect(text(today)).toContain('Khai mạc hôm nay');
    expect(text(today)).not.toContain('Hướng tới');
  });
});
