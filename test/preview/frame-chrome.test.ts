import { describe, expect, it } from 'vitest';
import { previewFrameChrome } from '../../src/preview/frame-chrome';
import { dayPlan } from '../../src/preview/day-playlist';
import { loadBundle } from '../helpers';

const bundle = loadBundle();

describe('the frame around a miniature', () => {
  it('says what the screen’s header says that day, and the ticker carries the day’s first slogan', () => {
    const chrome = previewFrameChrome(bundle, '2020-05-15', '08:00', 'lobby');
    const firstSlogan = dayPlan(bundle, '2020-05-15', '08:00', 'lobby').playlist.slides.find((slide) => slide.kind === 'slogan');
    expect(chrome).toEqual({
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      unit: 'ĐẢNG UỶ TRƯỜNG CĐ KINH TẾ - KỸ THUẬT CÔNG THƯƠNG',
      phaseLabel: expect.stringMatching(/^Đợt 2 · /),
      clock: '08:00',
      day: expect.stringMatching(/, 15\/05\/2020$/),
      ticker: firstSlogan?.kind === 'slogan' ? firstSlogan.text : 'no slogan',
    });
  });

  it('has no ticker on a screen without one, and no phase outside the campaign', () => {
    expect(previewFrameChrome(bundle, '2020-05-15', '08:00', 'lobby-portrait').ticker).toBeUndefined();
    expect(previewFrameChrome(bundle, '2021-06-01', '08:00', 'lobby').phaseLabel).toBe('');
  });
});
