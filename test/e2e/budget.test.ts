/**
 * Cheap guards against regressions that the benchmark measures in full (`npm run bench`):
 * the JavaScript the player ships, and a short soak that must not grow the DOM or its listeners.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lowest, waitForSlideChanges } from './soak';
import { firstSlideElementScripts, playerScripts } from './player-scripts';
import { FIRST_SLIDE_MARK } from '../../src/app/after-first-slide';
import { DIST, hasChromium, sessionPerTest, READY, startStaticServer, type StaticServer } from './harness';

/**
 * The JavaScript a screen evaluates before its first slide, gzipped. The goal (issue #19) is 45 KB,
 * not reached: 49.72 KB now (README, "Benchmarks", says what it would take). This limit stops it
 * from growing back.
 *
 * Precisely: index.html's module script and every module it imports statically, transitively
 * (playerScripts). The entry script blocks rendering, so nothing is painted before all of it has
 * been evaluated, and nothing else is needed to paint the first slide: what it does not need (the
 * update checks with workbox-window, proof of play, the position-keeping parser that explains a
 * refused bundle, the status overlay, the checker itself: the first slide shows a bundle this build
 * has checked, see content/checked.ts) is behind a dynamic import() started after the first slide
 * is painted. The browser test below checks that: no script outside this set is fetched before the
 * page marks its first slide painted. Lit and luxon alone are about 27 KB of it.
 *
 * History: 56 KB (the player's whole code), 64 KB, 68 KB (kiosk operations, fault tolerance), then
 * 57 KB counted before the first slide only (56.1 KB); then 61 KB (60.7 KB): the checker's messages in
 * Vietnamese as well as English (issue #17, about 3.3 KB: the quick check runs the same schema, whose
 * messages are built with it; a catalogue by message id that only the staff page, the CLI and the
 * refusal path load would take them back out), video slides' hook and media prefetch (0.7 KB) and
 * the fleet reporter's hook (0.4 KB); then 53 KB (52.6 KB): the checker (valibot, the schema, the
 * rules, their messages in two languages) loads only for a bundle this build has not checked, after
 * the first slide: the stored bundle was checked by this build before it was stored, the built-in one
 * when the build was made (60.9 KB before, measured the same way); 52.5 KB with the media prefetch
 * (needed only for a new bundle, so after the checker) and the fleet reporter's hook after it too;
 * 54 KB (53.8 KB) with picture slides' room for their text (#14) and fit-text's remembered sizes;
 * 55 KB (54.2 KB) with portrait pages' running heads (#14);
 * then, measured without the running heads and rounded up to the next 0.1 KB: 53.6 KB (53.51 KB)
 * without the module-preload dependency lists (build.modulePreload: false); 53.2 KB (53.19 KB) with
 * the kiosk controller (wake lock, context menu, idle pointer) after the first slide; 52.5 KB
 * (52.45 KB) with the watchdog after it too (the errors before it kept for it, kiosk/early-errors.ts);
 * 53 KB (52.86 KB) with both: the portrait running heads and the three moves above (0.14 KB of room);
 * 52 KB (51.95 KB: 50.22 before the elements plus the largest first slide's element, the milestone's,
 * 1.73) with each slide kind's element loaded on demand (render-slide.ts): the first slide's before
 * it, counted here as the largest of them (firstSlideElementScripts), the others after it;
 * 52 KB (51.31 KB) without Vite's preload helper (src/build/no-preload-helper.ts); 50 KB (49.72 KB)
 * with the content checks (player/content-poll.ts: fetchBundle, the byte-by-byte reading, the
 * backoff, keeping a new bundle) after the first slide, the built-in bundle read by a plain fetch.
 * The first paint's hook (src/first-paint/start-at.ts and the deferred capture's import) adds
 * 0.11 KB. The first paint's own script, /first-paint.js (2.0 KB gzipped), is a classic script that
 * runs before the module, not counted here: it is not a module of the player's, and it draws the
 * layer, not the player's slide. 51.3 KB (51.21 KB) with the next slide prepared ahead
 * (app/slide-layers.ts, Lit's repeat and keyed directives, the rotation's peekNext: about 1.4 KB).
 */
const JS_BUDGET_KB = 51.3;

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

  it("the kiosks' precache holds none of the staff page's code or fonts (the JSON editor, its monospace face, its languages)", () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const assets = readdirSync(join(DIST, 'assets'));
    expect(assets.some((name) => /^preview-json-editor-.*\.js$/.test(name))).toBe(true);
    expect(assets.some((name) => name.startsWith('jetbrains-mono-'))).toBe(true);
    // @lit/localize and the English words (src/preview/generated/locales/en.ts) are chunks of their own.
    expect(assets.some((name) => /^preview-localize-.*\.js$/.test(name))).toBe(true);
    expect(assets.some((name) => /^preview-locale-en-.*\.js$/.test(name))).toBe(true);
    expect(worker).not.toMatch(/json-editor|jetbrains-mono|assets\/preview/);
    // Whatever their names: no precached script carries @lit/localize or the staff page's English.
    const precached = [...worker.matchAll(/"(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(precached.length).toBeGreaterThan(3);
    for (const script of precached) {
      const code = readFileSync(join(DIST, script), 'utf8');
      expect(code, script).not.toContain('lit-localize-status');
      expect(code, script).not.toContain('Preview and edit the signage content');
    }
  });

  it(`the player evaluates at most ${JS_BUDGET_KB} KB of gzipped JavaScript before its first slide`, () => {
    const files = playerScripts(DIST);
    // The player's code (the chunk that defines <signage-app>) is counted; the preview's own is not.
    expect(files.some((name) => readFileSync(join(DIST, 'assets', name), 'utf8').match(/["'`]signage-app["'`]/))).toBe(true);
    expect(files.some((name) => name.startsWith('preview'))).toBe(false);
    // The deferred parts are chunks of their own, outside the set.
    for (const deferred of [
      'update-controller',
      'proof-of-play-controller',
      'quick-check',
      'validate',
      'media-cache',
      'status-tools',
      'fleet-wiring',
      'kiosk-controller',
      'watchdog-wiring',
      'watchdog-controller',
      'content-poll',
    ])
      expect(files.some((name) => name.startsWith(deferred))).toBe(false);
    // The first slide's element comes before it too: the largest kind's (any kind can come first).
    const element = firstSlideElementScripts(DIST);
    expect(element.some((name) => name.startsWith('slide-milestone'))).toBe(true);
    expect(files.some((name) => name.startsWith('slide-'))).toBe(false);
    const bytes = [...files, ...element].reduce(
      (sum, name) => sum + gzipSync(readFileSync(join(DIST, 'assets', name)), { level: 9 }).length,
      0,
    );
    expect(bytes).toBeGreaterThan(10 * 1024);
    expect(bytes / 1024).toBeLessThanOrEqual(JS_BUDGET_KB);
  });

  it('no script outside that set is fetched before the first slide is painted; the deferred parts load after it', async () => {
    const before = new Set(playerScripts(DIST));
    const page = await session().context.newPage();
    // A first visit (the built-in bundle) and a repeat visit (the stored bundle, from the service worker).
    for (const visit of ['first', 'repeat']) {
      await page.goto(server.url);
      await page.waitForSelector(READY);
      await page.waitForFunction(`performance.getEntriesByName('${FIRST_SLIDE_MARK}').length === 1`, undefined, { timeout: 20_000 });
      // The deferred parts are under way: let them arrive.
      await page.waitForFunction(
        "performance.getEntriesByType('resource').some((entry) => /update-controller-/.test(entry.name))",
        undefined,
        {
          timeout: 20_000,
        },
      );
      const scripts = await page.evaluate((mark) => {
        const paintedAt = performance.getEntriesByName(mark)[0]!.startTime;
        return performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/[^/]+\.js$/.test(entry.name))
          .map((entry) => ({ name: entry.name.slice(entry.name.lastIndexOf('/') + 1), early: entry.startTime < paintedAt }));
      }, FIRST_SLIDE_MARK);
      const early = scripts.filter((script) => script.early).map((script) => script.name);
      expect(early.length, visit).toBeGreaterThan(0);
      // Besides that set, the first slide's element (one kind's chunk and what it imports), none other.
      const kinds = early.filter((name) => name.startsWith('slide-'));
      expect(kinds.length, `${visit} visit: ${kinds.join(', ')}`).toBeLessThanOrEqual(1);
      for (const name of early)
        expect(
          before.has(name) || name.startsWith('slide-') || name.startsWith('rolldown-runtime'),
          `${visit} visit: ${name} fetched before the first slide`,
        ).toBe(true);
      const late = scripts.filter((script) => !script.early).map((script) => script.name);
      expect(
        late.some((name) => name.startsWith('update-controller')),
        visit,
      ).toBe(true);
      expect(
        late.some((name) => name.startsWith('proof-of-play-controller')),
        visit,
      ).toBe(true);
      // The content checks too (the first visit's built-in bundle is read without them).
      expect(
        late.some((name) => name.startsWith('content-poll')),
        visit,
      ).toBe(true);
      // The watchdog too: it comes on both visits (errors before it are kept for it, kiosk/early-errors.ts).
      expect(
        late.some((name) => name.startsWith('watchdog-wiring')),
        visit,
      ).toBe(true);
      if (visit === 'first') await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 20_000 });
    }
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
