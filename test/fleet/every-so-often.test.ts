import { describe, expect, it } from 'vitest';
import { EverySoOften } from '../../src/fleet/every-so-often';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a value measured every so often', () => {
  it('reads at most once per interval, one reading at a time, and keeps the last measure', async () => {
    let reads = 0;
    let answer: () => Promise<number | undefined> = () => Promise.resolve(++reads * 10);
    const value = new EverySoOften(() => answer(), 60_000);
    expect(value.get(0)).toBeUndefined();
    await settle();
    expect(value.get(1000)).toBe(10);
    expect(value.get(59_999)).toBe(10);
    expect(reads).toBe(1);
    expect(value.get(60_000)).toBe(10);
    await settle();
    expect(value.get(60_001)).toBe(20);
    // A reading that fails, or finds nothing, keeps the last measure.
    answer = () => Promise.reject(new Error('no caches'));
    value.get(120_000);
    await settle();
    expect(value.get(120_001)).toBe(20);
    answer = () => Promise.resolve(undefined);
    value.get(180_000);
    await settle();
    expect(value.get(180_001)).toBe(20);
  });
  it('does not start a second reading while one is under way', async () => {
    let reads = 0;
    let finish: (value: number) => void = () => undefined;
    const value = new EverySoOften(() => new Promise<number>((resolve) => ((reads += 1), (finish = resolve))), 1000);
    value.get(0);
    value.get(5000);
    expect(reads).toBe(1);
    finish(7);
    await settle();
    expect(value.get(5001)).toBe(7);
    expect(reads).toBe(2);
  });
});
