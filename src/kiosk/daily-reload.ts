/**
 * The daily reload at a quiet hour (`settings.dailyReloadAt`, bundle's zone): a fresh page each day
 * clears whatever a browser accumulates over months. Pure.
 */
import { DateTime } from 'luxon';
import type { Instant } from '../schedule/time';

/** The first instant strictly after `instant` at which the wall clock in `zone` reads `at` ("03:30"). */
export function nextDailyReload(instant: Instant, zone: string, at: string): Instant {
  const [hour, minute] = at.split(':').map(Number) as [number, number];
  const local = DateTime.fromMillis(instant, { zone });
  let next = local.startOf('day').set({ hour, minute });
  if (next.toMillis() <= instant) next = next.plus({ days: 1 });
  return next.toMillis();
}
