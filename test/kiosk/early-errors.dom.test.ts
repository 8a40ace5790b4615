/** What stands for the watchdog before it loads: errors kept and handed over, a plain reload should it never come. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EARLY_FALLBACK_RELOAD_MS, watchEarlyErrors } from '../../src/kiosk/early-errors';
import { WatchdogController } from '../../src/kiosk/watchdog-controller';

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('early errors', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    vi.useRealTimers();
  });

  it('keeps errors and rejections from the start and hands them to the watchdog, which reloads as it would have', () => {
    const early = watchEarlyErrors({ reload: () => expect.unreachable('no fallback reload once handed over') });
    window.dispatchEvent(new ErrorEvent('error', { message: 'TypeError: before the first slide' }));
    const rejection = new Event('unhandledrejection') as PromiseRejectionEvent;
    Object.defineProperty(rejection, 'reason', { value: new Error('no bundle') });
    window.dispatchEvent(rejection);
    expect(early.reasons).toEqual(['uncaught error: TypeError: before the first slide', 'unhandled rejection: no bundle']);

    const host = new FakeHost();
    const reload = vi.fn();
    const logged: string[] = [];
    const storage = new Map<string, string>();
    const watchdog = new WatchdogController(host, {
      rotation: () => ({ lastStepAt: undefined, plannedRealMs: undefined }),
      dailyReload: () => undefined,
      log: (message) => logged.push(message),
      reload,
      storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
      now: () => 1_000_000,
    });
    host.controllers.forEach((each) => each.hostConnected?.());
    stops.push(() => host.controllers.forEach((each) => each.hostDisconnected?.()));
    early.handOver((reason) => watchdog.report(reason));

    expect(watchdog.status.pending?.reason).toBe('uncaught error: TypeError: before the first slide');
    expect(logged).toEqual(['watchdog: uncaught error: TypeError: before the first slide', 'watchdog: unhandled rejection: no bundle']);
    expect(early.reasons).toEqual([]);
    // The early listeners are off: a later error reaches the watchdog alone, once.
    window.dispatchEvent(new ErrorEvent('error', { message: 'later' }));
    expect(early.reasons).toEqual([]);
    expect(logged).toHaveLength(3);
    vi.advanceTimersByTime(EARLY_FALLBACK_RELOAD_MS);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads by itself when errors came and the watchdog never did; not when there were none', () => {
    const failing = vi.fn();
    const failingEarly = watchEarlyErrors({ reload: failing, fallbackMs: 60_000 });
    stops.push(() => failingEarly.handOver(() => {}));
    window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    // Started after the error: it saw none, and it is never handed over either.
    const quiet = vi.fn();
    const quietEarly = watchEarlyErrors({ reload: quiet, fallbackMs: 60_000 });
    stops.push(() => quietEarly.handOver(() => {}));
    vi.advanceTimersByTime(59_999);
    expect(failing).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(quiet).not.toHaveBeenCalled();
  });
});
