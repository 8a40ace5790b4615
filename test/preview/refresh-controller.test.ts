/** The Screens tab's refresh: at connect, then every interval counted from the end of the last, one at a time, none while disabled or disconnected. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeHost } from '../fake-host';
import { RefreshController } from '../../src/preview/refresh-controller';

describe('refresh controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes at once, then every 30 s after the last one ended, and stops when disconnected', async () => {
    const host = new FakeHost();
    let enabled = true;
    const started: number[] = [];
    const controller = new RefreshController(host, {
      everyMs: 30_000,
      enabled: () => enabled,
      refresh: async () => {
        started.push(Date.now());
        // A refresh that takes 5 s and fails: the next still comes, 30 s after it ended.
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        throw new Error('server down');
      },
    });
    const t0 = Date.now();
    host.connect();
    expect(started).toEqual([t0]);
    controller.now(); // one at a time: ignored while one runs
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(35_000);
    expect(started).toEqual([t0, t0 + 35_000]);
    enabled = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(started).toHaveLength(2);
    enabled = true;
    controller.now();
    expect(started).toHaveLength(3);
    host.disconnect();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(started).toHaveLength(3);
  });
});
