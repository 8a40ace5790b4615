/**
 * Calendar arithmetic in the bundle's zone. Content dates are ISO strings (YYYY-MM-DD, or local
 * YYYY-MM-DDTHH:MM) in that zone, so once "now" is written the same way, comparisons are plain
 * string comparisons, whatever the device's own zone is.
 */
import { DateTime } from 'luxon';
import { untilStamp } from '../content/dates';

export type Instant = number; // milliseconds since the epoch

export function inZone(instant: Instant, zone: string): DateTime {
  return DateTime.fromMillis(instant, { zone });
}

/** "2020-03-31" for the calendar day the instant falls on in the zone. */
export function localDate(instant: Instant, zone: string): string {
  return inZone(instant, zone).toISODate()!;
}

/** "2020-03-31T23:59:59.999" — sorts against content dates and local date-times as strings. */
export function localStamp(instant: Instant, zone: string): string {
  return inZone(instant, zone).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
}

/** Days since 1970-01-01 of a calendar date, independent of any zone. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A local date or date-time in the zone → the instant it starts. */
export function instantOf(local: string, zone: string): Instant {
  return DateTime.fromISO(local, { zone }).toMillis();
}

/** Is `stamp` (a localStamp) inside an optional [from, until] window (`until` read by untilStamp)? */
export function withinWindow(stamp: string, from?: string, until?: string): boolean {
  if (from !== undefined && stamp < from) return false;
  if (until !== undefined && stamp > untilStamp(until)) return false;
  return true;
}

/** The first instant strictly after `instant` at which the wall clock in `zone` reads `clockTime` ("03:30"). */
export function nextTimeOfDay(instant: Instant, zone: string, clockTime: string): Instant {
  const [hour, minute] = clockTime.split(':').map(Number) as [number, number];
  // Today's or tomorrow's; luxon keeps days with a daylight-saving shift right.
  let next = inZone(instant, zone).startOf('day').set({ hour, minute });
  if (next.toMillis() <= instant) next = next.plus({ days: 1 });
  return next.toMillis();
}
