/**
 * The daily reload at a quiet hour (`settings.dailyReloadAt`, bundle's zone): a fresh page each day
 * clears whatever a browser accumulates over months. Pure.
 */
import { nextTimeOfDay, type Instant } from '../schedule/time';

/** The first instant strictly after `instant` at which the wall clock in `zone` reads `at` ("03:30"). */
export function nextDailyReload(instant: Instant, zone: string, at: string): Instant {
  return nextTimeOfDay(instant, zone, at);
}
