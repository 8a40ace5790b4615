/**
 * Proof of play: what was shown and when, kept in IndexedDB as a ring buffer (the oldest records
 * go once there are `capacity`), so a screen can run for months without filling its disk.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { ReopeningDatabase } from '../browser/idb';
import type { PlayRecord } from './play-record';

interface PlayLogSchema extends DBSchema {
  plays: { key: number; value: PlayRecord };
}

/** About a week of a lobby screen changing slides every 12 s. */
export const PLAY_LOG_CAPACITY = 50_000;
/** Trimming is a cursor walk; doing it every few records keeps the writes cheap. */
const TRIM_EVERY = 50;

export class PlayLog {
  private readonly database: ReopeningDatabase<PlayLogSchema>;
  private writes = 0;

  constructor(
    name = 'signage-proof-of-play',
    readonly capacity = PLAY_LOG_CAPACITY,
  ) {
    this.database = new ReopeningDatabase<PlayLogSchema>(name, 1, (db) => {
      db.createObjectStore('plays', { autoIncrement: true });
    });
  }

  private open(): Promise<IDBPDatabase<PlayLogSchema>> {
    return this.database.open();
  }

  async add(record: PlayRecord): Promise<void> {
    try {
      const db = await this.open();
      await db.add('plays', record);
      this.writes += 1;
      if (this.writes % TRIM_EVERY === 1) await this.trim(db);
    } catch (error) {
      // The next record opens the database afresh rather than failing on a dead connection forever.
      this.database.forget();
      throw error;
    }
  }

  private async trim(db: IDBPDatabase<PlayLogSchema>): Promise<void> {
    const transaction = db.transaction('plays', 'readwrite');
    const walk = async () => {
      let excess = (await transaction.store.count()) - this.capacity;
      let cursor = excess > 0 ? await transaction.store.openCursor() : null;
      while (cursor && excess > 0) {
        await cursor.delete();
        excess -= 1;
        cursor = await cursor.continue();
      }
    };
    // Both awaited together: a failing step must not leave `done` to reject with no one listening
    // (an unhandled rejection, which the watchdog would answer with a reload).
    await Promise.all([walk(), transaction.done]);
  }

  async count(): Promise<number> {
    return (await this.open()).count('plays');
  }

  /** Oldest first. */
  async all(): Promise<PlayRecord[]> {
    await this.trim(await this.open());
    return (await this.open()).getAll('plays');
  }
}
