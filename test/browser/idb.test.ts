/** The IndexedDB database the content store and the proof-of-play log keep (src/browser/idb.ts). */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB, openDB, type DBSchema } from 'idb';
import { ReopeningDatabase } from '../../src/browser/idb';

interface NotesSchema extends DBSchema {
  notes: { key: number; value: string };
}

const notes = (name: string, version = 1) =>
  new ReopeningDatabase<NotesSchema>(name, version, (db) => {
    db.createObjectStore('notes', { autoIncrement: true });
  });

afterEach(() => vi.unstubAllGlobals());

describe('a reopening IndexedDB database', () => {
  it('opens once, upgraded, and shares the connection until told to forget it', async () => {
    const database = notes('shared-test');
    const first = await database.open();
    expect([...first.objectStoreNames]).toEqual(['notes']);
    expect(await database.open()).toBe(first);
    await first.add('notes', 'one');
    database.forget();
    const second = await database.open();
    expect(second).not.toBe(first);
    expect(await second.getAll('notes')).toEqual(['one']);
  });

  it('an open that fails is rejected, and the next one tries again', async () => {
    (await openDB('failing-test', 2)).close();
    const database = notes('failing-test', 1);
    await expect(database.open()).rejects.toThrow(/version/i);
    // What stood in the way is gone: a failure kept would fail again, a fresh open succeeds.
    await deleteDB('failing-test');
    expect([...(await database.open()).objectStoreNames]).toEqual(['notes']);
  });

  it('says so where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(notes('absent-test').open()).rejects.toThrow('IndexedDB is not available');
  });
});
