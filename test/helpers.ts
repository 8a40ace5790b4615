import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { checkBundle } from '../src/content/validate';
import type { Bundle } from '../src/content/schema';

export const ZONE = 'Asia/Ho_Chi_Minh';

/** A file of the repository, by its path from the root (where the tests run). */
export function readText(path: string): string {
  // A path, not a URL: happy-dom replaces the global URL class in component tests.
  return readFileSync(resolve(process.cwd(), path), 'utf8');
}

export function loadBundle(path = 'content/bundle.json'): Bundle {
  const result = checkBundle(readText(path));
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.problems)}`);
  return result.bundle;
}

/** An instant given as wall-clock time in Vietnam. */
export function vn(local: string): number {
  const time = DateTime.fromISO(local, { zone: ZONE });
  if (!time.isValid) throw new Error(`bad local time ${local}`);
  return time.toMillis();
}

/** Runs `body` with the process in each zone, so a dependency on the device's zone shows up. */
export function inEachProcessZone(
  body: (zone: string) => void,
  zones = ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'],
): void {
  const saved = process.env.TZ;
  try {
    for (const zone of zones) {
      process.env.TZ = zone;
      body(zone);
    }
  } finally {
    process.env.TZ = saved;
  }
}
