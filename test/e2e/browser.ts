/** Debian's Chromium, driven by playwright-core, launched the way that works on these machines. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

type LaunchPersistentContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Session {
  context: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
}

/** A persistent context with a fresh profile, so service workers and storage behave as on a kiosk. */
export async function launch(
  options: {
    viewport?: { width: number; height: number };
    userDataDir?: string;
    reducedMotion?: 'reduce' | 'no-preference';
    extra?: Partial<LaunchPersistentContextOptions>;
  } = {},
): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'signage-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: options.viewport ?? { width: 1920, height: 1080 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    ...options.extra,
  });
  return {
    context,
    userDataDir,
    close: async () => {
      await context.close().catch(() => {});
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
