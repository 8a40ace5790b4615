/**
 * "The content on screen is old": running on stored content for longer than the bundle allows
 * (`settings.staleAfterHours`) because the newest content could not be had. Pure.
 */
import type { Instant } from '../schedule/time';

/**
 * @param confirmedAt when the server last confirmed the content on screen (200 or 304); undefined
 *   when it never has (content from the build)
 * @param runningSince when this page started, the earliest the player can vouch for
 * @returns since when the content dates, when it is stale; undefined when it is fresh
 */
export function staleSince(
  now: Instant,
  confirmedAt: Instant | undefined,
  runningSince: Instant,
  builtAt: Instant,
  staleAfterHours: number,
): Instant | undefined {
  const limit = staleAfterHours * 3600_000;
  if (confirmedAt !== undefined) return now - confirmedAt > limit ? confirmedAt : undefined;
  // Never confirmed: the content is the build's own; stale once the page has gone that long without the server.
  return now - runningSince > limit ? builtAt : undefined;
}
