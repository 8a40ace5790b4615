/**
 * An IndexedDB database of this origin, through `idb`: opened on first use and shared, and opened
 * afresh after the browser closes the connection (storage cleared, disk trouble) or an open fails,
 * so that a screen running for months never holds on to a dead connection. The content store and
 * the proof-of-play log each keep one.
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

export class ReopeningDatabase<Schema extends DBSchema> {
  private db: Promise<IDBPDatabase<Schema>> | undefined;

  constructor(
    private readonly name: string,
    private readonly version: number,
    private readonly upgrade: OpenDBCallbacks<Schema>['upgrade'],
  ) {}

  open(): Promise<IDBPDatabase<Schema>> {
    if (!globalThis.indexedDB) return Promise.reject(new Error('IndexedDB is not available'));
    this.db ??= openDB<Schema>(this.name, this.version, {
      upgrade: this.upgrade,
      terminated: () => this.forget(),
    }).catch((error: unknown) => {
      this.forget();
      throw error;
    });
    return this.db;
  }

  /** The next `open` opens the database again. */
  forget(): void {
    this.db = undefined;
  }
}
