import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activePhase } from '../../src/schedule/phases';
import { upcomingEvents } from '../../src/schedule/events';
import { buildPlaylist, pageBudget } from '../../src/schedule/playlist';
import { paginate } from '../../src/schedule/paginate';
import { nextSlide, startRotation } from '../../src/schedule/rotation';
import { daysBetween, localDate } from '../../src/schedule/time';
import { parseAt, scaledClock, parseSpeed } from '../../src/schedule/clock';
import { dateSpanLabel, dayLabel } from '../../src/schedule/format';
import { SLIDE_KINDS, type Bundle } from '../../src/content/schema';
import { inEachProcessZone, loadBundle, vn } from '../helpers';

const bundle = loadBundle();
const minimal = loadBundle('test/fixtures/minimal.json');

describe('active phase at the boundaries, whatever the device zone', () => {
  it('23:59:59 on 31 Mar 2020 (Vietnam) is phase 1; 00:00 on 1 Apr is phase 2', () => {
    inEachProcessZone(() => {
      expect(activePhase(bundle, vn('2020-03-31T23:59:59.999'))?.id).toBe('phase-1');
      expect(activePhase(bundle, vn('2020-04-01T00:00:00'))?.id).toBe('phase-2');
      // The same instants seen from UTC: 16:59 and 17:00 on 31 March.
      expect(activePhase(bundle, Date.UTC(2020, 2, 31, 16, 59, 59))?.id).toBe('phase-1');
      expect(activePhase(bundle, Date.UTC(2020, 2, 31, 17, 0, 0))?.id).toBe('phase-2');
    });
  });

  it('the end day is inclusive and the day after belongs to the next phase or none', () => {
    expect(activePhase(bundle, vn('2020-06-30T23:00'))?.id).toBe('phase-2');
    expect(activePhase(bundle, vn('2020-07-01T00:00'))?.id).toBe('phase-3');
    expect(activePhase(bundle, vn('2021-02-01T23:59'))?.id).toBe('phase-5');
    expect(activePhase(bundle, vn('2021-02-02T00:00'))).toBeUndefined();
    expect(activePhase(bundle, vn('2019-12-31T23:59'))).toBeUndefined();
  });

  it('leap day 2020-02-29 is in phase 1 and counts as a day', () => {
    expect(activePhase(bundle, vn('2020-02-29T12:00'))?.id).toBe('phase-1');
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-02-28', '2021-03-01')).toBe(1);
  });
});

describe('countdowns count calendar days in the bundle zone', () => {
  it('counts from the Vietnamese date, not the device date', () => {
    inEachProcessZone(() => {
      // 23:30 on 13 Oct in Vietnam is still 13 Oct there: one day to the provincial congress.
      const status = upcomingEvents(bundle, vn('2020-10-13T23:30')).find((item) => item.event.id === 'event-tinh-xix')!;
      expect(status.daysUntilStart).toBe(1);
      expect(status.state).toBe('upcoming');
      // 30 minutes later it is the day itself.
      expect(upcomingEvents(bundle, vn('2020-10-14T00:00')).find((item) => item.event.id === 'event-tinh-xix')!.state).toBe('today');
    });
  });

  it('an event in progress stays listed until its last day, then drops', () => {
    const during = upcomingEvents(bundle, vn('2021-01-28T10:00'));
    expect(during.map((item) => [item.event.id, item.state])).toEqual([['event-toan-quoc-xiii', 'ongoing']]);
    expect(upcomingEvents(bundle, vn('2021-02-02T00:00'))).toEqual([]);
  });

  it('events are soonest first', () => {
    expect(upcomingEvents(bundle, vn('2020-05-15')).map((item) => item.event.id)).toEqual([
      'event-truong-xxiv',
      'event-khoi-xx',
      'event-tinh-xix',
      'event-toan-quoc-xiii',
    ]);
  });
});

describe('playlist', () => {
  const kinds = (instant: number, screen?: string) => buildPlaylist(bundle, instant, screen).slides.map((slide) => slide.kind);

  it('during a phase: every kind of the screen, phase messages included and complete', () => {
    const playlist = buildPlaylist(bundle, vn('2020-05-15T08:00'));
    expect(playlist.phaseId).toBe('phase-2');
    expect(new Set(kinds(vn('2020-05-15T08:00')))).toEqual(new Set(['slogan', 'phase', 'milestone', 'countdown', 'theme', 'timeline']));
    const shown = playlist.slides.flatMap((slide) => (slide.kind === 'phase' ? slide.parts.map((part) => part.text) : [])).join(' ');
    for (const message of bundle.phases[1]!.messages) expect(shown.replace(/\s+/g, ' ')).toContain(message.replace(/\s+/g, ' '));
  });

  it('after the campaign (today): slogans, milestones and the timeline, no phase, no themes', () => {
    const playlist = buildPlaylist(bundle, vn('2026-11-27T10:05'));
    expect(playlist.phaseId).toBeUndefined();
    expect(playlist.fallback).toBe(false);
    expect(new Set(playlist.slides.map((slide) => slide.kind))).toEqual(new Set(['slogan', 'milestone', 'timeline']));
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

  it('interleaves kinds so none starves, and keeps the pages of one phase together', () => {
    const slides = buildPlaylist(bundle, vn('2020-05-15')).slides;
    expect(slides[0]!.kind).toBe('slogan');
    const phaseIndexes = slides.flatMap((slide, index) => (slide.kind === 'phase' ? [index] : []));
    expect(phaseIndexes.length).toBeGreaterThan(1);
    expect(phaseIndexes).toEqual(phaseIndexes.map((_, offset) => phaseIndexes[0]! + offset));
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
  const dayArb = fc.integer({ min: 0, max: 3 * 365 });
  const base = Date.UTC(2019, 0, 1);
  const isoDay = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
  /** Non-overlapping phases built from sorted cut points, as validation guarantees. */
  const phasesArb = fc.uniqueArray(dayArb, { minLength: 2, maxLength: 12 }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const phases = [];
    for (let index = 0; index + 1 < sorted.length; index += 2) {
      phases.push({
        id: `p${index}`,
        number: index + 1,
        title: 't',
        start: isoDay(sorted[index]!),
        end: isoDay(sorted[index + 1]!),
        messages: ['m'],
      });
    }
    return phases;
  });
  const instantArb = fc.integer({ min: base - 86_400_000 * 30, max: base + 86_400_000 * 1200 });

  it('every instant maps to at most one phase, and activePhase returns it', () => {
    fc.assert(
      fc.property(phasesArb, instantArb, (phases, instant) => {
        const candidate = { ...minimal, phases };
        const today = localDate(instant, candidate.timeZone);
        const containing = phases.filter((phase) => phase.start <= today && today <= phase.end);
        expect(containing.length).toBeLessThanOrEqual(1);
        expect(activePhase(candidate, instant)?.id).toBe(containing[0]?.id);
      }),
    );
  });

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
        expect(new Set(playlist.slides.map((slide) => slide.id)).size).toBe(playlist.slides.length);
      }),
    );
  });

  it('pagination never loses or reorders text and respects the budget', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ minLength: 1, maxLength: 900 })
            .map((text) => text.trim())
            .filter((text) => text !== ''),
          { maxLength: 8 },
        ),
        fc.constantFrom(pageBudget('landscape'), pageBudget('portrait'), pageBudget('portrait', 80)),
        (items, budget) => {
          const pages = paginate(items, budget, 4);
          const letters = (texts: string[]) => texts.join('').replace(/\s+/g, '');
          expect(letters(pages.flat().map((part) => part.text))).toBe(letters(items));
          for (const page of pages) {
            expect(page.length).toBeLessThanOrEqual(4);
            expect(page.reduce((sum, part) => sum + part.text.length, 0)).toBeLessThanOrEqual(budget);
          }
        },
      ),
    );
  });
});

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
});

describe('clock and labels', () => {
  it('?at is read in the bundle zone and the scaled clock runs from it', () => {
    inEachProcessZone(() => {
      const start = parseAt('2020-05-15T08:00', 'Asia/Ho_Chi_Minh')!;
      expect(start).toBe(Date.UTC(2020, 4, 15, 1, 0));
      let real = 1000;
      const clock = scaledClock(start, 60, () => real);
      real += 1000;
      expect(clock.now() - start).toBe(60_000);
    });
    expect(parseAt('2020-02-30', 'Asia/Ho_Chi_Minh')).toBeUndefined();
    expect(parseAt('yesterday', 'Asia/Ho_Chi_Minh')).toBeUndefined();
    expect(parseSpeed('60')).toBe(60);
    expect(parseSpeed('-1')).toBe(1);
    expect(parseSpeed('abc')).toBe(1);
  });

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

describe('orientation', () => {
  it('pages text for the display as mounted, whatever the profile says', () => {
    const pages = (orientation?: 'portrait' | 'landscape') =>
      buildPlaylist(bundle, vn('2020-05-15'), 'lobby', orientation).slides.filter((slide) => slide.kind === 'phase').length;
    expect(pages('portrait')).toBeGreaterThan(pages('landscape'));
    expect(pages()).toBe(pages('landscape'));
  });
});
