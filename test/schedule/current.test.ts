/** Nothing stale: items tied to an event stop after it, and since when nothing is current. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastMoment, nothingCurrentSince, showsAt } from '../../src/schedule/current';
import { buildPlaylist } from '../../src/schedule/playlist';
import { localStamp } from '../../src/schedule/time';
import type { Bundle } from '../../src/content/schema';
import { loadBundle, vn } from '../helpers';

const bundle = loadBundle();

describe('showsAt', () => {
  const events = [{ id: 'e', title: 'Đại hội', shortTitle: 'Đại hội', start: '2020-10-14', end: '2020-10-16' }];
  it('an item tied to an event shows through the event’s last day, not after', () => {
    const item = { event: 'e' };
    expect(showsAt({ events }, item, '2020-10-16T23:59:59.999')).toBe(true);
    expect(showsAt({ events }, item, '2020-10-17T00:00:00.000')).toBe(false);
  });
  it('the earlier of its own "until" and its event’s end wins; "from" still holds', () => {
    expect(lastMoment({ events }, { event: 'e', until: '2020-10-15' })).toBe('2020-10-15T23:59:59.999');
    expect(lastMoment({ events }, { event: 'e', until: '2021-01-01' })).toBe('2020-10-16T23:59:59.999');
    expect(lastMoment({ events }, {})).toBeUndefined();
    expect(showsAt({ events }, { event: 'e', from: '2020-10-15' }, '2020-10-14T12:00:00.000')).toBe(false);
  });
});

describe('nothingCurrentSince', () => {
  it('the default content: current through the national congress XIII’s last day, nothing current from 2 Feb 2021', () => {
    expect(nothingCurrentSince(bundle, vn('2020-05-15T08:00'))).toBeUndefined();
    expect(nothingCurrentSince(bundle, vn('2021-02-01T23:59'))).toBeUndefined();
    expect(nothingCurrentSince(bundle, vn('2021-02-02T00:00'))).toEqual({ since: '2021-02-02' });
    expect(nothingCurrentSince(bundle, vn('2026-11-27T10:00'))).toEqual({ since: '2021-02-02' });
  });

  it('a new slogan with no end makes it current again; one that ended at an hour says that day', () => {
    const withSlogan: Bundle = { ...bundle, slogans: [...bundle.slogans, { id: 'new', text: 'Khẩu hiệu mới!' }] };
    expect(nothingCurrentSince(withSlogan, vn('2026-11-27T10:00'))).toBeUndefined();
    const ended: Bundle = { ...bundle, announcements: [{ id: 'a', text: 'Họp.', until: '2026-03-05T14:00' }] };
    expect(nothingCurrentSince(ended, vn('2026-11-27T10:00'))).toEqual({ since: '2026-03-05' });
  });

  it('a bundle where nothing ever was current: nothing current, since no date', () => {
    const empty: Bundle = { ...bundle, phases: [], slogans: [], milestones: [], events: [], announcements: [] };
    expect(nothingCurrentSince(empty, vn('2026-11-27T10:00'))).toEqual({ since: undefined });
  });

  it('whenever nothing is current, no screen plays a slogan, figure, notice, phase or countdown: only the timeline or the fallback', () => {
    const start = vn('2019-06-01T00:00');
    const end = vn('2027-01-01T00:00');
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.constantFrom(...bundle.screens.map((screen) => screen.id)),
        (instant, screen) => {
          const kinds = new Set(buildPlaylist(bundle, instant, screen).slides.map((slide) => slide.kind));
          const none = nothingCurrentSince(bundle, instant);
          if (none) {
            expect(
              [...kinds].every((kind) => kind === 'timeline' || kind === 'fallback'),
              localStamp(instant, bundle.timeZone),
            ).toBe(true);
            expect(none.since! <= localStamp(instant, bundle.timeZone)).toBe(true);
          } else expect(kinds.has('fallback'), `${screen} ${localStamp(instant, bundle.timeZone)}`).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });
});
