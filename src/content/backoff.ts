/**
 * Delay before the next content check. Normal: the bundle's interval. While the server fails:
 * doubling up to a cap, each delay drawn in [50%, 100%] so a campus of screens that lost the
 * server together do not come back in lockstep.
 */
export function nextPollDelay(intervalMs: number, consecutiveFailures: number, random: () => number = Math.random, maxMs = 30 * 60_000): number {
  if (consecutiveFailures <= 0) return intervalMs;
  const ceiling = Math.min(maxMs, intervalMs * 2 ** Math.min(consecutiveFailures, 20));
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}
