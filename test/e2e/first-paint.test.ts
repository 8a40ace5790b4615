/**
 * The first paint (src/first-paint/): a repeat visit draws the last slogan shown before the player's
 * module runs, the player starts on that slogan, and the layer goes at the first slide boundary; a
 * corrupted snapshot draws nothing. The service worker is blocked in these sessions so that the
 * player's module can be held back with page.route (requests a worker answers are not routed): the
 * layer is then seen alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, defaultBundle, DIST, hasChromium, READY, sessionPerTest, startStaticServer, type StaticServer } from './harness';
import { differences, SAME_AS_SETTLED } from '../../bench/filmstrip';
import { LAYER_ID, SNAPSHOT_KEY } from '../../src/first-paint/snapshot';

/** The campaign's 15 May 2020, on the screen that plays slogans (and two countdowns). */
const AT = '?at=2020-05-15T08:00&screen=slogans-only';
const MODULE = /\/assets\/index-[^/]+\.js$/;

/** Holds the player's entry module back until the returned function is called. */
async function holdModule(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(MODULE, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const layerText = (page: Page) => page.evaluate((id) => document.getElementById(id)?.textContent ?? null, LAYER_ID);

describe.skipIf(!hasChromium)('first paint', () => {
  let server: StaticServer;
  const session = sessionPerTest({ reducedMotion: 'no-preference', extra: { serviceWorkers: 'block' } });

  beforeAll(async () => {
    server = await startStaticServer(DIST);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('a repeat visit shows the last slogan before the module runs; the player starts on it; the layer goes at the first boundary', async () => {
    const slogan = defaultBundle().slogans.find((item) => item.id === 'slogan-2')!;
    const page = await session().context.newPage();
    // The first visit holds slogan-2 (not the first slide of the rotation) until it is kept.
    await page.goto(`${server.url}${AT}&slide=slogan:slogan-2&hold=1`);
    await page.waitForSelector(READY);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY, { timeout: 20_000 });
    const own = await page.screenshot({ type: 'jpeg', quality: 95 });
    await page.screenshot({ path: artifactPath('first-paint-player-1920x1080.png') });
    const stage = await page.evaluate(() => {
      const box = document.querySelector('signage-app')!.shadowRoot!.querySelector('main.stage')!.getBoundingClientRect();
      return { x: box.x / innerWidth, y: box.y / innerHeight, width: box.width / innerWidth, height: box.height / innerHeight };
    });

    // The repeat visit, its module held: the layer alone, drawn and painted.
    const release = await holdModule(page);
    void page.goto(`${server.url}${AT}&speed=5`).catch(() => {});
    await page.waitForFunction((id) => document.getElementById(id) !== null, LAYER_ID);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => customElements.get('signage-app'))).toBeUndefined();
    expect(await layerText(page)).toBe(slogan.text);
    // Painted while the module is held: the entry no longer blocks rendering.
    const alone = await page.screenshot({ type: 'jpeg', quality: 95, timeout: 10_000 });
    await page.screenshot({ path: artifactPath('first-paint-layer-1920x1080.png') });
    // It looks like the player's own slide: the bench's measure of "the same" over the stage.
    const analyzer = await session().context.newPage();
    const [difference] = await differences(
      analyzer,
      [
        { ms: 0, jpeg: alone.toString('base64') },
        { ms: 1, jpeg: own.toString('base64') },
      ],
      stage,
    );
    expect(difference).toBeLessThan(SAME_AS_SETTLED);

    release();
    await page.waitForSelector(READY);
    // The player's first slide is the layer's (not the rotation's first), and the layer stays over it.
    const first = await page.evaluate((id) => {
      const app = document.querySelector('signage-app')!;
      return { slide: app.getAttribute('slide'), held: document.getElementById(id)?.dataset.held ?? null };
    }, LAYER_ID);
    expect(first).toEqual({ slide: 'slogan:slogan-2', held: 'yes' });
    // At the first boundary (a slogan's 12 s at ?speed=5) the next slide enters and the layer fades out.
    await page.waitForFunction(() => document.querySelector('signage-app')!.getAttribute('slide') !== 'slogan:slogan-2', undefined, {
      timeout: 15_000,
    });
    await page.waitForFunction((id) => document.getElementById(id) === null, LAYER_ID, { timeout: 3_000 });
  });

  it('over a frame still being drawn (no ticker yet, the slide’s element still loading) the layer stays, and nothing shows through it', async () => {
    // The default screen: its frame has a ticker, which comes after the player's first frame.
    const at = '?at=2020-05-15T08:00';
    const page = await session().context.newPage();
    await page.goto(`${server.url}${at}&slide=slogan:slogan-2&hold=1`);
    await page.waitForSelector(READY);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY, { timeout: 20_000 });
    const own = await page.screenshot({ type: 'jpeg', quality: 95 });
    const stage = await page.evaluate(() => {
      const box = document.querySelector('signage-app')!.shadowRoot!.querySelector('main.stage')!.getBoundingClientRect();
      return { x: box.x / innerWidth, y: box.y / innerHeight, width: box.width / innerWidth, height: box.height / innerHeight };
    });
    // The slogan's element held back: the player has its first slide but draws its loading line.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/slide-slogan-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}${at}&hold=1`);
    await page.waitForFunction(() => document.querySelector('signage-app')?.getAttribute('slide') === 'slogan:slogan-2');
    await page.waitForFunction(() => document.querySelector('signage-app')!.shadowRoot!.querySelector('.loading') !== null);
    expect(await page.evaluate((id) => document.getElementById(id)?.dataset.held ?? null, LAYER_ID)).toBe('yes');
    const drawing = await page.screenshot({ type: 'jpeg', quality: 95 });
    await page.screenshot({ path: artifactPath('first-paint-over-loading-1920x1080.png') });
    const analyzer = await session().context.newPage();
    const [difference] = await differences(
      analyzer,
      [
        { ms: 0, jpeg: drawing.toString('base64') },
        { ms: 1, jpeg: own.toString('base64') },
      ],
      stage,
    );
    // Full-size screenshots differ at the glyphs' edges (the layer's text sits a fraction of a pixel
    // from the player's: 0.58% of the stage seen); the bench's filmstrip saw 1.5% with the loading line through it.
    expect(difference).toBeLessThan(2 * SAME_AS_SETTLED);
    // The player's loading line lies under an opaque box of the layer.
    const covered = await page.evaluate((id) => {
      // The line's glyphs (its box is the whole stage).
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('signage-app')!.shadowRoot!.querySelector('.loading')!);
      const line = range.getBoundingClientRect();
      if (line.width === 0) return false;
      return [...document.getElementById(id)!.children].some((box) => {
        const rect = box.getBoundingClientRect();
        const opaque = /^rgb\(|, 1\)$/.test(getComputedStyle(box).backgroundColor);
        return opaque && rect.left <= line.left && rect.top <= line.top && rect.right >= line.right && rect.bottom >= line.bottom;
      });
    }, LAYER_ID);
    expect(covered).toBe(true);
    release();
    await page.waitForFunction(() => document.querySelector('signage-app')!.shadowRoot!.querySelector('slide-slogan') !== null);
    expect(await page.evaluate((id) => document.getElementById(id)?.dataset.held ?? null, LAYER_ID)).toBe('yes');
  });

  it('a corrupted snapshot draws nothing, and the player plays as always', async () => {
    const first = await session().context.newPage();
    await first.goto(`${server.url}${AT}&hold=1`);
    await first.waitForSelector(READY);
    await first.waitForFunction((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY, { timeout: 20_000 });
    const kept = JSON.parse((await first.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY))!) as Record<string, unknown>;
    await first.close();
    for (const corrupted of [
      '{"v":1,',
      JSON.stringify({ ...kept, boxes: [{ x: 0, y: 0, w: 10, h: 10, text: 'x', style: { 'background-image': 'url(/x.png)' } }] }),
      JSON.stringify({ ...kept, width: 'wide' }),
    ]) {
      const page = await session().context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Stored before any script of the page runs.
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SNAPSHOT_KEY, corrupted]);
      const release = await holdModule(page);
      void page.goto(`${server.url}${AT}`).catch(() => {});
      // Parsed to the end, so the classic script has run; the module is still held (polled: nothing is painted yet).
      await page.waitForFunction(() => document.readyState !== 'loading', undefined, { polling: 100 });
      expect(await page.evaluate(() => customElements.get('signage-app'))).toBeUndefined();
      expect(await layerText(page), corrupted.slice(0, 40)).toBeNull();
      release();
      await page.waitForSelector(READY);
      expect(await page.evaluate(() => document.querySelector('signage-app')!.getAttribute('slide'))).toBe('slogan:slogan-1');
      expect(await layerText(page)).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('is removed when the screen is in its off hours, and when no slide comes within 15 s', async () => {
    const bundle = defaultBundle() as ReturnType<typeof defaultBundle> & { version: string; screens: Record<string, unknown>[] };
    bundle.version = 'e2e-off-hours';
    for (const screen of bundle.screens) screen.offHours = { from: '20:00', until: '06:00' };
    server.files.set('/content/e2e-off-hours.json', JSON.stringify(bundle));
    const content = '&content=content/e2e-off-hours.json';
    const page = await session().context.newPage();
    // Not held: the published bundle takes over at a slide boundary (after the built-in one), then a slogan of it is kept.
    await page.goto(`${server.url}${AT}${content}&speed=2`);
    await page.waitForFunction(
      (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { content?: string }).content === 'e2e-off-hours',
      SNAPSHOT_KEY,
      { timeout: 45_000 },
    );
    // At night: drawn, then gone as soon as the player says the screen is off.
    const release = await holdModule(page);
    void page.goto(`${server.url}?at=2020-05-15T22:00&screen=slogans-only${content}`).catch(() => {});
    await page.waitForFunction((id) => document.getElementById(id) !== null, LAYER_ID, { polling: 100 });
    release();
    await page.waitForSelector('signage-app[screen-off]', { timeout: 20_000 });
    expect(await layerText(page)).toBeNull();
    await page.unroute(MODULE);

    // The player's module never arrives: the layer goes by itself after 15 s.
    await page.route(MODULE, (route) => route.abort());
    await page.goto(`${server.url}${AT}${content}`);
    expect(bundle.slogans.map((slogan) => slogan.text)).toContain(await layerText(page));
    const drawnAt = Date.now();
    await page.waitForFunction((id) => document.getElementById(id) === null, LAYER_ID, { polling: 250, timeout: 25_000 });
    expect(Date.now() - drawnAt).toBeGreaterThan(10_000);
  });
});
