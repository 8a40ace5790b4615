/** The loop's rhythm for people walking past: short items often, long texts in turns. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrange, itemOf, rhythmGaps } from '../../src/schedule/rhythm';
import { buildPlaylist, isNearCountdown, rhythmOf, type Orientation, type Slide } from '../../src/schedule/playlist';
import { SLIDE_KINDS, type Bundle, type Screen } from '../../src/content/schema';
import { instantOf } from '../../src/schedule/time';
import { loadBundle, vn } from '../helpers';

const bundle = loadBundle();

/** Every calendar day from `first` to `last`, inclusive. */
function days(first: string, last: string): string[] {
  const out: string[] = [];
  for (let day = Date.parse(`${first}T00:00Z`); day <= Date.parse(`${last}T00:00Z`); day += 86_400_000)
    out.push(new Date(day).toISOString().slice(0, 10));
  return out;
}

const isShort = (screen: Screen) => (slide: Slide) => slide.kind === 'slogan' || isNearCountdown(slide, screen);

/** The rules a loop keeps, whatever the day and the screen. */
function expectRhythm(slides: readonly Slide[], screen: Screen, context: string) {
  const { shortEverySeconds, pagesInRow } = rhythmOf(screen);
  const limit = shortEverySeconds * 1000;
  const longestSlide = Math.max(...slides.map((slide) => slide.durationMs));
  const measure = rhythmGaps(slides, isShort(screen), (slide) => isNearCountdown(slide, screen));
  const hasShort = slides.some(isShort(screen));
  if (hasShort)
    expect(measure.longestWithoutShort, `${context}: longest without a short item`).toBeLessThanOrEqual(Math.max(limit, longestSlide));
  for (const [id, gap] of measure.longestWithout)
    expect(gap, `${context}: longest without ${id}`).toBeLessThanOrEqual(Math.max(limit, longestSlide));
  if (hasShort) expect(measure.longestRun, `${context}: pages of one item in a row`).toBeLessThanOrEqual(pagesInRow);
  // Every item once: the pages of each phase and theme exactly once, in order.
  const paged = slides.filter((slide) => 'pages' in slide);
  expect(new Set(paged.map((slide) => slide.id)).size, `${context}: each page once`).toBe(paged.length);
  for (const slide of paged) {
    if (!('pages' in slide)) continue;
    const item = slide.id.slice(0, slide.id.lastIndexOf(':'));
    const pages = paged.filter((other) => other.id.startsWith(`${item}:`));
    expect(pages.length, `${context}: ${item} complete`).toBe(slide.pages);
  }
}

/**
 * Long texts take turns: leaving the short items aside, no text shows more than `pagesInRow` pages
 * before another text has its turn, while another text still has pages to come (the texts alternate
 * instead of one filling the loop).
 */
function expectTurns(slides: readonly Slide[], screen: Screen, context: string) {
  const items = slides.filter((slide) => !isShort(screen)(slide)).map(itemOf);
  let start = 0;
  for (let index = 1; index <= items.length; index++) {
    if (index < items.length && items[index] === items[start]) continue;
    const othersAfter = items.slice(index).some((item) => item !== items[start]);
    if (othersAfter)
      expect(index - start, `${context}: ${items[start]} pages before another text`).toBeLessThanOrEqual(rhythmOf(screen).pagesInRow);
    start = index;
  }
}

describe('rhythm: every day of the campaign, every screen profile, both ways up', () => {
  const first = bundle.phases[0]!.start;
  const last = bundle.events
    .map((event) => event.end ?? event.start)
    .sort()
    .at(-1)!;
  const allDays = days(addDays(first, -14), addDays(last, 14));

  it('a short item at least every minute, a near countdown at least every minute, no item more than 3 pages in a row', () => {
    expect(allDays.length).toBeGreaterThan(400);
    for (const screen of bundle.screens)
      for (const orientation of ['landscape', 'portrait'] as Orientation[])
        for (const day of allDays)
          for (const time of ['00:00', '10:00']) {
            const playlist = buildPlaylist(bundle, instantOf(`${day}T${time}`, bundle.timeZone), screen.id, orientation);
            expectRhythm(playlist.slides, screen, `${screen.id} ${orientation} ${day} ${time}`);
            expectTurns(playlist.slides, screen, `${screen.id} ${orientation} ${day} ${time}`);
            // Every day of the campaign, every screen has a short item to keep the rule with (no day without a slogan).
            if (day >= first && day <= last)
              expect(playlist.slides.some(isShort(screen)), `${screen.id} ${orientation} ${day} ${time}: a short item`).toBe(true);
          }
  }, 120_000);

  it('every congress dated exactly: from 7 days before to its last day, its countdown at least once a minute, on every screen and both ways up', () => {
    const exact = bundle.events.filter((event) => !event.approximate && event.countdown !== false);
    expect(exact.map((event) => event.id)).toEqual(['event-tinh-xix', 'event-toan-quoc-xiii']);
    for (const event of exact)
      for (const screen of bundle.screens.filter((candidate) => candidate.slideKinds.includes('countdown')))
        for (const orientation of ['landscape', 'portrait'] as Orientation[])
          for (const day of days(addDays(event.start, -rhythmOf(screen).countdownDays), event.end ?? event.start)) {
            const slides = buildPlaylist(bundle, instantOf(`${day}T10:00`, bundle.timeZone), screen.id, orientation).slides;
            const id = `countdown:${event.id}`;
            const context = `${event.id} ${screen.id} ${orientation} ${day}`;
            expect(
              slides.some((slide) => slide.id === id),
              context,
            ).toBe(true);
            const gap = rhythmGaps(
              slides,
              () => false,
              (slide) => slide.id === id,
            ).longestWithout.get(id)!;
            expect(gap, context).toBeLessThanOrEqual(rhythmOf(screen).shortEverySeconds * 1000);
          }
  });

  it('the week before a congress and while it runs, its countdown is on screen at least once a minute', () => {
    for (const screen of bundle.screens.filter((candidate) => candidate.slideKinds.includes('countdown'))) {
      for (const day of days('2020-10-07', '2020-10-16')) {
        const slides = buildPlaylist(bundle, instantOf(`${day}T10:00`, bundle.timeZone), screen.id).slides;
        const countdown = slides.filter((slide) => slide.id === 'countdown:event-tinh-xix');
        expect(countdown.length, `${screen.id} ${day}`).toBeGreaterThan(0);
        const gap = rhythmGaps(
          slides,
          () => false,
          (slide) => slide.id === 'countdown:event-tinh-xix',
        ).longestWithout.get('countdown:event-tinh-xix')!;
        expect(gap, `${screen.id} ${day}`).toBeLessThanOrEqual(60_000);
      }
      // Eight days before, it is one item among others, not every minute.
      const before = buildPlaylist(bundle, vn('2020-10-06T10:00'), screen.id).slides.filter(
        (slide) => slide.id === 'countdown:event-tinh-xix',
      );
      expect(before.length).toBeLessThanOrEqual(1);
    }
  });

  it('13 Oct 2020 and 15 May 2020: figures that were 5–12 minutes without a slogan or countdown are at most a minute', () => {
    for (const day of ['2020-10-13', '2020-05-15'])
      for (const screen of ['lobby', 'lobby-portrait']) {
        const slides = buildPlaylist(bundle, vn(`${day}T10:00`), screen).slides;
        const measure = rhythmGaps(slides, (slide) => slide.kind === 'slogan' || slide.kind === 'countdown');
        expect(measure.longestWithoutShort, `${day} ${screen}`).toBeLessThanOrEqual(60_000);
        expect(measure.longestRun, `${day} ${screen}`).toBeLessThanOrEqual(3);
      }
  });
});

describe('rhythm: property-based over screen profiles and instants', () => {
  const knobsArb = fc.record({
    shortEverySeconds: fc.integer({ min: 20, max: 180 }),
    pagesInRow: fc.integer({ min: 1, max: 5 }),
    countdownDays: fc.integer({ min: 0, max: 30 }),
  });
  it('the rules hold for any knobs, durations, kinds and instant of the campaign', () => {
    const start = vn('2019-12-01T00:00');
    const end = vn('2021-03-01T00:00');
    fc.assert(
      fc.property(
        knobsArb,
        fc.integer({ min: 3, max: 20 }),
        fc.subarray([...SLIDE_KINDS], { minLength: 1 }),
        fc.constantFrom<Orientation>('landscape', 'portrait'),
        fc.integer({ min: start, max: end }),
        (rhythm, slideSeconds, kinds, orientation, instant) => {
          const screen: Screen = {
            ...bundle.screens[0]!,
            rhythm,
            slideSeconds,
            durations: {},
            slideKinds: ['slogan', ...kinds.filter((kind) => kind !== 'slogan')],
          };
          const candidate: Bundle = { ...bundle, screens: [screen], settings: { ...bundle.settings, defaultScreen: screen.id } };
          const playlist = buildPlaylist(candidate, instant, screen.id, orientation);
          expectRhythm(playlist.slides, screen, JSON.stringify({ rhythm, slideSeconds, kinds, orientation, instant }));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('arrange', () => {
  const slide = (id: string, seconds: number, kind: Slide['kind'] = 'milestone'): Slide =>
    kind === 'slogan'
      ? { kind, id, durationMs: seconds * 1000, text: id }
      : { kind: 'milestone', id, durationMs: seconds * 1000, figure: '1', caption: id };
  const page = (item: string, page: number, pages: number, seconds: number): Slide => ({
    kind: 'theme',
    id: `${item}:${page}`,
    durationMs: seconds * 1000,
    heading: item,
    number: 1,
    parts: [],
    page,
    pages,
  });

  it('for any short items, near countdowns and content whose slides fit the limit, every rule holds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 120 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 3, max: 40 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 3, max: 40 }), { maxLength: 2 }),
        fc.array(
          fc.array(fc.record({ pages: fc.integer({ min: 1, max: 25 }), seconds: fc.integer({ min: 3, max: 40 }) }), { maxLength: 8 }),
          { maxLength: 5 },
        ),
        (limitSeconds, pagesInRow, shortSeconds, urgentSeconds, kinds) => {
          // The rules can hold only if a slide is short beside the limit: at most a third of it.
          const fits = (seconds: number) => seconds * 3 <= limitSeconds;
          fc.pre([...shortSeconds, ...urgentSeconds, ...kinds.flat().map((item) => item.seconds)].every(fits));
          const shorts = shortSeconds.map((seconds, index) => slide(`slogan:${index}`, seconds, 'slogan'));
          const urgent = urgentSeconds.map((seconds, index) => slide(`countdown:${index}`, seconds));
          const content = kinds.map((items, kind) =>
            items.map(({ pages, seconds }, index) =>
              Array.from({ length: pages }, (_, at) => page(`theme:k${kind}i${index}`, at + 1, pages, seconds)),
            ),
          );
          const loop = arrange({ shorts, urgent, content }, { shortEveryMs: limitSeconds * 1000, pagesInRow });
          const all = [...shorts, ...urgent, ...content.flat(2)];
          // Every item at least once; content exactly once, in order.
          for (const item of all) expect(loop).toContain(item);
          const contentSlides = content.flat(2);
          for (const items of content)
            for (const pages of items) expect(loop.filter((candidate) => pages.includes(candidate))).toEqual(pages);
          expect(new Set(loop.filter((candidate) => contentSlides.includes(candidate))).size).toBe(contentSlides.length);
          if (shorts.length + urgent.length === 0 || loop.length === 0) return;
          const isShortSlide = (candidate: Slide) => shorts.includes(candidate) || urgent.includes(candidate);
          const measure = rhythmGaps(loop, isShortSlide, (candidate) => urgent.includes(candidate));
          const longest = Math.max(...loop.map((candidate) => candidate.durationMs));
          const limit = Math.max(limitSeconds * 1000, longest);
          expect(measure.longestWithoutShort).toBeLessThanOrEqual(limit);
          for (const gap of measure.longestWithout.values()) expect(gap).toBeLessThanOrEqual(limit);
          expect(measure.longestRun).toBeLessThanOrEqual(pagesInRow);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('a 19-page text between slogans: runs of 3 pages, a slogan between runs', () => {
    const pages = Array.from({ length: 19 }, (_, at) => page('theme:long', at + 1, 19, 15));
    const loop = arrange(
      { shorts: [slide('slogan:a', 12, 'slogan')], urgent: [], content: [[pages]] },
      { shortEveryMs: 60_000, pagesInRow: 3 },
    );
    expect(loop.map((candidate) => (candidate.kind === 'slogan' ? 'S' : 'p')).join('')).toBe('SpppSpppSpppSpppSpppSpppSp');
  });

  it('a loop where one text runs whole before the next (slogans between its runs) fails the turns check', () => {
    const slogan = slide('slogan:a', 12, 'slogan');
    const a = Array.from({ length: 6 }, (_, at) => page('theme:a', at + 1, 6, 15));
    const b = Array.from({ length: 3 }, (_, at) => page('theme:b', at + 1, 3, 15));
    const sequential = [slogan, ...a.slice(0, 3), slogan, ...a.slice(3), slogan, ...b];
    expect(() => expectTurns(sequential, bundle.screens[0]!, 'sequential')).toThrow(/theme:a pages before another text/);
    const loop = arrange({ shorts: [slogan], urgent: [], content: [[a, b]] }, { shortEveryMs: 60_000, pagesInRow: 3 });
    expect(() => expectTurns(loop, bundle.screens[0]!, 'arranged')).not.toThrow();
  });

  it('a measure that cannot pass: a loop of long text only has no short item', () => {
    const pages = Array.from({ length: 5 }, (_, at) => page('theme:long', at + 1, 5, 15));
    expect(rhythmGaps(pages, (candidate) => candidate.kind === 'slogan')).toMatchObject({
      longestWithoutShort: Infinity,
      longestRun: Infinity,
    });
  });
});

function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);
}
