import { describe, expect, it } from 'vitest';
import { buildPlaylist, type Slide } from '../../src/schedule/playlist';
import { nextSlide, peekNext, sameSlide, startRotation } from '../../src/schedule/rotation';
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

  it('peeks at the slide the next boundary brings when nothing changes, without moving', () => {
    const slides = buildPlaylist(bundle, vn('2020-05-15')).slides;
    let state = startRotation(slides, 0);
    for (let step = 0; step < slides.length + 2; step++) {
      const peeked = peekNext(state, slides);
      const next = nextSlide(state, slides, state.endsAt);
      expect(peeked?.id).toBe(next.slide.id === state.slide.id ? undefined : next.slide.id);
      state = next;
    }
    // A playlist of one stays on its slide: nothing to prepare; an empty one gives no guess.
    const one = startRotation([slides[0]!], 0);
    expect(peekNext(one, [slides[0]!])).toBeUndefined();
    expect(peekNext(one, [])).toBeUndefined();
    expect(peekNext(one, [slides[0]!, slides[1]!])?.id).toBe(slides[1]!.id);
  });

  it('tells slides that show the same thing from slides that do not', () => {
    const [a, b] = buildPlaylist(bundle, vn('2020-05-15')).slides;
    const rebuilt = buildPlaylist(bundle, vn('2020-05-15')).slides[0]!;
    expect(rebuilt).not.toBe(a);
    expect(sameSlide(a!, rebuilt)).toBe(true);
    expect(sameSlide(a!, b!)).toBe(false);
    expect(sameSlide(a!, { ...a!, durationMs: a!.durationMs + 1 })).toBe(false);
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
