/**
 * Time to first slide, as a person in the lobby sees it: the filmstrip of a Chrome trace (see
 * filmstrip.ts), for the player on a repeat visit (from its service worker's cache) and for a
 * static page with the same slogan in the same font files (from the HTTP cache), in alternating
 * pairs, under Emulation.setCPUThrottlingRate. First-contentful-paint and LCP of each sample are
 * kept beside it in results.json, to show what those methods would have said.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launch } from '../test/e2e/browser';
import { SNAPSHOT_KEY } from '../src/first-paint/snapshot';
import { median } from './common';
import { traceLoad, visuallyComplete, WHOLE, type Region, type TraceEvent } from './filmstrip';

const PLAYING = "document.querySelector('signage-app')?.getAttribute('state') === 'playing'";
/**
 * The campaign's 15 May 2020, as the CPU and transitions parts play it: at the real date the
 * default content has nothing current (one record slide), and the static page shows a slogan.
 */
const PLAYER_QUERY = '?at=2020-05-15T08:00';
/** The first paint's snapshot is kept once a slogan has been on screen. */
const SNAPSHOT_KEPT = `localStorage.getItem(${JSON.stringify(SNAPSHOT_KEY)}) !== null`;
const LOADED = "document.readyState === 'complete' && document.fonts.status === 'loaded'";
/** How long after it is ready a page is filmed on: the slide's entrance and a late font swap fit in it. */
const SETTLE_MS = 2_500;

/** A page where functions compiled by tsx run: its esbuild keeps names through a __name() helper. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return page;
}

/** The player's slide area (the stage between the header and the ticker), as fractions of the viewport. */
async function stageRegion(page: Page): Promise<Region> {
  return page.evaluate(() => {
    const box = document.querySelector('signage-app')!.shadowRoot!.querySelector('main.stage')!.getBoundingClientRect();
    return { x: box.x / innerWidth, y: box.y / innerHeight, width: box.width / innerWidth, height: box.height / innerHeight };
  });
}

async function paintTimes(page: Page) {
  return page.evaluate(async () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    // LCP entries are only given to an observer (buffered: the ones already recorded).
    const lcp = await new Promise<number | undefined>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime)).observe({
        type: 'largest-contentful-paint',
        buffered: true,
      });
      setTimeout(() => resolve(undefined), 1_000);
    });
    return { fcp: fcp === undefined ? null : Math.round(fcp), lcp: lcp === undefined ? null : Math.round(lcp) };
  });
}

/** One filmed load: the moment it is visually complete, with FCP and LCP for comparison. */
async function filmed(page: Page, analyzer: Page, cdp: CDPSession, url: string, ready: string, region: Region) {
  const trace = await traceLoad(page, cdp, url, ready, SETTLE_MS);
  const { completeMs } = await visuallyComplete(analyzer, trace.frames, region);
  return { ms: Math.round(completeMs), ...(await paintTimes(page)), trace };
}

/**
 * Where the main thread's time goes before the first slide: top-level task time by kind, from a trace.
 */
export function breakdown(events: TraceEvent[], startTs: number, untilMs: number) {
  const threads = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const renderer = events.find((event) => event.name === 'navigationStart' && event.ts === startTs);
  const main = threads.find((thread) => thread.pid === renderer?.pid) ?? threads[0];
  const inWindow = events.filter(
    (event) =>
      event.pid === main?.pid && event.tid === main?.tid && event.ph === 'X' && event.ts >= startTs && event.ts < startTs + untilMs * 1000,
  );
  const kinds: Record<string, string[]> = {
    'script: modules evaluated': ['v8.evaluateModule'],
    'script: other scripts': ['EvaluateScript'],
    'script: callbacks, promises (render, bundle check)': [
      'FunctionCall',
      'RunMicrotasks',
      'FireAnimationFrame',
      'TimerFire',
      'EventDispatch',
    ],
    'style and layout': ['UpdateLayoutTree', 'Layout'],
    'paint and composite': ['PrePaint', 'Paint', 'Layerize', 'Commit'],
    'HTML and navigation': ['ParseHTML', 'DocumentLoader::CommitNavigation'],
  };
  // Only the outermost event of each kind counts (a layout inside a callback is counted as layout, and not in the callback's own time).
  const totals: Record<string, number> = {};
  for (const [kind, names] of Object.entries(kinds)) {
    const own = inWindow.filter((event) => names.includes(event.name)).sort((a, b) => a.ts - b.ts);
    let end = 0;
    let sum = 0;
    for (const event of own) {
      const stop = event.ts + (event.dur ?? 0);
      if (stop <= end) continue;
      sum += stop - Math.max(end, event.ts);
      end = stop;
    }
    totals[kind] = Math.round(sum / 1000);
  }
  const tasks = inWindow.filter((event) => event.name === 'RunTask');
  const busy = Math.round(tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000);
  return { untilMs: Math.round(untilMs), mainThreadBusyMs: busy, byKindMs: totals };
}

/** Alternating pairs, player then static page, at each CPU rate; medians and every sample. */
export async function firstSlide(server: { url: string }, staticServer: { url: string }, rates = [6, 4], pairs = 9) {
  const session = await launch();
  try {
    const page = await newPage(session.context);
    const analyzer = await newPage(session.context);
    const cdp = await session.context.newCDPSession(page);
    const staticUrl = `${staticServer.url}static.html`;
    // Warm both: the service worker, its caches and the stored bundle for the player, the HTTP cache for the static page.
    await page.goto(server.url);
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 120_000 });
    await page.waitForFunction("document.querySelector('signage-app')?.getAttribute('offline-ready') === 'yes'", undefined, {
      timeout: 120_000,
    });
    await page.goto(server.url + PLAYER_QUERY);
    await page.waitForFunction(PLAYING, undefined, { timeout: 120_000 });
    const region = await stageRegion(page);
    // A screen that has played keeps its last slogan for the next start's first paint: wait for one.
    const firstPaintKept = await page
      .waitForFunction(SNAPSHOT_KEPT, undefined, { timeout: 120_000, polling: 500 })
      .then(() => true)
      .catch(() => false);
    await page.goto(staticUrl);
    const results = [];
    for (const rate of rates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const player: Awaited<ReturnType<typeof filmed>>[] = [];
      const reference: Awaited<ReturnType<typeof filmed>>[] = [];
      for (let pair = 0; pair < pairs; pair++) {
        player.push(await filmed(page, analyzer, cdp, server.url + PLAYER_QUERY, PLAYING, region));
        reference.push(await filmed(page, analyzer, cdp, staticUrl, LOADED, WHOLE));
      }
      const pick = (samples: typeof player, key: 'ms' | 'fcp' | 'lcp') => samples.map((sample) => sample[key] ?? NaN);
      const ratio = (key: 'ms' | 'fcp' | 'lcp') => Math.round((median(pick(player, key)) / median(pick(reference, key))) * 100) / 100;
      // The trace of the median player sample: where its time went.
      const middle = [...player].sort((a, b) => a.ms - b.ms)[Math.floor(pairs / 2)]!;
      results.push({
        cpuThrottle: rate,
        pairs,
        firstPaintKept,
        playerMs: median(pick(player, 'ms')),
        staticMs: median(pick(reference, 'ms')),
        ratio: ratio('ms'),
        otherMethods: { fcpRatio: ratio('fcp'), lcpRatio: ratio('lcp') },
        samples: {
          player: player.map(({ ms, fcp, lcp }) => ({ ms, fcp, lcp })),
          static: reference.map(({ ms, fcp, lcp }) => ({ ms, fcp, lcp })),
        },
        playerBreakdown: breakdown(middle.trace.events, middle.trace.startTs, middle.ms),
      });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return results;
  } finally {
    await session.close();
  }
}

/**
 * Cold start offline: a screen that has played once (service worker installed, bundle stored)
 * loses power and comes back with no network: a new browser on the same profile, the server
 * stopped. Time to its first slide from the filmstrip, at `rate`.
 */
export async function coldStartOffline(start: () => Promise<{ url: string; close(): Promise<void> }>, rate = 6) {
  const server = await start();
  let session = await launch();
  const userDataDir = session.userDataDir;
  try {
    const page = await session.context.newPage();
    await page.goto(server.url + PLAYER_QUERY);
    await page.waitForFunction("document.querySelector('signage-app')?.getAttribute('offline-ready') === 'yes'", undefined, {
      timeout: 120_000,
    });
    const region = await stageRegion(page);
    const firstPaintKept = await page
      .waitForFunction(SNAPSHOT_KEPT, undefined, { timeout: 120_000, polling: 500 })
      .then(() => true)
      .catch(() => false);
    await session.context.close();
    await server.close();
    session = await launch({ userDataDir });
    const cold = await newPage(session.context);
    const analyzer = await newPage(session.context);
    const cdp = await session.context.newCDPSession(cold);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const result = await filmed(cold, analyzer, cdp, server.url + PLAYER_QUERY, PLAYING, region);
    const source = await cold.evaluate(() => document.querySelector('signage-app')?.getAttribute('content-source'));
    return { cpuThrottle: rate, ms: result.ms, fcp: result.fcp, lcp: result.lcp, contentSource: source, firstPaintKept };
  } finally {
    await session.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
