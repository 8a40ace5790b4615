/** The header and ticker around the slides, written once for the player (and the preview). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTY, countdownLine, frameChrome } from '../../src/schedule/frame-chrome';
import { buildPlaylist } from '../../src/schedule/playlist';
import { itemOf } from '../../src/schedule/rhythm';
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

  it('the ticker runs the next countdown, the notices and the slogans, each once, and only on a screen with a ticker', () => {
    const at = vn('2020-05-15T08:00');
    const playlist = buildPlaylist(bundle, at, 'lobby');
    const slogans = [...new Set(playlist.slides.flatMap((slide) => (slide.kind === 'slogan' ? [slide.text] : [])))];
    expect(playlist.screen.ticker).toBe(true);
    expect(slogans.length).toBeGreaterThan(0);
    const ticker = frameChrome(bundle, playlist, at, true).ticker;
    expect(ticker[0]).toBe(
      'Đại hội Đảng bộ Trường Cao đẳng Kinh tế - Kỹ thuật Công Thương lần thứ XXIV, nhiệm kỳ 2020 - 2025: dự kiến tháng 6/2020',
    );
    expect(ticker.slice(1)).toEqual(slogans);
    const noTicker = { ...playlist, screen: { ...playlist.screen, ticker: false } };
    expect(frameChrome(bundle, noTicker, at, true).ticker).toEqual([]);
  });

  it('a notice paged after a picture page with no text runs in the ticker whole, with no stray space', () => {
    const text = 'Họp chi bộ lúc 14 giờ tại hội trường tầng 2. Mời toàn thể đảng viên dự.';
    const withNotice: Bundle = { ...bundle, announcements: [{ id: 'hop', title: 'T'.repeat(120), text, image: 'media/hop.png' }] };
    const at = vn('2020-05-15T08:00');
    const playlist = buildPlaylist(withNotice, at, 'lobby', 'portrait');
    const pages = playlist.slides.filter((slide) => slide.kind === 'announcement');
    expect(pages[0]).toMatchObject({ text: '', image: 'media/hop.png' });
    const slogan = playlist.slides.find((slide) => slide.kind === 'slogan');
    expect(frameChrome(withNotice, playlist, at, true, slogan).ticker).toContain(text);
  });

  it('never repeats the slide on screen: not its slogan, its countdown, its notice; the header drops the phase line under the phase slide', () => {
    const withNotice: Bundle = { ...bundle, announcements: [{ id: 'hop', title: 'Họp', text: 'Họp chi bộ lúc 14 giờ.' }] };
    for (const local of ['2020-05-15T08:00', '2020-10-13T10:00', '2020-10-15T10:00', '2026-11-27T10:00']) {
      const at = vn(local);
      const playlist = buildPlaylist(withNotice, at, 'lobby');
      const shownTexts = new Set<string>();
      for (const slide of playlist.slides) {
        const chrome = frameChrome(withNotice, playlist, at, true, slide);
        const onScreen =
          slide.kind === 'slogan' || slide.kind === 'announcement'
            ? [slide.text]
            : slide.kind === 'countdown'
              ? [countdownLine(slide)]
              : [];
        for (const text of onScreen) expect(chrome.ticker, `${local} ${slide.id}`).not.toContain(text);
        // Something to carry (another slogan, notice or countdown): the ticker is never empty; with nothing, it is not drawn.
        const carried = playlist.slides.some(
          (other) => itemOf(other) !== itemOf(slide) && ['slogan', 'announcement', 'countdown'].includes(other.kind),
        );
        expect(chrome.ticker.length > 0, `${local} ${slide.id}`).toBe(carried);
        if (slide.kind === 'phase') expect(chrome.phaseLabel).toBe('');
        else if (playlist.phase) expect(chrome.phaseLabel).not.toBe('');
        chrome.ticker.forEach((text) => shownTexts.add(text));
      }
      // Over the loop, the ticker carries the notice and (when one is near) the countdown.
      expect(shownTexts, local).toContain('Họp chi bộ lúc 14 giờ.');
      if (local.startsWith('2020-10-1'))
        expect([...shownTexts].some((text) => text.includes('Đảng bộ tỉnh Thanh Hóa lần thứ XIX'))).toBe(true);
    }
    const under = buildPlaylist(bundle, vn('2020-10-15T10:00'), 'lobby');
    expect(frameChrome(bundle, under, vn('2020-10-15T10:00'), true).ticker[0]).toBe(
      'Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2020 - 2025 đang diễn ra',
    );
    const before = buildPlaylist(bundle, vn('2020-10-13T10:00'), 'lobby');
    expect(frameChrome(bundle, before, vn('2020-10-13T10:00'), true).ticker[0]).toMatch(
      /^Còn 1 ngày đến Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa/,
    );
  });

  it('with a clock that cannot be trusted: no time, no day', () => {
    const at = vn('2020-05-15T08:00');
    const chrome = frameChrome(bundle, buildPlaylist(bundle, at, 'lobby', undefined, { evergreen: true }), at, false);
    expect(chrome).toMatchObject({ clock: '', day: '', phaseLabel: '', party: bundle.organization.party });
  });
});
