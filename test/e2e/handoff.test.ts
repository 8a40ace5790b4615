/**
 * Slide changes hand over to a slide prepared ahead (src/app/slide-layers.ts): the next slide is
 * rendered and fitted behind the one on screen before its boundary, and the boundary only brings
 * that element to the front. The `slide` attribute names the slide on screen, never the prepared one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, hasChromium, openPlayer, sessionPerTest, startStaticServer, type StaticServer } from './harness';

describe.skipIf(!hasChromium)('slide handover', () => {
  let server: StaticServer;
  const session = sessionPerTest();

  beforeAll(async () => {
    server = await startStaticServer(DIST);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('lays the next slide out behind the one on screen before its boundary, then brings that element to the front', async () => {
    // The campaign's 15 May 2020, pinned by ?at=; six times faster, so slides last a few seconds.
    const page = await openPlayer(session(), `${server.url}?at=2020-05-15T08:00&speed=6`);
    const result = await page.evaluate(async () => {
      type SlideHost = HTMLElement & { slide?: { id: string } };
      const app = document.querySelector('signage-app')!;
      const stage = app.shadowRoot!.querySelector('main.stage')!;
      // Wait for a slide change, then for the slide after it to be prepared behind.
      const attributeChange = () =>
        new Promise<string | null>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(app.getAttribute('slide'));
          });
          observer.observe(app, { attributes: true, attributeFilter: ['slide'] });
        });
      await attributeChange();
      const started = performance.now();
      while (stage.children.length < 2 && performance.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
      const [onScreen, prepared] = [...stage.children] as SlideHost[];
      if (!onScreen || !prepared) return { prepared: false };
      const fitted = [...(prepared.shadowRoot?.querySelectorAll<HTMLElement>('[data-fit]') ?? [])];
      const box = prepared.getBoundingClientRect();
      const before = {
        attribute: app.getAttribute('slide'),
        onScreenId: onScreen.slide?.id,
        preparedId: prepared.slide?.id,
        preparedTag: prepared.localName,
        opacity: getComputedStyle(prepared).opacity,
        display: getComputedStyle(prepared).display,
        inert: prepared.inert,
        width: box.width,
        height: box.height,
        fittedBoxes: fitted.length,
        fittedSizes: fitted.map((element) => element.style.fontSize),
        fittedHeights: fitted.map((element) => element.clientHeight),
      };
      const after = await attributeChange();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const front = stage.children[0] as SlideHost;
      return {
        prepared: true,
        before,
        after: {
          attribute: after,
          sameElement: front === prepared,
          frontId: front.slide?.id,
          inert: front.inert,
          onScreenGone: !onScreen.isConnected,
          // The entrance plays on the element brought to the front.
          animations: front.getAnimations().map((animation) => (animation as CSSAnimation).animationName),
        },
      };
    });
    expect(result.prepared).toBe(true);
    const { before, after } = result as Required<typeof result>;
    // Before the boundary: the attribute names the slide on screen; the next one is there, laid out and fitted, unseen.
    expect(before.attribute).toBe(before.onScreenId);
    expect(before.preparedId).toBeDefined();
    expect(before.preparedId).not.toBe(before.onScreenId);
    expect(before.opacity).toBe('0');
    expect(before.display).not.toBe('none');
    expect(before.inert).toBe(true);
    expect(before.width).toBeGreaterThan(500);
    expect(before.height).toBeGreaterThan(300);
    expect(before.fittedBoxes).toBeGreaterThan(0);
    for (const size of before.fittedSizes) expect(size).toMatch(/^\d+(\.\d+)?px$/);
    for (const height of before.fittedHeights) expect(height).toBeGreaterThan(0);
    // At the boundary: the prepared element itself comes to the front, and only then does the attribute name it.
    expect(after.attribute).toBe(before.preparedId);
    expect(after.frontId).toBe(before.preparedId);
    expect(after.sameElement).toBe(true);
    expect(after.inert).toBe(false);
    expect(after.onScreenGone).toBe(true);
    expect(after.animations).toContain('enter');
    await page.close();
  });
});
