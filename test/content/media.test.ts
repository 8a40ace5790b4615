import { describe, expect, it } from 'vitest';
import { extensionOf, isVideoSource, videoType } from '../../src/content/media';

describe('the video formats the screens accept', () => {
  it('reads the extension of a link, ignoring its query and fragment', () => {
    expect(extensionOf('content/media/a.WebM?v=2#t=3')).toBe('webm');
    expect(extensionOf('content/media/clip')).toBeUndefined();
    expect(extensionOf('content/media.d/clip')).toBeUndefined();
  });

  it('WebM and MP4 only, by extension', () => {
    expect(videoType('content/media/3f9a.webm')).toBe('video/webm');
    expect(videoType('content/media/3f9a.MP4')).toBe('video/mp4');
    for (const other of ['a.mov', 'a.mkv', 'a.avi', 'a.webp', 'a.m3u8', 'a']) expect(videoType(other), other).toBeUndefined();
  });

  it('from this server only: relative links, not https or any other scheme', () => {
    expect(isVideoSource('content/media/loi-chao.webm')).toBe(true);
    expect(isVideoSource('/content/media/loi-chao.mp4')).toBe(true);
    expect(isVideoSource('https://cdn.example.org/loi-chao.webm')).toBe(false);
    expect(isVideoSource('data:video/webm;base64,GkXfow==')).toBe(false);
    expect(isVideoSource('content/media/loi-chao.mov')).toBe(false);
  });
});
