/**
 * When to give up on this page and load it again. Pure policy; the controller in
 * watchdog-controller.ts applies it.
 */

/** Waits before the reload, by how many reloads the watchdog made in the last hour. */
export const RELOAD_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000] as const;
/** Longer than the longest wait, so a page that fails at every start stays at hourly reloads. */
export const RELOAD_MEMORY_MS = 6 * 60 * 60_000;
/** No more are kept: enough to reach the longest wait. */
export const RELOADS_REMEMBERED = 10;

/**
 * The wait grows with recent reloads, so a broken build cannot loop fast: 10 s, 1 min, 5 min,
 * 15 min, then hourly. After six hours without a reload, back to the start.
 */
export function reloadDelayMs(recentReloads: readonly number[], now: number): number {
  return RELOAD_DELAYS_MS[Math.min(recentOnly(recentReloads, now).length, RELOAD_DELAYS_MS.length - 1)]!;
}

/** The reloads still remembered at `now`: within the memory, none "from the future" (a clock set back). */
export function recentOnly(reloads: readonly number[], now: number): number[] {
  return reloads.filter((at) => now - at < RELOAD_MEMORY_MS && at <= now).slice(-RELOADS_REMEMBERED);
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
