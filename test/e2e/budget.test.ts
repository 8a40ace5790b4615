/**
 * Cheap guards against regressions that the benchmark measures in full (`npm run bench`):
 * the JavaScript the player ships, and a short soak that must not grow the DOM or its listeners.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lowest, waitForSlideChanges } from './soak';
import { playerScripts } from './player-scripts';
import { DIST, hasChromium, sessionPerTest, READY, startStaticServer, type StaticServer } from './harness';

/**
 * The player's JavaScript budget, gzipped. The goal is 40 KB; luxon alone costs about 20 KB of it
 * (see README, "Benchmarks"). This budget stops it from growing unnoticed. It was 56 KB until the
 * kiosk operations (watchdog, proof of play in IndexedDB, off hours, clock check, stale line: about
 * 6 KB) and the hostile-input checks (about 1.5 KB) were added, and 64 KB until the fault
 * tolerance of issue #13 (the store in IndexedDB with checked writes, the byte hash, the service
 * worker's install retries, the single-player lock, bounded timers, refused URL controls: about
 * 3.3 KB), and 68 KB until the fleet (issue #16: the hook that loads the reporter after the first
 * slide, the heartbeat setting, the validated ETag: 0.37 KB; the reporter itself loads on demand);
 * the status overlay loads on demand and is not counted.
 */
const JS_BUDGET_KB = 68.5;

describe.skipIf(!hasChromium)('budgets', () => {
  let server: StaticServer;
  // A fresh profile for every test: storage and service workers never carry over.
  const session = sessionPerTest({ reducedMotion: 'reduce' });

  beforeAll(async () => {
    server = await startStaticServer(DIST);
  });

  afterAll(async () => {
    await server?.close();
  });

  it(`the player ships at most ${JS_BUDGET_KB} KB of gzipped JavaScript`, () => {
    const files = playerScripts(DIST);
    // The player's code (the chunk that defines <signage-app>) is counted; the preview's own is not.
    expect(files.some((name) => readFileSync(join(DIST, 'assets', name), 'utf8').match(/["'`]signage-app["'`]/))).toBe(true);
    expect(files.some((name) => name.startsWith('preview'))).toBe(false);
    const bytes = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(DIST, 'assets', name)), { level: 9 }).length, 0);
    expect(bytes).toBeGreaterThan(10 * 1024);
    expect(bytes / 1024).toBeLessThanOrEqual(JS_BUDGET_KB);
  });

  it('a short soak (50 → 400 slide changes) does not grow DOM nodes or event listeners slide by slide', async () => {
    const page = await session().context.newPage();
    const cdp = await session().context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // A short playlist (5 slogans, 2 countdowns): every sample window covers all of it, so the
    // smallest sample is the same slide before and after, and Lit's template cache is full early.
    await page.goto(`${server.url}?at=2020-05-15T08:00&screen=slogans-only&speed=100000&min-slide-ms=15`);
    await page.waitForSelector(READY);
    await waitForSlideChanges(page, 50, 60_000);
    const before = await lowest(cdp, page, 10);
    await waitForSlideChanges(page, 350, 120_000);
    const after = await lowest(cdp, page, 10);
    // A leak grows with every slide: +350 here for one node per slide (the bench's leaky build shows
    // exactly that). The Nodes metric also moves by a few between samples on its own (seen: up to
    // 9), so a small fixed slack keeps this guard from failing on noise while still catching leaks.
    expect(after.Nodes!).toBeLessThanOrEqual(before.Nodes! + 25);
    expect(after.JSEventListeners!).toBeLessThanOrEqual(before.JSEventListeners! + 5);
  });
});
