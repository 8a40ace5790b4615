/**
 * The meta files that stand beside a bundle on the server (a history entry's, a draft's): JSON
 * objects written by this code, read back with care, since anyone with write access may have
 * left something else there. Each reader checks the fields it needs.
 */

/** The JSON object the bytes hold, its fields not yet checked; undefined for anything else. */
export function sidecarObject<Meta>(bytes: Uint8Array): Partial<Meta> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null ? (value as Partial<Meta>) : undefined;
  } catch {
    return undefined;
  }
}
