/**
 * Screen-off hours ("22:00"–"06:00" in the bundle's zone). Pure: the instant is an argument, so
 * `?at=` reaches it and tests never wait for night.
 */
import { DateTime } from 'luxon';
import type { Instant } from '../schedule/time';

export interface OffHours {
  from: string;
  until: string;
}

export interface OffHoursState {
  off: boolean;
  /** The next instant at which `off` flips. */
  changesAt: Instant;
}

function minutesOf(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Is the screen off at `instant`, and until when does that hold? A window may cross midnight. */
export function offHoursAt(instant: Instant, zone: string, hours: OffHours): OffHoursState {
  const local = DateTime.fromMillis(instant, { zone });
  const minute = local.hour * 60 + local.minute;
  const from = minutesOf(hours.from);
  const until = minutesOf(hours.until);
  const off = from < until ? minute >= from && minute < until : minute >= from || minute < until;
  const target = off ? until : from;
  // The next time the wall clock reads `target`, today or tomorrow (luxon keeps DST-shifted days right).
  let next = local.startOf('day').set({ hour: Math.floor(target / 60), minute: target % 60 });
  if (next.toMillis() <= instant) next = next.plus({ days: 1 });
  return { off, changesAt: next.toMillis() };
}
