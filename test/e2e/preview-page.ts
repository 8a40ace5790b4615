/**
 * The staff page (preview.html) as the browser tests open it: the build served with the published
 * bundle a test chooses and the policy nginx deploys, and pages that record every policy violation
 * and page error (a test ends by expecting none).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, sessionPerTest, startStaticServer, type StaticServer } from './harness';

/** The shipped default content. */
export const ORIGINAL = readFileSync(new URL('../../content/bundle.json', import.meta.url), 'utf8');
/** The policy nginx sends with every page (deploy/nginx.conf, `set $csp "…"`). */
export const CSP = /set \$csp "([^"]+)"/.exec(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8'))![1]!;

export type WatchedPage = Page & { violations: string[] };

/** The build, its pages under the deployed policy, and `/content/bundle.json` whatever `published()` says now. */
export async function startPreviewServer(published: () => string): Promise<StaticServer> {
  const server = await startStaticServer(DIST);
  server.override = (_request, response, path) => {
    if (path === '/content/bundle.json') {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' }).end(published());
      return true;
    }
    if (path.endsWith('.html') || path === '/') response.setHeader('Content-Security-Policy', CSP);
    return false;
  };
  return server;
}

/** The staff page open and checked, in a page that records policy violations and page errors. */
export async function openPreview(context: BrowserContext, server: StaticServer, query = '?today=2020-05-15'): Promise<WatchedPage> {
  const page = (await context.newPage()) as WatchedPage;
  page.violations = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Trusted Type/i.test(message.text())) page.violations.push(message.text());
  });
  page.on('pageerror', (error) => page.violations.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(`${server.url}preview.html${query}`);
  await page.waitForSelector('preview-app[status="valid"], preview-app[status="invalid"]', { timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/**
 * Switches the staff page's language with its header's buttons, and waits until the page speaks it:
 * its words for a language load (a chunk of their own) before the page reflects the language.
 */
export async function switchLanguage(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.locator(`preview-header button[lang="${lang}"]`).click();
  await page.locator(`preview-app[lang="${lang}"]`).waitFor();
}

/**
 * A suite of the staff page: a fresh browser profile per test (1440×900), the server started before
 * the suite and closed after, and `open(bundle)`, the page with that bundle published.
 */
export function previewSuite(): { open: (bundle: string, query?: string) => Promise<WatchedPage> } {
  const session = sessionPerTest({ viewport: { width: 1440, height: 900 } });
  let server: StaticServer | undefined;
  let published = ORIGINAL;
  beforeAll(async () => {
    server = await startPreviewServer(() => published);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    open: (bundle, query) => {
      published = bundle;
      return openPreview(session().context, server!, query);
    },
  };
}
