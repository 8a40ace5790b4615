import { describe, expect, it } from 'vitest';
import { dayChrome, dayPlan } from '../../src/preview/day-playlist';
import { loadBundle } from '../helpers';

const bundle = loadBundle();

describe('the frame around a miniature', () => {
  it('says what the screen’s header says that day, and the ticker carries the day’s slogans, first to last', () => {
    const chrome = dayChrome(bundle, '2020-05-15', '08:00', 'lobby');
    const slogans = [
      ...new Set(
        dayPlan(bundle, '2020-05-15', '08:00', 'lobby').playlist.slides.flatMap((slide) => (slide.kind === 'slogan' ? [slide.text] : [])),
      ),
    ];
    expect(chrome).toEqual({
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      unit: 'ĐẢNG UỶ TRƯỜNG CĐ KINH TẾ - KỸ THUẬT CÔNG THƯƠNG',
      phaseLabel: expect.stringMatching(/^Đợt 2 · /),
      clock: '08:00',
      day: expect.stringMatching(/, 15\/05\/2020$/),
      ticker: [expect.stringMatching(/dự kiến tháng 6\/2020$/), ...slogans],
    });
  });

  it('has no ticker on a screen without one, and no phase outside the campaign', () => {
    expect(dayChrome(bundle, '2020-05-15', '08:00', 'lobby-portrait').ticker).toEqual([]);
    expect(dayChrome(bundle, '2021-06-01', '08:00', 'lobby').phaseLabel).toBe('');
  });
});
