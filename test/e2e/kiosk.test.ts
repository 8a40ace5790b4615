/** The screen side of kiosk operation, in Chromium: wake lock and no menus, selection or dragging. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appAttributes, DIST, hasChromium, launch, READY, startStaticServer, type Session, type StaticServer } from './harness';

describe.skipIf(!hasChromium)('kiosk behaviour in Chromium', () => {
  let server: StaticServer;
  let session: Session;

  beforeAll(async () => {
    server = await startStaticServer(DIST);
    session = await launch();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('holds the screen wake lock; no context menu, selection or drag', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url);
    await page.waitForSelector(READY);
    const prevented = await page.evaluate(() =>
      ['contextmenu', 'selectstart', 'dragstart'].map((type) => {
        const event = new Event(type, { bubbles: true, cancelable: true });
        document.body.dispatchEvent(event);
        return event.defaultPrevented;
      }),
    );
    expect(prevented).toEqual([true, true, true]);
    // Chromium grants the screen wake lock to a visible page, headless included.
    await page.waitForFunction(() => document.querySelector('signage-app')!.getAttribute('wake-lock') === 'held', undefined, { timeout: 5000 });
    expect((await appAttributes(page))['wake-lock']).toBe('held');
    await page.close();
  });
});
