/**
 * Builds the app once for the browser suite. Without Chromium the suite is skipped with one clear
 * line, except in CI (CI=true), where a missing browser is a failure.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './browser';

/**
 * Builds the app as `npm run build` does. NODE_ENV must be production: under vitest it is "test",
 * and Vite would then resolve Lit's development build.
 */
export function buildApp(outDir?: string, buildId?: string): void {
  const args = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : [])];
  execFileSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ...(buildId ? { SIGNAGE_BUILD_ID: buildId } : {}) },
  });
}

export default function setup(): void {
  const chromium = findChromium();
  if (!chromium) {
    const message = "Browser tests: no Chromium found (install Debian's chromium, or set CHROME_PATH).";
    if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
    console.warn(`${message} Skipping them.`);
    return;
  }
  if (process.env.SIGNAGE_SKIP_BUILD !== '1') {
    buildApp(process.env.SIGNAGE_TEST_DIST);
  }
}
