/** Shared pieces of the browser tests: the built app on a local server, a browser, page probes. */
import { afterEach, beforeEach } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { findChromium, launch, type Session } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export const hasChromium = findChromium() !== undefined;
/** SIGNAGE_TEST_DIST lets two checkouts' suites run side by side without building into one folder. */
export const DIST = process.env.SIGNAGE_TEST_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../test-results', import.meta.url));

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}`;
}

export function defaultBundle(): Record<string, unknown> & { slogans: { id: string; text: string }[]; announcements: unknown[] } {
  return JSON.parse(readFileSync(new URL('../../content/bundle.json', import.meta.url), 'utf8'));
}

export { launch, startStaticServer, type Session, type StaticServer };

export const READY = 'signage-app[state="playing"], signage-app[state="fallback"]';

/** The screens the player is looked at on: the lobby's panel both ways, a 4K panel, an old 1366×768 TV, a 7-inch 800×480 board. */
export const SCREENS = {
  landscape: { name: '1920x1080', width: 1920, height: 1080 },
  portrait: { name: '1080x1920', width: 1080, height: 1920 },
  uhd: { name: '3840x2160', width: 3840, height: 2160 },
  oldTv: { name: '1366x768', width: 1366, height: 768 },
  small: { name: '800x480', width: 800, height: 480 },
} as const;

/**
 * A new page of the session at `viewport`, on the player at `url`, once it plays. A dialog (an
 * alert a hostile slogan might raise) fails the test.
 */
export async function openPlayer(
  session: Session,
  url: string,
  viewport: { width: number; height: number } = SCREENS.landscape,
): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(url);
  await page.waitForSelector(READY, { timeout: 15_000 });
  return page;
}

export async function appAttributes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const app = document.querySelector('signage-app')!;
    return Object.fromEntries([...app.attributes].map((attribute) => [attribute.name, attribute.value]));
  });
}

/** Waits until the slide (and its fitted text, after web fonts) has settled. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

export interface Overflow {
  where: string;
  text: string;
  scroll: string;
  client: string;
}

/**
 * Every text box of the frame and of the slide on screen: its content must fit its box.
 * Boxes are those marked data-fit (fitted blocks) and data-text (single labels).
 */
export async function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: { where: string; text: string; scroll: string; client: string }[] = [];
    const visit = (root: Document | ShadowRoot, where: string) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot, `${where} > ${element.localName}`);
        if (!element.hasAttribute('data-fit') && !element.hasAttribute('data-text')) continue;
        if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
          found.push({
            where: `${where} > ${element.localName}.${element.className}`,
            text: (element.textContent ?? '').trim().slice(0, 60),
            scroll: `${element.scrollWidth}x${element.scrollHeight}`,
            client: `${element.clientWidth}x${element.clientHeight}`,
          });
        }
      }
    };
    visit(document, 'document');
    return found;
  });
}

/** Font sizes (px) of the fitted text blocks of the slide on screen. */
export async function fittedFontSizes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const sizes: number[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.hasAttribute('data-fit')) sizes.push(parseFloat(getComputedStyle(element).fontSize));
      }
    };
    visit(document);
    return sizes;
  });
}

/**
 * A fresh browser profile for every test of a suite: its own localStorage, IndexedDB, Cache
 * Storage and service worker registration, so no test sees what an earlier one left behind.
 */
export function sessionPerTest(options: Parameters<typeof launch>[0] = {}): () => Session {
  let current: Session | undefined;
  beforeEach(async () => {
    current = await launch(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('sessionPerTest: no session outside a test');
    return current;
  };
}

/**
 * The next instant the clock in Vietnam reads `hourMinute` (e.g. "10:00"), from now. Tests on the
 * real clock pin the page's clock there (Playwright's page.clock): the hour of day is then the
 * test's choice, not the hour CI happens to run at, and the date is still after the build (a
 * device clock earlier than the build is taken as wrong).
 */
export function nextVietnamTime(hourMinute: string, from = Date.now()): Date {
  const [hour, minute] = hourMinute.split(':').map(Number) as [number, number];
  const VIETNAM_OFFSET_MS = 7 * 3600_000; // no daylight saving time in Asia/Ho_Chi_Minh
  const local = new Date(from + VIETNAM_OFFSET_MS);
  let target = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, minute) - VIETNAM_OFFSET_MS;
  if (target <= from) target += 24 * 3600_000;
  return new Date(target);
}

/** Pins the context's clock (Date and timers of its pages) to `at`, then lets it run at real pace. */
export async function pinClock(page: Page, at: Date): Promise<void> {
  await page.clock.install({ time: at });
  await page.clock.resume();
}

/** The ids of the slides the page shows over `ms` of real time (the page's timers run), the one on screen first. */
export async function slidesDuring(page: Page, ms: number): Promise<string[]> {
  return page.evaluate(async (duration) => {
    const app = document.querySelector('signage-app')!;
    const seen: string[] = [app.getAttribute('slide') ?? ''];
    const observer = new MutationObserver(() => seen.push(app.getAttribute('slide') ?? ''));
    observer.observe(app, { attributes: true, attributeFilter: ['slide'] });
    await new Promise((resolve) => setTimeout(resolve, duration));
    observer.disconnect();
    return seen;
  }, ms);
}

/** The attribute's value; null while the page is between two documents (a reload). */
export const appAttribute = (page: Page, name: string) =>
  page
    .evaluate((attributeName) => document.querySelector('signage-app')?.getAttribute(attributeName) ?? null, name)
    .catch((error: unknown) => {
      if (/context was destroyed|navigat/i.test(String(error))) return null;
      throw error;
    });

/** Waits until the attribute passes `test`; fails with every attribute of the element after `timeout`. */
export async function waitForAttribute(
  page: Page,
  name: string,
  test: (value: string | null) => boolean,
  timeout = 20_000,
): Promise<string | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await appAttribute(page, name);
    if (test(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `attribute ${name} is still ${JSON.stringify(value)} after ${timeout} ms; ${JSON.stringify(await appAttributes(page))}`,
      );
    await page.waitForTimeout(100);
  }
}

/** Chromium's performance counters of the page (layouts, style recalculations, task time). */
export async function performanceMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}
