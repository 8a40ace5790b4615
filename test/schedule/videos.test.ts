import { describe, expect, it } from 'vitest';
import { videoMaxMs, videoSlides } from '../../src/schedule/videos';
import { buildPlaylist } from '../../src/schedule/playlist';
import { instantOf } from '../../src/schedule/time';
import type { Bundle, Screen } from '../../src/content/schema';
import { checkBundle } from '../../src/content/validate';
import { bundle as edited } from '../support/bundle-edits';

const lobby = { id: 'lobby', name: 'Lobby', orientation: 'landscape', slideKinds: ['slogan', 'video'], slideSeconds: 12 } as Screen;
const videos: Bundle['videos'] = [
  { id: 'chao', src: 'content/media/chao.webm', caption: 'Lời chào', poster: 'content/media/chao.webp' },
  { id: 'later', src: 'content/media/later.mp4', from: '2020-06-01' },
  { id: 'portrait-only', src: 'content/media/p.webm', screens: ['lobby-portrait'] },
];

describe('video slides', () => {
  it('each clip valid at the instant and meant for the screen, planned at the screen maximum', () => {
    const slides = videoSlides({ videos }, '2020-05-15T08:00', lobby);
    expect(slides).toEqual([
      {
        kind: 'video',
        id: 'video:chao',
        durationMs: 120_000,
        src: 'content/media/chao.webm',
        caption: 'Lời chào',
        poster: 'content/media/chao.webp',
      },
    ]);
    expect(videoSlides({ videos }, '2020-06-01T00:00', lobby).map((slide) => slide.id)).toEqual(['video:chao', 'video:later']);
    expect(videoSlides({ videos }, '2020-05-15T08:00', { ...lobby, id: 'lobby-portrait' }).map((slide) => slide.id)).toEqual([
      'video:chao',
      'video:portrait-only',
    ]);
  });

  it('the maximum is the screen profile’s durations.video, else 120 s (not slideSeconds)', () => {
    expect(videoMaxMs(lobby)).toBe(120_000);
    expect(videoMaxMs({ ...lobby, durations: { video: 45 } })).toBe(45_000);
  });

  it('a clip plays only on screens whose slideKinds lists "video", in that order', () => {
    const text = edited((value) => {
      value.videos = [{ id: 'chao', src: 'content/media/chao.webm' }];
      value.screens[0].slideKinds = ['video', ...value.screens[0].slideKinds.filter((kind: string) => kind !== 'video')];
    });
    const result = checkBundle(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const at = instantOf('2020-05-15T08:00', result.bundle.timeZone);
    const withVideo = buildPlaylist(result.bundle, at, result.bundle.screens[0]!.id).slides;
    expect(withVideo.filter((slide) => slide.kind === 'video')).toHaveLength(1);
    const without = buildPlaylist(result.bundle, at, 'slogans-only').slides;
    expect(result.bundle.screens.find((screen) => screen.id === 'slogans-only')!.slideKinds).not.toContain('video');
    expect(without.some((slide) => slide.kind === 'video')).toBe(false);
  });
});
