import { describe, expect, it } from 'vitest';
import { upcomingEvents } from '../../src/schedule/events';
import { inEachProcessZone, loadBundle, vn } from '../helpers';

const bundle = loadBundle();

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
