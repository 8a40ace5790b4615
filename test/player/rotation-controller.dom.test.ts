/** The rotation controller with a fake host and fake timers: slides change on time, the screen sleeps and wakes, bundles change between slides. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_REAL_MS, RotationController, type RotationSource } from '../../src/player/rotation-controller';
import { buildPlaylist } from '../../src/schedule/playlist';
import type { Clock } from '../../src/schedule/clock';
import type { Bundle } from '../../src/content/schema';
import { loadBundle, vn } from '../helpers';
import { FakeHost } from '../fake-host';

const bundle = loadBundle();
const clock: Clock = { now: () => Date.now(), speed: 1 };
/** The lobby profile, dark from 22:00 to 06:00. */
const nightly: Bundle = {
  ...bundle,
  screens: bundle.screens.map((screen) => (screen.id === 'lobby' ? { ...screen, offHours: { from: '22:00', until: '06:00' } } : screen)),
};

describe('rotation controller', () => {
  let source: RotationSource;
  let host: FakeHost;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(vn('2020-05-15T08:00'));
    source = { clock, bundle, screenId: 'lobby', datesKnown: true };
    host = new FakeHost();
  });
  afterEach(() => {
    host.disconnect();
    vi.useRealTimers();
  });

  function start(atBoundary?: () => void) {
    const rotation = new RotationController(host, { source: () => source, ...(atBoundary ? { atBoundary } : {}) });
    expect(host.controllers).toEqual([rotation]);
    host.connect();
    return rotation;
  }

  it('plays nothing before there is a bundle, then the playlist for now from its first slide', () => {
    const rotation = start();
    source = { ...source, bundle: undefined };
    rotation.advance();
    expect(rotation.state).toBeUndefined();
    source = { ...source, bundle };
    rotation.advance();
    const expected = buildPlaylist(bundle, vn('2020-05-15T08:00'), 'lobby', 'landscape').slides;
    expect(rotation.playlist?.phaseId).toBe('phase-2');
    expect(rotation.state?.slide.id).toBe(expected[0]!.id);
    expect(rotation.state?.endsAt).toBe(vn('2020-05-15T08:00') + expected[0]!.durationMs);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('moves to the next slide when the slide ends, not a moment before, and goes round', () => {
    const rotation = start();
    rotation.advance();
    const slides = rotation.playlist!.slides;
    expect(slides.length).toBeGreaterThan(2);
    const first = rotation.state!;
    expect(rotation.plannedRealMs).toBe(first.slide.durationMs);
    vi.advanceTimersByTime(first.slide.durationMs - 1);
    expect(rotation.state).toBe(first);
    vi.advanceTimersByTime(1);
    expect(rotation.state?.slide.id).toBe(slides[1]!.id);
    expect(rotation.state?.startedAt).toBe(first.endsAt);
    const seen = [first.slide.id, rotation.state!.slide.id];
    for (let step = 2; step <= slides.length; step++) {
      vi.advanceTimersByTime(rotation.state!.endsAt - Date.now());
      seen.push(rotation.state!.slide.id);
    }
    expect(seen).toEqual([...slides.map((slide) => slide.id), slides[0]!.id]);
  });

  it('a wait longer than a timer holds (2³¹−1 ms) is waited in parts, never taken for zero', () => {
    // A clock so slow that a 12 s slide lasts 138 days of real time.
    const slow: Clock = { now: () => vn('2020-05-15T08:00') + (Date.now() - vn('2020-05-15T08:00')) * 0.000001, speed: 0.000001 };
    source = { ...source, clock: slow };
    const rotation = start();
    rotation.advance();
    const first = rotation.state!.slide.id;
    vi.advanceTimersByTime(60_000);
    expect(rotation.state!.slide.id).toBe(first);
    // The first part (2³¹−1 ms, about 24.8 days) ends, the rest is waited for: still the same slide.
    vi.advanceTimersByTime(2 ** 31);
    expect(rotation.state!.slide.id).toBe(first);
  });

  it('a clip is planned at the screen maximum (the watchdog waits for that), skipped at once, then left out', () => {
    const withVideo: Bundle = {
      ...bundle,
      videos: [{ id: 'chao', src: 'content/media/chao.webm' }],
      screens: bundle.screens.map((screen) =>
        screen.id === 'lobby'
          ? { ...screen, slideKinds: ['video' as const, ...screen.slideKinds.filter((kind) => kind !== 'video')] }
          : screen,
      ),
    };
    const failed = new Set<string>();
    source = { ...source, bundle: withVideo, startAt: 'video:chao', skip: (slide) => failed.has(slide.id) };
    const rotation = start();
    rotation.advance();
    expect(rotation.state?.slide.id).toBe('video:chao');
    expect(rotation.plannedRealMs).toBe(120_000);
    // The clip cannot play: the app marks it and moves on at once.
    failed.add('video:chao');
    rotation.skipSoon();
    vi.advanceTimersByTime(1);
    expect(rotation.state?.slide.id).not.toBe('video:chao');
    const ids: string[] = [];
    for (let step = 0; step < rotation.playlist!.slides.length + 2; step++) {
      vi.advanceTimersByTime(rotation.plannedRealMs!);
      ids.push(rotation.state!.slide.id);
    }
    expect(ids).not.toContain('video:chao');
    // Were it the only slide, the fallback stands in rather than nothing.
    source = { ...source, bundle: { ...withVideo, screens: withVideo.screens.map((screen) => ({ ...screen, slideKinds: ['video'] })) } };
    rotation.restart();
    expect(rotation.state?.slide.kind).toBe('fallback');
  });

  it('restart starts the playlist afresh from its first slide (a real bundle replacing the built-in stand-in)', () => {
    const rotation = start();
    rotation.advance();
    const first = rotation.state!.slide.id;
    vi.advanceTimersByTime(rotation.plannedRealMs!);
    expect(rotation.state!.slide.id).not.toBe(first);
    rotation.restart();
    expect(rotation.state!.slide.id).toBe(first);
  });

  it('a held slide stays; a start prefix picks the first slide', () => {
    source = { ...source, hold: true, startAt: 'timeline' };
    const rotation = start();
    rotation.advance();
    expect(rotation.state?.slide.id).toBe('timeline');
    vi.advanceTimersByTime(10 * 60_000);
    expect(rotation.state?.slide.id).toBe('timeline');
    expect(rotation.plannedRealMs).toBeUndefined();
  });

  it('calls atBoundary at each change, before the next slide is chosen: a bundle swapped there plays from that slide on', () => {
    const other: Bundle = { ...bundle, slogans: [{ id: 'only', text: 'Một khẩu hiệu mới' }] };
    let boundaries = 0;
    let swap = false;
    const rotation = start(() => {
      boundaries++;
      if (swap) source = { ...source, bundle: other };
    });
    rotation.advance();
    expect(boundaries).toBe(1);
    vi.advanceTimersByTime(rotation.state!.slide.durationMs - 1);
    expect(boundaries).toBe(1);
    swap = true;
    vi.advanceTimersByTime(1);
    expect(boundaries).toBe(2);
    // The one slogan comes back between the other items (the loop's rhythm), and no other slogan does.
    expect(new Set(rotation.playlist!.slides.filter((slide) => slide.kind === 'slogan').map((slide) => slide.id))).toEqual(
      new Set(['slogan:only']),
    );
  });

  it('goes dark at the start of the off hours (cutting the slide short), checks the clock every minute, and wakes at their end', () => {
    vi.setSystemTime(vn('2020-05-15T21:59:55'));
    source = { ...source, bundle: nightly };
    const rotation = start();
    rotation.advance();
    expect(rotation.asleepUntil).toBeUndefined();
    expect(rotation.state?.endsAt).toBe(vn('2020-05-15T22:00'));
    vi.advanceTimersByTime(5_000);
    expect(rotation.state).toBeUndefined();
    expect(rotation.asleepUntil).toBe(vn('2020-05-16T06:00'));
    expect(rotation.plannedRealMs).toBe(60_000);
    vi.advanceTimersByTime(8 * 3600_000 - 1_001);
    expect(rotation.asleepUntil).toBe(vn('2020-05-16T06:00'));
    vi.advanceTimersByTime(1_001);
    expect(rotation.asleepUntil).toBeUndefined();
    expect(rotation.state?.slide.id).toBe(rotation.playlist!.slides[0]!.id);
    expect(rotation.state?.startedAt).toBe(vn('2020-05-16T06:00'));
  });

  it('upcoming() names the slide the boundary brings while nothing changes; nothing when held, asleep or going dark', () => {
    const rotation = start();
    expect(rotation.upcoming()).toBeUndefined();
    rotation.advance();
    for (let step = 0; step < rotation.playlist!.slides.length + 1; step++) {
      const guess = rotation.upcoming();
      const before = rotation.state!;
      vi.advanceTimersByTime(before.endsAt - Date.now());
      expect(rotation.state).not.toBe(before);
      expect(guess?.id).toBe(rotation.state!.slide.id);
    }
    // Held: no boundary comes.
    source = { ...source, hold: true };
    expect(rotation.upcoming()).toBeUndefined();
    // The slide cut short by the off hours is followed by a dark screen, not a slide.
    vi.setSystemTime(vn('2020-05-15T21:59:55'));
    source = { ...source, hold: false, bundle: nightly };
    rotation.advance();
    expect(rotation.state?.endsAt).toBe(vn('2020-05-15T22:00'));
    expect(rotation.upcoming()).toBeUndefined();
    vi.advanceTimersByTime(5_000);
    expect(rotation.asleepUntil).toBeDefined();
    expect(rotation.upcoming()).toBeUndefined();
  });

  it('keeps playing through the off hours while the dates cannot be trusted', () => {
    vi.setSystemTime(vn('2020-05-15T23:00'));
    source = { ...source, bundle: nightly, datesKnown: false };
    const rotation = start();
    rotation.advance();
    expect(rotation.asleepUntil).toBeUndefined();
    expect(rotation.playlist?.phaseId).toBeUndefined();
    expect(rotation.state).toBeDefined();
  });

  it('skipSoon moves on in a task of its own, once however often it is asked', () => {
    const rotation = start();
    rotation.advance();
    const slides = rotation.playlist!.slides;
    rotation.skipSoon();
    rotation.skipSoon();
    expect(rotation.state?.slide.id).toBe(slides[0]!.id);
    vi.advanceTimersByTime(0);
    expect(rotation.state?.slide.id).toBe(slides[1]!.id);
  });

  it('stops every timer when the host is disconnected, and takes up the slide again when it is connected', () => {
    const rotation = start();
    rotation.advance();
    const first = rotation.state!;
    rotation.skipSoon();
    host.disconnect();
    vi.advanceTimersByTime(60 * 60_000);
    expect(rotation.state).toBe(first);
    host.connect();
    // Long overdue: the next slide comes after the shortest real time a slide stays up.
    vi.advanceTimersByTime(MIN_REAL_MS - 1);
    expect(rotation.state).toBe(first);
    vi.advanceTimersByTime(1);
    expect(rotation.state?.slide.id).toBe(rotation.playlist!.slides[1]!.id);
  });
});
