/** The header and ticker around the slides, written once for the player (and the preview). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTY, frameChrome } from '../../src/schedule/frame-chrome';
import { buildPlaylist } from '../../src/schedule/playlist';
import type { Bundle } from '../../src/content/schema';
import { loadBundle, vn } from '../helpers';

const bundle = loadBundle();

describe('frameChrome', () => {
  it('before any bundle: the party line and nothing else but the time (in the default zone)', () => {
    const at = vn('2026-11-27T10:05');
    expect(frameChrome(undefined, undefined, at, true)).toEqual({
      party: DEFAULT_PARTY,
      unit: '',
      phaseLabel: '',
      clock: '10:05',
      day: 'Thứ Sáu, 27/11/2026',
      ticker: [],
    });
  });

  it('in a phase: the organisation, the phase with its dates, the time and day in the bundle zone', () => {
    const at = vn('2020-05-15T08:00');
    const playlist = buildPlaylist(bundle, at, 'lobby');
    const chrome = frameChrome(bundle, playlist, at, true);
    expect(chrome).toMatchObject({
      party: bundle.organization.party,
      unit: bundle.organization.committee,
      phaseLabel: `Đợt ${playlist.phase!.number} · ${playlist.phase!.dateLabel}`,
      clock: '08:00',
      day: 'Thứ Sáu, 15/05/2020',
    });
    expect(playlist.phase).toBeDefined();
    const other: Bundle = { ...bundle, timeZone: 'UTC' };
    expect(frameChrome(other, buildPlaylist(other, at, 'lobby'), at, true).clock).toBe('01:00');
  });

  it('the ticker runs the slogans the schedule plays now, each once, in order, and only on a screen with a ticker', () => {
    const at = vn('2020-05-15T08:00');
    const playlist = buildPlaylist(bundle, at, 'lobby');
    const slogans = [...new Set(playlist.slides.flatMap((slide) => (slide.kind === 'slogan' ? [slide.text] : [])))];
    expect(playlist.screen.ticker).toBe(true);
    expect(slogans.length).toBeGreaterThan(0);
    expect(frameChrome(bundle, playlist, at, true).ticker).toEqual(slogans);
    const noTicker = { ...playlist, screen: { ...playlist.screen, ticker: false } };
    expect(frameChrome(bundle, noTicker, at, true).ticker).toEqual([]);
  });

  it('with a clock that cannot be trusted: no time, no day', () => {
    const at = vn('2020-05-15T08:00');
    const chrome = frameChrome(bundle, buildPlaylist(bundle, at, 'lobby', undefined, { evergreen: true }), at, false);
    expect(chrome).toMatchObject({ clock: '', day: '', phaseLabel: '', party: bundle.organization.party });
  });
});
