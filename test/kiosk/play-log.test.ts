import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlayLog } from '../../src/kiosk/play-log';
import { record } from '../support/play-records';

describe('proof of play', () => {
  it('a dead database connection fails one record, rejected to the caller, and the next opens it again', async () => {
    const log = new PlayLog('reconnect-test', 100);
    await log.add(record(1));
    // As when the browser drops the connection under the page.
    (await (log as unknown as { database: { open(): Promise<IDBDatabase> } }).database.open()).close();
    await expect(log.add(record(2))).rejects.toThrow();
    await log.add(record(3));
    expect((await log.all()).map((entry) => entry.slide)).toEqual(['slogan:slogan-1', 'slogan:slogan-3']);
  });

  it('IndexedDB ring buffer: keeps the newest `capacity` records, oldest first', async () => {
    const log = new PlayLog('ring-test', 120);
    for (let index = 0; index < 300; index++) {
      await log.add(record(index));
      // Bounded while it is written, not only when read: trimmed every 50 records.
      expect(await log.count()).toBeLessThanOrEqual(120 + 50);
    }
    const all = await log.all();
    expect(all).toHaveLength(120);
    expect(all[0]!.slide).toBe('slogan:slogan-180');
    expect(all.at(-1)!.slide).toBe('slogan:slogan-299');
    expect(await log.count()).toBe(120);
  });
});
