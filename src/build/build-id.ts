/**
 * Runs in Node at build time, never in the browser.
 *
 * Identifies the build on screen and in monitoring; a new one means a new service worker.
 * SIGNAGE_BUILD_ID sets it (reproducible builds, tests); otherwise the build's UTC time, 20261127-070000.
 */
export function buildId(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  return (
    env.SIGNAGE_BUILD_ID ??
    now
      .toISOString()
      .replace(/[-:]|\.\d+Z$/g, '')
      .replace('T', '-')
  );
}
