/**
 * Every timer's delay passes through here. `setTimeout` takes at most 2³¹−1 ms (about 24.8 days):
 * a longer wait, like a negative one or NaN, fires at once, and a timer that was meant to wait a
 * slide's length then fires in a loop (a tiny `?speed=` did exactly that). Pure.
 */

/** The longest delay `setTimeout` honours: 2³¹−1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * `ms` within [0, MAX_TIMER_MS]; NaN becomes `fallbackMs` (itself bounded). A caller whose wait
 * may be longer than the bound re-checks when the timer fires and waits again (the rotation does).
 */
export function boundedDelay(ms: number, fallbackMs = 1_000): number {
  if (Number.isNaN(ms)) return Number.isNaN(fallbackMs) ? 1_000 : boundedDelay(fallbackMs);
  return Math.min(MAX_TIMER_MS, Math.max(0, ms));
}
