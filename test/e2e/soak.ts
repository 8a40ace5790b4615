/**
 * Soak measurements shared by the benchmark and the budget test: DevTools metrics after a GC,
 * taken as the smallest of several samples over a run of slides (slides differ in size and the
 * rotation does not stop to be measured).
 */
import type { CDPSession, Page } from 'playwright-core';

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** The smallest value of each metric over `samples` measurements taken a few slides apart. */
export async function lowest(cdp: CDPSession, page: Page, samples = 12): Promise<Record<string, number>> {
  const low: Record<string, number> = {};
  for (let sample = 0; sample < samples; sample++) {
    const measured = await metrics(cdp);
    for (const [name, value] of Object.entries(measured)) low[name] = Math.min(low[name] ?? Infinity, value);
    await waitForSlideChanges(page, 3, 10_000);
  }
  return low;
}

export async function waitForSlideChanges(page: Page, count: number, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ([wanted, limit]) =>
      new Promise<number>((resolve) => {
        const app = document.querySelector('signage-app')!;
        let changes = 0;
        const observer = new MutationObserver(() => {
          if (++changes >= wanted) {
            observer.disconnect();
            resolve(changes);
          }
        });
        observer.observe(app, { attributes: true, attributeFilter: ['slide'] });
        setTimeout(() => {
          observer.disconnect();
          resolve(changes);
        }, limit);
      }),
    [count, timeoutMs] as const,
  );
}
