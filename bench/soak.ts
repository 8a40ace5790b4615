/** The benchmark's soak in Chromium: DOM nodes, listeners and heap between two counts of slide changes. */
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/browser';
import { lowest, waitForSlideChanges } from '../test/e2e/soak';
import { newPage } from './first-slide';

/**
 * How fast the soak's clock runs. Each slide stays up at least 15 ms of real time (plus what the
 * change costs, 16 to 40 ms a change on this machine), that is 320 to 800 s of the campaign at
 * 20,000×: 20,000 changes end between late July and mid-November 2020, inside the default
 * content's campaign (15 May 2020 to 1 February 2021). At 100,000× (the speed until 50e4070's run)
 * they need 1,600 s or more each, 370 days or more: the clock ran past the campaign, after which
 * the screen shows its record (the timeline) alone, the slide never changes, and the soak stopped
 * counting (13,764 changes, every later sample of the same, larger slide).
 */
export const SOAK_SPEED = 20_000;

/** The header's day label: where in the content the soak's clock is. */
const dayShown = (page: Page) =>
  page.evaluate(() => document.querySelector('signage-app')?.shadowRoot?.querySelector('signage-header')?.day ?? '');

// Soak ---------------------------------------------------------------------------------------
export async function soak(url: string, short = 5000, long = 20000, speed = SOAK_SPEED) {
  const session = await launch({ reducedMotion: 'reduce' });
  try {
    const page = await newPage(session.context);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}?at=2020-05-15T08:00&speed=${speed}&min-slide-ms=15`);
    await page.waitForSelector('signage-app[state="playing"]');
    await waitForSlideChanges(page, short, 600_000);
    // Slides differ in size, and the rotation does not stop to be measured: each figure is the
    // smallest of several samples taken over a run of slides, the same run before and after.
    const baseline = await lowest(cdp, page);
    const days = { baseline: await dayShown(page), after: '' };
    const started = Date.now();
    const done = await waitForSlideChanges(page, long - short, 1_800_000);
    days.after = await dayShown(page);
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
      speed,
      days,
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
