/**
 * The video slide in real Chromium against the built app over HTTP: a clip plays (its currentTime
 * advances) and the next slide follows when it ends; proof of play records it; it plays again with
 * the server stopped after one online visit, with byte ranges cut from the cache; a clip that cannot
 * play is skipped at once, reported, and never leaves a black frame. The clips are the small files
 * of test/fixtures/media/ (test/support/make-clips.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  appAttribute,
  artifactPath,
  defaultBundle,
  DIST,
  hasChromium,
  nextVietnamTime,
  pinClock,
  READY,
  sessionPerTest,
  settle,
  startStaticServer,
  waitForAttribute,
  type StaticServer,
} from './harness';
import { recordFrames, type Recorder } from './frames';

const media = (name: string) => readFileSync(new URL(`../fixtures/media/${name}`, import.meta.url));
const CLIP = media('clip-vp9.webm');
const CAPTION = 'Thông điệp của Hiệu trưởng gửi đại hội';

function videoBundle(videos: Record<string, unknown>[]): string {
  const bundle = defaultBundle() as unknown as Record<string, unknown> & { screens: { slideKinds: string[] }[] };
  bundle.version = 'video-1';
  bundle.videos = videos;
  for (const screen of bundle.screens) screen.slideKinds = ['video', ...screen.slideKinds.filter((kind) => kind !== 'video')];
  return JSON.stringify(bundle, null, 2);
}

async function serve(videos: Record<string, unknown>[]): Promise<StaticServer> {
  const server = await startStaticServer(DIST);
  server.files.set('/content/bundle.json', videoBundle(videos));
  server.files.set('/content/media/chao.webm', CLIP);
  server.files.set('/content/media/chao.mp4', media('clip-h264.mp4'));
  server.files.set('/content/media/broken.webm', media('broken.webm'));
  return server;
}

/** The clip's playback position, or null while no <slide-video> with a <video> is on screen. */
const currentTime = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('signage-app')?.shadowRoot?.querySelector('slide-video');
    return slide?.shadowRoot?.querySelector('video')?.currentTime ?? null;
  });

/** A frame mostly of one near-black colour: what a screen must never show. */
function blackFrames(recorder: Recorder) {
  return recorder.frames.filter((frame) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(frame.colour.slice(at, at + 2), 16)) as [number, number, number];
    return r < 40 && g < 40 && b < 40 && frame.share > 0.25;
  });
}

describe.skipIf(!hasChromium)('video slides in Chromium', () => {
  let server: StaticServer | undefined;
  const session = sessionPerTest();

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('a WebM/VP9 clip plays (currentTime advances), then the next slide comes; no black frame; proof of play records it', async () => {
    server = await serve([{ id: 'chao', src: 'content/media/chao.webm', caption: CAPTION }]);
    const page = await session().context.newPage();
    await pinClock(page, nextVietnamTime('10:00'));
    const recorder = await recordFrames(page);
    await page.goto(`${server.url}?slide=video:chao`);
    await page.waitForSelector(READY);
    await waitForAttribute(page, 'content-version', (value) => value === 'video-1');
    await waitForAttribute(page, 'slide', (value) => value === 'video:chao');
    const shownAt = Date.now();
    await page.waitForFunction(() => {
      const video = document.querySelector('signage-app')?.shadowRoot?.querySelector('slide-video')?.shadowRoot?.querySelector('video');
      return !!video && video.currentTime > 0.2;
    });
    const early = (await currentTime(page))!;
    await page.waitForTimeout(700);
    const later = (await currentTime(page))!;
    expect(later).toBeGreaterThan(early + 0.3);
    // The clip lasts 3 s; the slide is planned at the screen's maximum (120 s): only the clip's end moves it on.
    await waitForAttribute(page, 'slide', (value) => value !== 'video:chao', 10_000);
    const heldMs = Date.now() - shownAt;
    expect(heldMs).toBeGreaterThan(2_000);
    expect(heldMs).toBeLessThan(8_000);
    await page.waitForTimeout(500);
    await recorder.stop();
    expect(recorder.frames.length).toBeGreaterThan(10);
    expect(blackFrames(recorder)).toEqual([]);
    const plays = await page.evaluate(
      () =>
        new Promise<{ slide: string; kind: string }[]>((resolve, reject) => {
          const open = indexedDB.open('signage-proof-of-play');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const request = open.result.transaction('plays').objectStore('plays').getAll();
            request.onsuccess = () => resolve(request.result as { slide: string; kind: string }[]);
            request.onerror = () => reject(new Error(String(request.error)));
          };
        }),
    );
    expect(plays).toContainEqual(expect.objectContaining({ slide: 'video:chao', kind: 'video' }));
  });

  it('an MP4/H.264 clip plays too', async () => {
    server = await serve([{ id: 'mp4', src: 'content/media/chao.mp4' }]);
    const page = await session().context.newPage();
    await page.goto(`${server.url}?at=2020-05-15T08:00&slide=video:mp4&hold=1`);
    await page.waitForSelector(READY);
    await waitForAttribute(page, 'slide', (value) => value === 'video:mp4');
    await page.waitForFunction(() => {
      const video = document.querySelector('signage-app')?.shadowRoot?.querySelector('slide-video')?.shadowRoot?.querySelector('video');
      return !!video && video.currentTime > 0.5;
    });
  });

  it('plays again with the server stopped after one online visit, its byte ranges answered from the cache', async () => {
    server = await serve([{ id: 'chao', src: 'content/media/chao.webm', caption: CAPTION }]);
    const first = await session().context.newPage();
    await first.goto(`${server.url}?at=2020-05-15T08:00`);
    await first.waitForSelector(READY);
    await waitForAttribute(first, 'content-version', (value) => value === 'video-1');
    // The clip is in the media cache before the bundle naming it goes on screen.
    const cached = await first.evaluate(async () => {
      const cache = await caches.open('signage-video');
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(cached).toEqual(['/content/media/chao.webm']);
    await waitForAttribute(first, 'offline-ready', (value) => value === 'yes');
    await first.close();
    await server.stop();

    const page = await session().context.newPage();
    await page.goto(`${server.url}?at=2020-05-15T08:00&slide=video:chao`);
    await page.waitForSelector(READY);
    await waitForAttribute(page, 'slide', (value) => value === 'video:chao');
    expect(await appAttribute(page, 'content-source')).toBe('cache');
    await page.waitForFunction(() => {
      const video = document.querySelector('signage-app')?.shadowRoot?.querySelector('slide-video')?.shadowRoot?.querySelector('video');
      return !!video && video.currentTime > 1;
    });
    await waitForAttribute(page, 'slide', (value) => value !== 'video:chao', 10_000);
    // What the video element asks for: a range, cut from the cached file by the service worker.
    const ranged = await page.evaluate(async () => {
      const response = await fetch('content/media/chao.webm', { headers: { Range: 'bytes=100-199' } });
      return { status: response.status, length: (await response.arrayBuffer()).byteLength, range: response.headers.get('Content-Range') };
    });
    expect(ranged).toEqual({ status: 206, length: 100, range: `bytes 100-199/${CLIP.length}` });
    // The status overlay (key D) says what the media caches hold.
    await page.keyboard.press('d');
    await page.waitForFunction(
      (size) =>
        (document.querySelector('signage-app')?.shadowRoot?.querySelector('status-overlay')?.shadowRoot?.textContent ?? '')
          .replace(/\s+/g, ' ')
          .includes(`Ảnh và video đã lưu · Media stored 1 tệp · files · ${size}`),
      `${(CLIP.length / 1e6).toFixed(1)} MB`,
    );
  });

  it.each([
    ['not a video', 'broken', 'content/media/broken.webm'],
    ['missing on the server', 'missing', 'content/media/missing.webm'],
  ])('a clip that cannot play (%s) is skipped at once, reported, and leaves no black frame', async (_what, id, src) => {
    server = await serve([{ id, src, caption: CAPTION }]);
    const page = await session().context.newPage();
    await pinClock(page, nextVietnamTime('10:00'));
    const recorder = await recordFrames(page);
    await page.goto(`${server.url}?slide=video:${id}`);
    await page.waitForSelector(READY);
    await waitForAttribute(page, 'content-version', (value) => value === 'video-1');
    const started = Date.now();
    // Off the clip within a moment (not after the 120 s the slide was planned for).
    await waitForAttribute(page, 'slide', (value) => value !== null && !value.startsWith('video:'), 3_000);
    expect(Date.now() - started).toBeLessThan(3_000);
    await page.waitForTimeout(500);
    await recorder.stop();
    expect(recorder.frames.length).toBeGreaterThan(3);
    expect(blackFrames(recorder)).toEqual([]);
    // The status overlay (key D) lists the problem.
    await page.keyboard.press('d');
    await page.waitForFunction(() =>
      /cannot be played/.test(
        document.querySelector('signage-app')?.shadowRoot?.querySelector('status-overlay')?.shadowRoot?.textContent ?? '',
      ),
    );
    const overlay = await page.evaluate(
      () => document.querySelector('signage-app')?.shadowRoot?.querySelector('status-overlay')?.shadowRoot?.textContent ?? '',
    );
    expect(overlay).toContain(`slide video:${id} failed to render: Error: video ${src} cannot be played and is skipped`);
  });

  it.each([
    ['landscape', { width: 1920, height: 1080 }, 'lobby'],
    ['portrait', { width: 1080, height: 1920 }, 'lobby-portrait'],
  ] as const)('screenshot of a video slide, %s', async (name, viewport, screen) => {
    server = await serve([{ id: 'chao', src: 'content/media/chao.webm', caption: CAPTION }]);
    const page = await session().context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}?at=2020-05-15T08:00&screen=${screen}&slide=video:chao&hold=1`);
    await page.waitForSelector(READY);
    await waitForAttribute(page, 'slide', (value) => value === 'video:chao');
    await page.waitForFunction(() => {
      const video = document.querySelector('signage-app')?.shadowRoot?.querySelector('slide-video')?.shadowRoot?.querySelector('video');
      return !!video && video.currentTime > 1.5;
    });
    await settle(page);
    await page.screenshot({ path: artifactPath(`video-slide-${name}.png`) });
  });
});
