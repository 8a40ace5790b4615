import { describe, expect, it } from 'vitest';
import { isVideo, isVideoSource } from '../../src/content/media';

describe('the video formats the screens accept', () => {
  it('WebM and MP4 only, by the extension of the path', () => {
    for (const url of ['content/media/3f9a.webm', 'content/media/3f9a.MP4', 'content/media/a.WebM?v=2#t=3']) expect(isVideo(url), url).toBe(true);
    for (const other of ['a.mov', 'a.mkv', 'a.avi', 'a.webp', 'a.m3u8', 'a', 'content/media.webm.d/clip', 'a.mp4x']) expect(isVideo(other), other).toBe(false);
  });

  it('from this server only: relative links, not https or any other scheme', () => {
    expect(isVideoSource('content/media/loi-chao.webm')).toBe(true);
    expect(isVideoSource('/content/media/loi-chao.mp4')).toBe(true);
    expect(isVideoSource('https://cdn.example.org/loi-chao.webm')).toBe(false);
    expect(isVideoSource('data:video/webm;base64,GkXfow==')).toBe(false);
    expect(isVideoSource('content/media/loi-chao.mov')).toBe(false);
  });
});
