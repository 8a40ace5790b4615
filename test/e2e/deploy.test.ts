/**
 * The deployment as shipped: deploy/nginx.conf in Debian's nginx on a loopback port, serving the
 * build. Cache headers, compression, the Content-Security-Policy (the player must run under it
 * without a single violation), and the offline scenarios against the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appAttributes, DIST, hasChromium, READY, sessionPerTest } from './harness';
import { findNginx, startNginx, type Nginx } from './nginx';

const hasNginx = findNginx() !== undefined;
if (!hasNginx) {
  const message = 'Deployment tests: no nginx found (apt-get install nginx).';
  if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(`${message} Skipping them.`);
}

describe.skipIf(!hasChromium || !hasNginx)('deploy/nginx.conf with the real nginx', () => {
  let nginx: Nginx;
  let root: string;
  // A fresh profile for every test: storage and service workers never carry over.
  const session = sessionPerTest();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'signage-www-'));
    cpSync(DIST, root, { recursive: true });
    nginx = await startNginx(root);
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  const head = async (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, nginx.url), { headers });

  it('revalidates the shell, the worker and the content every time; hashed assets are immutable', async () => {
    // The largest script: nginx rightly leaves files below gzip_min_length (the player's tiny entry) as they are.
    const asset = readdirSync(join(root, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .sort((a, b) => statSync(join(root, 'assets', b)).size - statSync(join(root, 'assets', a)).size)[0]!;
    const workbox = readdirSync(root).find((name) => /^workbox-[0-9a-f]+\.js$/.test(name))!;
    for (const path of ['/', '/index.html', '/sw.js', '/content/bundle.json', '/manifest.webmanifest']) {
      expect((await head(path)).headers.get('cache-control'), path).toBe('no-cache');
    }
    for (const path of [`/assets/${asset}`, `/${workbox}`]) {
      expect((await head(path)).headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    expect((await head('/manifest.webmanifest')).headers.get('content-type')).toMatch(/application\/manifest\+json/);
  });

  it('answers conditional requests for the bundle with 304', async () => {
    const first = await head('/content/bundle.json');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await head('/content/bundle.json', { 'If-None-Match': etag! })).status).toBe(304);
  });

  it('compresses text', async () => {
    // The largest script: nginx rightly leaves files below gzip_min_length (the player's tiny entry) as they are.
    const asset = readdirSync(join(root, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .sort((a, b) => statSync(join(root, 'assets', b)).size - statSync(join(root, 'assets', a)).size)[0]!;
    for (const path of [`/assets/${asset}`, '/content/bundle.json']) {
      const response = await head(path, { 'Accept-Encoding': 'gzip' });
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('sends a strict Content-Security-Policy: no inline script, no eval, workers from here only', async () => {
    const csp = (await head('/')).headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/worker-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
  });

  it('both pages have a favicon, served at /favicon.ico, so no page load leaves a 404 in the log', async () => {
    const icon = await head('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\//);
    const before = nginx.accessLog().length;
    for (const path of ['/', '/preview.html']) {
      const page = await session().context.newPage();
      const icons: string[] = [];
      page.on('request', (request) => {
        if (/favicon\.ico|icon\.svg/.test(request.url())) icons.push(request.url());
      });
      await page.goto(new URL(path, nginx.url).href);
      expect(await page.locator('link[rel="icon"][href="favicon.ico"]').count(), path).toBe(1);
      await page.waitForTimeout(500);
      await page.close();
    }
    const notFound = nginx
      .accessLog()
      .slice(before)
      .filter((line) => / 404 /.test(line));
    expect(notFound).toEqual([]);
  });

  async function open(query = ''): Promise<Page & { violations: string[] }> {
    const page = (await session().context.newPage()) as Page & { violations: string[] };
    page.violations = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Trusted Type/i.test(message.text())) page.violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
        ),
      );
    });
    await page.goto(`${nginx.url}${query}`);
    await page.waitForSelector(READY, { timeout: 15_000 });
    return page;
  }

  it('the player runs under that policy without a single violation, through every slide kind', async () => {
    const page = await open('?at=2020-05-15T08:00&speed=300');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    const kinds = await page.evaluate(async () => {
      const app = document.querySelector('signage-app')!;
      const seen = new Set<string>();
      const started = performance.now();
      while (performance.now() - started < 8000) {
        seen.add((app.getAttribute('slide') ?? '').split(':')[0]!);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      return [...seen];
    });
    expect(kinds.length).toBeGreaterThanOrEqual(6);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('the status overlay opens (loaded on demand) and exports proof of play under that policy without a violation', async () => {
    const page = await open('?at=2020-05-15T08:00&speed=120&debug=1');
    const overlay = await page.waitForFunction(
      () => document.querySelector('signage-app')!.shadowRoot!.querySelector('status-overlay')?.shadowRoot?.querySelector('button') ?? null,
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(1_000);
    const download = page.waitForEvent('download');
    await overlay.asElement()!.click();
    expect((await download).suggestedFilename()).toMatch(/^proof-of-play-lobby-\d{8}-\d{4}\.csv$/);
    expect(page.violations).toEqual([]);
    await page.close();
  });

  it('offline: after one visit, a cold start with nginx stopped shows the last good content at once', async () => {
    writeFileSync(
      join(root, 'content/bundle.json'),
      readFileSync(join(DIST, 'content/bundle.json'), 'utf8').replace('"version": "2020-02-10.1"', '"version": "nginx-2"'),
    );
    const first = await open('?poll=1');
    await first.waitForFunction(() => document.querySelector('signage-app')!.getAttribute('content-version') === 'nginx-2', undefined, {
      timeout: 15_000,
    });
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    // The player revalidates: the server answers 304 while nothing changed.
    await first.waitForTimeout(2500);
    expect(nginx.accessLog().some((line) => line.includes('GET /content/bundle.json') && / 304 /.test(line))).toBe(true);
    await first.close();

    await nginx.stop();
    try {
      const page = await session().context.newPage();
      const started = Date.now();
      await page.goto(nginx.url);
      await page.waitForFunction(() => document.querySelector('signage-app')?.getAttribute('state') === 'playing', undefined, {
        timeout: 2000,
      });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await appAttributes(page)).toMatchObject({ 'content-version': 'nginx-2', 'content-source': 'cache' });
      await page.close();
    } finally {
      await nginx.start();
    }
  });

  it('a broken bundle published on the server is refused, and the fix is picked up without a reload', async () => {
    const page = await open('?poll=1');
    let loads = 0;
    page.on('load', () => loads++);
    const good = readFileSync(join(DIST, 'content/bundle.json'), 'utf8');
    writeFileSync(
      join(root, 'content/bundle.json'),
      good
        .replace('"timeZone": "Asia/Ho_Chi_Minh"', '"timeZone": "Asia/Saigon_City"')
        .replace('"version": "2020-02-10.1"', '"version": "broken"'),
    );
    await page.waitForFunction(
      () => (document.querySelector('signage-app')!.getAttribute('content-error') ?? '').includes('time zone'),
      undefined,
      { timeout: 15_000 },
    );
    expect((await appAttributes(page))['content-version']).not.toBe('broken');
    writeFileSync(join(root, 'content/bundle.json'), good.replace('"version": "2020-02-10.1"', '"version": "nginx-fixed"'));
    await page.waitForFunction(() => document.querySelector('signage-app')!.getAttribute('content-version') === 'nginx-fixed', undefined, {
      timeout: 15_000,
    });
    expect(loads).toBe(0);
    expect(page.violations).toEqual([]);
    await page.close();
  });
});
