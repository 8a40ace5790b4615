import { describe, expect, it } from 'vitest';
import { changeDays, dayPlan, everySlide, slideSummary } from '../../src/preview/day-playlist';
import { buildPlaylist } from '../../src/schedule/playlist';
import { instantOf } from '../../src/schedule/time';
import { loadBundle } from '../helpers';

const bundle = loadBundle();

describe('the day playlist', () => {
  it('is the schedule engine’s playlist at that moment, each slide with its start in the cycle', () => {
    const plan = dayPlan(bundle, '2020-05-15', '08:00');
    expect(plan.instant).toBe(instantOf('2020-05-15T08:00', bundle.timeZone));
    expect(plan.playlist).toEqual(buildPlaylist(bundle, plan.instant));
    expect(plan.rows.map((row) => row.position)).toEqual(plan.playlist.slides.map((_, index) => index + 1));
    expect(plan.rows[0]!.offsetMs).toBe(0);
    for (let index = 1; index < plan.rows.length; index++)
      expect(plan.rows[index]!.offsetMs).toBe(plan.rows[index - 1]!.offsetMs + plan.rows[index - 1]!.durationMs);
    expect(plan.cycleMs).toBe(plan.playlist.slides.reduce((sum, slide) => sum + slide.durationMs, 0));
  });

  it('says what a slide shows in one line, cut short with an ellipsis', () => {
    const slogan = dayPlan(bundle, '2020-05-15', '08:00').playlist.slides.find((slide) => slide.kind === 'slogan')!;
    expect(slideSummary(slogan)).toBe(slogan.kind === 'slogan' ? slogan.text : '');
    const short = slideSummary(slogan, 10);
    expect([...short]).toHaveLength(10);
    expect(short.endsWith('…')).toBe(true);
  });

  it('lists the days on which what plays can change: a phase’s first day and the day after its last, and their neighbours', () => {
    const days = changeDays(bundle);
    expect(days).toEqual([...days].sort());
    expect(days).toEqual(expect.arrayContaining(['2019-12-31', '2020-01-01', '2020-03-31', '2020-04-01', '2020-07-01', '2021-02-02']));
  });

  it('gathers every slide a screen can play, once each, the chosen day’s as they are that day, in the screen’s kind order', () => {
    const samples = everySlide(bundle, '2020-05-15', '08:00', 'slogans-only');
    const ids = samples.map((sample) => sample.slide.id);
    expect(new Set(ids).size).toBe(ids.length);
    // After the campaign the slogans have ended with their congresses: this screen then shows the organization and the clock.
    expect(new Set(samples.map((sample) => sample.slide.kind))).toEqual(new Set(['slogan', 'countdown', 'fallback']));
    const kinds = samples.map((sample) => sample.slide.kind);
    expect(kinds.lastIndexOf('slogan')).toBeLessThan(kinds.indexOf('countdown'));
    const today = dayPlan(bundle, '2020-05-15', '08:00', 'slogans-only').playlist.slides;
    for (const slide of today) expect(samples.find((sample) => sample.slide.id === slide.id)).toEqual({ slide, date: '2020-05-15' });
    expect(samples.length).toBeGreaterThan(today.length);
  });
});
