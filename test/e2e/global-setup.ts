/**
 * Builds the app once for the browser suite. Without Chromium the suite is skipped with one clear
 * line, except in CI (CI=true), where a missing browser is a failure.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './browser';

export default function setup(): void {
  const chromium = findChromium();
  if (!chromium) {
    const message = 'Browser tests: no Chromium found (install Debian\'s chromium, or set CHROME_PATH).';
    if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
    console.warn(`${message} Skipping them.`);
    return;
  }
  if (process.env.SIGNAGE_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
