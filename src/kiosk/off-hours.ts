/**
 * Screen-off hours ("22:00"–"06:00" in the bundle's zone). Pure: the instant is an argument, so
 * `?at=` reaches it and tests never wait for night.
 */
import { inZone, nextTimeOfDay, type Instant } from '../schedule/time';

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
  const local = inZone(instant, zone);
  const minute = local.hour * 60 + local.minute;
  const from = minutesOf(hours.from);
  const until = minutesOf(hours.until);
  const off = from < until ? minute >= from && minute < until : minute >= from || minute < until;
  return { off, changesAt: nextTimeOfDay(instant, zone, off ? hours.until : hours.from) };
}
