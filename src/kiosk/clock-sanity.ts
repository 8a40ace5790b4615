/**
 * A Raspberry Pi has no battery clock: after a power cut with no network it can read 1970, the
 * image's build date or the last shutdown. A clock earlier than the moment this app was built is
 * certainly wrong; with such a clock nothing dated (phase, countdown, off hours) can be trusted.
 */
import type { Instant } from '../schedule/time';

/** Build machines and screens disagree by minutes, not by a day; a day's margin never hides 1970 or an old image. */
export const CLOCK_MARGIN_MS = 24 * 3600_000;

export function clockPlausible(now: Instant, builtAt: Instant): boolean {
  return now >= builtAt - CLOCK_MARGIN_MS;
}
