/**
 * Unattended operation, in Chromium against the built app: screen-off hours, a wrong device clock,
 * stale content said plainly, the watchdog's reloads, proof of play, the status overlay, burn-in
 * shift, the wake lock, no menus or selection, and the idle pointer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  appAttributes,
  artifactPath,
  defaultBundle,
  DIST,
  hasChromium,
  nextVietnamTime,
  pinClock,
  READY,
  performanceMetrics as metrics,
  sessionPerTest,
  settle,
  waitForAttribute,
  startStaticServer,
  type StaticServer,
} from './harness';
import { decodePng, dominantShare } from './frames';

const BUNDLE_PATH = '/content/bundle.json';
const app = (page: Page, name: string) =>
  page.evaluate((attribute) => document.querySelector('signage-app')!.getAttribute(attribute), name);

/** The kinds of the slides shown while `ms` pass. */
async function kindsShown(page: Page, ms: number): Promise<Set<string>> {
  const kinds = new Set<string>();
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const slide = await app(page, 'slide');
    if (slide) kinds.add(slide.split(':')[0]!);
    await page.waitForTimeout(50);
  }
  return kinds;
}

describe.skipIf(!hasChromium)('unattended operation', () => {
  let server: StaticServer;
  // Every test starts from an empty profile: a last good bundle, a service worker or watchdog
  // memory left by another test would change what the player does.
  const session = sessionPerTest();
  /** The hour of day real-clock tests run at, whatever the hour CI runs at. */
  const MORNING = '10:00';

  beforeAll(async () => {
    server = await startStaticServer(DIST);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('goes black and still in the screen-off hours, and wakes by itself', async () => {
    const bundle = defaultBundle() as ReturnType<typeof defaultBundle> & { screens: { id: string; offHours?: unknown }[] };
    bundle.screens.find((screen) => screen.id === 'lobby')!.offHours = { from: '22:00', until: '06:00' };
    server.files.set(BUNDLE_PATH, JSON.stringify(bundle));
    try {
      const page = await session().context.newPage();
      const cdp = await session().context.newCDPSession(page);
      await cdp.send('Performance.enable');
      // Three seconds before 22:00 (bundle's zone) on the simulated clock: playing, then off.
      await page.goto(`${server.url}?at=2020-05-15T21:59:57`);
      await page.waitForSelector(READY);
      expect(await app(page, 'screen-off')).toBeNull();
      await waitForAttribute(page, 'screen-off', (value) => value !== null, 10_000);
      await settle(page);
      const black = await page.screenshot({ path: artifactPath('operations-screen-off.png') });
      expect(dominantShare(decodePng(black))).toBe(1);
      // Nothing moves: no animation, no style or layout work while it is off.
      expect(await page.evaluate(() => document.querySelector('signage-app')!.shadowRoot!.getAnimations().length)).toBe(0);
      const before = await metrics(cdp);
      await page.waitForTimeout(3_000);
      const after = await metrics(cdp);
      expect(after.LayoutCount).toBe(before.LayoutCount);
      expect(after.RecalcStyleCount).toBe(before.RecalcStyleCount);

      // Three seconds before 06:00: off at start, then the slides come back without anyone.
      await page.goto(`${server.url}?at=2020-05-16T05:59:57`);
      await waitForAttribute(page, 'screen-off', (value) => value !== null, 10_000);
      await waitForAttribute(page, 'screen-off', (value) => value === null, 10_000);
      await page.waitForSelector(READY);
      expect(await app(page, 'slide')).toBeTruthy();
      await page.close();
    } finally {
      server.files.delete(BUNDLE_PATH);
    }
  });

  it('asleep in its off hours, obeys a newly published bundle that changes them within one poll', async () => {
    const withOffHours = defaultBundle() as ReturnType<typeof defaultBundle> & { screens: { id: string; offHours?: unknown }[] };
    withOffHours.screens.find((screen) => screen.id === 'lobby')!.offHours = { from: '22:00', until: '06:00' };
    server.files.set(BUNDLE_PATH, JSON.stringify(withOffHours));
    try {
      const page = await session().context.newPage();
      // The real clock at 23:00 in Vietnam, one hour into the night.
      await pinClock(page, nextVietnamTime('23:00'));
      await page.goto(`${server.url}?poll=2`);
      await waitForAttribute(page, 'screen-off', (value) => value !== null, 10_000);
      // Staff keep the screen on for an evening event: the new bundle has no off hours.
      const kept = defaultBundle();
      kept.version = `${String(kept.version)}-evening`;
      server.files.set(BUNDLE_PATH, JSON.stringify(kept));
      const published = Date.now();
      // Without waiting for the minute's look at the clock: within a poll (2 s here) and a fetch.
      await waitForAttribute(page, 'screen-off', (value) => value === null, 10_000);
      const wokeAfterMs = Date.now() - published;
      expect(wokeAfterMs).toBeLessThan(10_000);
      await page.waitForSelector(READY);
      expect(await app(page, 'content-version')).toBe(kept.version);
      expect(await app(page, 'content-source')).toBe('network');
      expect(await app(page, 'slide')).toBeTruthy();
      await page.close();
    } finally {
      server.files.delete(BUNDLE_PATH);
    }
  });

  it('with a clock earlier than the build, plays only what holds on any day (the default content has none: the organization), and recovers when the clock is set', async () => {
    const page = await session().context.newPage();
    // A Raspberry Pi after a power cut with no network: 1970.
    await page.clock.install({ time: new Date('1970-01-01T00:00:05Z') });
    await page.clock.resume();
    await page.goto(`${server.url}?speed=60`);
    await page.waitForSelector(READY);
    expect(await app(page, 'clock')).toBe('implausible');
    expect(await app(page, 'phase')).toBeNull();
    const wrongClockKinds = await kindsShown(page, 4_000);
    // Every slogan and figure of the default content is tied to a congress: with no date, none can be placed.
    expect([...wrongClockKinds].sort()).toEqual(['fallback']);
    const headerClock = await page.evaluate(
      () => document.querySelector('signage-app')!.shadowRoot!.querySelector('signage-header')!.clock,
    );
    expect(headerClock).toBe('');
    await page.screenshot({ path: artifactPath('operations-wrong-clock.png') });

    // NTP sets the clock: 15 May 2020 would still be "before the build", so a date after it.
    await page.clock.setSystemTime(nextVietnamTime(MORNING));
    await waitForAttribute(page, 'clock', (value) => value === 'ok');
    const kinds = await kindsShown(page, 6_000);
    expect(kinds.has('timeline')).toBe(true);
    expect(await page.evaluate(() => document.querySelector('signage-app')!.shadowRoot!.querySelector('signage-header')!.clock)).toMatch(
      /^\d\d:\d\d$/,
    );
  });

  it('says plainly since when the content dates while the server cannot be reached, and stops once it can', async () => {
    const page = await session().context.newPage();
    const now = nextVietnamTime(MORNING);
    await pinClock(page, now);
    await page.goto(`${server.url}?poll=2`);
    await page.waitForSelector('signage-app[content-source="network"]');
    // With the server stopped, the page comes from the service worker's cache.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    expect(await app(page, 'stale')).toBeNull();
    await server.stop();
    // The stored content was last confirmed three days ago (the bundle's threshold is 24 h): the
    // store's two records in IndexedDB (src/content/store.ts), the bundle and its confirmation.
    const threeDaysAgo = now.getTime() - 3 * 24 * 3600_000;
    const changed = await page.evaluate(
      (at) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('signage-content');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const db = open.result;
            const transaction = db.transaction(['bundles', 'confirmations'], 'readwrite');
            let count = 0;
            for (const name of ['bundles', 'confirmations'] as const) {
              const store = transaction.objectStore(name);
              const cursor = store.openCursor();
              cursor.onsuccess = () => {
                const entry = cursor.result;
                if (!entry) return;
                const value = entry.value as { savedAt?: number; at?: number };
                entry.update(name === 'bundles' ? { ...value, savedAt: at } : { ...value, at });
                count += 1;
                entry.continue();
              };
            }
            transaction.oncomplete = () => {
              db.close();
              resolve(count);
            };
            transaction.onerror = () => reject(new Error(String(transaction.error)));
          };
        }),
      threeDaysAgo,
    );
    expect(changed).toBe(2);
    try {
      await page.reload();
      await page.waitForSelector(READY);
      const stale = await waitForAttribute(page, 'stale', (value) => value !== null);
      const expected = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        minute: '2-digit',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hourCycle: 'h23',
      }).formatToParts(threeDaysAgo);
      const part = (type: string) => expected.find((entry) => entry.type === type)!.value;
      expect(stale).toBe(`${part('hour')}:${part('minute')} ngày ${part('day')}/${part('month')}/${part('year')}`);
      const line = await page.evaluate(() => document.querySelector('signage-app')!.shadowRoot!.querySelector('.stale')?.textContent);
      expect(line).toBe(`Nội dung cập nhật lúc ${stale}`);
      await page.screenshot({ path: artifactPath('operations-stale.png') });
    } finally {
      await server.restart();
    }
    await waitForAttribute(page, 'stale', (value) => value === null, 15_000);
    expect(await page.evaluate(() => document.querySelector('signage-app')!.shadowRoot!.querySelector('.stale'))).toBeNull();
    await page.close();
  });

  it('reloads after an uncaught error, waiting longer after each recent reload', async () => {
    const page = await session().context.newPage();
    await pinClock(page, nextVietnamTime(MORNING));
    await page.goto(server.url);
    await page.waitForSelector(READY);
    await page.evaluate(() => localStorage.removeItem('signage:watchdog'));
    // From a task of the page's own (the page's timers are Playwright's fake ones here).
    await page.evaluate(() =>
      queueMicrotask(() => {
        throw new Error('test: broken');
      }),
    );
    expect(await waitForAttribute(page, 'watchdog', (value) => value !== null, 5_000)).toMatch(
      /^reload in (10|9) s: uncaught error: .*test: broken/,
    );
    // The reload comes by itself, 10 s later.
    await page.waitForEvent('load', { timeout: 20_000 });
    await page.waitForSelector(READY);
    const memory = await page.evaluate(() => JSON.parse(localStorage.getItem('signage:watchdog')!));
    expect(memory.reloads).toHaveLength(1);
    expect(memory.last.reason).toMatch(/test: broken/);
    // A second failure within the hour waits a minute, not ten seconds.
    await page.evaluate(() =>
      queueMicrotask(() => {
        throw new Error('test: broken again');
      }),
    );
    expect(await waitForAttribute(page, 'watchdog', (value) => value !== null, 5_000)).toMatch(/^reload in (60|59) s: /);
    await page.evaluate(() => localStorage.removeItem('signage:watchdog'));
    await page.close();
  });

  it('an error thrown before the first slide is kept until the watchdog loads (after that slide), then reloads as any other', async () => {
    const page = await session().context.newPage();
    // ?at= rather than a pinned clock: the times compared below are all the page's real ones.
    // Thrown as soon as <signage-app> is defined (its constructor has run): long before the first
    // slide is painted, while the watchdog is not there yet.
    await page.addInitScript(() => {
      void customElements.whenDefined('signage-app').then(() => {
        (window as Window & { earlyAt?: number }).earlyAt = performance.now();
        setTimeout(() => {
          throw new Error('test: before the first slide');
        });
      });
    });
    await page.goto(`${server.url}?at=2020-05-15T10:00`);
    await page.waitForSelector(READY);
    expect(await waitForAttribute(page, 'watchdog', (value) => value !== null, 10_000)).toMatch(
      /^reload in (10|9) s: uncaught error: .*test: before the first slide/,
    );
    // It was thrown before the first slide was marked painted (so before the watchdog's script could load).
    const order = await page.evaluate(() => ({
      thrownAt: (window as Window & { earlyAt?: number }).earlyAt,
      paintedAt: performance.getEntriesByName('signage:first-slide-painted')[0]?.startTime,
      watchdogFetchedAt: performance.getEntriesByType('resource').find((entry) => /watchdog-wiring-/.test(entry.name))?.startTime,
    }));
    expect(order.thrownAt).toBeLessThan(order.paintedAt!);
    expect(order.paintedAt).toBeLessThanOrEqual(order.watchdogFetchedAt!);
    await page.close();
  });

  it('shows its status on ?debug=1 and the D key', async () => {
    const page = await session().context.newPage();
    await page.goto(`${server.url}?at=2020-05-15T08:00&speed=120&debug=1`);
    await page.waitForSelector(READY);
    await page.waitForSelector('status-overlay');
    const overlayText = () =>
      page.evaluate(() =>
        [...document.querySelector('signage-app')!.shadowRoot!.querySelector('status-overlay')!.shadowRoot!.querySelectorAll('dt')]
          .map((dt) => `${dt.textContent} = ${dt.nextElementSibling!.textContent}`)
          .join('\n'),
      );
    // A fresh profile: the service worker's first install is said as such, then its state once active.
    expect(await overlayText()).toMatch(
      /service worker: (registering|active none, does not control this page, new build installing|active)/,
    );
    await expect
      .poll(overlayText, { timeout: 15_000 })
      .toMatch(/service worker: active (activated|activating), (controls|does not control) this page/);
    const text = await overlayText();
    for (const label of [
      'Content',
      'Last fetch',
      'Rejected bundle',
      'Stale content',
      'App',
      'Network',
      'Uptime',
      'Clock',
      'Screen off',
      'Watchdog',
      'Proof of play',
    ])
      expect(text).toContain(label);
    // Heap only where the browser tells it (Chromium's performance.memory).
    expect(text.includes('JS heap')).toBe(await page.evaluate(() => 'memory' in performance));
    expect(text).toContain('2020-02-10.1');
    expect(text).toContain('simulated 15/05/2020 08:0');
    await page.screenshot({ path: artifactPath('operations-status-overlay.png') });
    await page.keyboard.press('d');
    await page.waitForFunction(() => !document.querySelector('signage-app')!.shadowRoot!.querySelector('status-overlay'));
    await page.keyboard.press('d');
    await page.waitForFunction(() => !!document.querySelector('signage-app')!.shadowRoot!.querySelector('status-overlay'));
    await page.close();
  });

  it('records proof of play on the real clock only, and exports it as CSV', async () => {
    const overlayButton = (page: Page) =>
      page.evaluate(() =>
        (
          document
            .querySelector('signage-app')!
            .shadowRoot!.querySelector('status-overlay')!
            .shadowRoot!.querySelector('button') as HTMLButtonElement
        ).click(),
      );
    const recorded = (page: Page) =>
      page.evaluate(() =>
        Number(
          /(\d+) bản ghi/.exec(
            document.querySelector('signage-app')!.shadowRoot!.querySelector('status-overlay')?.shadowRoot?.textContent ?? '',
          )?.[1] ?? NaN,
        ),
      );

    // A preview on a chosen clock (?at=, ?speed=) plays many slides and records none of them.
    const simulated = await session().context.newPage();
    await simulated.goto(`${server.url}?at=2020-05-15T08:00&speed=120&debug=1`);
    await simulated.waitForSelector(READY);
    await simulated.waitForFunction(() =>
      /bản ghi/.test(document.querySelector('signage-app')!.shadowRoot!.querySelector('status-overlay')?.shadowRoot?.textContent ?? ''),
    );
    const before = await recorded(simulated);
    await simulated.waitForTimeout(2_000);
    expect(await recorded(simulated)).toBe(before);
    await simulated.close();

    const page = await session().context.newPage();
    const now = nextVietnamTime(MORNING);
    await pinClock(page, now);
    await page.goto(`${server.url}?debug=1`);
    await page.waitForSelector(READY);
    const first = await app(page, 'slide');
    await page.waitForFunction(
      (count) =>
        Number(
          /(\d+) bản ghi/.exec(
            document.querySelector('signage-app')!.shadowRoot!.querySelector('status-overlay')?.shadowRoot?.textContent ?? '',
          )?.[1] ?? 0,
        ) > count,
      before,
    );
    const download = page.waitForEvent('download');
    await overlayButton(page);
    const csv = readFileSync(await (await download).path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('shownAt,deviceAt,screen,slide,kind,contentVersion,appVersion,plannedSeconds');
    expect(lines).toHaveLength(before + 2);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
    const last = lines.at(-1)!;
    expect(last).toMatch(
      new RegExp(
        `^${today}T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+07:00,20\\d\\d-\\d\\d-\\d\\dT[\\d:.]+Z,lobby,[a-z]+(:[^,]+)?,[a-z]+,2020-02-10\\.1,[\\w.-]+,\\d+(\\.\\d)?$`,
      ),
    );
    expect(last.split(',')[3]).toBe(first);
    await page.close();
  });

  it('moves the persistent frame by a few pixels now and then (burn-in care)', async () => {
    const page = await session().context.newPage();
    const shifts = new Set<string>();
    for (const at of ['2020-05-15T08:00', '2020-05-15T08:10', '2020-05-15T08:20']) {
      await page.goto(`${server.url}?at=${at}&hold=1`);
      await page.waitForSelector(READY);
      const translate = await page.evaluate(
        () => getComputedStyle(document.querySelector('signage-app')!.shadowRoot!.querySelector('signage-header')!).translate,
      );
      const [x, y] = translate.split(' ').map((value) => parseFloat(value) || 0);
      expect(Math.abs(x!)).toBeLessThanOrEqual(3);
      expect(Math.abs(y ?? 0)).toBeLessThanOrEqual(3);
      shifts.add(translate);
    }
    expect(shifts.size).toBe(3);
    await page.close();
  });

  it('holds the screen wake lock; no context menu, selection or drag', async () => {
    const page = await session().context.newPage();
    await pinClock(page, nextVietnamTime(MORNING));
    await page.goto(server.url);
    await page.waitForSelector(READY);
    // The kiosk controller loads after the first slide: the wake lock says when it is there.
    // Chromium grants the screen wake lock to a visible page, headless included.
    await page.waitForFunction(() => document.querySelector('signage-app')!.getAttribute('wake-lock') === 'held', undefined, {
      timeout: 5000,
    });
    const prevented = await page.evaluate(() =>
      ['contextmenu', 'selectstart', 'dragstart'].map((type) => {
        const event = new Event(type, { bubbles: true, cancelable: true });
        document.body.dispatchEvent(event);
        return event.defaultPrevented;
      }),
    );
    expect(prevented).toEqual([true, true, true]);
    expect((await appAttributes(page))['wake-lock']).toBe('held');
    await page.close();
  });

  it('hides a still pointer and shows it when it moves', async () => {
    const page = await session().context.newPage();
    await page.goto(`${server.url}?at=2020-05-15T08:00&hold=1`);
    await page.waitForSelector(READY);
    // Hidden from the start once the kiosk controller is there (it loads after the first slide).
    await waitForAttribute(page, 'pointer-idle', (value) => value === '', 5_000);
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 210);
    expect(await app(page, 'pointer-idle')).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('signage-app')!).cursor)).not.toBe('none');
    await waitForAttribute(page, 'pointer-idle', (value) => value === '', 6_000);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('signage-app')!).cursor)).toBe('none');
    expect(Object.keys(await appAttributes(page))).toContain('pointer-idle');
    await page.close();
  });
});
