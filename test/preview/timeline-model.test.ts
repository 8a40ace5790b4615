import { describe, expect, it } from 'vitest';
import { addDays, dateAt, positionOf, timelineModel } from '../../src/preview/timeline-model';
import { loadBundle } from '../helpers';

const bundle = loadBundle();

describe('the timeline model', () => {
  it('counts calendar days across months, years and leap days', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });

  it('spans the campaign from its first start to its last end, phases and congresses in date order', () => {
    const model = timelineModel(bundle, '2020-05-15');
    expect([model.first, model.last, model.days]).toEqual(['2020-01-01', '2021-02-01', 398]);
    expect(model.phases.map((phase) => phase.id)).toEqual(['phase-1', 'phase-2', 'phase-3', 'phase-4', 'phase-5']);
    expect(model.events.map((event) => event.id)).toEqual(['event-truong-xxiv', 'event-khoi-xx', 'event-tinh-xix', 'event-toan-quoc-xiii']);
    expect(model.phases.filter((phase) => phase.inferred).map((phase) => phase.id)).toEqual(['phase-4', 'phase-5']);
    expect(model.events.map((event) => event.approximate)).toEqual([true, true, false, false]);
  });

  it('places a bar from the start of its first day to the end of its last', () => {
    const model = timelineModel(bundle, '2020-05-15');
    const [first, second] = model.phases;
    expect(first!.x0).toBe(0);
    expect(first!.x1).toBe(91 / 398); // 1 January to 31 March 2020: 91 days
    expect(second!.x0).toBe(first!.x1);
    expect(model.phases.at(-1)!.x1).toBe(1);
    const congress = model.events.find((event) => event.id === 'event-tinh-xix')!;
    expect([congress.start, congress.end]).toEqual(['2020-10-14', '2020-10-16']);
    expect(congress.x1 - congress.x0).toBeCloseTo(3 / 398, 12);
  });

  it('marks today in the middle of its day, and only when it is on the axis', () => {
    expect(timelineModel(bundle, '2020-01-01').today).toEqual({ date: '2020-01-01', x: 0.5 / 398 });
    expect(timelineModel(bundle, '2019-12-31').today).toBeUndefined();
    expect(timelineModel(bundle, '2021-02-02').today).toBeUndefined();
  });

  it('ticks the first of every month, with the year on the first tick and on January', () => {
    const ticks = timelineModel(bundle, '2020-05-15').ticks;
    expect(ticks).toHaveLength(14);
    expect(ticks.map((tick) => tick.date).slice(0, 3)).toEqual(['2020-01-01', '2020-02-01', '2020-03-01']);
    expect(ticks.filter((tick) => tick.showYear).map((tick) => tick.date)).toEqual(['2020-01-01', '2021-01-01']);
  });

  it('finds the day under a point of the axis, clamped, and the point of a day', () => {
    const model = timelineModel(bundle, '2020-05-15');
    expect(dateAt(model, 0)).toBe('2020-01-01');
    expect(dateAt(model, 0.9999)).toBe('2021-02-01');
    expect(dateAt(model, -3)).toBe('2020-01-01');
    expect(dateAt(model, 7)).toBe('2021-02-01');
    for (const date of ['2020-01-01', '2020-05-15', '2020-10-16', '2021-02-01']) expect(dateAt(model, positionOf(model, date)!)).toBe(date);
    expect(positionOf(model, '2019-12-31')).toBeUndefined();
    expect(positionOf(model, '2021-02-02')).toBeUndefined();
  });

  it('draws an empty campaign as today alone', () => {
    const model = timelineModel({ phases: [], events: [] }, '2020-05-15');
    expect([model.first, model.last, model.days, model.phases, model.events]).toEqual(['2020-05-15', '2020-05-15', 1, [], []]);
  });
});
