/** The benchmark's soak in Chromium: DOM nodes, listeners and heap between two counts of slide changes. */
import { launch } from '../test/e2e/browser';
import { lowest, waitForSlideChanges } from '../test/e2e/soak';
import { newPage } from './first-slide';

// Soak ---------------------------------------------------------------------------------------
export async function soak(url: string, short = 5000, long = 20000) {
  const session = await launch({ reducedMotion: 'reduce' });
  try {
    const page = await newPage(session.context);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}?at=2020-05-15T08:00&speed=100000&min-slide-ms=15`);
    await page.waitForSelector('signage-app[state="playing"]');
    await waitForSlideChanges(page, short, 600_000);
    // Slides differ in size, and the rotation does not stop to be measured: each figure is the
    // smallest of several samples taken over a run of slides, the same run before and after.
    const baseline = await lowest(cdp, page);
    const started = Date.now();
    const done = await waitForSlideChanges(page, long - short, 1_800_000);
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
