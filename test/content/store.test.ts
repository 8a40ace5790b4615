import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { CONFIRM_WRITE_EVERY_MS, LastGoodStore, type StoredBundle } from '../../src/content/store';
import { textHash } from '../../src/content/text-hash';
// The checker's door: a bundle this build stored is read without it.
import * as door from '../../src/content/quick-check';

const url = 'http://x/content/bundle.json';
const good = readFileSync('content/bundle.json', 'utf8');
const other = good.replace('"version": "2020-02-10.1"', '"version": "v2"');
let databases = 0;

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

function store(storage = memoryStorage(), dbName = `store-test-${++databases}`, checkerId?: string) {
  return new LastGoodStore(url, { dbName, storage, manager: undefined, ...(checkerId ? { checkerId } : {}) });
}

function stored(text: string, savedAt: number): StoredBundle {
  return { text, validators: { etag: `"${savedAt}"` }, savedAt, hash: textHash(text) };
}

describe('LastGoodStore', () => {
  it('keeps a bundle in IndexedDB and reads it back checked, with its latest confirmation', async () => {
    const storage = memoryStorage();
    const name = `store-test-${++databases}`;
    const first = store(storage, name);
    expect(await first.read()).toBeUndefined();
    expect(await first.write(stored(good, 1_000))).toEqual({ ok: true });
    const later = 1_000 + CONFIRM_WRITE_EVERY_MS;
    expect(await first.confirm(textHash(good), later, { etag: '"new"' })).toBe(true);
    // Confirmed again a minute later: counted, but not written (an SD card is not written every poll).
    expect(await first.confirm(textHash(good), later + 60_000, { etag: '"newer"' })).toBe(true);
    const read = await store(storage, name).read();
    expect(read?.bundle.version).toBe('2020-02-10.1');
    expect(read?.stored).toMatchObject({ savedAt: later, validators: { etag: '"new"' }, hash: textHash(good) });
  });

  it('a confirmation never counts for another bundle than the one stored', async () => {
    const storage = memoryStorage();
    const name = `store-test-${++databases}`;
    const kept = store(storage, name);
    await kept.write(stored(good, 1_000));
    // The bundle on screen is another one (it could not be stored): its 304s confirm nothing.
    expect(await kept.confirm(textHash(other), 9_000, { etag: '"v2"' })).toBe(false);
    expect((await store(storage, name).read())?.stored.savedAt).toBe(1_000);
  });

  it('says why a write was refused, and the earlier bundle stays', async () => {
    const storage = memoryStorage();
    const name = `store-test-${++databases}`;
    const kept = store(storage, name);
    await kept.write(stored(good, 1_000));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      expect(await kept.write(stored(other, 2_000))).toEqual({ ok: false, reason: 'QuotaExceededError: The quota has been exceeded.' });
    } finally {
      put.mockRestore();
    }
    expect((await store(storage, name).read())?.bundle.version).toBe('2020-02-10.1');
  });

  it('reads a bundle this build stored without the checker; one another build stored is checked once, then trusted', async () => {
    const storage = memoryStorage();
    const name = `store-test-${++databases}`;
    const check = vi.spyOn(door, 'checkBundleLazily');
    try {
      await store(storage, name, 'build-1').write(stored(good, 1_000));
      const same = await store(storage, name, 'build-1').read();
      expect(same?.bundle).toEqual(door.quickCheck(good));
      expect(check).not.toHaveBeenCalled();
      // A newer build may have stricter rules: it checks what an older one stored…
      expect((await store(storage, name, 'build-2').read())?.bundle.version).toBe('2020-02-10.1');
      expect(check).toHaveBeenCalledTimes(1);
      // …once: then it is marked as checked by that build (written after the read, not waited for).
      await vi.waitFor(async () => {
        const db = await openDB(name);
        const record = (await db.get('bundles', url)) as StoredBundle;
        db.close();
        expect(record.checkedBy).toBe('build-2');
      });
      expect((await store(storage, name, 'build-2').read())?.bundle.version).toBe('2020-02-10.1');
      expect(check).toHaveBeenCalledTimes(1);
    } finally {
      check.mockRestore();
    }
  });

  it('a stored bundle the newer build refuses is not read', async () => {
    const storage = memoryStorage();
    const name = `store-test-${++databases}`;
    const broken = good.replace('"timeZone": "Asia/Ho_Chi_Minh"', '"timeZone": "Mars/Olympus"');
    await store(storage, name, 'build-1').write(stored(broken, 1_000));
    expect(await store(storage, name, 'build-2').read()).toBeUndefined();
  });

  it('moves a bundle an earlier build kept in localStorage, once, with its confirmation', async () => {
    const storage = memoryStorage();
    storage.setItem(`signage:last-good:${url}`, JSON.stringify({ text: good, validators: { etag: '"old"' }, savedAt: 1_000 }));
    storage.setItem(`signage:confirmed-at:${url}`, '7000');
    const name = `store-test-${++databases}`;
    const read = await store(storage, name).read();
    expect(read?.bundle.version).toBe('2020-02-10.1');
    expect(read?.stored).toMatchObject({ savedAt: 7_000, validators: { etag: '"old"' } });
    expect(storage.map.size).toBe(0);
    // Now from IndexedDB.
    expect((await store(storage, name).read())?.stored.savedAt).toBe(7_000);
  });

  it('asks for persistent storage and reports what it got', async () => {
    const asked: string[] = [];
    const manager = {
      persisted: async () => (asked.push('persisted'), false),
      persist: async () => (asked.push('persist'), true),
      estimate: async () => ({ quota: 1e9, usage: 1e6 }),
    };
    const report = await new LastGoodStore(url, { dbName: `store-test-${++databases}`, storage: undefined, manager }).persist();
    expect(report).toEqual({ persistence: 'persistent', quota: 1e9, usage: 1e6 });
    expect(asked).toEqual(['persisted', 'persist']);
    expect(await new LastGoodStore(url, { storage: undefined, manager: undefined }).persist()).toEqual({
      persistence: 'unknown',
      quota: undefined,
      usage: undefined,
    });
  });
});

describe('LastGoodStore: since when a screen has gone unconfirmed', () => {
  it('is kept across pages (reloads) until the server confirms, then starts afresh', async () => {
    const storage = memoryStorage();
    const name = `store-test-${++databases}`;
    expect(store(storage, name).unconfirmedSince(1_000)).toBe(1_000);
    // The next page (the daily reload) still counts from the first.
    expect(store(storage, name).unconfirmedSince(90_000_000)).toBe(1_000);
    await store(storage, name).write(stored(good, 90_000_001));
    expect(store(storage, name).unconfirmedSince(90_000_002)).toBe(90_000_002);
    // A time "from the future" (a clock set back since) is not believed.
    expect(store(storage, name).unconfirmedSince(5)).toBe(5);
  });
});
