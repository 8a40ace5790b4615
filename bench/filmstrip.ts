/**
 * When a page's content appears as a person sees it: a Chrome trace with the screenshot category
 * (the filmstrip of DevTools' Performance panel), each frame compared with the settled one.
 *
 * The moment reported is "visually complete" within a region: the timestamp of the first frame
 * from which every later frame looks like the settled frame (few pixels differ by more than a
 * JPEG's noise). A late font swap, a text refitted to its box or a slide replacing a loading
 * placeholder all change pixels, so each pushes the moment later; paint events and
 * first-contentful-paint do not see them (they fire on the first text of any kind, in any font).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown>; snapshot?: string; [key: string]: unknown };
}

export interface Frame {
  /** Since the navigation started (ms). */
  ms: number;
  jpeg: string;
}

/** A region as fractions of the viewport. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Functions compiled by tsx run in the page: its esbuild keeps names through a __name() helper. */
async function namesKept(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = (target) => target');
}

export const WHOLE: Region = { x: 0, y: 0, width: 1, height: 1 };

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.screenshot',
  'blink.user_timing',
  'loading',
  'v8.execute',
];

/**
 * Waits until `expression` is true in the page, asking over the DevTools protocol every 100 ms.
 * Not page.waitForFunction: Playwright would inject its utility script into the page being filmed
 * (about 300 ms of main thread at CPU 6×) and poll on every animation frame.
 */
export async function until(cdp: CDPSession, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => undefined);
    if (answer?.result.value === true) return;
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `action` under a Chrome trace and returns the trace's events (screenshots too, unless `screenshots` is false). */
export async function record(cdp: CDPSession, action: () => Promise<unknown>, screenshots = true): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events loosely (string-valued records); these are Chrome's trace events.
  const collect = (event: { value: object[] }) => events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  const categories = screenshots ? CATEGORIES : CATEGORIES.filter((category) => !category.endsWith('.screenshot'));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/**
 * Loads `url` in `page` under a trace, waits for `ready` and then `settleMs`, and returns the
 * trace's events, its screenshots and the navigation's start (trace clock, µs).
 */
export async function traceLoad(page: Page, cdp: CDPSession, url: string, ready: string, settleMs: number) {
  const events = await record(cdp, async () => {
    await page.goto(url, { waitUntil: 'commit' });
    await until(cdp, ready, 120_000);
    await page.waitForTimeout(settleMs);
  });
  const navigation = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      (event.args?.data?.documentLoaderURL as string | undefined)?.startsWith(url.split('?')[0]!) === true,
  );
  if (!navigation) throw new Error(`no navigationStart for ${url} in the trace`);
  const frames: Frame[] = events
    .filter((event) => event.name === 'Screenshot' && event.ts >= navigation.ts && event.args?.snapshot)
    .sort((a, b) => a.ts - b.ts)
    .map((event) => ({ ms: (event.ts - navigation.ts) / 1000, jpeg: event.args!.snapshot! }));
  return { events, frames, startTs: navigation.ts };
}

/**
 * For each frame, the share of the region's pixels that differ visibly from the last frame's
 * (any channel by more than 40 of 255: JPEG noise stays under it). Decoded in a page of its own.
 */
export async function differences(analyzer: Page, frames: Frame[], region: Region): Promise<number[]> {
  await namesKept(analyzer);
  return analyzer.evaluate(
    async ({ jpegs, region: r }) => {
      const decode = async (jpeg: string) => {
        const bytes = Uint8Array.from(atob(jpeg), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const x = Math.floor(r.x * bitmap.width);
        const y = Math.floor(r.y * bitmap.height);
        const width = Math.max(1, Math.floor(r.width * bitmap.width));
        const height = Math.max(1, Math.floor(r.height * bitmap.height));
        return context.getImageData(x, y, width, height).data;
      };
      const pixels = await Promise.all(jpegs.map(decode));
      const last = pixels[pixels.length - 1]!;
      return pixels.map((data) => {
        if (data.length !== last.length) return 1;
        let differing = 0;
        for (let index = 0; index < data.length; index += 4) {
          const delta = Math.max(
            Math.abs(data[index]! - last[index]!),
            Math.abs(data[index + 1]! - last[index + 1]!),
            Math.abs(data[index + 2]! - last[index + 2]!),
          );
          if (delta > 40) differing++;
        }
        return differing / (data.length / 4);
      });
    },
    { jpegs: frames.map((frame) => frame.jpeg), region },
  );
}

/** A frame with fewer differing pixels than this looks like the settled frame. */
export const SAME_AS_SETTLED = 0.005;

/**
 * The moment the region is visually complete (ms since navigation start), and the first frame
 * with anything in it, from the filmstrip.
 */
export async function visuallyComplete(analyzer: Page, frames: Frame[], region: Region) {
  if (frames.length === 0) throw new Error('the trace holds no screenshots');
  const diff = await differences(analyzer, frames, region);
  let complete = frames.length - 1;
  while (complete > 0 && diff[complete - 1]! < SAME_AS_SETTLED) complete--;
  return {
    completeMs: frames[complete]!.ms,
    frames: frames.length,
    steps: frames.map((frame, index) => [Math.round(frame.ms), Math.round(diff[index]! * 1000) / 1000]),
  };
}

/** The frames as PNG data URLs (for looking at a filmstrip: the trace's JPEGs re-encoded). */
export async function framesAsPng(analyzer: Page, frames: Frame[]): Promise<string[]> {
  await namesKept(analyzer);
  return analyzer.evaluate(
    async (jpegs) => {
      const out: string[] = [];
      for (const jpeg of jpegs) {
        const bytes = Uint8Array.from(atob(jpeg), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
        out.push(canvas.toDataURL('image/png'));
      }
      return out;
    },
    frames.map((frame) => frame.jpeg),
  );
}
