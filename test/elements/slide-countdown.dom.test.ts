import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements/slide-countdown';
import { first, mount, text } from '../support/elements';

afterEach(() => document.body.replaceChildren());

describe('slide elements render what the schedule engine gives them, as text', () => {
  it('<slide-countdown>: "Còn N ngày" and the date', async () => {
    const slide = first('countdown');
    const element = await mount('slide-countdown', { slide });
    expect(text(element)).toContain(`Còn ${slide.days} ngày`);
    expect(text(element)).toContain('Dự kiến Tháng 6/2020');
    const today = await mount('slide-countdown', { slide: { ...slide, state: 'ongoing', days: 0 } });
    expect(text(today)).toContain('Đang diễn ra');
  });
});
