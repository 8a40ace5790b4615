/** The benchmark's measures in Chromium: time to first slide, long tasks and dropped frames, soak. */
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/browser';
import { lowest, waitForSlideChanges } from '../test/e2e/soak';
import { median } from './common';

// Browser helpers -------------------------------------------------------------------------------
/** A page where functions compiled by tsx run: its esbuild keeps names through a __name() helper. */
async function newPage(session: { context: { newPage(): Promise<Page> } }): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return page;
}

// 2. Time to first slide ------------------------------------------------------------------------
export async function firstSlide(server: { url: string }, staticServer: { url: string }, pairs = 9) {
  const session = await launch();
  try {
    const page = await newPage(session);
    const cdp = await session.context.newCDPSession(page);
    // Warm both: the service worker and its caches for the player, the HTTP cache for the static page.
    await page.goto(server.url);
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 15_000 });
    await page.goto(server.url);
    await page.goto(`${staticServer.url}static.html`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const fcp = async (url: string, ready: string) => {
      await page.goto(url);
      await page.waitForFunction(ready, undefined, { timeout: 20_000 });
      return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    };
    const player: number[] = [];
    const reference: number[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      player.push(
        await fcp(
          server.url,
          "document.querySelector('signage-app')?.getAttribute('state') === 'playing' && performance.getEntriesByName('first-contentful-paint').length > 0",
        ),
      );
      reference.push(await fcp(`${staticServer.url}static.html`, "performance.getEntriesByName('first-contentful-paint').length > 0"));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const ratio = median(player) / median(reference);
    return {
      pairs,
      cpuThrottle: 4,
      playerMs: Math.round(median(player)),
      staticMs: Math.round(median(reference)),
      ratio: Math.round(ratio * 100) / 100,
      samples: { player: player.map(Math.round), static: reference.map(Math.round) },
    };
  } finally {
    await session.close();
  }
}

// 3. Long tasks and dropped frames ---------------------------------------------------------------
export async function transitions(server: { url: string }, count = 100) {
  const session = await launch();
  try {
    const page = await newPage(session);
    await page.goto(`${server.url}?at=2020-05-15T08:00&speed=12&min-slide-ms=900`);
    await page.waitForSelector('signage-app[state="playing"]');
    await page.waitForTimeout(1500);
    return await page.evaluate(async (wanted) => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const app = document.querySelector('signage-app')!;
      let changes = 0;
      let frames = 0;
      let dropped = 0;
      let last = performance.now();
      let running = true;
      const tick = (now: number) => {
        const gap = now - last;
        last = now;
        frames++;
        // A gap of more than 1.5 frames at 60 Hz means at least one frame was missed.
        if (gap > 25) dropped += Math.round(gap / 16.67) - 1;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
      await new Promise<void>((resolve) => {
        const mutation = new MutationObserver(() => {
          if (++changes >= wanted) {
            mutation.disconnect();
            resolve();
          }
        });
        mutation.observe(app, { attributes: true, attributeFilter: ['slide'] });
      });
      running = false;
      observer.disconnect();
      return {
        transitions: changes,
        frames,
        droppedFrames: dropped,
        longTasks: longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      };
    }, count);
  } finally {
    await session.close();
  }
}

// 4. Soak ---------------------------------------------------------------------------------------
export async function soak(url: string, short = 100, long = 5000) {
  const session = await launch({ reducedMotion: 'reduce' });
  try {
    const page = await newPage(session);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}?at=2020-05-15T08:00&speed=100000&min-slide-ms=15`);
    await page.waitForSelector('signage-app[state="playing"]');
    await waitForSlideChanges(page, short, 120_000);
    // Slides differ in size, and the rotation does not stop to be measured: each figure is the
    // smallest of several samples taken over a run of slides, the same run before and after.
    const baseline = await lowest(cdp, page);
    const started = Date.now();
    const done = await waitForSlideChanges(page, long - short, 900_000);
    const after = await lowest(cdp, page);
    const pick = (m: Record<string, number>) => ({
      nodes: m.Nodes!,
      listeners: m.JSEventListeners!,
      heapMb: Math.round((m.JSHeapUsedSize! / 1048576) * 100) / 100,
    });
    const [a, b] = [pick(baseline), pick(after)];
    return {
      slideChanges: { baseline: short, after: short + done },
      seconds: Math.round((Date.now() - started) / 1000),
      baseline: a,
      after: b,
      ratios: {
        nodes: Math.round((b.nodes / a.nodes) * 1000) / 1000,
        listeners: Math.round((b.listeners / a.listeners) * 1000) / 1000,
        heap: Math.round((b.heapMb / a.heapMb) * 1000) / 1000,
      },
    };
  } finally {
    await session.close();
  }
}
