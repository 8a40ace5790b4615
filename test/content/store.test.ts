import { describe, expect, it } from 'vitest';
import { LastGoodStore } from '../../src/content/store';

describe('LastGoodStore: since when a screen has gone unconfirmed', () => {
  it('is kept across pages (reloads) until the server confirms, then starts afresh', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
    const url = 'http://x/content/bundle.json';
    expect(new LastGoodStore(url, storage).unconfirmedSince(1_000)).toBe(1_000);
    // The next page (the daily reload) still counts from the first.
    expect(new LastGoodStore(url, storage).unconfirmedSince(90_000_000)).toBe(1_000);
    new LastGoodStore(url, storage).confirm(90_000_001);
    expect(new LastGoodStore(url, storage).unconfirmedSince(90_000_002)).toBe(90_000_002);
    // A time "from the future" (a clock set back since) is not believed.
    expect(new LastGoodStore(url, storage).unconfirmedSince(5)).toBe(5);
  });
});
