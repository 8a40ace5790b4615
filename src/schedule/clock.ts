/**
 * The player's notion of "now". Everything downstream takes the instant this returns, so
 * `?at=` and `?speed=` reach every part of the player, and tests never sleep.
 */
import { DateTime } from 'luxon';
import type { Instant } from './time';

export interface Clock {
  now(): Instant;
  /** How many clock milliseconds pass per real millisecond (1 normally). */
  readonly speed: number;
}

export const systemClock: Clock = { now: () => Date.now(), speed: 1 };

/** A clock that starts at `start` and runs `speed` times faster than `real`. */
export function scaledClock(start: Instant, speed = 1, real: () => number = Date.now): Clock {
  const realStart = real();
  return { now: () => start + (real() - realStart) * speed, speed };
}

/** "2020-05-15T08:00" or "2020-05-15", read in the bundle's zone; undefined when unreadable. */
export function parseAt(text: string, zone: string): Instant | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(text)) return undefined;
  const time = DateTime.fromISO(text, { zone });
  return time.isValid ? time.toMillis() : undefined;
}

export const MAX_SPEED = 100_000;

export function parseSpeed(text: string | null): number {
  const speed = text === null ? 1 : Number(text);
  return Number.isFinite(speed) && speed > 0 ? Math.min(speed, MAX_SPEED) : 1;
}
