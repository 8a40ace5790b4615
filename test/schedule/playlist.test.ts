import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPlaylist } from '../../src/schedule/playlist';
import { SLIDE_KINDS, type Bundle } from '../../src/content/schema';
import { loadBundle, vn } from '../helpers';
import { instantArb, phasesArb } from '../support/arbitraries';

const bundle = loadBundle();
const minimal = loadBundle('test/fixtures/minimal.json');
/** A fresh copy of content/bundle.json, to change in a test. */
const defaultBundle = () => loadBundle();

describe('playlist', () => {
  const kinds = (instant: number, screen?: string) => buildPlaylist(bundle, instant, screen).slides.map((slide) => slide.kind);

  it('during a phase: every kind of the screen, phase messages included and complete', () => {
    const playlist = buildPlaylist(bundle, vn('2020-05-15T08:00'));
    expect(playlist.phaseId).toBe('phase-2');
    expect(new Set(kinds(vn('2020-05-15T08:00')))).toEqual(new Set(['slogan', 'phase', 'milestone', 'countdown', 'theme', 'timeline']));
    const shown = playlist.slides.flatMap((slide) => (slide.kind === 'phase' ? slide.parts.map((part) => part.text) : [])).join(' ');
    for (const message of bundle.phases[1]!.messages) expect(shown.replace(/\s+/g, ' ')).toContain(message.replace(/\s+/g, ' '));
  });

  it('after the campaign (today): nothing stale, the campaign as a record (the timeline); slogans and milestones end with their congress', () => {
    const playlist = buildPlaylist(bundle, vn('2026-11-27T10:05'));
    expect(playlist.phaseId).toBeUndefined();
    expect(playlist.fallback).toBe(false);
    expect(playlist.slides.map((slide) => slide.kind)).toEqual(['timeline']);
    // A screen that shows neither timeline nor phases: the organization and the clock.
    expect(buildPlaylist(bundle, vn('2026-11-27T10:05'), 'slogans-only').slides.map((slide) => slide.kind)).toEqual(['fallback']);
    // The college's congress XXIV (June 2020): its slogan plays through its last day, not after.
    const sloganIds = (local: string) =>
      buildPlaylist(bundle, vn(local)).slides.flatMap((slide) => (slide.kind === 'slogan' ? [slide.id] : []));
    expect(sloganIds('2020-06-30T23:59')).toContain('slogan:slogan-1');
    expect(sloganIds('2020-07-01T00:00')).not.toContain('slogan:slogan-1');
    // The national congress XIII's last day: its slogans and the plan's figures still play.
    expect(new Set(kinds(vn('2021-02-01T20:00')))).toEqual(new Set(['slogan', 'milestone', 'countdown', 'phase', 'timeline', 'theme']));
    expect(sloganIds('2021-02-02T00:00')).toEqual([]);
  });

  it('before the campaign: slogans, milestones, timeline and countdowns', () => {
    expect(new Set(kinds(vn('2019-12-01')))).toEqual(new Set(['slogan', 'milestone', 'timeline', 'countdown']));
  });

  it('honours the screen profile: kinds, durations', () => {
    const playlist = buildPlaylist(bundle, vn('2020-05-15'), 'slogans-only');
    expect(new Set(playlist.slides.map((slide) => slide.kind))).toEqual(new Set(['slogan', 'countdown']));
    expect(playlist.slides.every((slide) => slide.durationMs === 10_000)).toBe(true);
    const lobby = buildPlaylist(bundle, vn('2020-05-15'), 'lobby');
    expect(lobby.slides.find((slide) => slide.kind === 'phase')!.durationMs).toBe(15_000);
    expect(lobby.slides.find((slide) => slide.kind === 'slogan')!.durationMs).toBe(12_000);
  });

  it('an unknown screen id falls back to the default screen', () => {
    expect(buildPlaylist(bundle, vn('2020-05-15'), 'nope').screen.id).toBe('lobby');
  });

  it('validity windows and phase-bound slogans', () => {
    const custom: Bundle = {
      ...minimal,
      slogans: [
        { id: 'always', text: 'Luôn luôn' },
        { id: 'april', text: 'Tháng tư', from: '2020-04-01', until: '2020-04-30' },
        { id: 'p1-only', text: 'Chỉ đợt một', phases: ['p1'] },
        { id: 'morning', text: 'Buổi sáng', from: '2020-04-10T08:00', until: '2020-04-10T12:00' },
      ],
    };
    const texts = (local: string) =>
      buildPlaylist(custom, vn(local)).slides.flatMap((slide) => (slide.kind === 'slogan' ? [slide.text] : []));
    expect(texts('2020-03-15')).toEqual(['Luôn luôn', 'Chỉ đợt một']);
    expect(texts('2020-04-30T23:59')).toEqual(['Luôn luôn', 'Tháng tư']);
    expect(texts('2020-05-01T00:00')).toEqual(['Luôn luôn']);
    expect(texts('2020-04-10T07:59')).toEqual(['Luôn luôn', 'Tháng tư']);
    expect(texts('2020-04-10T08:00')).toEqual(['Luôn luôn', 'Tháng tư', 'Buổi sáng']);
  });

  it('an urgent announcement preempts the rotation while valid, then the rotation returns', () => {
    const custom: Bundle = {
      ...minimal,
      announcements: [
        { id: 'normal', text: 'Thông báo thường' },
        { id: 'alarm', text: 'Sơ tán khẩn cấp', priority: 'urgent', from: '2020-05-15T08:00', until: '2020-05-15T09:00' },
      ],
      screens: [{ ...minimal.screens[0]!, slideKinds: ['slogan', 'announcement'] }],
    };
    expect(buildPlaylist(custom, vn('2020-05-15T08:30')).slides.map((slide) => slide.id)).toEqual(['announcement:alarm']);
    expect(buildPlaylist(custom, vn('2020-05-15T09:01')).slides.map((slide) => slide.id)).toEqual(['slogan:s1', 'announcement:normal']);
  });

  it('interleaves kinds so none starves; a phase’s pages come in order, at most three in a row, with other items between', () => {
    // Portrait, where phase 2's messages take more than three pages (three in landscape, under a one-line running head).
    const slides = buildPlaylist(bundle, vn('2020-05-15'), undefined, 'portrait').slides;
    expect(slides[0]!.kind).toBe('slogan');
    const phasePages = slides.flatMap((slide) => (slide.kind === 'phase' ? [slide.page] : []));
    expect(phasePages.length).toBeGreaterThan(3);
    expect(phasePages).toEqual(phasePages.map((_, index) => index + 1));
    const runs = slides
      .map((slide) => slide.kind)
      .join(' ')
      .match(/(phase ?)+/g)!;
    expect(runs.length).toBeGreaterThan(1);
    expect(Math.max(...runs.map((run) => run.trim().split(' ').length))).toBeLessThanOrEqual(3);
  });

  it('an empty or unusable bundle yields the fallback slide, never nothing', () => {
    const empty: Bundle = { ...minimal, slogans: [], phases: [], events: [], milestones: [] };
    const playlist = buildPlaylist(empty, vn('2020-05-15'));
    expect(playlist.fallback).toBe(true);
    expect(playlist.slides).toEqual([expect.objectContaining({ kind: 'fallback', unit: 'Trường Thử nghiệm' })]);
  });

  it('is deterministic', () => {
    expect(buildPlaylist(bundle, vn('2020-09-10T10:00'))).toEqual(buildPlaylist(bundle, vn('2020-09-10T10:00')));
  });

  it('timeline: five bars in order, today marked inside the campaign, none after it', () => {
    const timeline = buildPlaylist(bundle, vn('2020-05-15')).slides.find((slide) => slide.kind === 'timeline');
    if (timeline?.kind !== 'timeline') throw new Error('no timeline');
    expect(timeline.bars.map((bar) => bar.id)).toEqual(['phase-1', 'phase-2', 'phase-3', 'phase-4', 'phase-5']);
    expect(timeline.bars.find((bar) => bar.active)?.id).toBe('phase-2');
    expect(timeline.today).toBeGreaterThan(timeline.bars[1]!.from);
    expect(timeline.today).toBeLessThan(timeline.bars[1]!.to);
    expect(timeline.activeTitle).toBe(bundle.phases[1]!.title);
    const after = buildPlaylist(bundle, vn('2026-11-27')).slides.find((slide) => slide.kind === 'timeline');
    expect(after?.kind === 'timeline' && after.today).toBeNull();
  });
});

describe('property-based', () => {
  it('the playlist is never empty, whatever the screen kinds and the instant', () => {
    fc.assert(
      fc.property(phasesArb, instantArb, fc.subarray([...SLIDE_KINDS]), fc.boolean(), (phases, instant, slideKinds, withSlogans) => {
        const candidate: Bundle = {
          ...bundle,
          phases,
          slogans: withSlogans ? bundle.slogans : [],
          screens: [{ ...bundle.screens[0]!, slideKinds }],
          settings: { ...bundle.settings, defaultScreen: bundle.screens[0]!.id },
        };
        const playlist = buildPlaylist(candidate, instant);
        expect(playlist.slides.length).toBeGreaterThan(0);
        // Only short items (slogans, countdowns) come more than once a loop.
        const others = playlist.slides.filter((slide) => slide.kind !== 'slogan' && slide.kind !== 'countdown');
        expect(new Set(others.map((slide) => slide.id)).size).toBe(others.length);
      }),
    );
  });
});

describe('orientation', () => {
  it('pages text for the display as mounted, whatever the profile says', () => {
    const pages = (orientation?: 'portrait' | 'landscape') =>
      buildPlaylist(bundle, vn('2020-05-15'), 'lobby', orientation).slides.filter((slide) => slide.kind === 'phase').length;
    expect(pages('portrait')).toBeGreaterThan(pages('landscape'));
    expect(pages()).toBe(pages('landscape'));
  });
});

describe('clock sanity', () => {
  it('with a wrong clock the playlist is evergreen: slogans and milestones, no phase, no countdown', () => {
    // The default content ties every slogan and figure to a congress: with no date, none can be placed.
    expect(buildPlaylist(defaultBundle(), 0, 'lobby', 'landscape', { evergreen: true }).fallback).toBe(true);
    const bundle = defaultBundle();
    for (const item of [...bundle.slogans, ...bundle.milestones]) delete item.event;
    const playlist = buildPlaylist(bundle, 0, 'lobby', 'landscape', { evergreen: true });
    expect(playlist.phaseId).toBeUndefined();
    expect(new Set(playlist.slides.map((slide) => slide.kind))).toEqual(new Set(['slogan', 'milestone']));
    expect(playlist.slides.filter((slide) => slide.kind === 'slogan')).toHaveLength(bundle.slogans.length);
    // Slogans tied to a phase or a date cannot be placed without a date.
    bundle.slogans[0]!.phases = ['phase-2'];
    bundle.slogans[1]!.until = '2020-03-01';
    expect(
      buildPlaylist(bundle, 0, 'lobby', 'landscape', { evergreen: true }).slides.filter((slide) => slide.kind === 'slogan'),
    ).toHaveLength(bundle.slogans.length - 2);
  });
  it('a screen with only dated kinds falls back to the organisation slide, never to nothing', () => {
    const playlist = buildPlaylist(defaultBundle(), 0, 'slogans-only', 'landscape', { evergreen: true });
    expect(playlist.slides.length).toBeGreaterThan(0);
    const onlyCountdowns = defaultBundle();
    onlyCountdowns.screens[0]!.slideKinds = ['countdown', 'phase'];
    const fallback = buildPlaylist(onlyCountdowns, 0, 'lobby', 'landscape', { evergreen: true });
    expect(fallback.fallback).toBe(true);
    expect(fallback.slides.map((slide) => slide.kind)).toEqual(['fallback']);
  });
});
