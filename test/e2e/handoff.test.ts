/**
 * Slide changes hand over to a slide prepared ahead (src/app/slide-layers.ts): the next slide is
 * rendered and fitted behind the one on screen before its boundary, and the boundary only brings
 * that element to the front. The `slide` attribute names the slide on screen, never the prepared one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, defaultBundle, hasChromium, openPlayer, sessionPerTest, startStaticServer, type StaticServer } from './harness';

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

  it('a new bundle at the boundary that rewrites the prepared slide shows the new text, not the prepared one', async () => {
    const page = await openPlayer(session(), `${server.url}?at=2020-05-15T08:00&speed=2&poll=1`);
    // Wait until a slogan is prepared behind the slide on screen.
    const prepared = await page.evaluate(async () => {
      type SlideHost = HTMLElement & { slide?: { id: string } };
      const stage = document.querySelector('signage-app')!.shadowRoot!.querySelector('main.stage')!;
      const started = performance.now();
      while (stage.children[1]?.localName !== 'slide-slogan' && performance.now() - started < 90_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      const element = stage.children[1] as SlideHost | undefined;
      if (element) (element as SlideHost & { handoffMark?: boolean }).handoffMark = true;
      return element && { id: element.slide?.id, text: element.shadowRoot?.textContent ?? '' };
    });
    expect(prepared?.id).toMatch(/^slogan/);
    // Published now; it takes over at the next boundary, the one that brings the prepared slogan.
    const bundle = defaultBundle();
    bundle.version = 'handoff-2';
    bundle.slogans = bundle.slogans.map((slogan) => ({ ...slogan, text: `Đã sửa: ${slogan.text}` }));
    server.files.set('/content/bundle.json', JSON.stringify(bundle));
    const shown = await page.evaluate(async (id) => {
      type SlideHost = HTMLElement & { slide?: { id: string; text?: string }; handoffMark?: boolean };
      const app = document.querySelector('signage-app')!;
      const stage = app.shadowRoot!.querySelector('main.stage')!;
      const started = performance.now();
      while (app.getAttribute('slide') !== id && performance.now() - started < 60_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const front = stage.children[0] as SlideHost;
      return {
        slide: app.getAttribute('slide'),
        version: app.getAttribute('content-version'),
        text: front.shadowRoot?.textContent ?? '',
        keptElement: front.handoffMark === true,
      };
    }, prepared!.id!);
    expect(shown.slide).toBe(prepared!.id);
    // The bundle arrived before that boundary (poll every second, slides of several seconds).
    expect(shown.version).toBe('handoff-2');
    expect(shown.text).toContain('Đã sửa:');
    expect(prepared!.text).not.toContain('Đã sửa:');
    // Same slide, new words: the element laid out ahead is kept and shows them (Lit re-renders it).
    expect(shown.keptElement).toBe(true);
    await page.close();
  });
});
