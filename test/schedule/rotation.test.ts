import { describe, expect, it } from 'vitest';
import { buildPlaylist, type Slide } from '../../src/schedule/playlist';
import { nextSlide, startRotation } from '../../src/schedule/rotation';
import { loadBundle, vn } from '../helpers';

const bundle = loadBundle();

describe('rotation', () => {
  it('advances in order and wraps', () => {
    const slides = buildPlaylist(bundle, vn('2026-11-27')).slides;
    let state = startRotation(slides, 0);
    const seen = [state.slide.id];
    for (let step = 0; step < slides.length; step++) {
      state = nextSlide(state, slides, state.endsAt);
      seen.push(state.slide.id);
    }
    expect(seen.slice(0, slides.length)).toEqual(slides.map((slide) => slide.id));
    expect(seen[slides.length]).toBe(slides[0]!.id);
  });

  it('keeps its place by id when the playlist is rebuilt, and by position when the slide is gone', () => {
    const before = buildPlaylist(bundle, vn('2020-05-15')).slides;
    const state = { ...startRotation(before, 0), slide: before[3]!, index: 3 };
    const after = before.filter((slide) => slide.id !== before[1]!.id);
    expect(nextSlide(state, after, 1).slide.id).toBe(before[4]!.id);
    const gone = before.filter((slide) => slide.id !== before[3]!.id);
    expect(nextSlide(state, gone, 1).slide.id).toBe(gone[3]!.id);
  });

  it('starts at the slide of the very id asked, else at the first whose id begins so, else at the first', () => {
    const slide = (id: string) => ({ kind: 'fallback', id, durationMs: 1000 }) as unknown as Slide;
    const slides = [slide('timeline'), slide('slogan:s10'), slide('slogan:s1'), slide('slogan:s2')];
    expect(startRotation(slides, 0, 'slogan:s1').slide.id).toBe('slogan:s1');
    expect(startRotation(slides, 0, 'slogan:s').slide.id).toBe('slogan:s10');
    expect(startRotation(slides, 0, 'slogan:gone').slide.id).toBe('timeline');
    expect(startRotation(slides, 0).index).toBe(0);
  });
});
