import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/elements/slide-video';
import { mount, text } from '../support/elements';
import type { SlideOf } from '../../src/schedule/playlist';

// happy-dom "plays" at once (it fires playing); a screen waits for the first frame: play() here starts nothing.
beforeEach(() => vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined));
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const slide = (change: Partial<SlideOf<'video'>> = {}): SlideOf<'video'> => ({
  kind: 'video',
  id: 'video:chao',
  durationMs: 120_000,
  src: 'content/media/chao.webm',
  caption: 'Lời chào của Hiệu trưởng',
  poster: 'content/media/chao.webp',
  ...change,
});

describe('<slide-video>', () => {
  it('a muted clip, its poster until the first frame, its caption as text', async () => {
    const element = await mount('slide-video', { slide: slide() });
    const video = element.shadowRoot!.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('content/media/chao.webm');
    expect(video.hasAttribute('muted')).toBe(true);
    expect(element.shadowRoot!.querySelector('img.poster')?.getAttribute('src')).toBe('content/media/chao.webp');
    expect(text(element)).toContain('Lời chào của Hiệu trưởng');
    video.dispatchEvent(new Event('playing'));
    await element.updateComplete;
    expect(element.hasAttribute('playing')).toBe(true);
    expect(element.shadowRoot!.querySelector('img.poster')).toBeNull();
  });

  it('says when the clip ended, and when it cannot play (once), with the reason', async () => {
    const element = await mount('slide-video', { slide: slide() });
    const seen: string[] = [];
    element.addEventListener('video-ended', (event) => seen.push(`ended ${event.detail.id}`));
    element.addEventListener('slide-failed', (event) => seen.push(`failed ${event.detail.id} ${String(event.detail.error)}`));
    const video = element.shadowRoot!.querySelector('video')!;
    video.dispatchEvent(new Event('ended'));
    Object.defineProperty(video, 'error', { value: { code: 3, message: '' } });
    video.dispatchEvent(new Event('error'));
    video.dispatchEvent(new Event('error'));
    await element.updateComplete;
    expect(seen).toEqual([
      'ended video:chao',
      'failed video:chao Error: video content/media/chao.webm cannot be played and is skipped: decode error (a damaged file, or a codec this screen lacks)',
    ]);
    // The failed clip is gone; the caption stays (never an empty box).
    expect(element.shadowRoot!.querySelector('video')).toBeNull();
    expect(text(element)).toContain('Lời chào của Hiệu trưởng');
  });

  it('a link that is not a clip from this server is never bound, and is reported', async () => {
    const failed = new Promise<string>((resolve) =>
      document.addEventListener('slide-failed', (event) => resolve(String(event.detail.error)), { once: true }),
    );
    const element = await mount('slide-video', { slide: slide({ src: 'javascript:alert(1)//.webm' }) });
    expect(element.shadowRoot!.querySelector('video')).toBeNull();
    expect(await failed).toBe(
      'Error: video javascript:alert(1)//.webm cannot be played and is skipped: not a video link the screens accept',
    );
  });
});
