import { describe, expect, it } from 'vitest';
import { staleSince } from '../../src/kiosk/stale';

describe('stale content', () => {
  const day = 24 * 3600_000;
  it('stale once the content was last confirmed longer ago than the threshold', () => {
    expect(staleSince(10 * day, 9 * day + 1, 0, 0, 24)).toBeUndefined();
    expect(staleSince(10 * day, 9 * day - 1, 0, 0, 24)).toBe(9 * day - 1);
    expect(staleSince(10 * day, 10 * day - 2 * 3600_000, 0, 0, 1)).toBe(10 * day - 2 * 3600_000);
  });
  it('content never confirmed (the build default) dates from the build, once the page has run that long', () => {
    expect(staleSince(10 * day, undefined, 10 * day - 3600_000, 5 * day, 24)).toBeUndefined();
    expect(staleSince(10 * day, undefined, 8 * day, 5 * day, 24)).toBe(5 * day);
  });
});
