/**
 * How content dates compare. Calendar dates (YYYY-MM-DD) and local date-times (YYYY-MM-DDTHH:MM,
 * optionally :SS) in the bundle's zone sort correctly as plain strings.
 */

/** The last local moment an `until` includes, as a sortable string: a bare date means the whole of that day. */
export function untilStamp(until: string): string {
  return until.length === 10 ? `${until}T23:59:59.999` : until;
}
