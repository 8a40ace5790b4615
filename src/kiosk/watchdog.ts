/**
 * When to give up on this page and load it again. Pure policy; the controller in
 * watchdog-controller.ts applies it.
 */

/** Waits before the reload, by how many reloads the watchdog made in the last hour. */
export const RELOAD_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000] as const;
export const RELOAD_MEMORY_MS = 60 * 60_000;

/**
 * The wait grows with recent reloads, so a broken build cannot loop fast: 10 s, 1 min, 5 min,
 * 15 min, then hourly. After an hour without a reload, back to the start.
 */
export function reloadDelayMs(recentReloads: readonly number[], now: number): number {
  const recent = recentReloads.filter((at) => now - at < RELOAD_MEMORY_MS && at <= now).length;
  return RELOAD_DELAYS_MS[Math.min(recent, RELOAD_DELAYS_MS.length - 1)]!;
}

/** A rotation is stalled when no slide has changed in three times the time the slide should take. */
export const STALL_FACTOR = 3;
/** Below this, 3× a very short slide (fast previews, benchmarks) would be timer jitter, not a stall. */
export const MIN_STALL_MS = 30_000;

export function rotationStalled(lastChangeMs: number, expectedMs: number, nowMs: number): boolean {
  return nowMs - lastChangeMs > Math.max(MIN_STALL_MS, STALL_FACTOR * expectedMs);
}

/** Errors that are the browser talking, not the app breaking. */
export function benignError(message: string): boolean {
  return /ResizeObserver loop/i.test(message);
}
