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
    const controller = new WatchdogController(host, { ...source, reload, storage, now: () => clock, monotonic: () => monotonic });
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

  function keepMoving(advance: (ms: number) => void, ms: number): void {
    for (let done = 0; done < ms; done += 10_000) {
      advance(10_000);
      rotation = { lastStepAt: (rotation.lastStepAt ?? 0) + 10_000, plannedRealMs: 12_000 };
    }
  }

  it('the daily reload comes at the quiet hour, once', () => {
    daily = { at: '03:30', zone: 'Asia/Ho_Chi_Minh' };
    clock = Date.UTC(2026, 10, 27, 18, 0); // 01:00 in Ho Chi Minh City
    const { controller, reload, advance, stop } = start();
    keepMoving(advance, 10_000);
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 10, 27, 20, 30));
    keepMoving(advance, 2.5 * 3600_000 - 20_000);
    expect(reload).not.toHaveBeenCalled();
    keepMoving(advance, 20_000); // 03:30
    expect(reload).toHaveBeenCalledTimes(1);
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 10, 28, 20, 30));
    keepMoving(advance, 3600_000);
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
  });

  it('not in the first hour of a page, and not long after the hour: then it waits for tomorrow', () => {
    daily = { at: '03:30', zone: 'Asia/Ho_Chi_Minh' };
    clock = Date.UTC(2026, 10, 27, 20, 0); // 03:00: the page is half an hour old at 03:30
    const { controller, reload, advance, stop } = start();
    keepMoving(advance, 10_000);
    keepMoving(advance, 60 * 60_000); // 04:00: an hour old, but the quiet hour is half an hour gone
    expect(reload).not.toHaveBeenCalled();
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 10, 28, 20, 30));
    stop();
  });

  it('a clock set right (back or forward) moves the daily reload with it, and reloads nothing by itself', () => {
    daily = { at: '03:30', zone: 'Asia/Ho_Chi_Minh' };
    clock = Date.UTC(2026, 11, 5, 5, 0); // a clock a week ahead: 12:00 on 5 December
    const { controller, reload, advance, stop } = start();
    keepMoving(advance, 10_000);
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 11, 5, 20, 30));
    clock = Date.UTC(2026, 10, 27, 5, 0); // NTP: 12:00 on 27 November
    keepMoving(advance, 10_000);
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 10, 27, 20, 30));
    clock = Date.UTC(2026, 11, 1, 5, 0); // and a jump forward past several quiet hours
    keepMoving(advance, 10_000);
    expect(reload).not.toHaveBeenCalled();
    expect(controller.status.nextDailyReloadAt).toBe(Date.UTC(2026, 11, 1, 20, 30));
    stop();
  });

  it('a hidden page (timers slowed) is not taken for a stalled one, nor just after it shows again', () => {
    const { controller, advance, stop } = start();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    advance(120_000);
    expect(controller.status.pending).toBeUndefined();
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    advance(25_000);
    expect(controller.status.pending).toBeUndefined();
    advance(10_000); // the grace is over and the rotation still has not moved
    expect(controller.status.pending?.reason).toMatch(/^the slides stopped changing/);
    visibility.mockRestore();
    stop();
  });
});
