/** Shared pieces of the browser tests: the built app on a local server, a browser, page probes. */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { findChromium, launch, type Session } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export const hasChromium = findChromium() !== undefined;
/** SIGNAGE_TEST_DIST lets two checkouts' suites run side by side without building into one folder. */
export const DIST = process.env.SIGNAGE_TEST_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../test-results', import.meta.url));

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}`;
}

export function defaultBundle(): Record<string, unknown> & { slogans: { id: string; text: string }[]; announcements: unknown[] } {
  return JSON.parse(readFileSync(new URL('../../content/bundle.json', import.meta.url), 'utf8'));
}

export { launch, startStaticServer, type Session, type StaticServer };

export const READY = 'signage-app[state="playing"], signage-app[state="fallback"]';

export async function appAttributes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const app = document.querySelector('signage-app')!;
    return Object.fromEntries([...app.attributes].map((attribute) => [attribute.name, attribute.value]));
  });
}

/** Waits until the slide (and its fitted text, after web fonts) has settled. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

export interface Overflow {
  where: string;
  text: string;
  scroll: string;
  client: string;
}

/**
 * Every text box of the frame and of the slide on screen: its content must fit its box.
 * Boxes are those marked data-fit (fitted blocks) and data-text (single labels).
 */
export async function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: { where: string; text: string; scroll: string; client: string }[] = [];
    const visit = (root: Document | ShadowRoot, where: string) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot, `${where} > ${element.localName}`);
        if (!element.hasAttribute('data-fit') && !element.hasAttribute('data-text')) continue;
        if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
          found.push({
            where: `${where} > ${element.localName}.${element.className}`,
            text: (element.textContent ?? '').trim().slice(0, 60),
            scroll: `${element.scrollWidth}x${element.scrollHeight}`,
            client: `${element.clientWidth}x${element.clientHeight}`,
          });
        }
      }
    };
    visit(document, 'document');
    return found;
  });
}

/** Font sizes (px) of the fitted text blocks of the slide on screen. */
export async function fittedFontSizes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const sizes: number[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.hasAttribute('data-fit')) sizes.push(parseFloat(getComputedStyle(element).fontSize));
      }
    };
    visit(document);
    return sizes;
  });
}
