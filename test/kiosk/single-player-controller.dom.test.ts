/** One player per browser profile: the first page takes the lock and plays, a second stands by and takes over. */
import { describe, expect, it } from 'vitest';
import { SinglePlayerController } from '../../src/kiosk/single-player-controller';
import { FakeHost } from '../fake-host';

/** A LockManager for one lock name, enough for the controller: exclusive, `ifAvailable`, queued requests. */
class FakeLocks {
  private held = false;
  private queue: (() => void)[] = [];
  request(name: string, optionsOrCallback: unknown, maybeCallback?: (lock: Lock | null) => unknown): Promise<unknown> {
    const callback = (maybeCallback ?? optionsOrCallback) as (lock: Lock | null) => unknown;
    const ifAvailable = maybeCallback !== undefined && (optionsOrCallback as LockOptions).ifAvailable === true;
    const grant = async () => {
      this.held = true;
      try {
        return await callback({ name, mode: 'exclusive' } as Lock);
      } finally {
        this.held = false;
        this.queue.shift()?.();
      }
    };
    if (!this.held) return grant();
    if (ifAvailable) return Promise.resolve(callback(null));
    return new Promise((resolve) => this.queue.push(() => void grant().then(resolve)));
  }
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('single player', () => {
  it('the first page plays; a second stands by, and plays once the first has gone', async () => {
    const locks = new FakeLocks() as unknown as LockManager;
    const played: string[] = [];
    const first = new FakeHost();
    const firstPlayer = new SinglePlayerController(first, { enabled: true, onPlay: () => played.push('first'), log: () => {}, locks });
    first.connect();
    await settle();
    const second = new FakeHost();
    const logged: string[] = [];
    const secondPlayer = new SinglePlayerController(second, {
      enabled: true,
      onPlay: () => played.push('second'),
      log: (message) => logged.push(message),
      locks,
    });
    second.connect();
    await settle();
    expect(firstPlayer.role).toBe('player');
    expect(secondPlayer.role).toBe('standby');
    expect([firstPlayer.stoodBy, secondPlayer.stoodBy]).toEqual([false, true]);
    expect(played).toEqual(['first']);
    expect(second.updates).toBeGreaterThan(0);
    first.disconnect();
    await settle();
    expect(secondPlayer.role).toBe('player');
    // It keeps knowing it stood by: a build the first tab made take over is followed, not played over.
    expect(secondPlayer.stoodBy).toBe(true);
    expect(played).toEqual(['first', 'second']);
    expect(logged.at(-1)).toMatch(/this one plays now/);
  });

  it('a preview (a chosen clock) and a browser without Web Locks play at once', () => {
    for (const options of [
      { enabled: false, locks: new FakeLocks() as unknown as LockManager },
      { enabled: true, locks: undefined },
    ]) {
      const played: string[] = [];
      const host = new FakeHost();
      const player = new SinglePlayerController(host, { ...options, onPlay: () => played.push('played'), log: () => {} });
      host.connect();
      expect(player.role).toBe('player');
      expect(played).toEqual(['played']);
    }
  });
});
