/**
 * Each slide kind's element is a chunk of its own, loaded on demand (src/elements/render-slide.ts):
 * the first slide's before it, the others after it. A slide whose element has not arrived yet is
 * never an empty box on the stage (app/slide-elements.ts), and one whose element cannot load fails
 * as a slide that throws does: the fallback stands in for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { artifactPath, DIST, hasChromium, openPlayer, sessionPerTest, settle, startStaticServer, type StaticServer } from './harness';

const SLIDE_CHUNK = /^\/assets\/slide-[a-z]+-[\w-]+\.js$/;

describe.skipIf(!hasChromium)('slide elements on demand', () => {
  let server: StaticServer;
  const session = sessionPerTest();

  beforeAll(async () => {
    server = await startStaticServer(DIST);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('a slide waits for its element (slow to come) with the stage as it was, never an undefined element', async () => {
    server.override = async (_request, _response, path) => {
      if (SLIDE_CHUNK.test(path)) await sleep(1_500);
      return false;
    };
    try {
      const page = await openPlayer(session(), `${server.url}?at=2020-05-15T08:00&hold=1`);
      // Every frame for 4 s: what the stage holds.
      const frames = await page.evaluate(
        () =>
          new Promise<{ undefinedElement: number; loading: number; slide: number }>((resolve) => {
            const seen = { undefinedElement: 0, loading: 0, slide: 0 };
            const end = performance.now() + 4_000;
            const look = () => {
              const stage = document.querySelector('signage-app')!.shadowRoot!.querySelector('main.stage')!;
              if (stage.querySelector(':not(:defined)')) seen.undefinedElement++;
              if (stage.querySelector('.loading')) seen.loading++;
              if ([...stage.children].some((child) => child.localName.startsWith('slide-') && child.matches(':defined'))) seen.slide++;
              if (performance.now() < end) requestAnimationFrame(look);
              else resolve(seen);
            };
            requestAnimationFrame(look);
          }),
      );
      await settle(page);
      await page.screenshot({ path: artifactPath('slide-elements-slow.png') });
      // Not vacuous: the page did wait (the element came 1.5 s late), then showed the slide.
      expect(frames.loading).toBeGreaterThan(0);
      expect(frames.slide).toBeGreaterThan(0);
      expect(frames.undefinedElement).toBe(0);
      const first = server.log.find((entry) => SLIDE_CHUNK.test(entry.path));
      expect(first?.status).toBe(200);
    } finally {
      server.override = undefined;
    }
  });

  it('a slide whose element cannot load shows the fallback (the organisation and the clock), as a slide that fails to render', async () => {
    server.override = (_request, response, path) => {
      if (!SLIDE_CHUNK.test(path)) return false;
      response.writeHead(404).end();
      return true;
    };
    try {
      const page = await openPlayer(session(), `${server.url}?at=2020-05-15T08:00&hold=1`);
      await page.waitForFunction(
        () => document.querySelector('signage-app')!.shadowRoot!.querySelector('main.stage slide-fallback'),
        undefined,
        {
          timeout: 15_000,
        },
      );
      await settle(page);
      await page.screenshot({ path: artifactPath('slide-elements-refused.png') });
      const fallback = await page.evaluate(
        () => document.querySelector('signage-app')!.shadowRoot!.querySelector('slide-fallback')!.shadowRoot!.textContent ?? '',
      );
      expect(fallback.trim().length).toBeGreaterThan(0);
      const errors = await page.evaluate(() => document.querySelector('signage-app')!.errors.map((error) => error.message));
      expect(errors.some((message) => /failed to render: .*element did not load/.test(message))).toBe(true);
    } finally {
      server.override = undefined;
    }
  });
});
