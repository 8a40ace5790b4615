/**
 * A phone photo added in the staff page, end to end: Debian's nginx with deploy/nginx.conf as
 * shipped (an editor's account may write /content/media/), the built app, real Chromium. A 12 MP
 * JPEG with EXIF orientation 6, a maker, a model and a GPS position becomes an upright, resized,
 * metadata-free WebP named by its hash on the server, shows in the picker at once and in the slide
 * miniatures once attached, and on the player. Refusals (not a picture) are said in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, artifactPath, hasChromium, sessionPerTest, settle, waitForAttribute } from './harness';
import { startNginx, type Nginx } from './nginx';
import { ACCOUNTS, hasNginx, requireNginx, temporary, writeUsers } from '../deploy/publishing-server';
import { PHONE_MAKE, PHONE_MODEL, SENSOR_JPEG_SCRIPT, withExif } from '../support/phone-jpeg';
import { attachMedia } from '../../src/preview/media-edit';

requireNginx('staff page picture upload tests');

const LIVE = readFileSync(new URL('../../content/bundle.json', import.meta.url), 'utf8');
const MILESTONE = (JSON.parse(LIVE) as { milestones: { id: string }[] }).milestones[0]!.id;

describe.skipIf(!hasChromium || !hasNginx)('pictures from the staff page, with nginx and Chromium', () => {
  const made: string[] = [];
  let nginx: Nginx;
  let root: string;
  const session = sessionPerTest({ viewport: { width: 1440, height: 900 } });

  beforeAll(async () => {
    root = temporary('signage-media-www-', made);
    cpSync(DIST, root, { recursive: true });
    writeFileSync(join(root, 'content/bundle.json'), LIVE);
    nginx = await startNginx(root, { users: writeUsers(temporary('signage-media-users-', made)) });
  });

  afterAll(async () => {
    await nginx?.stop();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  const mediaFiles = () => (existsSync(join(root, 'content/media')) ? readdirSync(join(root, 'content/media')) : []);
  const uploaded = () => mediaFiles().filter((name) => /^[0-9a-f]{16,32}\.(webp|jpg)$/.test(name));

  async function signedInEditPage(): Promise<Page> {
    const page = await session().context.newPage();
    await page.goto(`${nginx.url}preview.html?today=2020-05-15`);
    await page.waitForSelector('preview-app[status="valid"]', { timeout: 15_000 });
    await page.locator('nav button[data-tab="publish"]').click();
    await page.locator('preview-signin input[name="user"]').fill(ACCOUNTS.editor.user);
    await page.locator('preview-signin input[name="password"]').fill(ACCOUNTS.editor.password);
    await page.locator('preview-signin button[type="submit"]').click();
    await page.waitForSelector(`preview-app[signed-in="${ACCOUNTS.editor.user}"]`, { timeout: 10_000 });
    await page.locator('nav button[data-tab="edit"]').click();
    await page.locator('preview-media-picker input[type="file"]').waitFor({ state: 'attached' });
    return page;
  }

  it('a 12 MP phone JPEG with EXIF orientation and GPS becomes an upright 2880×3840 WebP without metadata in /content/media/, in the miniatures and on the player', async () => {
    const page = await signedInEditPage();
    const sensor = Buffer.from(await page.evaluate<string>(SENSOR_JPEG_SCRIPT), 'base64');
    const photo = withExif(sensor, 6);
    const photoPath = join(temporary('signage-media-photo-', made), 'IMG_20201012_093512.jpg');
    writeFileSync(photoPath, photo);
    const before = uploaded();

    const started = Date.now();
    await page.locator('preview-media-picker input[type="file"]').setInputFiles(photoPath);
    // Shown at once: the chosen file, before it is converted.
    await page.locator('preview-media-picker canvas.thumbnail').waitFor({ timeout: 2_000 });
    await page.locator('preview-media-picker form.attach').waitFor({ timeout: 30_000 });
    const tookMs = Date.now() - started;

    const added = uploaded().filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    const name = added[0]!;
    const bytes = readFileSync(join(root, 'content/media', name));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
    for (const secret of ['Exif', PHONE_MAKE, PHONE_MODEL]) expect(bytes.includes(Buffer.from(secret, 'latin1')), secret).toBe(false);
    expect(bytes.length).toBeLessThan(photo.length);

    // Upright and resized: decoded by the browser, the red corner (the sensor's top-left) is now top-right.
    const decoded = await page.evaluate(async (url) => {
      const bitmap = await createImageBitmap(await (await fetch(url)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      return {
        width: bitmap.width,
        height: bitmap.height,
        topRight: at(bitmap.width - 100, 100),
        topLeft: at(100, 100),
        bottomRight: at(bitmap.width - 100, bitmap.height - 100),
      };
    }, `content/media/${name}`);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 2880, height: 3840 });
    const near = (colour: number[], target: number[]) => colour.every((value, index) => Math.abs(value - target[index]!) < 40);
    expect(near(decoded.topRight, [255, 0, 0]), `top right ${decoded.topRight.join(',')}`).toBe(true);
    expect(near(decoded.topLeft, [0, 0, 255]), `top left ${decoded.topLeft.join(',')}`).toBe(true);

    // Attached to the first achievement: the bundle refers to it by a relative URL, the miniatures show it.
    await page.locator('preview-media-picker select[name="target"]').selectOption('0');
    await page.locator('preview-media-picker form.attach button[type="submit"]').click();
    await expect.poll(() => page.getAttribute('preview-app', 'status')).toBe('valid');
    await page.locator('nav button[data-tab="slides"]').click();
    /** Milestone miniatures (each in a frame of its own) whose picture is this file and has loaded. */
    const shownInMiniatures = async () => {
      let loaded = 0;
      for (const frame of page.frames()) {
        loaded += await frame
          .evaluate((src) => {
            const found: HTMLImageElement[] = [];
            const visit = (root: Document | ShadowRoot) => {
              for (const element of root.querySelectorAll('*')) {
                if (element.localName === 'slide-milestone') {
                  const img = element.shadowRoot?.querySelector('img');
                  if (img?.getAttribute('src') === src && img.complete && img.naturalWidth > 0) found.push(img);
                }
                if (element.shadowRoot) visit(element.shadowRoot);
              }
            };
            visit(document);
            return found.length;
          }, `content/media/${name}`)
          .catch(() => 0);
      }
      return loaded;
    };
    for (const [orientation, button] of [
      ['landscape', 0],
      ['portrait', 1],
    ] as const) {
      await page.locator('preview-slides button[aria-pressed]').nth(button).click();
      // The miniatures' frames load as they scroll into view.
      const figure = page.locator(`preview-slides figure[data-slide="milestone:${MILESTONE}"]`);
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(shownInMiniatures, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      await figure.screenshot({ path: artifactPath(`media-picture-miniature-${orientation}.png`) });
    }
    console.log(`picture prepared and uploaded in ${tookMs} ms: ${photo.length} bytes of JPEG → ${bytes.length} bytes of WebP`);

    // On the player, once the bundle naming it is live (written here as a publish would).
    const live = attachMedia(LIVE, JSON.parse(LIVE), ['milestones', 0, 'image'], `content/media/${name}`);
    writeFileSync(join(root, 'content/bundle.json'), live);
    for (const [label, viewport, screen] of [
      ['landscape', { width: 1920, height: 1080 }, 'lobby'],
      ['portrait', { width: 1080, height: 1920 }, 'lobby-portrait'],
    ] as const) {
      const player = await session().context.newPage();
      await player.setViewportSize(viewport);
      await player.goto(`${nginx.url}?at=2020-05-15T08:00&screen=${screen}&slide=milestone:${MILESTONE}&hold=1`);
      await waitForAttribute(player, 'slide', (value) => value === `milestone:${MILESTONE}`);
      await player.waitForFunction(
        (src) => {
          const img = document.querySelector('signage-app')?.shadowRoot?.querySelector('slide-milestone')?.shadowRoot?.querySelector('img');
          return img?.getAttribute('src') === src && img.complete && img.naturalWidth > 0;
        },
        `content/media/${name}`,
        { timeout: 15_000 },
      );
      await settle(player);
      await player.screenshot({ path: artifactPath(`picture-slide-${label}.png`) });
      await player.close();
    }
  });

  it('refuses what is not a picture or a clip, and says so in the page; nothing is uploaded', async () => {
    const page = await signedInEditPage();
    const before = mediaFiles();
    const pdf = join(temporary('signage-media-pdf-', made), 'bao-cao.jpg');
    writeFileSync(pdf, '%PDF-1.7\n% not a picture, whatever its name says\n');
    await page.locator('preview-media-picker input[type="file"]').setInputFiles(pdf);
    const alert = page.locator('preview-media-picker .failed[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Tệp này không phải ảnh (JPEG, PNG, WebP) hay video (WebM, MP4). Hãy chọn ảnh chụp hoặc đoạn video.',
    );
    expect(mediaFiles()).toEqual(before);
  });
});
