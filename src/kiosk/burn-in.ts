/**
 * Burn-in care for the parts of the frame that never move (header, outline, ticker): every
 * `periodMs` they sit a few pixels elsewhere. Pure and deterministic in the instant, so every screen
 * and every `?at=` agrees, and no position repeats for a long while.
 */
import type { Instant } from '../schedule/time';

export const BURN_IN_PERIOD_MS = 10 * 60_000;

/** A small orbit around the centre: every offset within 3 px, the whole cycle 80 minutes. */
const ORBIT: readonly (readonly [number, number])[] = [
  [0, 0],
  [2, 1],
  [-1, 2],
  [-3, 0],
  [-1, -2],
  [2, -2],
  [3, 1],
  [0, 3],
];

export function burnInShift(instant: Instant, periodMs = BURN_IN_PERIOD_MS): { x: number; y: number } {
  const step = Math.floor(instant / periodMs);
  const [x, y] = ORBIT[((step % ORBIT.length) + ORBIT.length) % ORBIT.length]!;
  return { x, y };
}
