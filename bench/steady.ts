/**
 * The player between and during slide changes: main-thread CPU while it plays at 1× with the
 * ticker on, what runs each second, and the transitions at CPU 6× (long tasks, dropped frames,
 * which properties they animate).
 */
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/browser';
import { newPage } from './first-slide';
import { record, type TraceEvent } from './filmstrip';

/** The lobby screen on the real clock, ticker on (the campaign's default profile). */
const PLAYING = "document.querySelector('signage-app')?.getAttribute('state') === 'playing'";

async function taskSeconds(cdp: { send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')!.value;
}

/**
 * Main-thread task time over `seconds` of playback at 1× (Performance.getMetrics TaskDuration),
 * as a share of one core; and a 10-second trace of what the main thread ran in that time.
 */
export async function cpuBetweenSlides(server: { url: string }, seconds = 300) {
  const session = await launch();
  try {
    const page = await newPage(session.context);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // A day of the campaign, at real pace: today the default content has nothing current (one
    // record slide, no ticker), which would measure a screen with nothing to do.
    await page.goto(`${server.url}?at=2020-05-15T08:00`);
    await page.waitForFunction(PLAYING, undefined, { timeout: 30_000 });
    const ticker = await page.evaluate(() => document.querySelector('signage-app')!.shadowRoot!.querySelector('signage-ticker') !== null);
    // The deferred parts and the first poll are done.
    await page.waitForTimeout(5_000);
    const slideChanges = page.evaluate(
      (limit) =>
        new Promise<number>((resolve) => {
          let changes = 0;
          const observer = new MutationObserver(() => changes++);
          observer.observe(document.querySelector('signage-app')!, { attributes: true, attributeFilter: ['slide'] });
          setTimeout(() => {
            observer.disconnect();
            resolve(changes);
          }, limit);
        }),
      seconds * 1000,
    );
    const before = await taskSeconds(cdp);
    const started = Date.now();
    const changes = await slideChanges;
    const after = await taskSeconds(cdp);
    const wall = (Date.now() - started) / 1000;
    // What runs in ten seconds of it.
    const events = await record(cdp, () => page.waitForTimeout(10_000), false);
    return {
      seconds: Math.round(wall),
      ticker,
      slideChanges: changes,
      taskSeconds: Math.round((after - before) * 1000) / 1000,
      percentOfOneCore: Math.round(((after - before) / wall) * 100 * 100) / 100,
      tenSeconds: whatRuns(events),
    };
  } finally {
    await session.close();
  }
}

/** The main thread's top-level tasks in a trace, grouped by what they did, and the areas painted. */
export function whatRuns(events: TraceEvent[]) {
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const busiest = mains
    .map((thread) => ({ thread, count: events.filter((event) => event.pid === thread.pid && event.tid === thread.tid).length }))
    .sort((a, b) => b.count - a.count)[0]?.thread;
  const own = events.filter((event) => event.pid === busiest?.pid && event.tid === busiest?.tid && event.ph === 'X');
  const tasks = own.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 0);
  const inside = (task: TraceEvent, name: string) =>
    own.filter((event) => event.name === name && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0));
  const groups: Record<string, { count: number; ms: number }> = {};
  for (const task of tasks) {
    const timer = inside(task, 'TimerFire')[0];
    const frame = inside(task, 'FireAnimationFrame')[0];
    const paint = inside(task, 'Paint')[0];
    const script = inside(task, 'FunctionCall')[0];
    const name = timer
      ? 'timer'
      : frame
        ? 'animation frame'
        : script
          ? `script ${(script.args?.data?.functionName as string | undefined) || '(anonymous)'}`
          : paint
            ? 'paint'
            : inside(task, 'Layerize').length > 0 || inside(task, 'Commit').length > 0
              ? 'composite (update layers, commit)'
              : `other (${own.find((event) => event !== task && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0))?.name ?? 'nothing traced inside'})`;
    const group = (groups[name] ??= { count: 0, ms: 0 });
    group.count++;
    group.ms += (task.dur ?? 0) / 1000;
  }
  const paints = own
    .filter((event) => event.name === 'Paint')
    .map((event) => {
      const clip = event.args?.data?.clip as number[] | undefined;
      return clip ? `${Math.round(Math.abs(clip[2]! - clip[0]!))}×${Math.round(Math.abs(clip[5]! - clip[1]!))}` : '?';
    });
  const paintSizes: Record<string, number> = {};
  for (const size of paints) paintSizes[size] = (paintSizes[size] ?? 0) + 1;
  return {
    tasks: tasks.length,
    taskMs: Math.round(tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 100) / 10,
    byKind: Object.fromEntries(
      Object.entries(groups).map(([name, group]) => [name, { count: group.count, ms: Math.round(group.ms * 10) / 10 }]),
    ),
    paints: paintSizes,
  };
}

/** What the slide transitions animate, read from the running animations of the app's shadow tree. */
async function animatedProperties(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('signage-app')!.shadowRoot!;
    const found = new Set<string>();
    const visit = (node: ShadowRoot) => {
      for (const animation of node.getAnimations()) {
        const effect = animation.effect as KeyframeEffect | null;
        for (const frame of effect?.getKeyframes() ?? [])
          for (const key of Object.keys(frame)) if (!['offset', 'computedOffset', 'easing', 'composite'].includes(key)) found.add(key);
      }
      for (const element of node.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(root);
    return [...found];
  });
}

/** `count` transitions at CPU `rate`: long tasks, frames dropped, and the properties animated. */
export async function transitions(server: { url: string }, rate = 6, count = 60) {
  const session = await launch();
  try {
    const page = await newPage(session.context);
    const cdp = await session.context.newCDPSession(page);
    await page.goto(`${server.url}?at=2020-05-15T08:00&speed=12&min-slide-ms=1500`);
    await page.waitForSelector('signage-app[state="playing"]');
    await page.waitForTimeout(3000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const properties = new Set<string>();
    const sampling = setInterval(() => {
      void animatedProperties(page)
        .then((found) => found.forEach((name) => properties.add(name)))
        .catch(() => {});
    }, 200);
    try {
      const result = await page.evaluate(async (wanted) => {
        const longTasks: { start: number; duration: number }[] = [];
        const observer = new PerformanceObserver((list) =>
          list.getEntries().forEach((entry) => longTasks.push({ start: entry.startTime, duration: entry.duration })),
        );
        observer.observe({ type: 'longtask', buffered: false });
        const app = document.querySelector('signage-app')!;
        const stage = app.shadowRoot!.querySelector('main.stage')!;
        // The slide elements prepared behind the one on screen (src/app/slide-layers.ts), seen once a frame.
        const prepared = new WeakSet<Element>();
        const changedAt: number[] = [];
        let handedOver = 0;
        let changes = 0;
        let frames = 0;
        let dropped = 0;
        let last = performance.now();
        let running = true;
        const tick = (now: number) => {
          const gap = now - last;
          last = now;
          frames++;
          if (stage.children[1]) prepared.add(stage.children[1]);
          // A gap of more than 1.5 frames at 60 Hz means at least one frame was missed: `dropped` counts the
          // frames missed, so drawn + missed is the frames a 60 Hz screen would have shown over the run.
          if (gap > 25) dropped += Math.round(gap / 16.67) - 1;
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(tick);
        });
        await new Promise<void>((resolve) => {
          const mutation = new MutationObserver(() => {
            changedAt.push(performance.now());
            if (stage.children[0] && prepared.has(stage.children[0])) handedOver++;
            if (++changes >= wanted) {
              mutation.disconnect();
              resolve();
            }
          });
          mutation.observe(app, { attributes: true, attributeFilter: ['slide'] });
        });
        running = false;
        observer.disconnect();
        // A transition: the task that changes the slide and the entrance after it (700 ms).
        const during = longTasks.filter((task) => changedAt.some((at) => task.start <= at + 700 && task.start + task.duration >= at));
        return {
          transitions: changes,
          handedOver,
          frames,
          droppedFrames: dropped,
          longTasks: longTasks.length,
          longestTaskMs: Math.round(Math.max(0, ...longTasks.map((task) => task.duration))),
          longTasksDuringTransitions: during.length,
          longestDuringTransitionMs: Math.round(Math.max(0, ...during.map((task) => task.duration))),
        };
      }, count);
      return { cpuThrottle: rate, ...result, animatedProperties: [...properties].sort() };
    } finally {
      clearInterval(sampling);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  } finally {
    await session.close();
  }
}
