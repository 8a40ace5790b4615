/** Following a build another tab made take over: did the controlling worker change, and one reload a minute at most. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { controllerChangedSince, currentController, reloadOnce } from '../../src/pwa/follow-build';

const workerA = { scriptURL: 'https://screen.example/sw.js' } as ServiceWorker;
const workerB = { scriptURL: 'https://screen.example/sw.js' } as ServiceWorker;

function controlledBy(worker: ServiceWorker | null): void {
  vi.stubGlobal('navigator', { serviceWorker: { controller: worker } });
}

describe('follow-build', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  it('a page loaded under one worker and now under another (same script URL, a new build) has been taken over', () => {
    controlledBy(workerA);
    const atLoad = currentController();
    expect(controllerChangedSince(atLoad)).toBe(false);
    controlledBy(workerB);
    expect(controllerChangedSince(atLoad)).toBe(true);
  });

  it('a page loaded with no worker was not taken over when the first one claims it', () => {
    controlledBy(null);
    const atLoad = currentController();
    controlledBy(workerA);
    expect(controllerChangedSince(atLoad)).toBe(false);
    vi.stubGlobal('navigator', {});
    expect(currentController()).toBeNull();
  });

  it('reloads once, and not again within a minute (a loop)', () => {
    const reload = vi.fn();
    vi.spyOn(location, 'reload').mockImplementation(reload);
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    expect(reloadOnce(log)).toBe(true);
    expect(reloadOnce(log)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(logged).toEqual([expect.stringMatching(/loop guard/)]);
  });
});
