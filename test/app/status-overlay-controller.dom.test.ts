/** The status overlay's keys, its refresh every second while open (and never while closed), and its code loaded on first open. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusOverlayController } from '../../src/app/status-overlay-controller';
import { FakeHost } from '../fake-host';

const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key }));

describe('status overlay controller', () => {
  let host: FakeHost;
  let refreshes: number;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    host = new FakeHost();
    refreshes = 0;
  });
  afterEach(() => {
    host.disconnect();
    vi.useRealTimers();
  });

  function start(openAtStart = false) {
    const overlay = new StatusOverlayController(host, { openAtStart, refresh: () => refreshes++, log: () => {} });
    expect(host.controllers).toEqual([overlay]);
    host.connect();
    return overlay;
  }

  it('D and F2 toggle it, Escape closes it; its code is loaded the first time it opens', async () => {
    const overlay = start();
    expect(overlay.open).toBe(false);
    press('x');
    expect(overlay.open).toBe(false);
    press('d');
    expect(overlay.open).toBe(true);
    await vi.waitFor(() => expect(overlay.tools?.statusRows).toBeTypeOf('function'));
    press('D');
    expect(overlay.open).toBe(false);
    press('Escape');
    expect(overlay.open).toBe(false);
    press('F2');
    expect(overlay.open).toBe(true);
    press('Escape');
    expect(overlay.open).toBe(false);
  });

  it('refreshes on opening and every second while open, and stops when closed or disconnected', () => {
    const overlay = start(true);
    expect(overlay.open).toBe(true);
    expect(refreshes).toBe(1);
    vi.advanceTimersByTime(3_000);
    expect(refreshes).toBe(4);
    const updates = host.updates;
    overlay.toggle(false);
    vi.advanceTimersByTime(10_000);
    expect(refreshes).toBe(4);
    expect(host.updates).toBe(updates + 1);
    overlay.toggle(true);
    host.disconnect();
    vi.advanceTimersByTime(10_000);
    expect(refreshes).toBe(5);
    press('d');
    expect(overlay.open).toBe(true);
  });
});
