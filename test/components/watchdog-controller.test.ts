/** The watchdog controller with fake timers: stalls and errors lead to reloads, with memory across reloads. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WatchdogController, type WatchdogSource } from '../../src/kiosk/watchdog-controller';

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

describe('watchdog controller', () => {
  let clock = 0;
  let rotation: ReturnType<WatchdogSource['rotation']>;
  let daily: ReturnType<WatchdogSource['dailyReload']>;
  const logged: string[] = [];
  const source: WatchdogSource = { rotation: () => rotation, dailyReload: () => daily, log: (message) => logged.push(message) };

  beforeEach(() => {
    vi.useFakeTimers();
    clock = Date.UTC(2026, 10, 27, 12, 0);
    rotation = { lastStepAt: 0, plannedRealMs: 12_000 };
    daily = undefined;
    logged.length = 0;
  });
  const running: (() => void)[] = [];
  afterEach(() => {
    running.splice(0).forEach((stop) => stop());
    vi.useRealTimers();
  });

  function start(storage = memoryStorage()) {
    const host = new FakeHost();
    const reload = vi.fn();
    let monotonic = 0;
    const controller = new WatchdogController(host, source, { reload, storage, now: () => clock, monotonic: () => monotonic });
    host.controllers.forEach((each) => each.hostConnected?.());
    // Both clocks move with the fake timers, a second at a time, so each check sees its own moment.
    const advance = (ms: number) => {
      for (let left = ms; left > 0; left -= 1000) {
        const step = Math.min(1000, left);
        clock += step;
        monotonic += step;
        vi.advanceTimersByTime(step);
      }
    };
    const stop = () => host.controllers.forEach((each) => each.hostDisconnected?.());
    running.push(stop);
    return { controller, reload, storage, advance, host, stop };
  }

  it('a rotation that keeps moving is left alone', () => {
    const { reload, advance, stop } = start();
    for (let step = 0; step < 100; step++) {
      advance(12_000);
      rotation = { lastStepAt: step * 12_000 + 12_000, plannedRealMs: 12_000 };
    }
    expect(reload).not.toHaveBeenCalled();
    stop();
  });

  it('a stalled rotation (no step in 3× the slide time) reloads after 10 s, and remembers it', () => {
    const { controller, reload, advance, storage, stop } = start();
    advance(36_000);
    expect(controller.status.pending).toBeUndefined();
    advance(4_000); // the check every 5 s comes at 40 s
    expect(controller.status.pending?.reason).toBe('the slides stopped changing (none for 40 s, expected every 12 s)');
    advance(9_999);
    expect(reload).not.toHaveBeenCalled();
    advance(1);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.map.get('signage:watchdog')!).reloads).toHaveLength(1);
    stop();
  });

  it('no step due (held slide, nothing loaded) is no stall', () => {
    rotation = { lastStepAt: undefined, plannedRealMs: undefined };
    const { reload, advance, stop } = start();
    advance(3_600_000);
    expect(reload).not.toHaveBeenCalled();
    stop();
  });

  it('an uncaught error reloads; the next page, failing again, waits a minute', () => {
    const first = start();
    window.dispatchEvent(new ErrorEvent('error', { message: 'TypeError: boom' }));
    expect(first.controller.status.pending).toMatchObject({ reason: 'uncaught error: TypeError: boom', reloadAt: clock + 10_000 });
    expect(logged).toEqual(['watchdog: uncaught error: TypeError: boom']);
    first.advance(10_000);
    expect(first.reload).toHaveBeenCalledTimes(1);
    first.stop();

    const second = start(first.storage);
    window.dispatchEvent(new ErrorEvent('error', { message: 'TypeError: boom' }));
    expect(second.controller.status.pending!.reloadAt - clock).toBe(60_000);
    second.advance(59_999);
    expect(second.reload).not.toHaveBeenCalled();
    second.advance(1);
    expect(second.reload).toHaveBeenCalledTimes(1);
    second.stop();
  });

  it('ResizeObserver notices are not failures', () => {
    const { controller, stop } = start();
    window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }));
    expect(controller.status.pending).toBeUndefined();
    stop();
  });

  it('the daily reload comes at the quiet hour, not in the first hour of a page', () => {
    daily = { at: '03:30', zone: 'Asia/Ho_Chi_Minh' };
    clock = Date.UTC(2026, 10, 27, 20, 0); // 03:00 in Ho Chi Minh City
    const { controller, reload, advance, stop } = start();
    const keepMoving = (ms: number) => {
      for (let done = 0; done < ms; done += 10_000) {
        advance(10_000);
        rotation = { lastStepAt: (rotation.lastStepAt ?? 0) + 10_000, plannedRealMs: 12_000 };
      }
    };
    keepMoving(10_000);
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 10, 27, 20, 30));
    keepMoving(30 * 60_000); // 03:30, but the page is only half an hour old
    expect(reload).not.toHaveBeenCalled();
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 10, 27, 20, 30));
    keepMoving(30 * 60_000);
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
  });
});
